"""The window by keyboard: Tab moves between regions, arrows within a list; the meeting
filter; Back and Next; Help ▸ Keyboard shortcuts; Edit ▸ Preferences."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QTextBrowser,
)

from app import preferences
from app.services import departments, meetings, participation
from app.storage import Workspace
from tests.ui.window_helpers import Dialogs, child, click, no_dialogs, trigger, window
from ui.window.main_window import MainWindow
from ui.window.shortcuts_dialog import ShortcutsDialog

__all__ = ["no_dialogs", "window"]  # fixtures, used by name


@pytest.fixture
def three(workspace: Workspace) -> dict[str, int]:
    ids = {}
    for title, when in (("Pricing", datetime(2026, 12, 10, 9, tzinfo=UTC)),
                        ("Customer data", datetime(2026, 12, 3, 9, tzinfo=UTC)),
                        ("Año nuevo", None)):
        ids[title] = meetings.create(workspace, title=title, scheduled_at=when).id or 0
    compras = departments.create(workspace, name="Compras").id
    participation.add(workspace, ids["Pricing"], compras)
    return ids


def shown_titles(window: MainWindow) -> list[str]:
    model = child(window, QTableView, "meeting_table").model()
    return [model.index(r, 1).data() for r in range(model.rowCount())]


def tab(qtbot: Any) -> QApplication:
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    return QApplication.focusWidget()


def test_tab_leaves_the_meeting_list_and_opens_no_meeting(
        qtbot, workspace: Workspace, three: dict[str, int], window: MainWindow) -> None:
    window.meeting_list.reload()
    opened = window.meeting_id
    assert opened == three["Customer data"]          # the first by date
    listing = child(window, QTableView, "meeting_table")
    meeting_filter = child(window, QLineEdit, "meeting_filter")
    meeting_filter.setFocus()
    assert tab(qtbot) is listing
    assert tab(qtbot) is not listing                  # one Tab, and the list is left
    # on through the steps and the guidance, and round to the filter again
    visited = []
    for _step in range(200):
        focus = tab(qtbot)
        visited.append(focus)
        if focus is meeting_filter:
            break
    assert meeting_filter in visited
    assert child(window, QTextBrowser, "guidance_text") in visited
    assert any(window.steps.isAncestorOf(w) for w in visited)
    assert visited.count(listing) == 0                # never back into the list on the way
    assert window.meeting_id == opened                # tabbing opened nothing

    # the arrow keys move within the list, and that opens the meeting chosen
    listing.setFocus()
    qtbot.keyClick(listing, Qt.Key.Key_Down)
    assert window.meeting_id == three["Pricing"]


def test_the_filter_finds_departments_and_says_when_nothing_matches(
        qtbot, workspace: Workspace, three: dict[str, int], window: MainWindow) -> None:
    window.meeting_list.reload()
    meeting_filter = child(window, QLineEdit, "meeting_filter")
    empty = child(window, QLabel, "meeting_filter_empty")
    qtbot.keyClicks(meeting_filter, "compras")
    assert shown_titles(window) == ["Pricing"]        # by its department's name
    assert not empty.isVisible()
    meeting_filter.clear()
    qtbot.keyClicks(meeting_filter, "ano")
    assert shown_titles(window) == ["Año nuevo"]      # without the accent
    meeting_filter.clear()
    qtbot.keyClicks(meeting_filter, "budget")
    assert shown_titles(window) == []
    assert empty.isVisible() and empty.text() == "No meeting matches “budget”."
    assert window.meeting_id == three["Customer data"]  # still open, though filtered out
    meeting_filter.clear()
    assert not empty.isVisible() and len(shown_titles(window)) == 3


def test_back_and_next_walk_the_steps_and_rest_with_no_meeting(
        qtbot, workspace: Workspace, meeting_id: int, window: MainWindow) -> None:
    back = child(window, QPushButton, "step_back")
    forward = child(window, QPushButton, "step_next")
    window.navigate("overview")
    assert not back.isEnabled() and forward.isEnabled()
    click(qtbot, window, "step_next")
    assert window.current_page().step == "goals"
    trigger(window, "next_step")
    assert window.current_page().step == "departments"
    click(qtbot, window, "step_back")
    assert window.current_page().step == "goals"
    window.navigate("follow_up")
    assert not forward.isEnabled() and back.isEnabled()
    window.navigate("suggestions")
    click(qtbot, window, "step_next")
    assert window.current_page().step == "meeting"   # the agenda's step, before Follow-up

    window.meeting_list.select(None)                 # no meeting open: nowhere to walk
    assert window.meeting_id is None
    for name in ("step_back", "step_next"):
        assert not child(window, QPushButton, name).isEnabled()
    for name in ("previous_step", "next_step"):
        assert not child(window, QAction, name).isEnabled()


def test_the_steps_are_numbered_with_the_meeting_before_follow_up(window: MainWindow) -> None:
    texts = [window.steps.tabText(i) for i in range(window.steps.count())]
    assert texts == ["Overview", "1 Goals", "2 Departments", "3 Demands", "4 Suggestions",
                     "5 Meeting", "6 Follow-up"]


def test_the_shortcut_list_is_the_window_s_own(qtbot, window: MainWindow) -> None:
    trigger(window, "shortcuts")
    dialog = child(window, ShortcutsDialog, "shortcuts_dialog")
    rows = dialog.rows()
    native = QKeySequence.SequenceFormat.NativeText
    assert ("File ▸ Export briefing pack", "Ctrl+E") in rows
    assert ("Meeting ▸ Next step", "Ctrl+PgDown") in rows
    assert ("In a list: Add", QKeySequence(Qt.Key.Key_Insert).toString(native)) in rows
    # every action of a menu that has keys is listed with them
    listed = {keys for _what, keys in rows}
    for action in window.findChildren(QAction):
        if action.shortcut().isEmpty() or not action.associatedObjects():
            continue
        assert any(action.shortcut().toString(native) in keys for keys in listed), action.text()
    keys = dict(rows)
    assert keys["Edit ▸ Undo"].startswith("Ctrl+Z")
    assert "Ctrl+Shift+Z" in keys["Edit ▸ Redo"].split(", ")
    dialog.close()


def test_preferences_from_the_edit_menu(qtbot, window: MainWindow, no_dialogs: Dialogs,
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    action = child(window, QAction, "preferences")
    assert action in window.menuBar().actions()[1].menu().actions()   # Edit ▸ Preferences…

    def choose_spanish(dialog: QDialog) -> int:
        combo = child(dialog, QComboBox, "language")
        combo.setCurrentIndex(combo.findData("es"))
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()
        return dialog.result()

    monkeypatch.setattr(QDialog, "exec", choose_spanish)
    action.trigger()
    assert preferences.load().language == "es"
    assert no_dialogs.shown == [("info", "Preferences", "Prewire speaks the language you "
                                 "chose the next time it starts.")]


def test_a_missing_agenda_opens_the_meeting_step(qtbot, workspace: Workspace, meeting_id: int,
                                                 window: MainWindow) -> None:
    from ui.steps.overview_page import OverviewPage

    window.navigate("overview")
    overview = window.current_page()
    assert isinstance(overview, OverviewPage)
    item = next(i for i in overview.assessment.items if i.rule == "agenda.exist")
    overview.open_missing(item)
    assert window.current_page().step == "meeting"
    assert window.current_page().title() == "Meeting"
