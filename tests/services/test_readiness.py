"""Readiness: each rule fires when its thing is missing and clears when it is there."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime

import pytest

from app.domain import package as pkg
from app.domain.enums import (
    ActionStatus,
    DemandKind,
    Engagement,
    MeetingStatus,
    Readiness,
    SuggestionDecision,
)
from app.i18n import Translator
from app.services import goals, meetings
from app.services.readiness import RULES, Phase, Step, assess, assess_meeting
from app.storage import Workspace

TODAY = date(2026, 11, 20)


def ready_before() -> pkg.MeetingPackage:
    """A meeting in preparation that satisfies every rule."""
    return pkg.MeetingPackage(
        meeting=pkg.MeetingFields(
            title="Cut churn", duration_minutes=60,
            scheduled_at=datetime(2026, 12, 1, 10, tzinfo=UTC),
        ),
        goals=[pkg.GoalDoc(id="g1", statement="Cut churn", indicator="Monthly churn",
                           target="3%", due=date(2027, 3, 31))],
        departments=[pkg.DepartmentDoc(
            id="dep1", name="Finance", serves_their_goals="Cheaper renewals",
            engagement=Engagement.supportive, readiness=Readiness.aligned)],
        touchpoints=[pkg.TouchpointDoc(id="t1", department="dep1", date=date(2026, 11, 10),
                                       summary="Sent the plan by email", preread_sent=True)],
        demands=[pkg.DemandDoc(id="d1", department="dep1", text="Too early",
                               response="Phase it in Q2")],
        suggestions=[pkg.SuggestionDoc(id="s1", department="dep1", text="Pilot first",
                                       decision=SuggestionDecision.adopted)],
        agenda=[pkg.AgendaItemDoc(id="a1", title="Plan", minutes=30),
                pkg.AgendaItemDoc(id="a2", title="Decide", minutes=30)],
    )


def ready_after() -> pkg.MeetingPackage:
    """A held meeting that satisfies every rule."""
    p = ready_before()
    p.meeting.status = MeetingStatus.held
    p.decisions = [pkg.DecisionDoc(id="dec1", text="Start in Q1", agreed_by=["dep1"])]
    p.actions = [pkg.ActionDoc(id="act1", text="Draft budget", department="dep1",
                               due=date(2026, 12, 15))]
    p.open_issues = [pkg.OpenIssueDoc(id="i1", text="Who pays?", follow_up="Ask the COO",
                                      due=date(2026, 12, 10))]
    p.review = pkg.ReviewDoc(went_well="Finance came prepared", leader_feedback="Sent summary")
    return p


def rules_of(p: pkg.MeetingPackage) -> set[str]:
    return {item.rule for item in assess(p, today=TODAY).items}


def test_a_complete_meeting_scores_100_in_both_phases() -> None:
    for p in (ready_before(), ready_after()):
        result = assess(p, today=TODAY)
        assert result.items == [] and result.summary == []
        assert result.score == 100 and result.ready
        assert all(c.passed for c in result.checks)


def test_phases_pick_their_rules() -> None:
    before = assess(ready_before(), today=TODAY)
    after = assess(ready_after(), today=TODAY)
    assert before.phase == Phase.before and after.phase == Phase.after
    assert before.check("department.contacted") is not None
    assert before.check("review.leader") is None
    assert after.check("review.leader") is not None and after.check("agenda.fits") is None
    assert after.check("goal.indicator") is not None  # goals count in every phase


def test_an_empty_meeting_misses_goals_departments_and_agenda() -> None:
    result = assess(pkg.MeetingPackage(meeting=pkg.MeetingFields(title="New")), today=TODAY)
    rules = {i.rule for i in result.items}
    assert rules == {"goals.exist", "departments.exist", "agenda.exist", "meeting.duration",
                     "meeting.date"}
    # with no goals, no goal is measurable: those checks are blocked and earn nothing
    indicator = result.check("goal.indicator")
    assert indicator is not None and indicator.blocked and not indicator.passed
    # with no department, nobody's objections or suggestions are known: blocked too
    suggestions = result.check("suggestion.decided")
    assert suggestions is not None and suggestions.blocked
    assert result.score == 0


def test_nothing_to_check_counts_as_passed_once_the_departments_were_heard() -> None:
    p = ready_before()
    p.demands, p.suggestions = [], []
    result = assess(p, today=TODAY)
    check = result.check("suggestion.decided")
    assert check is not None and check.passed and result.score == 100
    # not yet contacted, a department's silence is no answer
    p.departments[0].readiness = Readiness.not_contacted
    p.touchpoints = []
    check = assess(p, today=TODAY).check("suggestion.decided")
    assert check is not None and check.blocked


@pytest.mark.parametrize(("field", "value", "rule"), [
    ("indicator", "", "goal.indicator"),
    ("target", "  ", "goal.target"),
    ("due", None, "goal.due"),
])
def test_goal_rules_fire_and_clear(field: str, value: object, rule: str) -> None:
    p = ready_before()
    setattr(p.goals[0], field, value)
    result = assess(p, today=TODAY)
    assert [(i.rule, i.ref, i.step) for i in result.items] == [(rule, "g1", Step.goals)]
    assert "Cut churn" in result.items[0].message
    assert result.score < 100
    assert rule not in rules_of(ready_before())


def test_contacted_by_readiness_or_by_a_past_touchpoint() -> None:
    p = ready_before()
    p.departments[0].readiness = Readiness.not_contacted
    assert "department.contacted" not in rules_of(p)  # the touchpoint counts
    p.touchpoints = []
    assert "department.contacted" in rules_of(p)
    p.touchpoints = [pkg.TouchpointDoc(id="t1", department="dep1", date=date(2026, 11, 25))]
    assert "department.contacted" in rules_of(p)  # a future touchpoint is only a plan
    p.departments[0].readiness = Readiness.contacted
    assert "department.contacted" not in rules_of(p)


def test_engagement_gap_and_win_win() -> None:
    p = ready_before()
    p.departments[0].engagement = Engagement.neutral
    p.departments[0].serves_their_goals = ""
    result = assess(p, today=TODAY)
    assert {(i.rule, i.ref, i.step) for i in result.items} == {
        ("department.gap", "dep1", Step.departments),
        ("department.win_win", "dep1", Step.departments),
    }
    assert all("Finance" in i.message for i in result.items)
    gap = next(i for i in result.items if i.rule == "department.gap")
    assert gap.message == "Finance is at “Neutral”, short of the “Supportive” the plan needs"
    # beyond what the plan needs is no gap
    p.departments[0].engagement = Engagement.leading
    assert rules_of(p) == {"department.win_win"}


def test_objections_and_risks_need_a_response_plain_demands_do_not() -> None:
    p = ready_before()
    p.demands = [
        pkg.DemandDoc(id="d1", department="dep1", text="Too early"),
        pkg.DemandDoc(id="d2", department="dep1", kind=DemandKind.risk, text="Data loss"),
        pkg.DemandDoc(id="d3", department="dep1", kind=DemandKind.demand, text="Training"),
    ]
    result = assess(p, today=TODAY)
    assert [(i.rule, i.ref, i.step) for i in result.items] == [
        ("demand.response", "d1", Step.demands), ("demand.response", "d2", Step.demands)]
    check = result.check("demand.response")
    assert check is not None and (check.done, check.total) == (0, 2)
    assert result.summary == ["2 objections or risks without a response"]
    p.demands[0].response = "Phase it"
    one = assess(p, today=TODAY)
    assert [i.ref for i in one.items] == ["d2"] and one.score > result.score
    assert one.summary == ["Risk “Data loss” has no response"]


def test_pending_suggestion_fires() -> None:
    p = ready_before()
    p.suggestions[0].decision = SuggestionDecision.pending
    assert [(i.rule, i.ref, i.step) for i in assess(p, today=TODAY).items] == [
        ("suggestion.decided", "s1", Step.suggestions)]
    p.suggestions[0].decision = SuggestionDecision.declined
    assert rules_of(p) == set()


def test_agenda_must_fit_the_duration() -> None:
    p = ready_before()
    p.agenda[1].minutes = 45
    result = assess(p, today=TODAY)
    assert [i.rule for i in result.items] == ["agenda.fits"]
    assert result.items[0].message == "The agenda runs 15 minutes over the 60 planned"
    p.agenda[1].minutes = 31
    assert assess(p, today=TODAY).items[0].message == "The agenda runs 1 minute over the 60 planned"
    p.meeting.duration_minutes = None
    # without a duration the fit cannot be judged; the missing duration is the item
    assert rules_of(p) == {"meeting.duration"}
    p.agenda[1].minutes = None
    assert rules_of(p) == {"meeting.duration", "agenda.timed"}


def test_meeting_date_missing_or_passed() -> None:
    p = ready_before()
    p.meeting.scheduled_at = None
    assert rules_of(p) == {"meeting.date"}
    p.meeting.scheduled_at = datetime(2026, 11, 1, 9, tzinfo=UTC)
    result = assess(p, today=TODAY)
    assert [(i.rule, i.step) for i in result.items] == [("meeting.date_passed", Step.overview)]
    assert "2026-11-01" in result.items[0].message


def test_pre_read_is_the_recorded_fact_not_words_in_a_summary() -> None:
    p = ready_before()
    p.touchpoints[0].preread_sent = False
    p.touchpoints[0].summary = "Sent the pre-read; 已发送会前材料; documentación previa"
    p.actions = [pkg.ActionDoc(id="act1", text="Send the pre-read", status=ActionStatus.done)]
    result = assess(p, today=TODAY)
    assert [(i.rule, i.ref, i.message) for i in result.items] == [
        ("preread.sent", "dep1", "Finance has not been sent the pre-read yet")]
    p.touchpoints[0].preread_sent = True
    assert rules_of(p) == set()
    p.touchpoints[0].date = date(2026, 11, 25)  # planned, not yet sent
    assert "preread.sent" in rules_of(p)


def test_after_the_meeting_rules_fire() -> None:
    p = ready_after()
    p.decisions = []
    p.actions = [pkg.ActionDoc(id="act1", text="Draft budget"),
                 pkg.ActionDoc(id="act2", text="Old", status=ActionStatus.done)]
    p.open_issues[0].follow_up = ""
    p.open_issues[0].due = None
    p.review = None
    result = assess(p, today=TODAY)
    assert [(i.rule, i.ref) for i in result.items] == [
        ("review.leader", None), ("decisions.exist", None), ("action.owner", "act1"),
        ("action.due", "act1"), ("issue.follow_up", "i1"), ("review.lessons", None),
        ("issue.due", "i1"),
    ]
    assert all(i.step == Step.follow_up for i in result.items)
    assert result.items == sorted(result.items, key=lambda i: -i.weight)


def test_overdue_open_action_and_no_actions() -> None:
    p = ready_after()
    p.actions[0].due = date(2026, 11, 1)
    assert rules_of(p) == {"action.overdue"}
    p.actions[0].status = ActionStatus.done
    assert rules_of(p) == set()
    p.actions = []
    assert rules_of(p) == {"actions.exist"}


def test_score_is_the_weighted_share_satisfied() -> None:
    p = ready_before()
    weights = {r.key: r.weight for r in RULES if r.phase in (Phase.always, Phase.before)}
    total = sum(weights.values())
    p.departments[0].serves_their_goals = ""
    assert assess(p, today=TODAY).score == (total - weights["department.win_win"]) * 100 // total
    # a rule over two subjects with one failing costs half its weight
    p.departments[0].serves_their_goals = "Cheaper renewals"
    p.goals.append(pkg.GoalDoc(id="g2", statement="Grow", indicator="NPS", target="40",
                               due=None))
    expected = (total * 2 - weights["goal.due"]) * 100 // (total * 2)
    assert assess(p, today=TODAY).score == expected


def shout(text: str) -> str:
    """A fake translation: upper case, leaving the {placeholders} alone."""
    return "".join(part if part.startswith("{") else part.upper()
                   for part in re.split(r"(\{[^}]*\})", text))


def test_messages_go_through_the_given_gettext() -> None:
    p = ready_before()
    p.goals[0].indicator = ""
    p.demands.append(pkg.DemandDoc(id="d2", department="dep1", text="A"))
    p.demands.append(pkg.DemandDoc(id="d3", department="dep1", text="B"))
    seen: list[tuple[str, str, int]] = []

    def fake_ngettext(singular: str, plural: str, n: int) -> str:
        seen.append((singular, plural, n))
        return shout(singular if n == 1 else plural)

    result = assess(p, today=TODAY, gettext=shout, ngettext=fake_ngettext)
    assert [i.message for i in result.items] == [
        "OBJECTION “A” HAS NO RESPONSE", "OBJECTION “B” HAS NO RESPONSE",
        "GOAL “Cut churn” HAS NO INDICATOR"]
    assert "2 OBJECTIONS OR RISKS WITHOUT A RESPONSE" in result.summary
    assert ("{n} objection or risk without a response",
            "{n} objections or risks without a response", 2) in seen
    # a bare gettext is used for plurals too
    bare = assess(p, today=TODAY, gettext=shout)
    assert "2 OBJECTIONS OR RISKS WITHOUT A RESPONSE" in bare.summary
    # a Translator brings its own gettext and plural rule
    english = assess(p, today=TODAY, gettext=Translator("en"))
    assert "2 objections or risks without a response" in english.summary
    # and so does the bound gettext that translator(language) returns
    seen.clear()
    bound = Translator("en")
    bound.ngettext = fake_ngettext  # type: ignore[method-assign]
    assert "2 OBJECTIONS OR RISKS WITHOUT A RESPONSE" in assess(
        p, today=TODAY, gettext=bound.gettext).summary
    assert seen


def test_rules_have_explanations() -> None:
    assert len({r.key for r in RULES}) == len(RULES)
    assert all(r.title and r.why and r.weight > 0 for r in RULES)


def test_assess_meeting_loads_and_assesses(workspace: Workspace, meeting_id: int) -> None:
    goals.add(workspace, meeting_id, statement="Cut churn")
    result, document = assess_meeting(workspace, meeting_id, today=TODAY)
    assert document.meeting_id == meeting_id
    assert "goal.indicator" in {i.rule for i in result.items}
    item = next(i for i in result.items if i.rule == "goal.indicator")
    assert item.ref is not None and document.rows[item.ref][0] == "goal"
    meetings.update(workspace, meeting_id, status="held")
    held, _ = assess_meeting(workspace, meeting_id)
    assert held.phase == Phase.after and "review.leader" in {i.rule for i in held.items}
