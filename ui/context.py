"""What every page shares: the workspace, the undo stack, and the signal that data changed."""

from __future__ import annotations

import logging
from collections.abc import Mapping

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget

from app.i18n import _
from app.services.errors import InUse, InvalidInput, NotFound, problem_text
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

    def _undo_moved(self, index: int) -> None:
        self.changed.emit()
        # an undo leaves its command at ``index``, a redo just below it
        for position in (index, index - 1):
            command = self.undo_stack.command(position)
            failed = command.take_failure() if isinstance(command, UndoableCommand) else None
            if failed is not None:
                error, step = failed
                # back to where the workspace is (the command skips that move)
                self.undo_stack.setIndex(index + 1 if step == "undo" else index - 1)
                title = _("Not undone") if step == "undo" else _("Not redone")
                self._refused(error, title, None)
                return

    def run(self, command: UndoableCommand, parent: QWidget | None = None, *,
            labels: Mapping[str, str] | None = None) -> bool:
        """Do a user action and put it on the undo stack; refused input is shown, not raised.

        ``labels`` name the form's fields as the user sees them (``statement`` → "Goal").
        """
        try:
            command.do_first()
        except Exception as error:
            self._refused(error, _("Not saved"), parent, labels)
            return False
        self.undo_stack.push(command)  # already done: push only records it
        return True

    @staticmethod
    def _refused(error: Exception, title: str, parent: QWidget | None,
                 labels: Mapping[str, str] | None = None) -> None:
        """Expected trouble is said in the user's words; anything else is a bug to report."""
        if isinstance(error, InvalidInput):
            dialogs.warn(parent, title, "\n".join(
                problem_text(p, labels or {}) for p in error.problems))
        elif isinstance(error, InUse | NotFound | WorkspaceError):
            dialogs.warn(parent, title, str(error))
        else:
            dialogs.report_bug(error)
