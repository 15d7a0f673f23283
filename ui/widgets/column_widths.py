"""Columns as wide as their widest text, measured from the rows' texts alone.

``QHeaderView.ResizeToContents`` measures a column by asking each of its cells
for a dozen roles, each a call into Python, on every layout: on the Overview's
60-department board that was half the time of showing the meeting. The texts
are what decide the width, so they are measured once per change of the rows.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QStyle, QTableView

from ui.models.table_model import RowTableModel


def fit_columns(view: QTableView, model: RowTableModel[Any]) -> None:
    """Give each column of ``view`` the width of its widest cell or title, nothing cut."""
    plain = view.fontMetrics()
    heavy = QFont(view.font())
    heavy.setBold(True)  # a cell that needs attention is shown in bold
    bold = QFontMetrics(heavy)
    # what an item view adds around a cell's text (QCommonStyle's text margin, each side),
    # the grid line, and a pixel for a text whose advance rounds down
    margin = 2 * (view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin,
                                           None, view) + 1) + int(view.showGrid()) + 1
    header = view.horizontalHeader()
    rows = model.rows()
    for number, column in enumerate(model.columns):
        if view.isColumnHidden(number):
            continue
        widest = header.sectionSizeFromContents(number).width()
        for row in rows:
            metrics = bold if column.attention is not None and column.attention(row) else plain
            widest = max(widest, metrics.horizontalAdvance(column.text(row)) + margin)
        header.resizeSection(number, widest)
