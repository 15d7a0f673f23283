"""The meetings list: filter, rename, duplicate, delete (asked, undoable), the demo banner."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog, QLineEdit, QPushButton, QTableView

from app.services import departments, goals, meetings, participation
from app.storage import Workspace
from tests.ui.window_helpers import Dialogs, child, click, no_dialogs, trigger, window
from ui.window.main_window import MainWindow

__all__ = ["no_dialogs", "window"]  # fixtures, used by name


@pytest.fixture
def three(workspace: Workspace) -> list[int]:
    """Three meetings, created out of date order."""
    ids = [meetings.create(workspace, title=title, scheduled_at=when).id or 0
           for title, when in (("Pricing", datetime(2026, 12, 10, 9, tzinfo=UTC)),
                               ("Undated review", None),
                               ("Customer data", datetime(2026, 12, 3, 9, tzinfo=UTC)))]
    return ids


def shown_titles(window: MainWindow) -> list[str]:
    view = child(window, QTableView, "meeting_table")
    model = view.model()
    return [model.data(model.index(r, 1)) for r in range(model.rowCount())]


def test_sorted_by_date_and_filtered(qtbot, workspace: Workspace, three: list[int],
                                     window: MainWindow) -> None:
    window.meeting_list.reload()
    assert shown_titles(window) == ["Customer data", "Pricing", "Undated review"]
    qtbot.keyClicks(child(window, QLineEdit, "meeting_filter"), "pri")
    assert shown_titles(window) == ["Pricing"]


def test_rename_duplicate_delete_and_undo(qtbot, workspace: Workspace, meeting_id: int,
                                          monkeypatch: pytest.MonkeyPatch,
                                          no_dialogs: Dialogs) -> None:
    finance = departments.create(workspace, name="Finance")
    participation.add(workspace, meeting_id, finance.id, serves_their_goals="Faster close")
    goals.add(workspace, meeting_id, statement="One record")
    from tests.ui.window_helpers import open_window

    window = open_window(qtbot, workspace)
    assert window.meeting_id == meeting_id

    monkeypatch.setattr(QInputDialog, "getText", lambda *_a, **_k: ("CDP rollout", True))
    click(qtbot, window, "rename_meeting_button")
    assert meetings.get_meeting(workspace, meeting_id).title == "CDP rollout"

    trigger(window, "duplicate_meeting")
    copy = window.meeting_id
    assert copy != meeting_id
    assert meetings.get_meeting(workspace, copy).title == "Copy of CDP rollout"
    assert [g.statement for g in goals.list_for(workspace, copy)] == ["One record"]
    assert [p.serves_their_goals for p in participation.list_for(workspace, copy)] == [
        "Faster close"]

    no_dialogs.answer = False
    click(qtbot, window, "delete_meeting_button")
    assert len(meetings.list_summaries(workspace)) == 2
    no_dialogs.answer = True
    click(qtbot, window, "delete_meeting_button")
    assert [s.id for s in meetings.list_summaries(workspace)] == [meeting_id]
    assert window.meeting_id == meeting_id

    trigger(window, "undo")  # the copy is back, and shown
    assert window.meeting_id == copy
    assert len(participation.list_for(workspace, copy)) == 1
    trigger(window, "undo")  # the duplicate
    trigger(window, "undo")  # the new title
    assert [s.title for s in meetings.list_summaries(workspace)] == ["Customer data platform"]
    window.close()


def test_new_meeting_by_keyboard(qtbot, window: MainWindow, workspace: Workspace) -> None:
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert [s.title for s in meetings.list_summaries(workspace)] == ["New meeting"]
    assert window.current_page().step == "goals"


def test_empty_workspace_offers_the_demo(qtbot, window: MainWindow,
                                         workspace: Workspace) -> None:
    banner = child(window, type(window.meeting_list.demo_banner), "demo_banner")
    assert banner.isVisible()
    assert window.stack.currentIndex() == 0
    qtbot.mouseClick(child(window, QPushButton, "load_demo"), Qt.MouseButton.LeftButton)
    assert len(meetings.list_summaries(workspace)) == 3
    assert not banner.isVisible()
    assert window.meeting_id is not None
    profiles = len(departments.list_all(workspace))
    assert profiles > 3
    trigger(window, "undo")  # meetings and the profiles they brought go
    assert meetings.list_summaries(workspace) == []
    assert departments.list_all(workspace) == []
    assert banner.isVisible()
    trigger(window, "redo")
    assert len(meetings.list_summaries(workspace)) == 3
    assert len(departments.list_all(workspace)) == profiles
