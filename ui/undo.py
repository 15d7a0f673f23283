"""Undo commands: one per user action, each calling services (never widgets or sessions).

A command is done once by :meth:`UndoableCommand.do_first` before it is
pushed, so that refused input raises before anything reaches the stack;
QUndoStack's own first ``redo()`` call is then skipped.

Every command says what it changed (:class:`Changes`): the context announces
it after the action, and the reverse after an undo, so that each view
redraws only those rows.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QUndoCommand

from app.storage import Workspace
from app.views.changes import Changes

if TYPE_CHECKING:  # the services (and SQLAlchemy) load after the window is shown
    from app.services.trash import Snapshot

#: the table of each service module whose calls are its own functions
TABLE_OF_SERVICE = {
    "meetings": "meeting", "participation": "participation", "departments": "department",
    "decisions": "decision", "review": "review", "agenda": "agenda_item",
    "team": "team_member", "engagement": "stakeholder",
}


def table_of(call: Callable[..., Any]) -> str:
    """The table a service call (``demands.update``) writes."""
    rows = getattr(getattr(call, "__self__", None), "table", None)  # a list's OwnedRows
    if rows is not None:
        return str(rows.__tablename__)
    return TABLE_OF_SERVICE[call.__module__.rsplit(".", 1)[-1]]


class UndoableCommand(QUndoCommand):
    """Base: subclasses implement ``do``, ``revert`` and ``changes``.

    Qt's ``undo`` and ``redo`` call them and catch what they raise: QUndoStack
    moves its index whether or not the step worked, so a failed step is kept in
    ``failure`` for the context to move the index back (to where the workspace
    is) and to say what went wrong; only a step that worked announces its changes.
    """

    def __init__(self, text: str) -> None:
        super().__init__(text)
        self._skip_redo = False
        self._skip_undo = False
        #: what stopped the last undo or redo, and which it was ("undo", "redo")
        self.failure: Exception | None = None
        self.failed_step = ""
        #: the meeting shown when the action was taken (set by the context)
        self.meeting_id: int | None = None
        #: called with what each redo or undo changed (set by the context)
        self.announce: Callable[[Changes], None] | None = None

    def do(self) -> None:
        raise NotImplementedError

    def revert(self) -> None:
        raise NotImplementedError

    def changes(self) -> Changes:
        """What doing the command changes (its undo changes the reverse)."""
        raise NotImplementedError

    def do_first(self) -> None:
        self.do()
        self._skip_redo = True

    def redo(self) -> None:
        if self._skip_redo:
            self._skip_redo = False
            return
        if self._guarded(self.do, "redo"):
            self._announce(self.changes())

    def undo(self) -> None:
        if self._skip_undo:
            self._skip_undo = False
            return
        if self._guarded(self.revert, "undo"):
            self._announce(self.changes().reverse())

    def _guarded(self, step: Callable[[], None], name: str) -> bool:
        try:
            step()
        except Exception as error:  # shown by the context, which moves the index back
            self.failure, self.failed_step = error, name
            # moving back over it must not repeat a step that did not happen
            if name == "undo":
                self._skip_redo = True
            else:
                self._skip_undo = True
            return False
        return True

    def take_failure(self) -> tuple[Exception, str] | None:
        """The failure of the last undo or redo, once (None when it worked)."""
        if self.failure is None:
            return None
        found = (self.failure, self.failed_step)
        self.failure, self.failed_step = None, ""
        return found

    def _announce(self, changes: Changes) -> None:
        if self.announce is not None:
            self.announce(changes)


class CallCommand(UndoableCommand):
    """Two plain calls: one that does, one that undoes (e.g. a field edit: new, then old)."""

    def __init__(self, text: str, do: Callable[[], Any], undo: Callable[[], Any], *,
                 changes: Changes) -> None:
        super().__init__(text)
        self._do = do
        self._undo = undo
        self._changes = changes

    def do(self) -> None:
        self._do()

    def revert(self) -> None:
        self._undo()

    def changes(self) -> Changes:
        return self._changes


class EditCommand(UndoableCommand):
    """Change fields of one row through its service's ``update(ws, id, **changes)``.

    Edits made with the same ``merge_key`` one after the other are one undo step:
    stepping through a list with the arrow keys saves each value on the way, but
    the user chose one value.
    """

    #: the QUndoCommand id of edits that may merge
    MERGING = 1

    def __init__(self, text: str, workspace: Workspace, update: Callable[..., Any], row_id: int,
                 before: dict[str, Any], after: dict[str, Any], *,
                 merge_key: Hashable | None = None) -> None:
        super().__init__(text)
        self._workspace = workspace
        self._update = update
        self._row_id = row_id
        self.table = table_of(update)
        self.before = dict(before)
        self.after = dict(after)
        self.merge_key = merge_key

    def do(self) -> None:
        self._update(self._workspace, self._row_id, **self.after)

    def revert(self) -> None:
        self._update(self._workspace, self._row_id, **self.before)

    def changes(self) -> Changes:
        meeting = self._row_id if self.table == "meeting" else self.meeting_id
        return Changes.of(meeting, updated=[(self.table, self._row_id)])

    def id(self) -> int:
        return -1 if self.merge_key is None else self.MERGING

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, EditCommand) or other.merge_key != self.merge_key:
            return False
        # the first edit's values before, the last one's after (an edit may have widened:
        # an owner chosen on the way also set the department)
        self.before = {**other.before, **self.before}
        self.after = {**self.after, **other.after}
        # back where it started: nothing to undo
        self.setObsolete(self.after == self.before)
        return True


class AddCommand(UndoableCommand):
    """Add a row; undo deletes it, redo puts the very same row back (same id)."""

    def __init__(self, text: str, workspace: Workspace, add: Callable[[], Any],
                 delete: Callable[[Workspace, int], Snapshot]) -> None:
        super().__init__(text)
        self.workspace = workspace
        self._add = add
        self._delete = delete
        self.table = table_of(delete)
        self.row_id: int | None = None
        self._snapshot: Snapshot | None = None

    def do(self) -> None:
        if self._snapshot is None:
            row = self._add()
            self.row_id = row.id
        else:
            from app.services import trash

            trash.restore(self.workspace, self._snapshot)

    def revert(self) -> None:
        assert self.row_id is not None
        self._snapshot = self._delete(self.workspace, self.row_id)

    def changes(self) -> Changes:
        assert self.row_id is not None
        meeting = self.row_id if self.table == "meeting" else self.meeting_id
        return Changes.of(meeting, inserted=[(self.table, self.row_id)])


class DeleteCommand(UndoableCommand):
    """Delete a row and what belongs to it; undo restores it all."""

    def __init__(self, text: str, workspace: Workspace,
                 delete: Callable[[Workspace, int], Snapshot], row_id: int) -> None:
        super().__init__(text)
        self.workspace = workspace
        self._delete = delete
        self.table = table_of(delete)
        self.row_id = row_id
        self._snapshot: Snapshot | None = None

    def do(self) -> None:
        self._snapshot = self._delete(self.workspace, self.row_id)

    def revert(self) -> None:
        assert self._snapshot is not None
        from app.services import trash

        trash.restore(self.workspace, self._snapshot)

    def changes(self) -> Changes:
        meeting = self.row_id if self.table == "meeting" else self.meeting_id
        return Changes.of(meeting, removed=[(self.table, self.row_id)])


class MacroCommand(UndoableCommand):
    """Several commands as one user action (create a profile, then add it to the meeting)."""

    def __init__(self, text: str, commands: list[UndoableCommand]) -> None:
        super().__init__(text)
        self.commands = commands

    def do(self) -> None:
        done: list[UndoableCommand] = []
        try:
            for command in self.commands:
                command.meeting_id = self.meeting_id
                command.do()
                done.append(command)
        except Exception:
            for command in reversed(done):  # leave nothing half-done
                command.revert()
            raise

    def revert(self) -> None:
        for command in reversed(self.commands):
            command.revert()

    def changes(self) -> Changes:
        found = Changes(self.meeting_id)
        for command in self.commands:
            found = found | command.changes()
        return found
