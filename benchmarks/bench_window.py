"""How long the window takes to switch meetings and steps on a 60-department meeting.

Rounds are fixed and few: on Python 3.11 with PySide6 6.12.0 every Python-side
``signal.emit()`` drops a reference to ``True`` (it returns it un-referenced), so
thousands of automatic rounds end in "deallocating True". Python 3.12+ makes
``True`` immortal and is immune.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from app.services import meetings
from app.storage import Workspace, open_workspace
from tests.ui.big_meeting import big_meeting


@pytest.fixture
def shown(qtbot, tmp_path: Path) -> Iterator[tuple[object, Workspace, int, int]]:
    from ui.main_window import MainWindow

    workspace = open_workspace(tmp_path / "bench.prewire")
    large = big_meeting(workspace, 60)
    other = meetings.create(workspace, title="Another meeting").id or 0
    window = MainWindow(workspace)
    qtbot.addWidget(window)
    window.show()
    window.navigate("departments")
    yield window, workspace, large, other
    window.close()
    workspace.close()


def test_switch_meeting_on_departments(benchmark, shown) -> None:
    window, _workspace, large, other = shown
    targets = iter([large, other] * 50)

    def switch() -> None:
        window.meeting_list.select(next(targets))  # type: ignore[attr-defined]

    benchmark.pedantic(switch, rounds=40, warmup_rounds=2)


def test_show_departments_step(benchmark, shown) -> None:
    """The Departments page read afresh, as after an edit or when its tab is shown stale."""
    window, _workspace, large, _other = shown
    window.meeting_list.select(large)  # type: ignore[attr-defined]
    page = window.current_page()  # type: ignore[attr-defined]
    benchmark.pedantic(page.reload, rounds=40, warmup_rounds=2)


def test_show_goals_step(benchmark, shown) -> None:
    window, _workspace, large, _other = shown
    window.meeting_list.select(large)  # type: ignore[attr-defined]
    window.navigate("goals")  # type: ignore[attr-defined]
    benchmark.pedantic(window.current_page().reload,  # type: ignore[attr-defined]
                       rounds=40, warmup_rounds=2)


def test_edit_and_undo_on_departments(benchmark, shown) -> None:
    """One committed edit plus its undo: each reloads the list, readiness and the page."""
    window, _workspace, large, _other = shown
    window.meeting_list.select(large)  # type: ignore[attr-defined]
    page = window.current_page()  # type: ignore[attr-defined]

    def edit_and_undo() -> None:
        page.part.form._commit("private_notes", "a note")
        window.context.undo_stack.undo()  # type: ignore[attr-defined]

    benchmark.pedantic(edit_and_undo, rounds=20, warmup_rounds=2)
