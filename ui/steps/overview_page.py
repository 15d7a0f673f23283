"""The Overview: how ready the meeting is, what is missing, where each department stands."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QElapsedTimer, QModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractScrollArea,
    QApplication,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.i18n import _, ngettext
from app.services.document_ids import MeetingDocument
from app.services.readiness import RULE_BY_KEY, Assessment, MissingItem
from app.views.meeting import MeetingGone
from ui.context import AppContext
from ui.models.board_model import COL_OBJECTIONS, BoardModel, BoardRow, board_rows
from ui.models.table_model import ROW_ROLE, SORT_ROLE
from ui.plain import plain_label
from ui.steps.base import StepPage
from ui.widgets.column_widths import fit_columns
from ui.widgets.power_grid import PowerGrid, grid_people
from ui.widgets.score_badge import ScoreBadge

logger = logging.getLogger(__name__)

#: the missing item a list entry stands for
ITEM_ROLE = Qt.ItemDataRole.UserRole + 1
#: rows the missing-items list and the board show before scrolling themselves
_LIST_ROWS = 7
_BOARD_ROWS = 12


class BoardProxy(QSortFilterProxyModel):
    """The board as shown: its objections column says what it counts, in its header."""

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and section == COL_OBJECTIONS:
            # a department with one objection addressed shows 0: the header says why
            if role == Qt.ItemDataRole.DisplayRole:
                # on two lines where the language has spaces: the numbers below are short
                return "\n".join(_("Open objections").split(" ", 1))
            if role == Qt.ItemDataRole.ToolTipRole:
                return _("Objections and risks still open. Those addressed, accepted or "
                         "escalated are not counted.")
        return super().headerData(section, orientation, role)


def _heading(text: str) -> QLabel:
    label = plain_label(text)
    font = QFont(label.font())
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * 1.15)
    label.setFont(font)
    return label


class OverviewPage(StepPage):
    """The meeting's dashboard; every part is read from one readiness assessment."""

    step = "overview"

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        #: the day the page counts from (tests fix it)
        self.today: Callable[[], date] = date.today
        self.assessment: Assessment | None = None
        self.document: MeetingDocument | None = None
        self._last_open: tuple[int, QElapsedTimer] | None = None
        self._build()
        self.reload()

    # -- building ------------------------------------------------------------------------
    def _build(self) -> None:
        content = QWidget()
        layout = QVBoxLayout(content)

        top = QHBoxLayout()
        self.badge = ScoreBadge()
        top.addWidget(self.badge, 0, Qt.AlignmentFlag.AlignTop)
        summary = QVBoxLayout()
        self.sentence = plain_label()
        self.sentence.setWordWrap(True)
        font = QFont(self.sentence.font())
        font.setPointSizeF(font.pointSizeF() * 1.3)
        self.sentence.setFont(font)
        summary.addWidget(self.sentence)
        self.hint = QLabel(_("Open an item to go where it is fixed."))
        self.hint.setWordWrap(True)
        self.hint.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        summary.addWidget(self.hint)
        summary.addStretch(1)
        top.addLayout(summary, 1)
        layout.addLayout(top)

        layout.addWidget(_heading(_("What is missing")))
        self.missing = QListWidget()
        self.missing.setAccessibleName(_("What is missing"))
        self.missing.setAccessibleDescription(
            _("Most important first. Press Enter on an item to go where it is fixed."))
        self.missing.setWordWrap(True)
        # a large meeting misses hundreds of things: wrapped lines are measured a batch at
        # a time while the loop is idle, not all before the page first shows
        self.missing.setLayoutMode(QListView.LayoutMode.Batched)
        self.missing.setBatchSize(_LIST_ROWS * 4)
        self.missing.setSpacing(2)
        self.missing.setAlternatingRowColors(True)
        self.missing.viewport().setCursor(Qt.CursorShape.PointingHandCursor)
        self.missing.itemActivated.connect(self._open_item)
        self.missing.itemClicked.connect(self._open_item)
        layout.addWidget(self.missing)
        self.nothing_missing = plain_label()
        self.nothing_missing.setWordWrap(True)
        layout.addWidget(self.nothing_missing)

        layout.addWidget(_heading(_("Departments")))
        self.board_model = BoardModel(self)
        self.board_proxy = BoardProxy(self)
        self.board_proxy.setSourceModel(self.board_model)
        self.board_proxy.setSortRole(SORT_ROLE)
        self.board = QTableView()
        self.board.setTabKeyNavigation(False)  # Tab moves on; arrows move in the board
        self.board.setModel(self.board_proxy)
        self.board.setAccessibleName(_("Departments board"))
        self.board.setAccessibleDescription(
            _("Each department's stance from the start to now, readiness, open objections "
              "and time since the last contact. Press Enter to open a department."))
        self.board.setSortingEnabled(True)
        self.board.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # the meeting's own order
        self.board.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.board.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.board.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.board.setAlternatingRowColors(True)
        self.board.verticalHeader().hide()
        # one line per row (no word wrap): a fixed height fits each, and the board is not
        # measured cell by cell on every change (a 60-department board took 100 ms)
        self.board.verticalHeader().setDefaultSectionSize(self.board.fontMetrics().height() + 8)
        self.board.setWordWrap(False)
        self.board.setSizeAdjustPolicy(QAbstractScrollArea.SizeAdjustPolicy.AdjustToContents)
        self.board.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Maximum)
        header = self.board.horizontalHeader()
        # names are never cut short (fit_columns when the rows change); a narrow window
        # scrolls the board sideways instead
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.board.activated.connect(self._open_department)
        layout.addWidget(self.board)
        self.no_departments = QLabel(_("No departments take part yet; add them on the "
                                       "Departments step."))
        self.no_departments.setWordWrap(True)
        layout.addWidget(self.no_departments)

        layout.addWidget(_heading(_("Power and interest")))
        self.grid = PowerGrid()
        layout.addWidget(self.grid, 1)

        # a scroll area, so that nothing is cut off in a small window
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

    # -- reading -------------------------------------------------------------------------
    def reload(self) -> None:
        # the window tells the page of changes (and of a hidden page's, once it is shown)
        self.assessment = self.document = None
        if self.meeting_id is not None:
            try:
                self.assessment, self.document = self.context.assessment(
                    self.meeting_id, self.today())
            except MeetingGone:
                logger.info("meeting %s is gone; the overview shows nothing", self.meeting_id)
        self._show_score()
        self._show_missing()
        self._show_board()
        people = grid_people(self.document.package) if self.document else []
        self.grid.set_people(people)

    def _show_score(self) -> None:
        assessment = self.assessment
        self.badge.setVisible(assessment is not None)
        self.hint.setVisible(bool(assessment and assessment.items))
        if assessment is None:
            self.sentence.setText(_("Choose or create a meeting to see how ready it is."))
            return
        self.badge.set_score(assessment.score)
        count = len(assessment.items)
        # the percentage is formatted on its own: "{score}% ready" would read to gettext
        # tools as a %-format ("% r"), and translations without it would not compile
        percent = _("{score}%").format(score=assessment.score)
        if count:
            text = ngettext("{percent} ready — {n} thing to do",
                            "{percent} ready — {n} things to do",
                            count).format(percent=percent, n=count)
        else:
            text = _("{percent} ready — nothing left to do").format(percent=percent)
        self.sentence.setText(text)
        self.badge.setAccessibleDescription(text)

    def _show_missing(self) -> None:
        self.missing.clear()
        items = self.assessment.items if self.assessment else []
        for missing in items:
            entry = QListWidgetItem(missing.message)
            entry.setData(ITEM_ROLE, missing)
            info = RULE_BY_KEY.get(missing.rule)
            if info is not None:
                entry.setToolTip(_(info.why))
            self.missing.addItem(entry)
        self.missing.setVisible(bool(items))
        self.nothing_missing.setVisible(self.assessment is not None and not items)
        self.nothing_missing.setText(
            _("Nothing is missing: every check of the method passes."))
        if items:
            # tall enough for a few items; the list scrolls itself beyond that
            rows = min(len(items), _LIST_ROWS)
            shown = sum(self.missing.sizeHintForRow(i) for i in range(rows))
            spacing = 2 * self.missing.spacing() * rows
            self.missing.setFixedHeight(shown + spacing + 2 * self.missing.frameWidth())

    def _show_board(self) -> None:
        rows = board_rows(self.document, self.today()) if self.document else []
        self.board_model.set_rows(rows)
        fit_columns(self.board, self.board_model)
        self.board.setVisible(bool(rows))
        self.no_departments.setVisible(self.document is not None and not rows)
        if rows:
            # the board's size follows its rows and columns (and its scroll bar, if any)
            self.board.setMaximumHeight(
                self.board.horizontalHeader().sizeHint().height()
                + self.board.rowHeight(0) * _BOARD_ROWS + 2 * self.board.frameWidth())

    # -- opening -------------------------------------------------------------------------
    def _open_item(self, entry: QListWidgetItem) -> None:
        missing = entry.data(ITEM_ROLE)
        if not isinstance(missing, MissingItem):
            return
        # a double-click is also a click: open once, not twice
        row = self.missing.row(entry)
        if (self._last_open is not None and self._last_open[0] == row
                and not self._last_open[1].hasExpired(QApplication.doubleClickInterval())):
            return
        timer = QElapsedTimer()
        timer.start()
        self._last_open = (row, timer)
        self.open_missing(missing)

    def open_missing(self, missing: MissingItem) -> None:
        """Ask the window to open the step and row where a missing item is fixed."""
        table, row_id = "", 0
        if missing.ref is not None and self.document is not None:
            table, row_id = self.document.rows.get(missing.ref, ("", 0))
        self.context.navigate.emit(str(missing.step), table, row_id)

    def _open_department(self, index: QModelIndex) -> None:
        row = self.board_proxy.data(index, ROW_ROLE)
        if isinstance(row, BoardRow):
            self.context.navigate.emit("departments", "department", row.profile_id)
