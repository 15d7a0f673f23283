"""A table model that marks missing values gently: italic, in the palette's placeholder colour.

The shared model makes an ``attention`` cell bold; for "no indicator yet" a
quieter mark fits better: the text reads as a hint, not as an alarm.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QFont, QGuiApplication, QPalette

from ui.models.table_model import Index, RowTableModel, T


class MarkedTableModel(RowTableModel[T]):
    """Like :class:`RowTableModel`, with attention cells shown as a quiet hint."""

    roles = RowTableModel.roles | {Qt.ItemDataRole.ForegroundRole}

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role in (Qt.ItemDataRole.FontRole, Qt.ItemDataRole.ForegroundRole):
            row = self.row_at(index)
            if row is None or not 0 <= index.column() < len(self.columns):
                return None
            attention = self.columns[index.column()].attention
            if attention is None or not attention(row):
                return None
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setItalic(True)
                return font
            return QBrush(QGuiApplication.palette().color(QPalette.ColorRole.PlaceholderText))
        return super().data(index, role)
