"""What every page shares: the workspace, the undo stack, and the signal that data changed."""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget

from app.i18n import _
from app.services.errors import InUse, InvalidInput, NotFound
from app.storage import Workspace, WorkspaceError
from ui import dialogs
from ui.undo import UndoableCommand

logger = logging.getLogger(__name__)


class AppContext(QObject):
    """The open workspace and its undo history; pages reload when ``changed`` fires."""

    #: something in the workspace changed (an edit, an undo, a redo, an import)
    changed = Signal()
    #: the window should show this meeting (0 for none)
    meeting_selected = Signal(int)
    #: the window should open a step and select a row there: (step key, table name, row id);
    #: an empty table name or row id 0 just opens the step
    navigate = Signal(str, str, int)

    def __init__(self, workspace: Workspace, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.undo_stack = QUndoStack(self)
        # a bound slot, not a lambda: Qt cuts it when the context goes, so the stack
        # clearing itself on destruction cannot call into a deleted object
        self.undo_stack.indexChanged.connect(self._undo_moved)

    def _undo_moved(self, _index: int) -> None:
        self.changed.emit()

    def run(self, command: UndoableCommand, parent: QWidget | None = None) -> bool:
        """Do a user action and put it on the undo stack; refused input is shown, not raised."""
        try:
            command.do_first()
        except InvalidInput as error:
            dialogs.warn(parent, _("Not saved"), "\n".join(
                f"{p.field}: {p.message}" for p in error.problems))
            return False
        except (InUse, NotFound, WorkspaceError) as error:
            dialogs.warn(parent, _("Not saved"), str(error))
            return False
        self.undo_stack.push(command)  # already done: push only records it
        return True
