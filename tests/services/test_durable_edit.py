"""One durable edit is one read of the row and one UPDATE, committed before the call returns;
a change of a reference is still checked against the meeting."""

from __future__ import annotations

import sqlite3

import pytest
from sqlalchemy import event

from app.services import actions, demands, departments, meetings, participation, people
from app.services.errors import InvalidInput
from app.storage import Workspace


@pytest.fixture
def demand_id(workspace: Workspace, meeting_id: int) -> int:
    finance = departments.create(workspace, name="Finance").id or 0
    part = participation.add(workspace, meeting_id, finance).id or 0
    return demands.add(workspace, part, text="A budget line").id or 0


def test_a_text_edit_reads_the_row_and_updates_it_once(workspace: Workspace,
                                                       demand_id: int) -> None:
    statements: list[str] = []
    event.listen(workspace.engine, "before_cursor_execute",
                 lambda _conn, _cursor, sql, *_rest: statements.append(sql.split()[0]))
    demands.update(workspace, demand_id, response="Phase it in over two quarters")
    assert statements == ["SELECT", "UPDATE"]
    # committed: another connection sees it at once
    with sqlite3.connect(workspace.path) as other:
        assert other.execute("SELECT response FROM demand WHERE id = ?",
                             (demand_id,)).fetchone() == ("Phase it in over two quarters",)


def test_a_reference_to_another_meeting_is_still_refused(workspace: Workspace,
                                                         meeting_id: int) -> None:
    action = actions.add(workspace, meeting_id, text="Send the plan").id or 0
    elsewhere = meetings.create(workspace, title="Another meeting").id or 0
    sales = departments.create(workspace, name="Sales").id or 0
    participation.add(workspace, elsewhere, sales)
    stranger = people.add(workspace, sales, name="Ana Ruiz").id
    with pytest.raises(InvalidInput) as refused:
        actions.update(workspace, action, owner_id=stranger)
    assert [problem.field for problem in refused.value.problems] == ["owner_id"]
    assert actions.get(workspace, action).owner_id is None
