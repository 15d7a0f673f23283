"""The main window."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QMainWindow

from app.i18n import _
from app.storage import Workspace


class MainWindow(QMainWindow):
    def __init__(self, workspace: Workspace) -> None:
        super().__init__()
        self.workspace = workspace
        self.setWindowTitle(_("Prewire — {workspace}").format(workspace=workspace.path.name))
        self.setCentralWidget(QLabel(str(workspace.path)))
        self.resize(1280, 800)
