"""The window opens on a workspace."""

from __future__ import annotations

from app.storage import Workspace
from ui.window.main_window import MainWindow


def test_main_window_opens(qtbot, workspace: Workspace) -> None:
    window = MainWindow(workspace)
    qtbot.addWidget(window)
    window.show()
    assert workspace.path.name in window.windowTitle()
