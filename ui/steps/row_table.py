"""A read-only table of service rows that keeps its selection, by row id, across reloads."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QItemSelection, QModelIndex, QSortFilterProxyModel, Signal
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from ui.models.table_model import ROW_ROLE, RowTableModel


class RowTable(QTableView):
    """Shows a :class:`RowTableModel` (optionally through a proxy); one row is the current one.

    Editing happens in the page's form, so cells are never edited in place.
    """

    #: the selected row object, or None when nothing is selected
    current_row_changed = Signal(object)

    def __init__(self, model: RowTableModel[Any], *, name: str, stretch: Sequence[int] = (),
                 proxy: QSortFilterProxyModel | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.rows_model = model
        self.proxy = proxy
        if proxy is not None:
            proxy.setSourceModel(model)
        self.setModel(proxy if proxy is not None else model)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.verticalHeader().hide()
        header = self.horizontalHeader()
        header.setHighlightSections(False)
        for column in range(model.columnCount()):
            mode = (QHeaderView.ResizeMode.Stretch if column in stretch
                    else QHeaderView.ResizeMode.ResizeToContents)
            header.setSectionResizeMode(column, mode)
        self.selectionModel().selectionChanged.connect(self._selection_changed)

    def selected_row(self) -> Any | None:
        rows = self.selectionModel().selectedRows()
        return rows[0].data(ROW_ROLE) if rows else None

    def selected_id(self) -> int | None:
        row = self.selected_row()
        return None if row is None else row.id

    def select_id(self, row_id: int | None) -> bool:
        """Select the row with this id, if shown; say whether it is."""
        view_model = self.model()
        for position in range(view_model.rowCount()):
            index = view_model.index(position, 0)
            row = index.data(ROW_ROLE)
            if row is not None and row.id == row_id:
                self.selectRow(position)
                self.scrollTo(index)
                return True
        self.clearSelection()
        return False

    def set_rows(self, rows: Sequence[Any]) -> None:
        """Show new rows, keeping the selected one selected if it is still there."""
        kept = self.selected_id()
        self.rows_model.set_rows(rows)
        if not (kept is not None and self.select_id(kept)):
            # a reset clears the selection silently: say so once
            self.current_row_changed.emit(None)

    def refresh_current(self) -> None:
        """Announce the selected row again (after a filter hid or showed rows)."""
        self.current_row_changed.emit(self.selected_row())

    def _selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self.current_row_changed.emit(self.selected_row())

    def source_index(self, index: QModelIndex) -> QModelIndex:
        return self.proxy.mapToSource(index) if self.proxy is not None else index
