"""What every page shares: the workspace, its reader, the undo stack, and what changed."""

from __future__ import annotations

import logging
import weakref
from collections.abc import Mapping
from datetime import date

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget
from shiboken6 import isValid

from app.i18n import _
from app.services.document_ids import MeetingDocument
from app.services.errors import InUse, InvalidInput, NotFound, problem_text
from app.services.readiness import Assessment, assess
from app.storage import Workspace, WorkspaceError
from app.views.changes import Changes
from app.views.document import read_document
from app.views.gap_board import GapRow, gap_rows
from app.views.reader import Reader
from ui import dialogs
from ui.undo import UndoableCommand

logger = logging.getLogger(__name__)

#: the meetings whose assessment is kept until the next change (a large one: about 1 MB)
_ASSESSMENTS_KEPT = 4


class AppContext(QObject):
    """The open workspace and its undo history; views update when ``changed`` says what."""

    #: something in the workspace changed (an action, an undo, a redo, an import): a Changes
    changed = Signal(object)
    #: the window should show this meeting (0 for none)
    meeting_selected = Signal(int)
    #: the window should open a step and select a row there: (step key, table name, row id);
    #: an empty table name or row id 0 just opens the step
    navigate = Signal(str, str, int)

    def __init__(self, workspace: Workspace, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        #: the read model's connections to the same file (closed with the context)
        self.reader = reader = Reader(workspace.path)
        #: the meeting the window shows; commands record it as the meeting they change
        self.meeting_id: int | None = None
        self.undo_stack = QUndoStack(self)
        #: the last few full assessments by (meeting, day), the latest last: going back to
        #: a meeting just shown reads nothing; any change forgets them all (a department's
        #: profile, shared by meetings, changes the other meetings' assessments too)
        self._assessed: dict[tuple[int, date], tuple[Assessment, MeetingDocument]] = {}
        #: the gap boards of the meetings assessed, by (meeting, day, days before stale)
        self._gaps: dict[tuple[int, date, int], list[GapRow]] = {}
        self.destroyed.connect(lambda *_args: reader.close())
        # a failed undo or redo moves the index all the same: moved back in _undo_moved.
        # Through a weak reference, not a bound method: when the garbage collector takes
        # the context, the stack it owns clears itself and emits indexChanged; calling a
        # slot of the half-destroyed context (or its deleted stack) crashed the interpreter.
        context = weakref.ref(self)

        def undo_moved(index: int) -> None:
            alive = context()
            if alive is not None and isValid(alive.undo_stack):
                alive._undo_moved(index)

        self.undo_stack.indexChanged.connect(undo_moved)

    def announce(self, changes: Changes) -> None:
        """Tell every view what changed (commands call this on undo and redo)."""
        self.forget_assessments()
        self.changed.emit(changes)

    def forget_assessments(self) -> None:
        """Assess every meeting afresh when next shown."""
        self._assessed.clear()
        self._gaps.clear()

    def assessment(self, meeting_id: int, today: date) -> tuple[Assessment, MeetingDocument]:
        """The meeting's full readiness assessment, computed once per change of the meeting
        (the Overview and the status bar share it). Raises MeetingGone for a meeting gone."""
        key = (meeting_id, today)
        found = self._assessed.pop(key, None)
        if found is None:
            with self.reader.snapshot() as db:
                document = read_document(db, meeting_id)
            found = (assess(document.package, today=today), document)
        self._assessed[key] = found
        while len(self._assessed) > _ASSESSMENTS_KEPT:
            del self._assessed[next(iter(self._assessed))]
        return found

    def gap_board(self, meeting_id: int, today: date, stale_days: int) -> list[GapRow]:
        """The meeting's gap board, read once per change like its assessment."""
        key = (meeting_id, today, stale_days)
        found = self._gaps.pop(key, None)
        if found is None:
            with self.reader.snapshot() as db:
                found = gap_rows(db, meeting_id, today, stale_days)
        self._gaps[key] = found
        while len(self._gaps) > _ASSESSMENTS_KEPT:
            del self._gaps[next(iter(self._gaps))]
        return found

    def _undo_moved(self, index: int) -> None:
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
        command.meeting_id = self.meeting_id
        try:
            command.do_first()
        except Exception as error:
            self._refused(error, _("Not saved"), parent, labels)
            return False
        # a bound method, not a lambda: the stack clearing itself when the context goes
        # cannot call into a deleted object through it
        command.announce = self.announce
        self.undo_stack.push(command)  # already done: push only records it
        self.announce(command.changes())
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
