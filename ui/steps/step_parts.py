"""The table every step page shows its lists in, with its buttons and keys.

A :class:`RowTable` shows one list (a :class:`RowTableModel` behind a sort or
filter proxy) with optional Add, Delete and Move buttons and their keys, and a
status line. It keeps the selected row selected, by id, across reloads, and
never sits with rows and no selection: the form beside it always shows one.
Cells are never edited in place; the page's form does that.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from functools import partial
from typing import Any

from PySide6.QtCore import (
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QSignalBlocker,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QSizePolicy,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.i18n import _
from ui.icons import icon
from ui.models.table_model import ROW_ROLE, SORT_ROLE, RowTableModel
from ui.plain import plain_label
from ui.widgets.column_widths import cell_width, content_width

#: the widest a column fitted to its contents grows, in average characters
#: how many rows fitting a column to its contents measures
FIT_SAMPLE = 50
FIT_LIMIT = 22
#: the narrowest a column of sentences gets before the table scrolls sideways instead
SENTENCE_MIN = 16


def tool_button(name: str, icon_name: str, text: str, tip: str,
                parent: QWidget | None = None) -> QToolButton:
    """An icon button with an accessible name and a tooltip (it has no visible text)."""
    button = QToolButton(parent)
    button.setObjectName(name)
    button.setIcon(icon(icon_name))
    button.setText(text)
    button.setToolTip(tip)
    button.setAccessibleName(text)
    button.setAutoRaise(True)
    return button


def fit_choice(combo: QComboBox, chars: int = 12) -> None:
    """Let a choice be narrower than its longest entry (its popup still shows them whole),
    so that a long name or language does not widen the whole page."""
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(chars)


def labelled(button: QToolButton, text: str | None = None) -> QToolButton:
    """Show the button's text beside its icon (``text`` replaces it)."""
    if text is not None:
        button.setText(text)
        button.setAccessibleName(text)
    button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    return button


class RowTable(QWidget):
    """A table of rows with Add / Delete / Move buttons and keys, and a status line."""

    #: the selected row object, or None
    current_changed = Signal(object)
    add_requested = Signal()
    delete_requested = Signal(object)
    #: (row, step): -1 moves the row up, +1 down
    move_requested = Signal(object, int)

    def __init__(self, name: str, model: RowTableModel[Any], *, what: str,
                 proxy: QSortFilterProxyModel | None = None,
                 stretch: int | Sequence[int] = 0, widths: Mapping[int, int] | None = None,
                 addable: bool = True, deletable: bool = True, movable: bool = False,
                 sortable: bool = False, sorted_by: int = -1,
                 order: Qt.SortOrder = Qt.SortOrder.AscendingOrder,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.model = model
        if model.parent() is None:
            model.setParent(self)
        self.proxy = proxy if proxy is not None else QSortFilterProxyModel(self)
        self.proxy.setSourceModel(model)
        self.proxy.setSortRole(SORT_ROLE)
        self.view = QTableView(self)
        self.view.setObjectName(f"{name}_view")
        self.view.setAccessibleName(what)
        self.view.setModel(self.proxy)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        # Tab moves on to the row's form; the arrow keys move between rows
        self.view.setTabKeyNavigation(False)
        self.view.verticalHeader().setVisible(False)
        self.view.setSortingEnabled(sortable)
        if sortable:
            self.view.sortByColumn(sorted_by, order)
        self._stretch = {stretch} if isinstance(stretch, int) else set(stretch)
        self._widths = dict(widths or {})
        #: the selected row was announced while new rows were shown
        self._announced = False
        #: columns the user has resized: their width is theirs from then on
        self._resized_by_user: set[int] = set()
        self._fitting = False
        header = self.view.horizontalHeader()
        # a column is fitted to a sample of its rows, not to every one of a long table
        header.setResizeContentsPrecision(FIT_SAMPLE)
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setMinimumSectionSize(48)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column in self._stretch:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        for column, chars in self._widths.items():
            self.view.setColumnWidth(column, self._chars(chars))
        header.sectionResized.connect(self._section_resized)
        self.view.viewport().installEventFilter(self)
        # the selection, not the current index: a click moves the current index first and
        # selects its row after, and the row counts only once it is selected
        self.view.selectionModel().selectionChanged.connect(self._selection_changed)

        # the buttons sit in their own widget: a read-only page disables it as a whole
        self.buttons = QWidget(self)
        self.buttons.setObjectName(f"{name}_buttons")
        row = QHBoxLayout(self.buttons)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(2)
        self.add_button: QToolButton | None = None
        self.delete_button: QToolButton | None = None
        self.up_button: QToolButton | None = None
        self.down_button: QToolButton | None = None
        if addable:
            self.add_button = tool_button(f"{name}_add", "add", _("Add"),
                                          _("Add ({key})").format(key=_("Insert")), self.buttons)
            self.add_button.clicked.connect(self.add_requested)
            row.addWidget(self.add_button)
            self._shortcut(QKeySequence(Qt.Key.Key_Insert), self.add_button,
                           self.add_requested.emit)
        if deletable:
            self.delete_button = tool_button(
                f"{name}_delete", "delete", _("Delete"),
                _("Delete the selected row ({key})").format(key=_("Del")), self.buttons)
            self.delete_button.clicked.connect(self._delete)
            row.addWidget(self.delete_button)
            self._shortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.delete_button,
                           self._delete)
        if movable:
            self.up_button = tool_button(f"{name}_up", "up", _("Move up"),
                                         _("Move up (Ctrl+Up)"), self.buttons)
            self.down_button = tool_button(f"{name}_down", "down", _("Move down"),
                                           _("Move down (Ctrl+Down)"), self.buttons)
            row.addWidget(self.up_button)
            row.addWidget(self.down_button)
            self.up_button.clicked.connect(lambda: self._move(-1))
            self.down_button.clicked.connect(lambda: self._move(1))
            # Ctrl+Shift too: the Follow-up lists taught those keys first
            for keys, step in (("Ctrl+Up", -1), ("Ctrl+Shift+Up", -1),
                               ("Ctrl+Down", 1), ("Ctrl+Shift+Down", 1)):
                button = self.up_button if step < 0 else self.down_button
                self._shortcut(QKeySequence(keys), button, partial(self._move, step))
        self.buttons.setVisible(addable or deletable or movable)

        #: a line about the list beside the buttons (counts, what is missing)
        self.status = plain_label(parent=self)
        self.status.setObjectName(f"{name}_status")
        self.status.setWordWrap(True)
        self.status.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.bar = QHBoxLayout()
        self.bar.setContentsMargins(0, 0, 0, 0)
        self.bar.addWidget(self.buttons)
        self.bar.addSpacing(8)
        self.bar.addWidget(self.status, 1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.view, 1)
        layout.addLayout(self.bar)
        self._update_buttons()

    def _chars(self, count: int) -> int:
        # a digit's width: averageCharWidth() counts a font's CJK fallback too, and runs wide
        return self.view.fontMetrics().horizontalAdvance("0") * count + 16

    def _shortcut(self, keys: QKeySequence, button: QAbstractButton,
                  slot: Callable[[], Any]) -> None:
        # a key does what its button does, and only when the button can
        shortcut = QShortcut(keys, self.view)
        shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
        # Help ▸ Keyboard shortcuts lists it under what its button does, in a list
        shortcut.setWhatsThis(_("In a list: {action}").format(action=button.accessibleName()))
        shortcut.activated.connect(lambda: slot() if button.isEnabled() else None)

    # -- rows ------------------------------------------------------------------------------
    def set_rows(self, rows: Sequence[Any], select_id: int | None = None) -> None:
        """Show ``rows``; keep the row with ``select_id`` (default: the selected one) selected.

        Rows already shown are updated in place (see :class:`RowTableModel`): the
        selection and the scroll position stay, and the selected row is announced
        again only when it changed.
        """
        keep = self.current_id() if select_id is None else select_id
        shown = self.current()
        with QSignalBlocker(self.view.selectionModel()):
            self.model.set_rows(rows)
        self._after_rows(keep, shown)

    def update_rows(self, rows: Sequence[Any]) -> None:
        """Redraw just these rows (by id) where they are; no other row is read again."""
        shown = self.current()
        self.model.update_rows(rows)
        self._widen_for(rows)
        self._after_rows(self.current_id(), shown, fit=False)

    def _after_rows(self, keep: int | None, shown: Any | None, *, fit: bool = True) -> None:
        if fit and self.model.rowCount():
            self._fit_columns()
        self._announced = False
        self.refresh(keep)
        current = self.current()
        if not self._announced and current is not shown:
            self.current_changed.emit(current)  # the same row, changed: its form shows it

    def refresh(self, keep: int | None = None) -> None:
        """Select ``keep`` (default: the selected row), else the first shown; say which.

        Also after a filter hid or showed rows. A row already selected stays as it
        is, scrolled where the user left it.
        """
        keep = self.current_id() if keep is None else keep
        if keep is not None and keep == self.current_id():
            self._update_buttons()
            return
        if not self.select_id(keep) and not self._select_first():
            self._announced = True
            self.current_changed.emit(None)
        self._update_buttons()

    def _fit_columns(self) -> None:
        # a column of short values (a date, a status, a name) shows them whole; a column of
        # sentences gets FIT_LIMIT characters and elides; the user's widths stay
        self._fitting = True
        try:
            limit = self._chars(FIT_LIMIT)
            for column in range(self.model.columnCount()):
                if column in self._stretch or column in self._resized_by_user:
                    continue
                self.view.setColumnWidth(column, min(limit, content_width(
                    self.view, self.model, column)))
        finally:
            self._fitting = False
        self._balance()

    def _widen_for(self, rows: Sequence[Any]) -> None:
        """An edited row: widen a fitted column only if its new value needs it (measuring
        the whole column again on every edit costs a long table hundreds of milliseconds)."""
        limit = self._chars(FIT_LIMIT)
        found = (self.model.position_of(self.model.row_key(row)) for row in rows)
        positions = [position for position in found if position >= 0]
        for column in range(self.model.columnCount()):
            if column in self._stretch or column in self._resized_by_user:
                continue
            needed = max((cell_width(self.view, self.model, p, column) for p in positions),
                         default=0)
            if self.view.columnWidth(column) < needed:
                self.view.setColumnWidth(column, min(needed, limit))

    def _balance(self) -> None:
        """Columns of sentences share what is left; when that is too little to read, each
        keeps a readable width and the table scrolls sideways."""
        if not self._stretch:
            return
        header = self.view.horizontalHeader()
        fixed = sum(self.view.columnWidth(c) for c in range(self.model.columnCount())
                    if c not in self._stretch and not self.view.isColumnHidden(c))
        share = (self.view.viewport().width() - fixed) // len(self._stretch)
        narrow = share < self._chars(SENTENCE_MIN)
        self._fitting = True
        try:
            for column in self._stretch:
                if narrow:
                    header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
                    self.view.setColumnWidth(column, self._chars(SENTENCE_MIN))
                else:
                    header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        finally:
            self._fitting = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.view.viewport() and event.type() == QEvent.Type.Resize:
            self._balance()
        return super().eventFilter(watched, event)

    def _section_resized(self, column: int, old: int, new: int) -> None:
        # (hiding or showing a column resizes it from or to 0: that is not the user)
        if not self._fitting and column not in self._stretch and old and new:
            self._resized_by_user.add(column)

    def _select_first(self) -> bool:
        if self.proxy.rowCount() == 0:
            return False
        first = self.proxy.data(self.proxy.index(0, 0), ROW_ROLE)
        return self.select_id(first.id)

    def current(self) -> Any | None:
        """The selected row, or None."""
        selection = self.view.selectionModel()
        index = selection.currentIndex()
        if not index.isValid() or not selection.isRowSelected(index.row(), QModelIndex()):
            return None
        return self.proxy.data(index, ROW_ROLE)

    def current_id(self) -> int | None:
        row = self.current()
        return None if row is None else row.id

    def select_id(self, row_id: int | None) -> bool:
        """Select the row with ``row_id``; False when it is not shown."""
        position = -1 if row_id is None else self.model.row_of(lambda r: r.id == row_id)
        index = (self.proxy.mapFromSource(self.model.index(position, 0)) if position >= 0
                 else QModelIndex())
        if not index.isValid():
            self.view.selectionModel().clear()
            return False
        self.view.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows)
        self.view.scrollTo(index)
        return True

    def ids(self) -> list[int]:
        """The ids of the rows as shown (sorted and filtered)."""
        return [self.proxy.data(self.proxy.index(r, 0), ROW_ROLE).id
                for r in range(self.proxy.rowCount())]

    def _selection_changed(self, *_args: Any) -> None:
        self._announced = True
        self._update_buttons()
        self.current_changed.emit(self.current())

    def _update_buttons(self) -> None:
        row = self.current()
        if self.delete_button is not None:
            self.delete_button.setEnabled(row is not None)
        if self.up_button is not None and self.down_button is not None:
            position = -1 if row is None else self.model.row_of(lambda r: r.id == row.id)
            self.up_button.setEnabled(position > 0)
            self.down_button.setEnabled(0 <= position < self.model.rowCount() - 1)

    def _delete(self) -> None:
        row = self.current()
        if row is not None:
            self.delete_requested.emit(row)

    def _move(self, step: int) -> None:
        row = self.current()
        if row is not None:
            self.move_requested.emit(row, step)
