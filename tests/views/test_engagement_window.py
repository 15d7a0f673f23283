"""The window's engagement reads: what they answer on a small meeting, and that a meeting ten
times larger takes the same statements."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from functools import partial

import pytest

from app.domain.enums import DecisionRight, Engagement
from app.services import (
    departments,
    engagement,
    meetings,
    participation,
    people,
    team,
    touchpoints,
)
from app.storage import Workspace
from app.views.engagement_window import (
    department_names,
    engagement_history,
    stakeholders_of,
    touchpoint_moves,
)
from app.views.reader import Reader, open_reader

TODAY = date(2026, 11, 20)


@pytest.fixture
def reader(workspace: Workspace) -> Iterator[Reader]:
    opened = open_reader(workspace.path)
    yield opened
    opened.close()


def meeting_with(workspace: Workspace, count: int, title: str = "Kick-off") -> int:
    """A meeting of ``count`` departments, each with a decider and an influential person; the
    first department spoken with (one-to-one with its decider) three days ago."""
    meeting = meetings.create(workspace, title=title).id or 0
    owner = team.add(workspace, name=f"Lin {title}").id
    for number in range(count):
        profile = departments.create(workspace, name=f"{title} {number}").id or 0
        part = participation.add(workspace, meeting, profile, owner_id=owner,
                                 next_contact=TODAY - timedelta(days=1)).id or 0
        boss = people.add(workspace, profile, name=f"Boss {number}", influence=2).id or 0
        people.add(workspace, profile, name=f"Voice {number}", influence=5, interest=1)
        engagement.add_stakeholder(workspace, part, boss, decision_right=DecisionRight.decide)
        if number == 0:
            touchpoints.add(workspace, part, date=TODAY - timedelta(days=3), person_id=boss)
    return meeting


def counted(reader: Reader, read: object) -> int:
    statements: list[str] = []
    reader.connection().set_trace_callback(statements.append)
    try:
        read()  # type: ignore[operator]
    finally:
        reader.connection().set_trace_callback(None)
    return len(statements)


def test_a_department_s_history_lists_each_move_with_the_touchpoint_behind_it(
        workspace: Workspace, reader: Reader) -> None:
    meeting = meeting_with(workspace, 1)
    part = participation.list_for(workspace, meeting)[0]
    boss = people.list_for(workspace, part.department_id)[0]
    call = touchpoints.add(workspace, part.id or 0, date=TODAY, summary="Agreed to pilot")
    engagement.set_level(workspace, part.id or 0, Engagement.neutral, day=TODAY)
    engagement.set_level(workspace, part.id or 0, Engagement.supportive, day=TODAY,
                         touchpoint_id=call.id)
    engagement.set_level(workspace, part.id or 0, Engagement.resistant, person_id=boss.id,
                         day=TODAY)
    moves = engagement_history(reader.connection(), part.department_id)[meeting]
    assert [(m.person, m.from_level, m.to_level, m.touchpoint) for m in moves] == [
        ("", None, Engagement.neutral, ""),
        ("", Engagement.neutral, Engagement.supportive, "Agreed to pilot"),
        ("Boss 0", None, Engagement.resistant, "")]
    assert touchpoint_moves(reader.connection(), part.id or 0) == {
        call.id: Engagement.supportive}


def test_the_reads_take_the_same_statements_on_a_meeting_ten_times_larger(
        workspace: Workspace, reader: Reader) -> None:
    small, large = meeting_with(workspace, 2, "Small"), meeting_with(workspace, 20, "Large")
    connection = reader.connection()
    parts = {m: participation.list_for(workspace, m)[0] for m in (small, large)}
    for read in (lambda m: stakeholders_of(connection, parts[m].id),
                 lambda m: touchpoint_moves(connection, parts[m].id),
                 lambda m: engagement_history(connection, parts[m].department_id),
                 lambda m: department_names(connection, m, 100)):
        assert counted(reader, partial(read, small)) == counted(reader, partial(read, large))


def test_a_list_too_long_to_tick_is_not_offered(workspace: Workspace, reader: Reader) -> None:
    meeting = meeting_with(workspace, 3)
    assert [name for _id, name in department_names(reader.connection(), meeting, 3)] == [
        "Kick-off 0", "Kick-off 1", "Kick-off 2"]
    assert department_names(reader.connection(), meeting, 2) == []
