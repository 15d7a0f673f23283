"""The readiness calibration: thin meetings score low, fatal gaps cap the score whatever
else is done, and every point withheld is given with its reason."""

from __future__ import annotations

from datetime import UTC, date, datetime
from fractions import Fraction

from hypothesis import given, settings
from hypothesis import strategies as st

from app.domain import package as pkg
from app.domain.attention import unbriefed
from app.domain.enums import DecisionRight, Engagement, MeetingStatus, Readiness
from app.services.readiness import Assessment, assess
from tests.services.test_packages_roundtrip import canonical_packages
from tests.services.test_readiness import TODAY, ready_before, shout


def withheld(result: Assessment) -> list[tuple[int, str]]:
    return [(w.points, w.reason) for w in result.withheld]


def adds_up(result: Assessment) -> Assessment:
    assert sum(w.points for w in result.withheld) == 100 - result.score
    assert all(w.points > 0 for w in result.withheld)
    return result


def thin() -> pkg.MeetingPackage:
    """A title and one department with only its profile filled in."""
    return pkg.MeetingPackage(
        meeting=pkg.MeetingFields(title="Cut churn"),
        departments=[pkg.DepartmentDoc(id="dep1", name="Finance", function="Budgets",
                                       focus="Year-end close", pressures="Audit in March")])


def test_a_title_and_one_profile_score_16() -> None:
    result = adds_up(assess(thin(), today=TODAY))
    assert result.score == 16
    assert withheld(result) == [
        (23, "Finance has not been contacted yet"),  # and so its objections are unknown
        (20, "The meeting has no goals yet"),
        (17, "Finance is at “Unaware”, short of the “Supportive” the plan needs"),
        (6, "How the plan serves Finance's goals is not written yet"),
        (6, "The meeting has no planned duration"),
        (5, "The meeting has no agenda yet"),
        (4, "Finance has not been sent the pre-read yet"),
        (3, "The meeting has no date yet"),
    ]


def test_one_touchpoint_takes_it_to_39_not_further() -> None:
    p = thin()
    p.touchpoints = [pkg.TouchpointDoc(id="t1", department="dep1", date=date(2026, 11, 10))]
    result = adds_up(assess(p, today=TODAY))
    assert result.score == 39
    # the conversation earns exactly what its absence withheld, and nothing more
    assert withheld(result) == withheld(assess(thin(), today=TODAY))[1:]
    # an untimed agenda item adds what an agenda is worth, less its time box
    p.agenda = [pkg.AgendaItemDoc(id="a1", title="Plan")]
    untimed = adds_up(assess(p, today=TODAY))
    assert untimed.score == 42
    assert (1, "Agenda item “Plan” has no time box") in withheld(untimed)
    # a duration and a time box 15 minutes over it
    p.meeting.duration_minutes, p.agenda[0].minutes = 60, 75
    over = adds_up(assess(p, today=TODAY))
    assert over.score == 46
    assert (3, "The agenda runs 15 minutes over the 60 planned") in withheld(over)
    assert [c.key for c in over.caps] == ["cap.agenda_over", "cap.no_measurable_goal"]


def test_a_complete_meeting_withholds_nothing() -> None:
    result = adds_up(assess(ready_before(), today=TODAY))
    assert result.score == 100 and result.withheld == [] and result.caps == []


def test_a_department_never_contacted_holds_the_score_at_60() -> None:
    p = ready_before()
    p.departments[0].readiness = Readiness.not_contacted
    p.touchpoints = []
    result = adds_up(assess(p, today=TODAY))
    assert result.score == 60
    assert [c.key for c in result.caps] == ["cap.uncontacted"]
    assert ("At most 60 while a department has not been contacted"
            in [reason for _points, reason in withheld(result)])


def test_an_agenda_over_time_holds_the_score_at_85_then_70_when_far_over() -> None:
    p = ready_before()
    # the case: 15 minutes over the 60 planned (a quarter, not more) cost 97 -> 92
    p.agenda[1].minutes = 45
    result = adds_up(assess(p, today=TODAY))
    assert result.score == 85
    assert withheld(result) == [
        (11, "At most 85 while the agenda runs over time"),
        (4, "The agenda runs 15 minutes over the 60 planned")]
    p.agenda[1].minutes = 46
    far = adds_up(assess(p, today=TODAY))
    assert far.score == 70 and [c.key for c in far.caps] == ["cap.agenda_far_over"]


def test_goals_without_indicator_and_target_hold_the_score_at_70() -> None:
    p = ready_before()
    p.goals.append(pkg.GoalDoc(id="g2", statement="Grow", indicator="NPS", target="",
                               due=date(2027, 1, 1)))
    assert adds_up(assess(p, today=TODAY)).caps == []  # one measurable goal is enough
    p.goals[0].target = " \u3000"
    result = adds_up(assess(p, today=TODAY))
    assert result.score == 70 and [c.key for c in result.caps] == ["cap.no_measurable_goal"]


def test_without_departments_nothing_but_the_goals_and_the_agenda_counts() -> None:
    p = ready_before()
    p.departments, p.touchpoints, p.demands, p.suggestions = [], [], [], []
    result = adds_up(assess(p, today=TODAY))
    assert result.score == 33
    assert withheld(result) == [(67, "No departments take part yet")]


def test_the_lowest_cap_wins_and_only_binding_caps_withhold() -> None:
    p = ready_before()
    p.agenda[1].minutes = 45
    p.departments.append(pkg.DepartmentDoc(id="dep2", name="Legal",
                                           serves_their_goals="Fewer disputes"))
    result = adds_up(assess(p, today=TODAY))
    assert result.score == 60
    assert [c.key for c in result.caps] == ["cap.agenda_over", "cap.uncontacted"]
    # the agenda's cap is looser than the score already is: it holds nothing back
    assert withheld(result) == [
        (21, "At most 60 while a department has not been contacted"),
        (9, "Legal is at “Unaware”, short of the “Supportive” the plan needs"),
        (4, "Legal has not been contacted yet"),
        (4, "The agenda runs 15 minutes over the 60 planned"),
        (2, "Legal has not been sent the pre-read yet"),
    ]


def with_legal(right: DecisionRight | None, engagement: Engagement) -> pkg.MeetingPackage:
    """The complete meeting with a second department, contacted and sent the pre-read."""
    p = ready_before()
    p.departments.append(pkg.DepartmentDoc(
        id="dep2", name="Legal", serves_their_goals="Fewer disputes",
        readiness=Readiness.contacted, engagement=engagement, decision_right=right))
    p.touchpoints.append(pkg.TouchpointDoc(id="t2", department="dep2",
                                           date=date(2026, 11, 12), preread_sent=True))
    return p


def test_the_gap_weighs_each_party_by_its_power() -> None:
    p = with_legal(DecisionRight.decide, Engagement.neutral)
    p.departments[0].decision_right = DecisionRight.informed
    p.departments[0].engagement = Engagement.unaware
    result = adds_up(assess(p, today=TODAY))
    gap = result.check("department.gap")
    # Legal decides (5) and is two thirds of the way; Finance is only informed (1), at nothing
    assert gap is not None and (gap.done, gap.total) == (0, 2)
    assert gap.share == Fraction(5 * 8 + 1 * 0, (5 + 1) * 12)
    assert result.score == 92
    # the same distance costs more with whoever decides than with whoever is kept informed
    decider_behind = with_legal(DecisionRight.decide, Engagement.unaware)
    informed_behind = with_legal(DecisionRight.informed, Engagement.unaware)
    assert (assess(decider_behind, today=TODAY).score
            < assess(informed_behind, today=TODAY).score < 100)
    # at or beyond the engagement desired there is no gap
    p.departments[0].engagement = Engagement.leading
    p.departments[1].engagement = Engagement.supportive
    assert assess(p, today=TODAY).score == 100


def with_people(*people: pkg.PersonDoc) -> pkg.MeetingPackage:
    p = ready_before()
    p.departments[0].people = list(people)
    return p


def test_a_resistant_blocker_is_held_at_50_until_answered_and_70_until_moved() -> None:
    p = with_people(pkg.PersonDoc(id="p1", name="Ana Ruiz", influence=2))
    p.stakeholders = [pkg.StakeholderDoc(person="p1", engagement=Engagement.resistant,
                                         decision_right=DecisionRight.agree)]
    p.touchpoints.append(pkg.TouchpointDoc(id="t2", department="dep1", person="p1",
                                           date=date(2026, 11, 12)))
    p.demands = []
    result = adds_up(assess(p, today=TODAY))
    assert result.score == 50
    assert [(i.rule, i.ref) for i in result.items] == [
        ("department.gap", "p1"), ("resistant.answered", "p1")]
    assert ("Ana Ruiz (Finance) resists and can block the decision, but none of their "
            "objections is recorded") in [i.message for i in result.items]
    assert withheld(result)[:2] == [
        (20, "At most 50 while a resistant party that decides or must agree has objections "
             "not answered"),
        (19, "At most 70 while a party that decides or must agree is still resistant")]
    # an objection recorded and left unanswered (a response of only spaces is none)
    p.demands = [pkg.DemandDoc(id="d1", department="dep1", text="No budget", response=" \u3000")]
    assert adds_up(assess(p, today=TODAY)).score == 50
    p.demands[0].response = "Phase it over two years"
    answered = adds_up(assess(p, today=TODAY))
    assert [i.rule for i in answered.items] == ["department.gap"]
    # answered, but still resistant: the meeting would reopen it
    assert answered.score == 70 and [c.key for c in answered.caps] == ["cap.blocker_resistant"]
    p.stakeholders[0].engagement = Engagement.neutral
    assert adds_up(assess(p, today=TODAY)).caps == []
    # a resistant party that only gives input cannot block: no cap
    p.demands = []
    p.stakeholders[0].engagement = Engagement.resistant
    p.stakeholders[0].decision_right = DecisionRight.input
    assert assess(p, today=TODAY).caps == []


def test_no_surprises_everyone_with_power_is_briefed_one_to_one_before_the_day() -> None:
    p = with_people(pkg.PersonDoc(id="p1", name="Ana Ruiz", influence=2),
                    pkg.PersonDoc(id="p2", name="Li Wei", influence=5),
                    pkg.PersonDoc(id="p3", name="Bo Ek", influence=3))
    p.stakeholders = [pkg.StakeholderDoc(person="p1", engagement=Engagement.supportive,
                                         decision_right=DecisionRight.decide)]
    result = adds_up(assess(p, today=TODAY))
    # Ana decides, Li weighs 5; Bo neither (the department's own touchpoint is no one-to-one)
    assert [(i.rule, i.ref) for i in result.items] == [
        ("person.briefed", "p1"), ("person.briefed", "p2")]
    assert result.score == 75
    assert withheld(result) == [
        (19, "At most 75 while someone with power has not been briefed one-to-one"),
        (6, "2 people with power not briefed one-to-one")]
    p.touchpoints.append(pkg.TouchpointDoc(id="t2", department="dep1", person="p1",
                                           date=date(2026, 11, 12)))
    # a one-to-one after the meeting's day is too late to prevent the surprise
    p.meeting.scheduled_at = datetime(2026, 11, 13, 10, tzinfo=UTC)
    p.touchpoints.append(pkg.TouchpointDoc(id="t3", department="dep1", person="p2",
                                           date=date(2026, 11, 14)))
    late = assess(p, today=TODAY)
    assert [i.ref for i in late.items if i.rule == "person.briefed"] == ["p2"]
    p.touchpoints[-1].date = date(2026, 11, 13)
    assert "person.briefed" not in rules(assess(p, today=TODAY))


def rules(result: Assessment) -> set[str]:
    return {i.rule for i in result.items}


def test_messages_of_the_withheld_points_follow_the_given_language() -> None:
    p = ready_before()
    p.agenda[1].minutes = 45
    result = assess(p, today=TODAY, gettext=shout)
    assert "AT MOST 85 WHILE THE AGENDA RUNS OVER TIME" in [
        w.reason for w in result.withheld]


# the cheap entries: anything but a conversation with the last department
@st.composite
def padded_but_one_department_untouched(draw: st.DrawFn) -> pkg.MeetingPackage:
    p = ready_before()
    if not draw(st.booleans()):
        p.goals[0].indicator = draw(st.sampled_from(["", "Churn"]))
    p.goals += [pkg.GoalDoc(id=f"g{n}", statement=f"Goal {n}", indicator="x", target="y",
                            due=draw(st.none() | st.just(date(2027, 1, 1))))
                for n in range(2, draw(st.integers(2, 6)))]
    p.departments[0].readiness = draw(st.sampled_from(list(Readiness)))
    silent = pkg.DepartmentDoc(
        id="dep9", name="Legal", function="Contracts", focus="Risk",
        serves_their_goals=draw(st.sampled_from(["", "Fewer disputes"])),
        readiness=Readiness.not_contacted)
    p.departments.append(silent)
    # a touchpoint still to come is a plan, not a conversation
    if draw(st.booleans()):
        p.touchpoints.append(pkg.TouchpointDoc(id="t9", department="dep9",
                                               date=date(2026, 11, 30)))
    p.agenda += [pkg.AgendaItemDoc(id=f"a{n}", title=f"Item {n}",
                                   minutes=draw(st.none() | st.integers(0, 5)))
                 for n in range(3, draw(st.integers(3, 8)))]
    p.demands += [pkg.DemandDoc(id=f"d{n}", department=draw(st.sampled_from(["dep1", "dep9"])),
                                text=f"Worry {n}", response="Answered")
                  for n in range(2, draw(st.integers(2, 5)))]
    if draw(st.booleans()):
        p.meeting.duration_minutes = 240
    return p


@settings(max_examples=200, deadline=None)
@given(padded_but_one_department_untouched())
def test_no_padding_passes_80_while_a_department_is_uncontacted(
        p: pkg.MeetingPackage) -> None:
    result = adds_up(assess(p, today=TODAY))
    assert result.score < 80
    assert "cap.uncontacted" in {c.key for c in result.caps}


@settings(max_examples=150, deadline=None)
@given(canonical_packages())
def test_no_surprises_names_whom_the_gap_board_and_the_pack_name(
        p: pkg.MeetingPackage) -> None:
    p.meeting.status = MeetingStatus.preparing
    result = adds_up(assess(p, today=TODAY))
    assert [i.ref for i in result.items if i.rule == "person.briefed"] == [
        u.person.id for u in unbriefed(p, TODAY)]
