"""The gap board: who needs attention first, in three statements whatever the meeting's size."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from app.domain.attention import Quadrant
from app.domain.enums import DecisionRight, Engagement
from app.services import departments, engagement, meetings, participation, people, team
from app.services import touchpoints as touch
from app.storage import Workspace, open_workspace
from app.views.gap_board import gap_rows
from app.views.meetings import meeting_items
from app.views.plan_status import behind_by_meeting
from app.views.reader import open_reader

TODAY = date(2026, 11, 20)


def _meeting(workspace: Workspace, size: int = 0) -> int:
    m = meetings.create(workspace, title="Sign-off").id or 0
    ops = departments.create(workspace, name="Operations").id or 0
    sales = departments.create(workspace, name="Sales").id or 0
    legal = departments.create(workspace, name="Legal").id or 0
    boss = people.add(workspace, ops, name="Olga", influence=5, interest=4).id or 0
    people.add(workspace, ops, name="Quiet clerk", influence=1, interest=1)
    rep = people.add(workspace, sales, name="Sam", influence=2, interest=4).id or 0
    lucia = team.add(workspace, name="Lucía").id
    p_ops = participation.add(workspace, m, ops, engagement="resistant").id or 0
    p_sales = participation.add(workspace, m, sales, engagement="neutral", owner_id=lucia).id or 0
    p_legal = participation.add(workspace, m, legal, engagement="supportive",
                                next_contact=TODAY - timedelta(days=2)).id or 0
    engagement.add_stakeholder(workspace, p_ops, boss, decision_right=DecisionRight.decide)
    touch.add(workspace, p_sales, date=TODAY - timedelta(days=30), person_id=rep)
    touch.add(workspace, p_legal, date=TODAY - timedelta(days=1))
    touch.add(workspace, p_legal, date=TODAY + timedelta(days=5))
    for n in range(size):  # more of everything: the statements stay the same
        extra = departments.create(workspace, name=f"Dept {n}").id or 0
        part = participation.add(workspace, m, extra).id or 0
        person = people.add(workspace, extra, name=f"P {n}", influence=4).id or 0
        touch.add(workspace, part, date=TODAY, person_id=person)
    return m


def test_high_power_and_large_gaps_come_first(workspace: Workspace) -> None:
    m = _meeting(workspace)
    reader = open_reader(workspace.path)
    try:
        with reader.snapshot() as connection:
            rows = gap_rows(connection, m, TODAY, stale_days=14)
    finally:
        reader.close()
    assert [(r.name, r.engagement, r.desired, r.gap) for r in rows] == [
        ("Olga", Engagement.unaware, Engagement.supportive, 3),
        ("Operations", Engagement.resistant, Engagement.supportive, 2),
        ("Sales", Engagement.neutral, Engagement.supportive, 1),
        ("Legal", Engagement.supportive, Engagement.supportive, 0),
    ]
    olga, operations, sales, legal = rows
    assert (olga.decision_right, olga.quadrant, olga.never_contacted) == (
        DecisionRight.decide, Quadrant.manage_closely, True)
    assert (operations.department, operations.owner) == ("Operations", "")
    assert (sales.owner, sales.stale, sales.quadrant) == ("Lucía", True, Quadrant.keep_informed)
    assert (legal.overdue, legal.last_contact, legal.next_contact) == (
        True, TODAY - timedelta(days=1), TODAY - timedelta(days=2))


def test_the_board_takes_three_statements_whatever_its_size(tmp_path: Path) -> None:
    counts = []
    for size in (0, 30):
        with open_workspace(tmp_path / f"w{size}.prewire") as workspace:
            m = _meeting(workspace, size)
        reader = open_reader(tmp_path / f"w{size}.prewire")
        statements: list[str] = []
        reader.connection().set_trace_callback(statements.append)
        try:
            with reader.snapshot() as connection:
                statements.clear()
                rows = gap_rows(connection, m, TODAY)
                counts.append(len(statements))
        finally:
            reader.close()
        assert len(rows) == 4 + 2 * size
    assert counts == [3, 3]


def test_the_meeting_list_counts_the_departments_behind_their_plan(
        workspace: Workspace) -> None:
    m = _meeting(workspace)  # Operations never contacted, Sales silent 30 days, Legal late
    reader = open_reader(workspace.path)
    try:
        with reader.snapshot() as connection:
            [item] = meeting_items(connection, TODAY)
            assert item.behind == 3
            assert behind_by_meeting(connection, TODAY, stale_days=40) == {m: 2}
    finally:
        reader.close()
    meetings.update(workspace, m, status="held")  # once held, the plan is over
    reader = open_reader(workspace.path)
    try:
        with reader.snapshot() as connection:
            assert meeting_items(connection, TODAY)[0].behind == 0
    finally:
        reader.close()
