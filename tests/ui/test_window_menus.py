"""File ▸ Open, Open recent and Quit, and the readiness the status bar reports, as a user
meets them."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog

from app.services import meetings, readiness
from app.storage import Workspace, open_workspace
from tests.ui.window_helpers import Dialogs, child, click, no_dialogs, trigger, window
from ui import settings
from ui.forms import TextLine
from ui.window.main_window import MainWindow

__all__ = ["no_dialogs", "window"]  # fixtures, used by name


@pytest.fixture
def elsewhere(tmp_path: Path) -> Path:
    """Another workspace with a meeting of its own (closed again: nobody holds it)."""
    path = tmp_path / "elsewhere.prewire"
    other = open_workspace(path)
    meetings.create(other, title="Held elsewhere")
    other.close()
    return path


def titles(window: MainWindow) -> list[str]:
    return [row.title for row in window.meeting_list.model.rows()]


def test_open_a_workspace_then_come_back_through_open_recent(
        qtbot, workspace: Workspace, meeting_id: int, elsewhere: Path, window: MainWindow,
        monkeypatch: pytest.MonkeyPatch) -> None:
    assert titles(window) == ["Customer data platform"]
    chosen = {"path": ""}
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        lambda *_a, **_k: (chosen["path"], ""))
    trigger(window, "open_workspace")                  # cancelled: nothing changes
    assert window.context.workspace.path == workspace.path

    chosen["path"] = str(elsewhere)
    trigger(window, "open_workspace")
    assert window.context.workspace.path == elsewhere
    assert titles(window) == ["Held elsewhere"]
    assert "elsewhere.prewire" in window.windowTitle()
    assert "elsewhere.prewire" in window.path_label.text()

    recent = window.files.recent_menu
    recent.aboutToShow.emit()                          # as the menu opens
    first = next(a for a in recent.actions()
                 if Path(a.text()).resolve() == workspace.path.resolve())
    assert [a.text() for a in recent.actions()].count(str(elsewhere)) == 0  # not itself
    first.trigger()
    assert window.context.workspace.path.resolve() == workspace.path.resolve()
    assert window.meeting_id == meeting_id             # the meeting left open there
    assert elsewhere.resolve() in [p.resolve() for p in settings.recent_workspaces()]


def test_quit_keeps_what_is_being_typed(qtbot, workspace: Workspace, meeting_id: int,
                                        no_dialogs: Dialogs) -> None:
    from tests.ui.window_helpers import open_window

    window = open_window(qtbot, workspace)
    window.navigate("goals")
    title = child(window.page("goals"), TextLine, "field_title")
    title.setFocus()
    title.selectAll()
    qtbot.keyClicks(title, "Typed, then quit")         # the cursor stays in the field
    trigger(window, "quit")
    assert not window.isVisible()
    assert meetings.get_meeting(workspace, meeting_id).title == "Typed, then quit"
    assert settings.last_meeting(workspace.path) == meeting_id


def test_the_status_bar_says_how_ready_and_what_next(qtbot, workspace: Workspace,
                                                     meeting_id: int,
                                                     window: MainWindow) -> None:
    assessment, _doc = readiness.assess_meeting(workspace, meeting_id)
    label = window.readiness_label
    assert label.text() == f"Readiness {assessment.score}% — {assessment.summary[0]}"
    assert label.toolTip() == label.text()             # whole, however narrow the window
    assert child(window, type(window.saved_label), "saved_label").text() == "All changes saved"

    window.navigate("goals")
    click(qtbot, window.page("goals"), "goals_add")   # a goal: more ready
    after, _doc = readiness.assess_meeting(workspace, meeting_id)
    assert after.score > assessment.score
    assert label.text().startswith(f"Readiness {after.score}%")

    window.meeting_list.select(None)                   # no meeting: no readiness
    assert label.text() == ""
