"""The readiness rules: what is counted, where it is fixed, its weight and why it matters.

Kept apart from the computation in :mod:`app.services.readiness` so that Help
and the guidance can list them, and so that each module stays readable.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum

from app.domain.attention import BRIEF_FROM_INFLUENCE, MUST_BE_BRIEFED
from app.domain.enums import DecisionRight
from app.i18n import N_

Gettext = Callable[[str], str]
NGettext = Callable[[str, str, int], str]


class Step(StrEnum):
    """The wizard pages, where a missing item is fixed."""

    overview = "overview"
    goals = "goals"
    departments = "departments"
    demands = "demands"
    suggestions = "suggestions"
    meeting = "meeting"
    follow_up = "follow_up"


class Phase(StrEnum):
    """When a rule counts."""

    always = "always"
    before = "before"  # preparing, ready
    after = "after"  # held, closed


@dataclass(frozen=True)
class RuleInfo:
    """One readiness rule, for the Overview and Help (title and why are to be translated)."""

    key: str
    step: Step
    weight: int
    phase: Phase
    title: str
    why: str
    #: rules whose failure leaves this one with nothing to check; it then counts as failed
    needs: tuple[str, ...] = ()


# with none of its subjects, a rule is blocked by the rule that says they are missing
_NEEDED_BY: dict[str, tuple[str, ...]] = {
    "goals.exist": ("goal.indicator", "goal.target", "goal.due"),
    "departments.exist": ("department.contacted", "department.gap", "person.briefed",
                          "resistant.answered", "department.win_win", "preread.sent",
                          "demand.response", "suggestion.decided"),
    # objections and suggestions are heard in conversation: none from a department not
    # yet contacted says nothing
    "department.contacted": ("demand.response", "suggestion.decided"),
    "meeting.date": ("meeting.date_passed",),
    "meeting.duration": ("agenda.fits",),
    "agenda.exist": ("agenda.timed", "agenda.fits"),
    "actions.exist": ("action.owner", "action.due", "action.overdue"),
}


def _rule(key: str, step: Step, weight: int, phase: Phase, title: str, why: str) -> RuleInfo:
    needs = tuple(parent for parent, rules in _NEEDED_BY.items() if key in rules)
    return RuleInfo(key, step, weight, phase, title, why, needs)


_G, _D, _Q, _S, _M, _F, _O = (Step.goals, Step.departments, Step.demands, Step.suggestions,
                              Step.meeting, Step.follow_up, Step.overview)
_A, _B, _P = Phase.always, Phase.before, Phase.after

#: every rule, in the method's order; weights are out of the phase's total
RULES: tuple[RuleInfo, ...] = (
    _rule("goals.exist", _G, 10, _A, N_("The meeting has goals"),
          N_("Without a goal the leader signed off, nobody can tell what the meeting is for.")),
    _rule("goal.indicator", _G, 6, _A, N_("Every goal has an indicator"),
          N_("An indicator turns a wish into something departments can check and agree to.")),
    _rule("goal.target", _G, 6, _A, N_("Every goal has a target"),
          N_("A target says how far the indicator must move, so success is not argued later.")),
    _rule("goal.due", _G, 6, _A, N_("Every goal has a due date"),
          N_("A due date lets departments plan their own work around the goal.")),
    _rule("departments.exist", _D, 10, _B, N_("Departments take part"),
          N_("The method works department by department; list who must agree.")),
    _rule("department.contacted", _D, 12, _B, N_("Every department was contacted"),
          N_("A department first hearing the plan in the meeting will defend itself there.")),
    _rule("department.gap", _D, 24, _B,
          N_("Every department and key person is as engaged as the plan needs"),
          N_("How far each still has to move, weighed by their power, is the work left "
             "before the meeting.")),
    _rule("person.briefed", _D, 8, _B, N_("Everyone with power was briefed one-to-one"),
          N_("Who decides, must agree or carries weight hears the plan from you first, never "
             "in the room: no surprises.")),
    _rule("resistant.answered", _Q, 6, _B,
          N_("Every resistant party that can block the decision has its objections answered"),
          N_("A resistant department or person who decides or must agree will block the "
             "decision unless you know why they resist and have answered it.")),
    _rule("department.win_win", _D, 8, _B, N_("Every department's win-win is written"),
          N_("People agree when the plan serves their own goals; write down how it does.")),
    _rule("demand.response", _Q, 12, _B, N_("Every objection and risk has a response"),
          N_("An objection answered one-to-one does not have to be fought in the room.")),
    _rule("suggestion.decided", _S, 8, _B, N_("Every suggestion is decided"),
          N_("A suggestion left hanging feels ignored; adopt it, adapt it or explain why not.")),
    _rule("meeting.date", _O, 3, _B, N_("The meeting has a date"),
          N_("Departments need a date to prepare and to read the pre-read in time.")),
    _rule("meeting.date_passed", _O, 2, _B, N_("The meeting date is still ahead"),
          N_("Once the date has passed, mark the meeting as held and record its outcome.")),
    _rule("meeting.duration", _O, 3, _B, N_("The meeting has a planned duration"),
          N_("Only a fixed length shows whether the agenda fits.")),
    _rule("agenda.exist", _M, 5, _B, N_("The meeting has an agenda"),
          N_("An agenda keeps the meeting to confirming what was settled beforehand.")),
    _rule("agenda.timed", _M, 2, _B, N_("Every agenda item has a time box"),
          N_("Time boxes show in advance where the meeting would run long.")),
    _rule("agenda.fits", _M, 5, _B, N_("The agenda fits the time"),
          N_("An agenda over time forces the last items, often the decisions, to be rushed.")),
    _rule("preread.sent", _D, 6, _B, N_("Every department received the pre-read"),
          N_("Participants who read the plan beforehand come with answers, not surprises.")),
    _rule("decisions.exist", _F, 10, _P, N_("The decisions are recorded"),
          N_("A decision nobody wrote down is reopened at the next meeting.")),
    _rule("actions.exist", _F, 8, _P, N_("The actions are recorded"),
          N_("Agreement becomes results only through actions with owners.")),
    _rule("action.owner", _F, 6, _P, N_("Every action has an owner"),
          N_("An action without an owner or department is nobody's job.")),
    _rule("action.due", _F, 6, _P, N_("Every action has a due date"),
          N_("A due date is what lets you follow an action up.")),
    _rule("action.overdue", _F, 5, _P, N_("No open action is overdue"),
          N_("Overdue actions are the first thing to chase after the meeting.")),
    _rule("issue.follow_up", _F, 6, _P, N_("Every open issue has a follow-up"),
          N_("What the meeting could not settle needs an agreed way to settle it.")),
    _rule("issue.due", _F, 4, _P, N_("Every open issue has a follow-up date"),
          N_("A follow-up without a date quietly becomes no follow-up.")),
    _rule("review.leader", _F, 12, _P, N_("The leader was told the outcome"),
          N_("The leader asked for this agreement; report decisions and what is still open.")),
    _rule("review.lessons", _F, 5, _P, N_("The review is written"),
          N_("What worked and what you learned is shown again when you prepare the next one.")),
)
RULE_BY_KEY: dict[str, RuleInfo] = {r.key: r for r in RULES}
_ORDER = {r.key: i for i, r in enumerate(RULES)}

@dataclass(frozen=True)
class CapInfo:
    """A ceiling on the score that no amount of other work can buy past, and why.

    ``title`` holds ``{limit}``; it is also the reason given for the points a cap withholds.
    """

    key: str
    limit: int
    title: str
    why: str


#: the failures the method treats as fatal, loosest first; only before the meeting
CAPS: tuple[CapInfo, ...] = (
    CapInfo("cap.agenda_over", 85, N_("At most {limit} while the agenda runs over time"),
            N_("An agenda that does not fit is cut short in the room, and the decisions "
               "at the end go first.")),
    CapInfo("cap.surprise", 75,
            N_("At most {limit} while someone with power has not been briefed one-to-one"),
            N_("A person who decides, must agree or carries weight and first hears the plan "
               "in the room will defend their ground there: no surprises.")),
    CapInfo("cap.agenda_far_over", 70,
            N_("At most {limit} while the agenda runs over by more than a quarter"),
            N_("Far over time, the meeting cannot confirm everything it is meant to; "
               "cut items or ask for more time.")),
    CapInfo("cap.no_measurable_goal", 70,
            N_("At most {limit} while no goal has both an indicator and a target"),
            N_("Without one measurable goal, departments cannot tell what they would be "
               "agreeing to.")),
    CapInfo("cap.blocker_resistant", 70,
            N_("At most {limit} while a party that decides or must agree is still resistant"),
            N_("The meeting only confirms what was settled one-to-one; someone who can block "
               "the decision and still resists will reopen it in the room.")),
    CapInfo("cap.uncontacted", 60,
            N_("At most {limit} while a department has not been contacted"),
            N_("No amount of other preparation makes up for a department that first hears "
               "the plan in the meeting.")),
    CapInfo("cap.resistant_decider", 50,
            N_("At most {limit} while a resistant party that decides or must agree has "
               "objections not answered"),
            N_("Someone who can block the decision and whose objections are unanswered will "
               "block it; answer them one-to-one first.")),
)
CAP_BY_KEY: dict[str, CapInfo] = {c.key: c for c in CAPS}


#: how much a decision right weighs in the engagement gap (RAPID): who decides or must agree
#: weighs most; a department whose right is not set yet weighs as the middle of the scale
RIGHT_POWER: dict[str, int] = {
    DecisionRight.decide: 5, DecisionRight.agree: 4, DecisionRight.input: 2,
    DecisionRight.perform: 2, DecisionRight.informed: 1,
}
UNSET_RIGHT_POWER = 3
#: the rights that can block the decision: who holds one must be briefed one-to-one
BLOCKING_RIGHTS: tuple[str, ...] = tuple(sorted(MUST_BE_BRIEFED))
#: a person with this influence (1-5) or more is key, and must be briefed one-to-one too
KEY_INFLUENCE = BRIEF_FROM_INFLUENCE
#: a share of the way to the desired engagement, in twelfths: whole for every rank 1-4
GAP_SCALE = 12


def department_power(right: str | None) -> int:
    """A department's weight in the engagement gap, from its decision right."""
    return RIGHT_POWER.get(right, UNSET_RIGHT_POWER) if right else UNSET_RIGHT_POWER


def person_power(right: str | None, influence: int | None) -> int:
    """A key person's weight in the engagement gap: their right or their influence."""
    return max(RIGHT_POWER.get(right, 0) if right else 0, influence or 0, 1)


def is_key_person(right: str | None, influence: int | None) -> bool:
    """Whether a person's engagement counts in the gap: any decision right, or high influence."""
    return right is not None or (influence or 0) >= KEY_INFLUENCE


def must_be_briefed(right: str | None, influence: int | None) -> bool:
    """No surprises, as :func:`app.domain.attention.unbriefed` counts it: who decides, must
    agree or carries weight is briefed one-to-one."""
    return right in MUST_BE_BRIEFED or (influence or 0) >= BRIEF_FROM_INFLUENCE


def gap_points(current: int, desired: int) -> int:
    """How far from unaware to the desired rank the current one is, in twelfths (12: there)."""
    if current >= desired:
        return GAP_SCALE
    return GAP_SCALE * current // desired
