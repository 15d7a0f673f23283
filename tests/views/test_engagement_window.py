"""The window's engagement reads: what they answer on a small meeting, and that a meeting ten
times larger takes the same statements."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from functools import partial

import pytest

from app.domain.enums import DecisionRight, Engagement, MeetingStatus
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
    ContactsDue,
    board_lines,
    contacts_due_by_meeting,
    department_names,
    unbriefed,
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


def test_the_board_lists_departments_and_key_people(workspace: Workspace,
                                                    reader: Reader) -> None:
    meeting = meeting_with(workspace, 2)
    lines = board_lines(reader.connection(), meeting, TODAY)
    assert [(line.name, line.person_id is None) for line in lines] == [
        ("Kick-off 0", True), ("Kick-off 1", True), ("Boss 0", False), ("Boss 1", False)]
    first, boss = lines[0], lines[2]
    assert (first.owner, first.influence, first.interest, first.last_contact,
            first.next_contact) == ("Lin Kick-off", 5, 1, TODAY - timedelta(days=3),
                                    TODAY - timedelta(days=1))
    assert (boss.department, boss.decision_right, boss.engagement, boss.engagement_desired,
            boss.last_contact) == ("Kick-off 0", DecisionRight.decide, Engagement.unaware,
                                   Engagement.supportive, TODAY - timedelta(days=3))
    assert lines[3].last_contact is None


def test_those_not_briefed_are_deciders_and_heavy_voices(workspace: Workspace,
                                                         reader: Reader) -> None:
    meeting = meeting_with(workspace, 2)
    # the first decider had a one-to-one; a one-to-one planned for tomorrow is not one yet
    part = participation.list_for(workspace, meeting)[1].id or 0
    touchpoints.add(workspace, part, date=TODAY + timedelta(days=1),
                    person_id=people.list_for(workspace, participation.get_part(
                        workspace, part).department_id)[0].id)
    found = unbriefed(reader.connection(), meeting, TODAY)
    assert [(p.name, p.department, p.decision_right, p.influence) for p in found] == [
        ("Voice 0", "Kick-off 0", None, 5),
        ("Boss 1", "Kick-off 1", DecisionRight.decide, 2),
        ("Voice 1", "Kick-off 1", None, 5)]


def test_late_contacts_are_counted_per_meeting_being_prepared(workspace: Workspace,
                                                              reader: Reader) -> None:
    prepared = meeting_with(workspace, 3, "Prepared")
    held = meeting_with(workspace, 2, "Held")
    meetings.update(workspace, held, status=MeetingStatus.held)
    due = contacts_due_by_meeting(reader.connection(), TODAY, 14)
    # every planned contact was yesterday; only the first department was spoken with since
    # before it (3 days ago), so all three are overdue; two were never contacted
    assert due == {prepared: ContactsDue(overdue=3, stale=2)}
    assert contacts_due_by_meeting(reader.connection(), TODAY, 2) == {
        prepared: ContactsDue(overdue=3, stale=3)}
    assert contacts_due_by_meeting(reader.connection(), TODAY, 14, held) == {}


def test_the_reads_take_the_same_statements_on_a_meeting_ten_times_larger(
        workspace: Workspace, reader: Reader) -> None:
    small, large = meeting_with(workspace, 2, "Small"), meeting_with(workspace, 20, "Large")
    connection = reader.connection()
    for read in (lambda m: board_lines(connection, m, TODAY),
                 lambda m: unbriefed(connection, m, TODAY),
                 lambda m: department_names(connection, m, 100),
                 lambda m: contacts_due_by_meeting(connection, TODAY, 14, m)):
        assert counted(reader, partial(read, small)) == counted(reader, partial(read, large))
    assert counted(reader, lambda: contacts_due_by_meeting(connection, TODAY, 14)) == 1


def test_a_list_too_long_to_tick_is_not_offered(workspace: Workspace, reader: Reader) -> None:
    meeting = meeting_with(workspace, 3)
    assert [name for _id, name in department_names(reader.connection(), meeting, 3)] == [
        "Kick-off 0", "Kick-off 1", "Kick-off 2"]
    assert department_names(reader.connection(), meeting, 2) == []
