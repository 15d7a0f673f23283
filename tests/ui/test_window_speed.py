"""Switching meetings and steps reads a bounded number of statements, however many
departments a meeting has (no query per row)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import event

from app.services import meetings
from app.storage import Workspace
from tests.ui.big_meeting import big_meeting
from tests.ui.window_helpers import click_tab, no_dialogs, window
from ui.main_window import MainWindow

__all__ = ["no_dialogs", "window"]  # fixtures, used by name


@contextmanager
def counted(workspace: Workspace) -> Iterator[list[str]]:
    statements: list[str] = []

    def record(_conn, _cursor, statement, *_args) -> None:  # type: ignore[no-untyped-def]
        statements.append(statement)

    event.listen(workspace.engine, "before_cursor_execute", record)
    try:
        yield statements
    finally:
        event.remove(workspace.engine, "before_cursor_execute", record)


def switch_cost(qtbot, window: MainWindow, workspace: Workspace, meeting_id: int,
                other: int) -> tuple[int, int]:
    window.show_meeting(other)
    click_tab(qtbot, window.steps, "Departments")
    with counted(workspace) as by_meeting:
        window.meeting_list.select(meeting_id)
    click_tab(qtbot, window.steps, "Goals")
    with counted(workspace) as by_step:
        click_tab(qtbot, window.steps, "Departments")
    return len(by_meeting), len(by_step)


def test_switching_does_not_grow_with_departments(qtbot, window: MainWindow,
                                                  workspace: Workspace) -> None:
    small = big_meeting(workspace, 2, prefix="Small")
    large = big_meeting(workspace, 60)
    other = meetings.create(workspace, title="Empty").id or 0
    window.meeting_list.reload()
    small_cost = switch_cost(qtbot, window, workspace, small, other)
    large_cost = switch_cost(qtbot, window, workspace, large, other)
    assert large_cost == small_cost
    assert large_cost[0] < 40
