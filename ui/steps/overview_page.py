"""The Overview: how ready the meeting is and why not more, what is missing, who would be
surprised in the room, and where each department and key person stands against where they
must get to."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date

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

from app.domain.attention import Unbriefed, unbriefed
from app.domain.enums import MeetingStatus
from app.i18n import _, ngettext
from app.services.document_ids import MeetingDocument
from app.services.readiness import RULE_BY_KEY, Assessment, MissingItem
from app.views.gap_board import GapRow
from app.views.meeting import MeetingGone
from ui import settings
from ui.context import AppContext
from ui.models.gap_model import GapModel, not_briefed_text
from ui.models.table_model import ROW_ROLE, SORT_ROLE
from ui.plain import heading, plain_label
from ui.steps.base import StepPage
from ui.widgets.column_widths import content_width
from ui.widgets.power_grid import PowerGrid, grid_people
from ui.widgets.score_badge import ScoreBadge

logger = logging.getLogger(__name__)

#: the missing item a list entry stands for
ITEM_ROLE = Qt.ItemDataRole.UserRole + 1
#: rows the missing-items list and the board show before scrolling themselves
_LIST_ROWS = 7
_BOARD_ROWS = 12


def fit_rows(entries: QListWidget, most: int) -> None:
    """A list as tall as its first ``most`` entries; it scrolls itself beyond that."""
    count = min(entries.count(), most)
    if not count:
        return
    shown = sum(entries.sizeHintForRow(i) for i in range(count))
    spacing = 2 * entries.spacing() * count
    entries.setFixedHeight(shown + spacing + 2 * entries.frameWidth())


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

        self.withheld_heading = heading(_("Points withheld"))
        layout.addWidget(self.withheld_heading)
        self.withheld = QListWidget()
        self.withheld.setObjectName("points_withheld")
        self.withheld.setAccessibleName(_("Points withheld"))
        self.withheld.setAccessibleDescription(
            _("Every point below 100, with the reason it is withheld, most points first."))
        self.withheld.setWordWrap(True)
        self.withheld.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.withheld.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        layout.addWidget(self.withheld)

        layout.addWidget(heading(_("What is missing")))
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

        layout.addWidget(heading(_("No surprises")))
        self.surprises_note = plain_label()
        self.surprises_note.setWordWrap(True)
        layout.addWidget(self.surprises_note)
        self.surprises = QListWidget()
        self.surprises.setObjectName("not_briefed")
        self.surprises.setAccessibleName(_("Not briefed one-to-one"))
        self.surprises.setAccessibleDescription(_(
            "People who decide, must agree or weigh heavily, and have had no one-to-one "
            "yet. Press Enter on a name to open their department."))
        self.surprises.setWordWrap(True)
        self.surprises.setAlternatingRowColors(True)
        self.surprises.itemActivated.connect(self._open_person)
        self.surprises.itemClicked.connect(self._open_person)
        layout.addWidget(self.surprises)

        layout.addWidget(heading(_("Where each one stands")))
        self.board_model = GapModel(self)
        self.board_proxy = QSortFilterProxyModel(self)
        self.board_proxy.setSourceModel(self.board_model)
        self.board_proxy.setSortRole(SORT_ROLE)
        self.board = QTableView()
        self.board.setTabKeyNavigation(False)  # Tab moves on; arrows move in the board
        self.board.setModel(self.board_proxy)
        self.board.setObjectName("gap_board")
        self.board.setAccessibleName(_("Gap board"))
        self.board.setAccessibleDescription(
            _("Each department and key person: engagement now and needed, decision right, "
              "power and interest, last and next contact, and who owns it; what needs "
              "attention first. Press Enter to open a department."))
        self.board.setSortingEnabled(True)
        self.board.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # attention first
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

        layout.addWidget(heading(_("Power and interest")))
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
        entries: list[GapRow] = []
        people_left: list[Unbriefed] = []
        if self.document is not None and self.meeting_id is not None:
            entries = self.context.gap_board(self.meeting_id, self.today(),
                                             settings.stale_days())
            people_left = unbriefed(self.document.package, self.today())
        self._show_score()
        self._show_withheld()
        self._show_missing()
        self._show_surprises(people_left)
        self._show_board(entries)
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

    def _show_withheld(self) -> None:
        self.withheld.clear()
        withheld = self.assessment.withheld if self.assessment else []
        for point in withheld:
            entry = QListWidgetItem(ngettext("−{n} point: {reason}", "−{n} points: {reason}",
                                             point.points).format(n=point.points,
                                                                  reason=point.reason))
            entry.setToolTip(entry.text())  # whole, where a narrow window cuts the line
            self.withheld.addItem(entry)
        self.withheld.setVisible(bool(withheld))
        self.withheld_heading.setVisible(bool(withheld))
        fit_rows(self.withheld, _LIST_ROWS)

    def _show_surprises(self, people_left: list[Unbriefed]) -> None:
        self.surprises.clear()
        for person in people_left:
            entry = QListWidgetItem(not_briefed_text(person))
            entry.setData(ITEM_ROLE, person)
            self.surprises.addItem(entry)
        self.surprises.setVisible(bool(people_left))
        if self.document is None:
            note = ""
        elif people_left:
            note = ngettext(
                "{n} person who decides, must agree or weighs heavily has had no one-to-one "
                "yet: brief them before the meeting, so that nothing surprises them there.",
                "{n} people who decide, must agree or weigh heavily have had no one-to-one "
                "yet: brief them before the meeting, so that nothing surprises them there.",
                len(people_left)).format(n=len(people_left))
        else:
            note = _("Everyone who decides, must agree or weighs heavily has been briefed "
                     "one-to-one.")
        self.surprises_note.setText(note)
        fit_rows(self.surprises, _LIST_ROWS)

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
        fit_rows(self.missing, _LIST_ROWS)

    def _show_board(self, rows: list[GapRow]) -> None:
        preparing = self.document is not None and self.document.package.meeting.status in (
            MeetingStatus.preparing, MeetingStatus.ready)
        self.board_model.set_rows(rows, marks=preparing)
        header = self.board.horizontalHeader()
        for column in range(self.board_model.columnCount()):
            # measured through the delegate: the late mark's icon and word count too
            header.resizeSection(column, content_width(self.board, self.board_model, column))
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
        if isinstance(row, GapRow):
            self.context.navigate.emit("departments", "participation", row.participation_id)
            if row.person_id is not None:  # then the person, on the People tab
                self.context.navigate.emit("departments", "person", row.person_id)

    def _open_person(self, entry: QListWidgetItem) -> None:
        missing = entry.data(ITEM_ROLE)
        if isinstance(missing, Unbriefed) and self.document is not None:
            rows = self.document.rows
            self.context.navigate.emit("departments", "department",
                                       rows[missing.department.id][1])
            self.context.navigate.emit("departments", "person", rows[missing.person.id][1])
