"""How ready a meeting is, computed from the method: what is missing, and where to fix it.

A pure function over the plain data of a meeting (:class:`MeetingPackage`).
Each rule has a weight; a rule checks zero or more subjects (every goal, every
department...), and contributes its weight times the share of its subjects that
pass. A rule with nothing to check counts as passed (no suggestions yet), unless
what it checks is itself missing: with no goals, no goal is measurable, and "no
goals" is the item to fix. The score is the weighted share passed, rounded down,
held under the lowest cap that applies (a department never contacted, an agenda over
time...: no padding elsewhere buys past them). Every point withheld is given with
its reason.

Rules belong to a phase: before the meeting (preparing, ready), after it (held,
closed) or always; only the rules of the meeting's phase count.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date

from app.domain.enums import ActionStatus, DemandKind, SuggestionDecision
from app.domain.package import MeetingPackage
from app.i18n import Translator
from app.i18n import _ as _interface
from app.i18n import ngettext as _interface_ngettext
from app.services.document_ids import MeetingDocument
from app.services.readiness_departments import departments
from app.services.readiness_rules import (
    _ORDER,
    CAP_BY_KEY,
    CAPS,
    RULE_BY_KEY,
    RULES,
    CapInfo,
    Gettext,
    NGettext,
    Phase,
    RuleInfo,
    Step,
)
from app.services.readiness_score import (
    Check,
    caps_of,
    checks_of,
    phase_of,
    score_of,
    withheld_of,
)
from app.services.readiness_tally import MissingItem, Tally, short
from app.storage import Workspace

__all__ = [
    "CAPS", "RULES", "RULE_BY_KEY", "Assessment", "CapInfo", "Check",
    "MissingItem", "Phase", "RuleInfo", "Step", "Withheld", "assess", "assess_meeting",
    "phase_of",
]

@dataclass(frozen=True)
class Withheld:
    """Points kept from the score and why (a failing rule, or a cap that holds it down)."""

    points: int
    reason: str
    #: the rule or cap (``cap.*``) that withholds them
    key: str


@dataclass(frozen=True)
class Assessment:
    """A meeting's readiness: the score, what is missing (most important first), each check."""

    score: int
    phase: Phase
    items: list[MissingItem] = field(default_factory=list)
    checks: list[Check] = field(default_factory=list)
    #: one sentence per failing rule, most important first ("2 goals without an indicator")
    summary: list[str] = field(default_factory=list)
    #: every point below 100, with its reason, most points first: they add up to 100 - score
    withheld: list[Withheld] = field(default_factory=list)
    #: the caps that apply, loosest first (holding the score down or not)
    caps: list[CapInfo] = field(default_factory=list)

    @property
    def ready(self) -> bool:
        return not self.items

    def for_step(self, step: Step) -> list[MissingItem]:
        """The missing items fixed on one step's page."""
        return [item for item in self.items if item.step == step]

    def check(self, rule: str) -> Check | None:
        return next((c for c in self.checks if c.rule == rule), None)


def _goals(p: MeetingPackage, t: Tally) -> None:
    _ = t.gettext
    t.count("goals.exist", bool(p.goals), None, _("The meeting has no goals yet"))
    measurable = sum(bool(g.indicator.strip() and g.target.strip()) for g in p.goals)
    t.facts = replace(t.facts, measurable_goals=measurable)
    for g in p.goals:
        name = short(g.statement)
        t.count("goal.indicator", bool(g.indicator.strip()), g.id,
                _("Goal “{goal}” has no indicator").format(goal=name))
        t.count("goal.target", bool(g.target.strip()), g.id,
                _("Goal “{goal}” has no target").format(goal=name))
        t.count("goal.due", g.due is not None, g.id,
                _("Goal “{goal}” has no due date").format(goal=name))


def _demands_and_suggestions(p: MeetingPackage, t: Tally) -> None:
    _ = t.gettext
    for q in p.demands:
        if q.kind == DemandKind.demand:
            continue
        name = short(q.text)
        if q.kind == DemandKind.risk:
            t.count("demand.response", bool(q.response.strip()), q.id,
                    _("Risk “{text}” has no response").format(text=name))
        else:
            t.count("demand.response", bool(q.response.strip()), q.id,
                    _("Objection “{text}” has no response").format(text=name))
    for s in p.suggestions:
        name = short(s.text)
        t.count("suggestion.decided", s.decision != SuggestionDecision.pending, s.id,
                _("Suggestion “{text}” is still pending").format(text=name))


def _meeting_and_agenda(p: MeetingPackage, t: Tally, today: date) -> None:
    _, ngettext = t.gettext, t.ngettext
    m = p.meeting
    t.count("meeting.date", m.scheduled_at is not None, None,
            _("The meeting has no date yet"))
    if m.scheduled_at is not None:
        when = m.scheduled_at.date()
        t.count("meeting.date_passed", when >= today, None,
                _("The meeting was planned for {date}; if it took place, mark it as held")
                .format(date=when.isoformat()))
    t.count("meeting.duration", m.duration_minutes is not None, None,
            _("The meeting has no planned duration"))
    t.count("agenda.exist", bool(p.agenda), None, _("The meeting has no agenda yet"))
    for a in p.agenda:
        name = short(a.title)
        t.count("agenda.timed", a.minutes is not None, a.id,
                _("Agenda item “{item}” has no time box").format(item=name))
    if p.agenda and m.duration_minutes is not None:
        planned = m.duration_minutes
        over = sum(a.minutes or 0 for a in p.agenda) - planned
        # a quarter over is the point past which the meeting cannot do what it is meant to
        t.facts = replace(t.facts, far_over=over * 4 > planned)
        t.count("agenda.fits", over <= 0, None, ngettext(
            "The agenda runs {over} minute over the {planned} planned",
            "The agenda runs {over} minutes over the {planned} planned", over,
        ).format(over=over, planned=planned))


def _after(p: MeetingPackage, t: Tally, today: date) -> None:
    _ = t.gettext
    t.count("decisions.exist", bool(p.decisions), None, _("No decisions are recorded"))
    t.count("actions.exist", bool(p.actions), None, _("No actions are recorded"))
    for a in p.actions:
        if a.status != ActionStatus.open:
            continue
        name, due = short(a.text), a.due
        t.count("action.owner", a.owner is not None or a.department is not None, a.id,
                _("Action “{action}” has no owner").format(action=name))
        t.count("action.due", due is not None, a.id,
                _("Action “{action}” has no due date").format(action=name))
        if due is not None:
            t.count("action.overdue", due >= today, a.id,
                    _("Action “{action}” was due on {date}")
                    .format(action=name, date=due.isoformat()))
    for i in p.open_issues:
        name = short(i.text)
        t.count("issue.follow_up", bool(i.follow_up.strip()), i.id,
                _("Open issue “{issue}” has no follow-up").format(issue=name))
        t.count("issue.due", i.due is not None, i.id,
                _("Open issue “{issue}” has no follow-up date").format(issue=name))
    review = p.review
    t.count("review.leader", review is not None and bool(review.leader_feedback.strip()), None,
            _("The leader has not been told the outcome yet"))
    t.count("review.lessons",
            review is not None and bool((review.went_well + review.lessons).strip()), None,
            _("The review (what worked, lessons) is not written yet"))


# one plural sentence per rule that counts several subjects; the others use their item's message
_COUNTED: dict[str, Callable[[NGettext, int], str]] = {
    "goal.indicator": lambda ngettext, n: ngettext(
        "{n} goal without an indicator", "{n} goals without an indicator", n),
    "goal.target": lambda ngettext, n: ngettext(
        "{n} goal without a target", "{n} goals without a target", n),
    "goal.due": lambda ngettext, n: ngettext(
        "{n} goal without a due date", "{n} goals without a due date", n),
    "department.contacted": lambda ngettext, n: ngettext(
        "{n} department not contacted yet", "{n} departments not contacted yet", n),
    "department.gap": lambda ngettext, n: ngettext(
        "{n} department or key person short of the engagement needed",
        "{n} departments or key people short of the engagement needed", n),
    "person.briefed": lambda ngettext, n: ngettext(
        "{n} person with power not briefed one-to-one",
        "{n} people with power not briefed one-to-one", n),
    "resistant.answered": lambda ngettext, n: ngettext(
        "{n} resistant party that can block the decision, objections not answered",
        "{n} resistant parties that can block the decision, objections not answered", n),
    "department.win_win": lambda ngettext, n: ngettext(
        "{n} department without a win-win", "{n} departments without a win-win", n),
    "preread.sent": lambda ngettext, n: ngettext(
        "{n} department without the pre-read", "{n} departments without the pre-read", n),
    "demand.response": lambda ngettext, n: ngettext(
        "{n} objection or risk without a response", "{n} objections or risks without a response",
        n),
    "suggestion.decided": lambda ngettext, n: ngettext(
        "{n} suggestion still pending", "{n} suggestions still pending", n),
    "agenda.timed": lambda ngettext, n: ngettext(
        "{n} agenda item without a time box", "{n} agenda items without a time box", n),
    "action.owner": lambda ngettext, n: ngettext(
        "{n} action without an owner", "{n} actions without an owner", n),
    "action.due": lambda ngettext, n: ngettext(
        "{n} action without a due date", "{n} actions without a due date", n),
    "action.overdue": lambda ngettext, n: ngettext(
        "{n} overdue action", "{n} overdue actions", n),
    "issue.follow_up": lambda ngettext, n: ngettext(
        "{n} open issue without a follow-up", "{n} open issues without a follow-up", n),
    "issue.due": lambda ngettext, n: ngettext(
        "{n} open issue without a follow-up date", "{n} open issues without a follow-up date",
        n),
}


def _summary(items: list[MissingItem], ngettext: NGettext) -> dict[str, str]:
    """One sentence per failing rule, in the items' order."""
    by_rule: dict[str, list[MissingItem]] = {}
    for item in items:
        by_rule.setdefault(item.rule, []).append(item)
    lines = {}
    for rule, group in by_rule.items():
        counted = _COUNTED.get(rule)
        if counted is None or len(group) == 1:
            lines[rule] = group[0].message
        else:
            lines[rule] = counted(ngettext, len(group)).format(n=len(group))
    return lines


def _withheld(checks: list[Check], caps: list[CapInfo], summary: dict[str, str],
              gettext: Gettext) -> list[Withheld]:
    found = []
    for key, points in withheld_of(checks, caps):
        cap = CAP_BY_KEY.get(key)
        reason = gettext(cap.title).format(limit=cap.limit) if cap else summary[key]
        found.append(Withheld(points, reason, key))
    # most points first; between equals, caps (the fatal ones) before rules
    return sorted(found, key=lambda w: (-w.points, w.key not in CAP_BY_KEY))


def _functions(gettext: Gettext | Translator | None,
               ngettext: NGettext | None) -> tuple[Gettext, NGettext]:
    if isinstance(gettext, Translator):
        return gettext.gettext, ngettext or gettext.ngettext
    if gettext is None:
        return _interface, ngettext or _interface_ngettext
    owner = getattr(gettext, "__self__", None)
    if ngettext is None and isinstance(owner, Translator):
        # translator(language) hands out a Translator's bound gettext: use its plurals too
        return gettext, owner.ngettext
    chosen = gettext

    def plural(singular: str, plural_: str, n: int) -> str:
        # a bare gettext has no plural rule of its own; choose as English does, then translate
        return chosen(singular if n == 1 else plural_)

    return gettext, ngettext or plural


def assess(package: MeetingPackage, *, today: date,
           gettext: Gettext | Translator | None = None,
           ngettext: NGettext | None = None) -> Assessment:
    """Check a meeting against the method's rules; messages in ``gettext``'s language.

    ``gettext`` may be a :class:`Translator` (e.g. for the meeting's language in the
    briefing pack); without one, messages are in the interface language.
    """
    gettext_, ngettext_ = _functions(gettext, ngettext)
    phase = phase_of(package.meeting.status)
    tally = Tally(phase, gettext_, ngettext_)
    _goals(package, tally)
    if phase == Phase.before:
        departments(package, tally, today)
        _demands_and_suggestions(package, tally)
        _meeting_and_agenda(package, tally, today)
    else:
        _after(package, tally, today)

    checks = checks_of(phase, tally.done, tally.total, tally.earned())
    caps = caps_of(phase, checks, tally.facts)
    items = sorted(tally.items, key=lambda i: (-i.weight, _ORDER[i.rule]))
    summary = _summary(items, ngettext_)
    return Assessment(score_of(checks, caps), phase, items, checks, list(summary.values()),
                      _withheld(checks, caps, summary, gettext_), caps)


def assess_meeting(workspace: Workspace, meeting_id: int, *, today: date | None = None,
                   gettext: Gettext | Translator | None = None,
                   ngettext: NGettext | None = None) -> tuple[Assessment, MeetingDocument]:
    """Load a meeting and assess it (today by default), returning both."""
    from app.services.meeting_document import load  # the ORM: not needed to assess a document

    document = load(workspace, meeting_id)
    result = assess(document.package, today=today or date.today(), gettext=gettext,
                    ngettext=ngettext)
    return result, document
