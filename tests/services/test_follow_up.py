"""The follow-up meeting carries the open actions and unresolved issues, linked back."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from app.domain.enums import ActionStatus, Engagement, Language, MeetingStatus, Readiness
from app.services import (
    actions,
    decisions,
    demands,
    departments,
    goals,
    meetings,
    open_issues,
    participation,
    people,
    review,
)
from app.services.errors import InvalidInput
from app.services.follow_up import create_follow_up, previous_lessons
from app.storage import Workspace


@dataclass
class Held:
    meeting: int
    finance: int
    sales: int
    ana: int
    open_action: int
    done_action: int
    dropped_action: int
    issue: int
    resolved_issue: int
    issue_action: int


def held_meeting(workspace: Workspace) -> Held:
    m = meetings.create(workspace, title="Cut churn", language="es", duration_minutes=60,
                        location="Room 4", purpose="Agree the plan").id or 0
    fin = departments.create(workspace, name="Finance").id or 0
    sales = departments.create(workspace, name="Sales").id or 0
    fin_part = participation.add(workspace, m, fin, relationship="upstream",
                                 serves_their_goals="Cheaper renewals", engagement="neutral",
                                 engagement_at_start="resistant", readiness="concerns_known",
                                 private_notes="Ana decides").id or 0
    participation.add(workspace, m, sales, engagement="supportive", readiness="aligned")
    ana = people.add(workspace, fin, name="Ana").id or 0
    goals.add(workspace, m, statement="Cut churn")
    demand = demands.add(workspace, fin_part, text="Too early").id
    decisions.add(workspace, m, text="Start in Q1", agreed_by=[fin])
    issue = open_issues.add(workspace, m, text="Who pays?", follow_up="Ask the COO",
                            due="2026-12-10").id or 0
    resolved = open_issues.add(workspace, m, text="Which tool?").id or 0
    open_action = actions.add(workspace, m, text="Draft budget", owner_id=ana,
                              department_id=fin, due="2026-12-15",
                              source_demand_id=demand).id or 0
    done = actions.add(workspace, m, text="Send minutes", status="done").id or 0
    dropped = actions.add(workspace, m, text="Old idea", status="dropped").id or 0
    actions.add(workspace, m, text="Pick the tool", status="done", source_issue_id=resolved)
    issue_action = actions.add(workspace, m, text="Book the COO", source_issue_id=issue).id or 0
    review.save(workspace, m, went_well="Finance came prepared", lessons="Start earlier",
                rating=4, leader_feedback="Sent")
    meetings.update(workspace, m, status="held")
    return Held(m, fin, sales, ana, open_action, done, dropped, issue, resolved, issue_action)


def test_follow_up_carries_what_is_still_open_linked_to_the_originals(
        workspace: Workspace) -> None:
    held = held_meeting(workspace)
    new = create_follow_up(workspace, held.meeting)

    meeting = meetings.get_meeting(workspace, new)
    assert meeting.title == "Seguimiento: Cut churn", "named in the meeting's language"
    assert (meeting.language, meeting.duration_minutes, meeting.location) == (
        Language.es, 60, "Room 4")
    assert meeting.previous_id == held.meeting
    assert meeting.status == MeetingStatus.preparing and meeting.purpose == ""

    parts = participation.list_with_departments(workspace, new)
    assert [d.id for _, d in parts] == [held.finance, held.sales]
    fin = parts[0][0]
    assert (fin.relationship, fin.serves_their_goals, fin.engagement, fin.engagement_at_start,
            fin.readiness, fin.private_notes) == (
        "upstream", "Cheaper renewals", Engagement.neutral, Engagement.neutral,
        Readiness.concerns_known, "Ana decides")
    assert parts[1][0].engagement_at_start == Engagement.supportive

    carried = actions.list_for(workspace, new)
    assert [a.carried_from_id for a in carried] == [held.open_action, held.issue_action]
    budget = carried[0]
    assert (budget.text, budget.owner_id, budget.department_id, budget.status) == (
        "Draft budget", held.ana, held.finance, ActionStatus.open)
    assert budget.source_demand_id is None  # the demand stays in the old meeting

    issues = open_issues.list_for(workspace, new)
    assert [(i.text, i.carried_from_id) for i in issues] == [("Who pays?", held.issue)]
    assert (issues[0].follow_up, str(issues[0].due)) == ("Ask the COO", "2026-12-10")
    # the action taken from a carried issue now points at the carried issue
    assert carried[1].source_issue_id == issues[0].id

    # nothing else comes along
    assert goals.list_for(workspace, new) == []
    assert decisions.list_for(workspace, new) == []
    assert review.get_review(workspace, new) is None
    # and the original meeting is left as it was
    assert len(actions.list_for(workspace, held.meeting)) == 5
    assert meetings.get_meeting(workspace, held.meeting).status == MeetingStatus.held


def test_owner_and_department_dropped_when_no_longer_taking_part(workspace: Workspace) -> None:
    held = held_meeting(workspace)
    part = next(p for p, d in participation.list_with_departments(workspace, held.meeting)
                if d.id == held.finance)
    participation.remove(workspace, part.id or 0)
    new = create_follow_up(workspace, held.meeting, title="Churn, round two")
    assert meetings.get_meeting(workspace, new).title == "Churn, round two"
    budget = actions.list_for(workspace, new)[0]
    assert budget.carried_from_id == held.open_action
    assert (budget.owner_id, budget.department_id) == (None, None)


def test_a_closed_meeting_can_be_followed_up(workspace: Workspace) -> None:
    held = held_meeting(workspace)
    meetings.update(workspace, held.meeting, status="closed")
    assert create_follow_up(workspace, held.meeting) != held.meeting


@pytest.mark.parametrize("status", ["preparing", "ready"])
def test_refused_before_the_meeting_is_held_and_nothing_written(
        workspace: Workspace, meeting_id: int, status: str) -> None:
    meetings.update(workspace, meeting_id, status=status)
    with pytest.raises(InvalidInput) as error:
        create_follow_up(workspace, meeting_id)
    assert error.value.fields == ["status"]
    assert "held" in error.value.problems[0].message
    assert [m.id for m in meetings.list_summaries(workspace)] == [meeting_id]


def test_a_blank_title_is_refused(workspace: Workspace) -> None:
    held = held_meeting(workspace)
    with pytest.raises(InvalidInput) as error:
        create_follow_up(workspace, held.meeting, title="  ")
    assert error.value.fields == ["title"]
    assert len(meetings.list_summaries(workspace)) == 1


def test_previous_lessons(workspace: Workspace) -> None:
    held = held_meeting(workspace)
    new = create_follow_up(workspace, held.meeting)
    lessons = previous_lessons(workspace, new)
    assert lessons is not None
    assert (lessons.meeting_id, lessons.title, lessons.went_well, lessons.lessons,
            lessons.rating) == (held.meeting, "Cut churn", "Finance came prepared",
                                "Start earlier", 4)
    assert previous_lessons(workspace, held.meeting) is None
    review.clear(workspace, held.meeting)
    empty = previous_lessons(workspace, new)
    assert empty is not None and (empty.went_well, empty.lessons) == ("", "")
    meetings.delete(workspace, held.meeting)
    assert previous_lessons(workspace, new) is None
