"""The meeting's demands, objections and risks, and the filters over them."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QApplication, QStyle

from app.domain.enums import DemandKind, DemandStatus, label
from app.i18n import _
from app.views.meeting import DemandRow
from ui.models.table_model import SORT_ROLE, Column, RowTableModel

Index = QModelIndex | QPersistentModelIndex

COL_DEPARTMENT, COL_KIND, COL_TEXT, COL_CAUSE, COL_ORIGIN, COL_RESPONSE, COL_STATUS = range(7)


def origin(row: DemandRow) -> str:
    return _("Anticipated") if row.anticipated else _("Raised by them")


def _text_tooltip(row: DemandRow) -> str:
    return _("No prepared response yet") if row.unanswered else row.text


class DemandModel(RowTableModel[DemandRow]):
    """One row per demand; an objection or risk without a response is marked."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__([
            Column(lambda: _("Department"), lambda r: r.department),
            Column(lambda: _("Kind"), lambda r: label(r.kind)),
            Column(lambda: _("What they need or fear"), lambda r: r.text,
                   tooltip=_text_tooltip, attention=lambda r: r.unanswered),
            Column(lambda: _("Root cause"),
                   lambda r: label(r.root_cause) if r.root_cause else ""),
            Column(lambda: _("Origin"), origin),
            Column(lambda: _("Our response"), lambda r: " ".join(r.response.split()),
                   tooltip=lambda r: r.response),
            Column(lambda: _("Status"), lambda r: label(r.status)),
        ], parent)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DecorationRole and index.column() == COL_TEXT:
            row = self.row_at(index)
            if row is not None and row.unanswered:
                style = QApplication.style()
                return style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
            return None
        return super().data(index, role)


class DemandFilter(QSortFilterProxyModel):
    """Shows only the rows of one department, kind and status (None: any)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.department_id: int | None = None
        self.kind: DemandKind | None = None
        self.status: DemandStatus | None = None
        self.setSortRole(SORT_ROLE)

    def set_filter(self, *, department_id: int | None, kind: DemandKind | None,
                   status: DemandStatus | None) -> None:
        self.beginFilterChange()
        self.department_id, self.kind, self.status = department_id, kind, status
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.sourceModel()
        assert isinstance(model, DemandModel)
        row = model.row_at(model.index(source_row, 0, source_parent))
        if row is None:
            return False
        return ((self.department_id is None or row.department_id == self.department_id)
                and (self.kind is None or row.kind == self.kind)
                and (self.status is None or row.status == self.status))
