"""File menu and window memory: packages in the background, workspaces, what is remembered."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDockWidget, QFileDialog

from app.services import goals, meetings
from app.storage import Workspace
from tests.ui.window_helpers import Dialogs, child, click_tab, no_dialogs, open_window, trigger
from ui import settings
from ui.window.main_window import MainWindow

__all__ = ["no_dialogs"]  # a fixture, used by name


@pytest.fixture
def window(qtbot, workspace: Workspace, no_dialogs: Dialogs):
    shown = open_window(qtbot, workspace)
    yield shown
    shown.close()


def test_export_then_import_in_the_background(qtbot, window: MainWindow, workspace: Workspace,
                                              meeting_id: int, tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch,
                                              no_dialogs: Dialogs) -> None:
    goals.add(workspace, meeting_id, statement="One record")
    window.show_meeting(meeting_id)
    target = tmp_path / "cdp.prewire.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(target), ""))
    trigger(window, "export_package")
    with qtbot.waitSignal(window.files.running.done, timeout=10000):
        pass
    assert json.loads(target.read_text(encoding="utf-8"))["goals"][0]["statement"] == (
        "One record")

    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(target), ""))
    trigger(window, "import_package")
    with qtbot.waitSignal(window.files.running.done, timeout=10000):
        pass
    assert len(meetings.list_summaries(workspace)) == 2
    imported = window.meeting_id
    assert imported != meeting_id
    assert [kind for kind, _t, _x in no_dialogs.shown] == ["info"]
    trigger(window, "undo")  # an import is one undoable action
    assert [s.id for s in meetings.list_summaries(workspace)] == [meeting_id]


def test_a_refused_package_is_explained(qtbot, window: MainWindow, workspace: Workspace,
                                        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                        no_dialogs: Dialogs) -> None:
    bad = tmp_path / "bad.prewire.json"
    bad.write_text('{"format": "prewire.meeting", "version": 1, "meeting": {"title": ""}}',
                   encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(bad), ""))
    trigger(window, "import_package")
    with qtbot.waitSignal(window.files.running.done, timeout=10000):
        pass
    assert meetings.list_summaries(workspace) == []
    [(kind, title, text)] = no_dialogs.shown
    assert (kind, title) == ("warn", "Not imported")
    assert "title" in text


def test_switching_workspace(qtbot, window: MainWindow, workspace: Workspace, meeting_id: int,
                             tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    other = tmp_path / "other.prewire"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(other), ""))
    trigger(window, "new_workspace")
    assert window.context.workspace.path == other
    assert window.meeting_id is None
    assert str(other) in child(window, type(window.path_label), "workspace_label").text()
    assert other.resolve() in [p.resolve() for p in settings.recent_workspaces()]
    assert window.switch_workspace(workspace.path)  # back: switching away released it
    assert window.meeting_id == meeting_id
    assert window.context.workspace is not workspace


def test_the_window_remembers(qtbot, workspace: Workspace, meeting_id: int,
                              no_dialogs: Dialogs) -> None:
    second = meetings.create(workspace, title="Second").id
    window = open_window(qtbot, workspace)
    window.show_meeting(second)
    click_tab(qtbot, window.steps, "Departments")
    guidance = child(window, QDockWidget, "guidance_dock")
    assert guidance.isVisible()
    guidance.toggleViewAction().trigger()  # View ▸ Guidance panel
    assert not guidance.isVisible()
    window.close()

    again = open_window(qtbot, workspace)
    assert again.meeting_id == second
    assert again.current_page().step == "departments"
    assert not child(again, QDockWidget, "guidance_dock").isVisible()
    again.close()
