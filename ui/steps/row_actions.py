"""Adding, deleting and moving the rows of one list: each one service call in one undo step.

:class:`RowActions` wraps a list's service calls in undo commands and keeps
the table's selection where the user acted: on the row just added or moved,
on the neighbour of the row just deleted.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtWidgets import QWidget

from app.services.trash import Snapshot
from app.storage import Workspace
from app.views.changes import Changes
from ui.context import AppContext
from ui.steps.step_parts import RowTable
from ui.undo import AddCommand, CallCommand, DeleteCommand, UndoableCommand, table_of


@dataclass(frozen=True)
class RowService:
    """The service calls of one list (most services name them alike)."""

    add: Callable[..., Any]                          # add(ws, owner_id, **values) -> row
    update: Callable[..., Any]                       # update(ws, id, **changes)
    delete: Callable[[Workspace, int], Snapshot]     # delete(ws, id) -> Snapshot
    move: Callable[[Workspace, int, int], Any] | None = None   # move(ws, id, index)

    @classmethod
    def of(cls, module: Any) -> RowService:
        """The calls of a service module that has ``add, update, delete`` (and ``move``)."""
        return cls(module.add, module.update, module.delete, getattr(module, "move", None))


class RowActions:
    """Add, delete and move the rows shown in ``table``, each as one undoable action."""

    def __init__(self, context: AppContext, table: RowTable, service: RowService,
                 parent: QWidget, *, flush: Callable[[], None] | None = None) -> None:
        self.context = context
        self.table = table
        self.service = service
        self._parent = parent
        self._flush = flush

    def run(self, command: UndoableCommand, select: Callable[[], int | None]) -> bool:
        """Do ``command`` (an edit in progress is saved first), then select ``select()``."""
        if self._flush is not None:
            self._flush()
        if not self.context.run(command, self._parent):
            return False
        self.table.select_id(select())
        return True

    def add(self, text: str, add: Callable[[], Any]) -> int | None:
        """Add the row ``add()`` makes; undo deletes it, redo brings the same row back."""
        command = AddCommand(text, self.context.workspace, add, self.service.delete)
        return command.row_id if self.run(command, lambda: command.row_id) else None

    def delete(self, row: Any, text: str) -> bool:
        """Delete ``row``; its neighbour is selected in its place."""
        shown = self.table.ids()
        position = shown.index(row.id) if row.id in shown else 0
        command = DeleteCommand(text, self.context.workspace, self.service.delete, row.id)

        def neighbour() -> int | None:
            remaining = self.table.ids()
            return remaining[min(position, len(remaining) - 1)] if remaining else None

        return self.run(command, neighbour)

    def move(self, row: Any, step: int, text: str) -> None:
        """Move ``row`` one place up (-1) or down (+1)."""
        order = [r.id for r in self.table.model.rows()]
        if row.id in order:
            self.move_to(row.id, max(0, min(len(order) - 1, order.index(row.id) + step)), text)

    def move_to(self, row_id: int, index: int, text: str) -> None:
        """Put a row at ``index`` in its list; it stays selected."""
        assert self.service.move is not None
        old = self.table.model.row_of(lambda r: r.id == row_id)
        if old < 0 or old == index:
            return
        workspace, move = self.context.workspace, self.service.move
        table = table_of(move)
        command = CallCommand(text, lambda: move(workspace, row_id, index),
                              lambda: move(workspace, row_id, old),
                              changes=Changes.of(self.context.meeting_id,
                                                 updated=[(table, row_id)], reordered=[table]))
        self.run(command, lambda: row_id)
