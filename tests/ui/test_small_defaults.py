"""Small things a user meets: a new meeting lasts an hour; Alt+P in the print dialog prints."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.services import meetings
from app.storage import Workspace
from tests.ui.window_helpers import Dialogs, click, no_dialogs, open_window, trigger
from ui.window import document_exports
from ui.window.main_window import MainWindow

__all__ = ["no_dialogs"]  # a fixture, used by name


@pytest.fixture
def window(qtbot: Any, workspace: Workspace, no_dialogs: Dialogs) -> Iterator[MainWindow]:
    shown = open_window(qtbot, workspace)
    yield shown
    shown.close()


def test_a_new_meeting_lasts_an_hour(qtbot, window: MainWindow, workspace: Workspace) -> None:
    click(qtbot, window, "empty_new_meeting")
    [summary] = meetings.list_summaries(workspace)
    assert meetings.get_meeting(workspace, summary.id).duration_minutes == 60


def test_alt_p_in_the_print_dialog_prints(qtbot, window: MainWindow, workspace: Workspace,
                                          meeting_id: int,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[str] = []
    monkeypatch.setattr(document_exports, "ask_printer",
                        lambda _parent, _printer, _count, file: asked.append(file.name) or False)
    window.show_meeting(meeting_id)
    trigger(window, "print_briefing")
    dialog = window.documents.dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    qtbot.keyClick(dialog, Qt.Key.Key_P, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: window.documents.running is not None)   # accepted: rendering
    op = window.documents.running
    assert op is not None
    qtbot.waitUntil(op.is_done, timeout=20000)
    assert asked == ["Customer data platform – briefing.pdf"]      # the pack, not the pre-read
