"""Expected trouble during undo and redo is said like any refused edit, and the history stays
where the workspace is; a window that cannot be built is reported and its lock released."""

from __future__ import annotations

import argparse
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from sqlalchemy.exc import OperationalError
from sqlmodel import Session

from app.paths import log_dir
from app.services import meetings
from app.storage import Workspace, open_workspace
from tests.ui.window_helpers import Dialogs, child, no_dialogs, window_on
from ui import app as ui_app
from ui import dialogs
from ui.forms import TextLine
from ui.window.main_window import MainWindow

__all__ = ["no_dialogs"]  # a fixture, used by name


@pytest.fixture
def window(qtbot: Any, workspace: Workspace, meeting_id: int,
           no_dialogs: Dialogs) -> Iterator[MainWindow]:
    shown = window_on(qtbot, workspace, meeting_id, "Goals")
    yield shown
    shown.close()


def disk_full(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every write fails as SQLite fails on a full disk (reading still works)."""
    flush = Session.flush

    def refuse(session: Session, *args: Any, **kwargs: Any) -> None:
        if session.dirty or session.new or session.deleted:
            raise OperationalError("UPDATE", {},
                                   sqlite3.OperationalError("database or disk is full"))
        flush(session, *args, **kwargs)
    monkeypatch.setattr(Session, "flush", refuse)


def test_a_full_disk_during_undo_keeps_history_and_workspace_together(
        qtbot, window: MainWindow, workspace: Workspace, meeting_id: int, no_dialogs: Dialogs,
        monkeypatch: pytest.MonkeyPatch) -> None:
    location = child(window, TextLine, "field_location")
    location.setFocus()
    qtbot.keyClicks(location, "Room 4")
    qtbot.keyClick(location, Qt.Key.Key_Tab)
    stack = window.context.undo_stack
    assert stack.index() == 1

    with monkeypatch.context() as patch:
        disk_full(patch)
        qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    [(kind, title, text)] = no_dialogs.shown
    assert (kind, title) == ("warn", "Not undone") and "full" in text
    assert stack.index() == 1 and stack.undoText() == "Edit meeting: Location"
    assert meetings.get_meeting(workspace, meeting_id).location == "Room 4"
    assert location.text() == "Room 4"

    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # room again
    assert meetings.get_meeting(workspace, meeting_id).location == ""
    assert stack.index() == 0

    with monkeypatch.context() as patch:
        disk_full(patch)
        qtbot.keyClick(window, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert no_dialogs.shown[-1][1] == "Not redone"
    assert stack.index() == 0 and stack.redoText() == "Edit meeting: Location"
    assert meetings.get_meeting(workspace, meeting_id).location == ""

    qtbot.keyClick(window, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert meetings.get_meeting(workspace, meeting_id).location == "Room 4"


def test_a_window_that_cannot_be_built_is_reported_and_the_lock_released(
        qtbot, workspace: Workspace, monkeypatch: pytest.MonkeyPatch) -> None:
    path = workspace.path
    workspace.close()
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)

    def broken(_self: Any, _workspace: Workspace) -> None:
        raise RuntimeError("a page could not be read")

    monkeypatch.setattr(MainWindow, "__init__", broken)
    assert ui_app.run(argparse.Namespace(workspace=path)) == 1
    [message] = shown
    assert "has to close" in message and str(log_dir()) in message
    again = open_workspace(path)                       # the lock went with the failed start
    again.close()


def test_a_bug_shows_its_details_and_the_log(monkeypatch: pytest.MonkeyPatch,
                                             tmp_path: Path) -> None:
    boxes: list[QMessageBox] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: boxes.append(box) or 0)
    try:
        raise ValueError("unexpected")
    except ValueError as error:
        dialogs.report_bug(error)
    [box] = boxes
    assert "ValueError: unexpected" in box.detailedText()   # to copy
    assert str(log_dir()) in box.text() and "go on working" in box.text()
