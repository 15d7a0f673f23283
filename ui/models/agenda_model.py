"""The agenda in order, with start times and time boxes; rows move by drag and drop.

The model never reorders itself: a drop asks the page (``move_requested``) to
move the item through the agenda service in an undoable command, and the
page then shows the agenda as saved.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QByteArray, QMimeData, QModelIndex, QPersistentModelIndex, Qt, Signal

from app import formatting
from app.i18n import _
from app.views.meeting import AgendaRow
from ui.models.table_model import Column, RowTableModel

Index = QModelIndex | QPersistentModelIndex

MIME_TYPE = "application/x-prewire-agenda-item"
COL_START, COL_SECTION, COL_TITLE, COL_PRESENTER, COL_MINUTES, COL_GOAL = range(6)


def presenter_text(row: AgendaRow) -> str:
    """Who presents the item, as the coordinator (the user) reads it."""
    return _("Me (coordinator)") if row.presenter_is_coordinator else row.presenter


def _minutes(row: AgendaRow) -> str:
    return "" if row.minutes is None else formatting.number(row.minutes)


class AgendaModel(RowTableModel[AgendaRow]):
    """One row per agenda item, in the kept order."""

    #: (agenda item id, the index it should have among the others)
    move_requested = Signal(int, int)

    def __init__(self, parent: Any = None) -> None:
        super().__init__([
            Column(lambda: _("Starts"),
                   lambda r: formatting.time_of_day(r.start) if r.start else "",
                   sort_key=lambda r: r.start),
            Column(lambda: _("Section"), lambda r: r.section),
            Column(lambda: _("Item"), lambda r: r.title, tooltip=lambda r: r.notes or r.title),
            Column(lambda: _("Presenter"), presenter_text),
            Column(lambda: _("Minutes"), _minutes, sort_key=lambda r: r.minutes or 0,
                   align_right=True),
            Column(lambda: _("Goal"), lambda r: r.goal, tooltip=lambda r: r.goal),
        ], parent)

    # -- drag and drop ------------------------------------------------------------------------
    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled   # drops land between rows, never on one
        return super().flags(index) | Qt.ItemFlag.ItemIsDragEnabled

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME_TYPE]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        data = QMimeData()
        rows = [self.row_at(i) for i in indexes]
        first = next((r for r in rows if r is not None), None)
        if first is not None:
            data.setData(MIME_TYPE, QByteArray(str(first.id).encode()))
        return data

    def canDropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int,
                        parent: Index) -> bool:
        return action == Qt.DropAction.MoveAction and data.hasFormat(MIME_TYPE)

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int,
                     parent: Index) -> bool:
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        try:
            item_id = int(bytes(data.data(MIME_TYPE).data()).decode())
        except ValueError:
            return False
        source = self.row_of(lambda r: r.id == item_id)
        if source < 0:
            return False
        if row < 0:   # dropped on a row: before it; on empty space: at the end
            row = parent.row() if parent.isValid() else self.rowCount()
        # ``row`` counts the dragged item itself; the service's index does not
        target = row - 1 if row > source else row
        if target == source:
            return False
        self.move_requested.emit(item_id, target)
        return True
