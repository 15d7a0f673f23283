"""Engagement history: every move of a current level is one row, and undo takes it back."""

from __future__ import annotations

from datetime import date

import pytest
from sqlmodel import select

from app.domain.enums import DecisionRight, Engagement
from app.domain.models import EngagementChange
from app.services import (
    departments,
    engagement,
    follow_up,
    meetings,
    participation,
    people,
    touchpoints,
)
from app.services.errors import InvalidInput
from app.storage import Workspace


def _history(workspace: Workspace) -> list[tuple[int | None, Engagement | None, Engagement,
                                                  int | None]]:
    with workspace.session() as session:
        return [(c.person_id, c.from_level, c.to_level, c.touchpoint_id)
                for c in session.exec(select(EngagementChange).order_by(EngagementChange.id))]


@pytest.fixture
def part_id(workspace: Workspace) -> int:
    m = meetings.create(workspace, title="Sign-off").id or 0
    finance = departments.create(workspace, name="Finance").id or 0
    return participation.add(workspace, m, finance).id or 0


def test_the_first_assessment_is_the_start_then_each_move_is_kept(
        workspace: Workspace, part_id: int) -> None:
    first = engagement.set_level(workspace, part_id, Engagement.resistant, day=date(2026, 11, 2))
    assert first is not None
    call = touchpoints.add(workspace, part_id, date=date(2026, 11, 9), summary="Walked the plan")
    moved = engagement.set_level(workspace, part_id, "neutral", touchpoint_id=call.id,
                                 day=date(2026, 11, 9))
    assert moved is not None
    part = participation.get_part(workspace, part_id)
    assert (part.engagement_at_start, part.engagement) == (Engagement.resistant,
                                                            Engagement.neutral)
    assert _history(workspace) == [(None, None, Engagement.resistant, None),
                                   (None, Engagement.resistant, Engagement.neutral, call.id)]
    assert engagement.set_level(workspace, part_id, Engagement.neutral) is None
    assert len(_history(workspace)) == 2
    engagement.undo_level(workspace, moved)
    engagement.undo_level(workspace, first)
    part = participation.get_part(workspace, part_id)
    assert (part.engagement_at_start, part.engagement) == (Engagement.unaware,
                                                            Engagement.unaware)
    assert _history(workspace) == []


def test_a_persons_level_gives_them_a_part_that_undo_takes_away(
        workspace: Workspace, part_id: int) -> None:
    finance = participation.get_part(workspace, part_id).department_id
    ana = people.add(workspace, finance, name="Ana López", influence=5).id or 0
    move = engagement.set_level(workspace, part_id, Engagement.supportive, person_id=ana)
    assert move is not None and move.stakeholder_made is not None
    [row] = engagement.stakeholders(workspace, part_id)
    assert (row.person_id, row.engagement, row.engagement_at_start) == (
        ana, Engagement.supportive, Engagement.supportive)
    assert _history(workspace) == [(ana, None, Engagement.supportive, None)]
    engagement.update_stakeholder(workspace, row.id or 0, decision_right=DecisionRight.decide,
                                  engagement_desired=Engagement.leading)
    with pytest.raises(InvalidInput) as caught:
        engagement.update_stakeholder(workspace, row.id or 0, engagement=Engagement.leading)
    assert caught.value.fields == ["engagement"]
    engagement.undo_level(workspace, move)
    assert engagement.stakeholders(workspace, part_id) == [] and _history(workspace) == []


def test_someone_of_another_department_is_refused(workspace: Workspace, part_id: int) -> None:
    sales = departments.create(workspace, name="Sales").id or 0
    cy = people.add(workspace, sales, name="Cy Adams").id or 0
    with pytest.raises(InvalidInput) as caught:
        engagement.set_level(workspace, part_id, Engagement.neutral, person_id=cy)
    assert caught.value.fields == ["person_id"]
    with pytest.raises(InvalidInput):
        engagement.add_stakeholder(workspace, part_id, cy)
    assert _history(workspace) == []


def test_a_copy_keeps_peoples_parts_and_a_follow_up_starts_where_they_ended(
        workspace: Workspace, part_id: int) -> None:
    part = participation.get_part(workspace, part_id)
    ana = people.add(workspace, part.department_id, name="Ana López").id or 0
    engagement.set_level(workspace, part_id, Engagement.resistant, person_id=ana)
    engagement.set_level(workspace, part_id, Engagement.neutral, person_id=ana)
    [row] = engagement.stakeholders(workspace, part_id)
    engagement.update_stakeholder(workspace, row.id or 0, decision_right=DecisionRight.agree)
    copy = meetings.duplicate(workspace, part.meeting_id).id or 0
    meetings.update(workspace, part.meeting_id, status="held")
    later = follow_up.create_follow_up(workspace, part.meeting_id)
    for meeting, start in ((copy, Engagement.resistant), (later, Engagement.neutral)):
        [carried] = participation.list_for(workspace, meeting)
        [person] = engagement.stakeholders(workspace, carried.id or 0)
        assert (person.person_id, person.engagement, person.engagement_at_start,
                person.decision_right) == (ana, Engagement.neutral, start, DecisionRight.agree)
