"""What the window's helpers may use of it: a narrow view, not the whole main window.

The File menu's actions, the document exports and the backups act on the window's
workspace and meeting; given these few parts (as Vorta's tabs get a
``profile_provider``) they never import the main window back.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtWidgets import QWidget

from app.storage import Workspace
from ui.context import AppContext


@dataclass(frozen=True)
class WindowParts:
    """The parts of the main window its helpers use."""

    #: the parent of their dialogs, actions and jobs (closing it quits)
    parent: QWidget
    #: the context now shown (it changes when the workspace does)
    context: Callable[[], AppContext]
    #: the meeting now shown, or None
    meeting_id: Callable[[], int | None]
    #: commit every edit still in a field, before an action reads the workspace
    flush: Callable[[], None]
    #: show a message in the status bar for so many milliseconds
    status: Callable[[str, int], None]
    #: select a meeting in the list (which shows it)
    show_meeting: Callable[[int | None], None]
    #: close the workspace and open the one at a path (False if it did not open)
    switch_workspace: Callable[[Path], bool]
    #: close the workspace and show one already opened (a restored backup)
    replace_workspace: Callable[[Workspace], None]

    @property
    def workspace(self) -> Workspace:
        """The workspace now shown."""
        return self.context().workspace
