"""Everything still open across meetings: actions and unresolved issues, overdue first."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date

from PySide6.QtCore import QModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QShowEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.domain.enums import ActionStatus
from app.formatting import day, one_line
from app.i18n import _
from app.services import actions, open_items
from app.services.open_items import ItemKind, OpenItem
from app.views.changes import Changes
from ui.context import AppContext
from ui.icons import icon
from ui.undo import CallCommand

#: the item on a row: the OpenItem
ITEM_ROLE = Qt.ItemDataRole.UserRole + 1

COL_DUE, COL_KIND, COL_TEXT, COL_OWNER, COL_DEPARTMENT, COL_MEETING = range(6)


def headings() -> list[str]:
    return [_("Due"), _("Kind"), _("Text"), _("Owner"), _("Department"), _("Meeting")]


class ItemFilter(QSortFilterProxyModel):
    """Rows of one department, owner and meeting (each None for all)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.department: str | None = None
        self.owner: str | None = None
        self.meeting: int | None = None

    def set_filters(self, department: str | None, owner: str | None,
                    meeting: int | None) -> None:
        self.beginFilterChange()
        self.department, self.owner, self.meeting = department, owner, meeting
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex) -> bool:  # type: ignore[override]
        model = self.sourceModel()
        item: OpenItem = model.index(source_row, 0, source_parent).data(ITEM_ROLE)
        return ((self.department is None or item.department == self.department)
                and (self.owner is None or item.owner == self.owner)
                and (self.meeting is None or item.meeting_id == self.meeting))


class OpenItemsView(QDialog):
    """The workspace's open actions and unresolved issues; status changed in place, undoable."""

    #: open this row in its meeting: (kind, meeting id, row id)
    opened = Signal(str, int, int)

    def __init__(self, context: AppContext, parent: QWidget | None = None,
                 today: Callable[[], date] = date.today) -> None:
        super().__init__(parent)
        self.setObjectName("open_items_view")
        self.setWindowTitle(_("Open actions and issues"))
        self.context = context
        self._today = today
        self.model = QStandardItemModel(0, len(headings()), self)
        self.model.setHorizontalHeaderLabels(headings())
        self.proxy = ItemFilter(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView(self)
        self.table.setObjectName("open_items_table")
        self.table.setAccessibleName(_("Open actions and issues"))
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header = self.table.horizontalHeader()
        for column in (COL_DUE, COL_KIND, COL_OWNER, COL_DEPARTMENT):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_TEXT, QHeaderView.ResizeMode.Stretch)
        # a meeting's title can be long: a fixed share, elided (the user may widen it)
        header.setSectionResizeMode(COL_MEETING, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(COL_MEETING, 220)
        self.table.activated.connect(self._open)
        self.table.selectionModel().currentRowChanged.connect(self._update_buttons)

        self.department_filter = self._combo("department_filter", _("All departments"))
        self.owner_filter = self._combo("owner_filter", _("All owners"))
        self.meeting_filter = self._combo("meeting_filter", _("All meetings"))
        filters = QHBoxLayout()
        for text, combo in ((_("&Department:"), self.department_filter),
                            (_("O&wner:"), self.owner_filter),
                            (_("M&eeting:"), self.meeting_filter)):
            label = QLabel(text, self)
            label.setBuddy(combo)
            filters.addWidget(label)
            filters.addWidget(combo, 1)

        self.done_button = QPushButton(_("Mark &done"), self)
        self.done_button.clicked.connect(lambda: self._set_status(ActionStatus.done))
        self.dropped_button = QPushButton(_("Mark d&ropped"), self)
        self.dropped_button.clicked.connect(lambda: self._set_status(ActionStatus.dropped))
        self.open_button = QPushButton(_("&Open in its meeting"), self)
        self.open_button.clicked.connect(lambda: self._open(self.table.currentIndex()))
        self.summary = QLabel(self)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        buttons = QHBoxLayout()
        buttons.addWidget(self.summary, 1)
        for button in (self.done_button, self.dropped_button, self.open_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.resize(900, 520)
        self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.reload()

    def _combo(self, name: str, everything: str) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(name)
        combo.addItem(everything, None)
        combo.currentIndexChanged.connect(self._apply_filters)
        return combo

    def reload(self) -> None:
        """Read the list again (after a change anywhere in the workspace); hidden, later."""
        if not self.isVisible():
            self._stale = True
            return
        self._stale = False
        today = self._today()
        current = self.table.currentIndex().data(ITEM_ROLE)
        items = open_items.open_items(self.context.workspace, today=today)
        self.model.removeRows(0, self.model.rowCount())
        kinds = {ItemKind.action: _("Action"), ItemKind.issue: _("Unresolved issue")}
        for item in items:
            due = QStandardItem(day(item.due) if item.due else "")
            if item.overdue(today):
                due.setIcon(icon("attention"))
                due.setToolTip(_("Overdue"))
                due.setData(_("Overdue"), Qt.ItemDataRole.AccessibleDescriptionRole)
            text = one_line(item.text)
            meeting = QStandardItem(item.meeting_title)
            row = [due, QStandardItem(kinds[item.kind]), QStandardItem(text),
                   QStandardItem(item.owner), QStandardItem(item.department), meeting]
            row[0].setData(item, ITEM_ROLE)
            self.model.appendRow(row)
        self._fill_filter(self.department_filter,
                          sorted((d, d) for d in {i.department for i in items} - {""}))
        self._fill_filter(self.owner_filter,
                          sorted((o, o) for o in {i.owner for i in items} - {""}))
        self._fill_filter(self.meeting_filter,
                          sorted({(i.meeting_title, i.meeting_id) for i in items}))
        overdue = sum(item.overdue(today) for item in items)
        self.summary.setText(_("{count} open, {overdue} overdue").format(
            count=len(items), overdue=overdue))
        if current is not None:
            self._select(current.kind, current.row_id)
        self._update_buttons()

    def _fill_filter(self, combo: QComboBox, choices: Sequence[tuple[str, object]]) -> None:
        """Offer ``choices`` (text shown, value) after "all", keeping the one chosen."""
        chosen = combo.currentData()
        combo.blockSignals(True)  # one filter pass at the end, not one per item
        while combo.count() > 1:
            combo.removeItem(1)
        for shown, value in choices:
            combo.addItem(shown, value)
        combo.setCurrentIndex(max(0, combo.findData(chosen)))
        combo.blockSignals(False)
        self._apply_filters()

    def _apply_filters(self) -> None:
        self.proxy.set_filters(self.department_filter.currentData(),
                               self.owner_filter.currentData(),
                               self.meeting_filter.currentData())

    def _select(self, kind: ItemKind, row_id: int) -> None:
        for row in range(self.proxy.rowCount()):
            item: OpenItem = self.proxy.index(row, 0).data(ITEM_ROLE)
            if item.kind == kind and item.row_id == row_id:
                self.table.selectRow(row)
                return

    def _current(self) -> OpenItem | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        item: OpenItem = index.siblingAtColumn(0).data(ITEM_ROLE)
        return item

    def _update_buttons(self) -> None:
        item = self._current()
        is_action = item is not None and item.kind == ItemKind.action
        writable = not self.context.workspace.read_only
        self.done_button.setEnabled(is_action and writable)
        self.dropped_button.setEnabled(is_action and writable)
        self.open_button.setEnabled(item is not None)

    def _set_status(self, status: ActionStatus) -> None:
        item = self._current()
        if item is None or item.kind != ItemKind.action:
            return
        text = _("Mark done") if status == ActionStatus.done else _("Mark dropped")
        workspace, row_id = self.context.workspace, item.row_id
        self.context.run(CallCommand(
            text, lambda: actions.update(workspace, row_id, status=status),
            lambda: actions.update(workspace, row_id, status=ActionStatus.open),
            # the action's own meeting, which need not be the one the window shows
            changes=Changes.of(item.meeting_id, updated=[("action_item", row_id)])), self)

    def _open(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        item: OpenItem = index.siblingAtColumn(0).data(ITEM_ROLE)
        self.opened.emit(str(item.kind), item.meeting_id, item.row_id)
