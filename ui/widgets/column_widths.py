"""Columns as wide as their widest text, without asking every cell how wide it is.

``QHeaderView.ResizeToContents`` and ``resizeColumnToContents`` measure a column
by asking each of its cells for a dozen roles, each a call into Python: on the
Overview's 60-department board that was half the time of showing the meeting,
and on a step's list of 1,200 demands 20 ms of every visit. The texts decide
the width: the few longest are found in Python and only those are measured.
"""

from __future__ import annotations

import heapq
from typing import Any

from PySide6.QtCore import QAbstractProxyModel, Qt
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


#: rows measured per column: the longest texts by characters and by UTF-8 bytes (a Chinese
#: character is about two Latin ones wide, and three bytes long), so the widest is among them
SAMPLE = 12


def content_width(view: QTableView, model: RowTableModel[Any], column: int) -> int:
    """What ``view.resizeColumnToContents(column)`` would set, measuring a few rows only.

    ``model`` is the view's model or the source of its proxy (a delegate reads any index).
    """
    # the text shown is the column's text (RowTableModel.data): read from the rows, not
    # through an index and data() per cell, which was most of the Overview's board
    text = model.columns[column].text
    texts = [text(row) for row in model.rows()]
    positions = set(heapq.nlargest(SAMPLE, range(len(texts)), key=lambda p: len(texts[p])))
    positions.update(heapq.nlargest(SAMPLE, range(len(texts)),
                                    key=lambda p: len(texts[p].encode())))
    # a size hint asks the cell for a dozen roles: among cells drawn alike (the same font,
    # an icon or none) the widest text makes the widest cell, so one of each kind is measured
    widest: dict[tuple[Any, bool], tuple[int, int]] = {}
    for position in positions:
        index = model.index(position, column)
        font = model.data(index, Qt.ItemDataRole.FontRole)
        kind = (None if font is None else font.key(),
                model.data(index, Qt.ItemDataRole.DecorationRole) is not None)
        metrics = view.fontMetrics() if font is None else QFontMetrics(font)
        advance = metrics.horizontalAdvance(texts[position])
        if kind not in widest or advance > widest[kind][0]:
            widest[kind] = (advance, position)
    measured = [position for _advance, position in widest.values()]
    cells = max((cell_width(view, model, p, column) for p in measured), default=0)
    header = view.horizontalHeader()
    title = 0 if header.isHidden() else header.sectionSizeHint(column)
    return max(cells + int(view.showGrid()), title)


def cell_width(view: QTableView, model: RowTableModel[Any], position: int, column: int) -> int:
    """The width the view gives the cell of ``model``'s row ``position`` (0 if filtered out)."""
    index = model.index(position, column)
    shown = view.model()
    if isinstance(shown, QAbstractProxyModel):  # the view measures its own model's indexes
        index = shown.mapFromSource(index)
    return max(0, view.sizeHintForIndex(index).width()) if index.isValid() else 0
