"""Pieces the step pages share: a table with its buttons, a details form, two field kinds.

A :class:`RowTable` shows one list (a :class:`RowTableModel` behind a sort
proxy) with Add, Delete and optionally Move buttons and keys; it keeps the
selected row selected by id across reloads. A :class:`RowForm` shows one row's
fields and turns each finished edit into one undoable :class:`EditCommand`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from typing import Any

from PySide6.QtCore import (
    QDate,
    QDateTime,
    QItemSelectionModel,
    QModelIndex,
    QSignalBlocker,
    QSortFilterProxyModel,
    Qt,
    QTime,
    QTimeZone,
    Signal,
)
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateTimeEdit,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.i18n import _
from ui.context import AppContext
from ui.forms import FormBinder, TextBox
from ui.icons import icon
from ui.models.table_model import ROW_ROLE, SORT_ROLE, RowTableModel
from ui.undo import EditCommand


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


class RowTable(QWidget):
    """A table of rows with Add / Delete (and Move up / down) buttons and keys."""

    #: the selected row object, or None
    current_changed = Signal(object)
    add_requested = Signal()
    delete_requested = Signal(object)
    #: (row, step): -1 moves the row up, +1 down
    move_requested = Signal(object, int)

    def __init__(self, name: str, model: RowTableModel[Any], *, what: str,
                 movable: bool = False, sortable: bool = False, stretch: int = 0,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.model = model
        model.setParent(self)
        self.proxy = QSortFilterProxyModel(self)
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
        self.view.verticalHeader().setVisible(False)
        self.view.setSortingEnabled(sortable)
        if sortable:
            self.view.sortByColumn(stretch, Qt.SortOrder.AscendingOrder)
        header = self.view.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(48)
        self.view.selectionModel().currentRowChanged.connect(self._current_row_changed)

        self.buttons = QHBoxLayout()
        self.buttons.setContentsMargins(0, 0, 0, 0)
        self.add_button = tool_button(f"{name}_add", "add", _("Add"),
                                      _("Add ({key})").format(key=_("Insert")), self)
        self.delete_button = tool_button(f"{name}_delete", "delete", _("Delete"),
                                         _("Delete the selected row ({key})").format(
                                             key=_("Del")), self)
        self.buttons.addWidget(self.add_button)
        self.buttons.addWidget(self.delete_button)
        self.add_button.clicked.connect(self.add_requested)
        self.delete_button.clicked.connect(self._delete)
        self.up_button: QToolButton | None = None
        self.down_button: QToolButton | None = None
        if movable:
            self.up_button = tool_button(f"{name}_up", "up", _("Move up"),
                                         _("Move up (Ctrl+Up)"), self)
            self.down_button = tool_button(f"{name}_down", "down", _("Move down"),
                                           _("Move down (Ctrl+Down)"), self)
            self.buttons.addWidget(self.up_button)
            self.buttons.addWidget(self.down_button)
            self.up_button.clicked.connect(lambda: self._move(-1))
            self.down_button.clicked.connect(lambda: self._move(1))
            self._shortcut("Ctrl+Up", lambda: self._move(-1))
            self._shortcut("Ctrl+Down", lambda: self._move(1))
        self.buttons.addStretch(1)
        self._shortcut(QKeySequence(Qt.Key.Key_Insert), self.add_requested.emit)
        self._shortcut(QKeySequence(QKeySequence.StandardKey.Delete), self._delete)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.view, 1)
        layout.addLayout(self.buttons)
        self._update_buttons()

    def _shortcut(self, keys: QKeySequence | str, slot: Callable[[], Any]) -> None:
        shortcut = QShortcut(QKeySequence(keys), self.view)
        shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
        shortcut.activated.connect(slot)

    # -- rows ------------------------------------------------------------------------------
    def set_rows(self, rows: Sequence[Any], select_id: int | None = None) -> None:
        """Show ``rows``; keep the row with ``select_id`` (default: the selected one) selected."""
        keep = self.current_id() if select_id is None else select_id
        with QSignalBlocker(self.view.selectionModel()):
            self.model.set_rows(rows)
        if not self.select_id(keep) and not self._select_first():
            self.current_changed.emit(None)
        self._update_buttons()

    def _select_first(self) -> bool:
        # a table never sits with rows and no selection: the details beside it show the first
        if self.proxy.rowCount() == 0:
            return False
        first = self.proxy.data(self.proxy.index(0, 0), ROW_ROLE)
        return self.select_id(first.id)

    def current(self) -> Any | None:
        index = self.view.selectionModel().currentIndex()
        if not index.isValid() or not self.view.selectionModel().isRowSelected(
                index.row(), QModelIndex()):
            return None
        return self.proxy.data(index, ROW_ROLE)

    def current_id(self) -> int | None:
        row = self.current()
        return None if row is None else row.id

    def select_id(self, row_id: int | None) -> bool:
        """Select the row with ``row_id``; False when there is none."""
        position = -1 if row_id is None else self.model.row_of(lambda r: r.id == row_id)
        if position < 0:
            self.view.selectionModel().clear()
            return False
        index = self.proxy.mapFromSource(self.model.index(position, 0))
        self.view.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows)
        self.view.scrollTo(index)
        return True

    def ids(self) -> list[int]:
        return [row.id for row in self.model.rows()]

    def _current_row_changed(self, *_args: Any) -> None:
        self._update_buttons()
        self.current_changed.emit(self.current())

    def _update_buttons(self) -> None:
        row = self.current()
        self.delete_button.setEnabled(row is not None)
        if self.up_button is not None and self.down_button is not None:
            position = -1 if row is None else self.model.row_of(lambda r: r is row)
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


class Binder(FormBinder):
    """A FormBinder that leaves alone a field already showing the stored value.

    A reload follows every committed edit; re-setting the field the user has just
    tabbed into would drop its selection and cursor.
    """

    def load(self, row: Any | None) -> None:
        for name, widget in self._fields.items():
            value = None if row is None else getattr(row, name)
            current = getattr(widget, "value_or_none", widget.value)()
            if row is None or current != (value if value is not None else _empty(widget)):
                widget.set_value(value)
                if isinstance(widget, QLineEdit) and not widget.hasFocus():
                    widget.setCursorPosition(0)  # show a long title from its beginning


def _empty(widget: Any) -> Any:
    # what a field shows for None, so that None and "" compare as unchanged
    return "" if isinstance(widget.value(), str) else None


class RowForm(QWidget):
    """The fields of one row; each finished edit becomes one undoable update."""

    def __init__(self, context: AppContext, update: Callable[..., Any], what: str,
                 parent: QWidget | None = None, *, columns: int = 1) -> None:
        super().__init__(parent)
        self.context = context
        self._update = update
        self._what = what
        self.row: Any | None = None
        self.binder = Binder(self._commit)
        self._labels: dict[str, str] = {}
        self._layouts = [QFormLayout() for _i in range(columns)]
        outer = QHBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        for form in self._layouts:
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
            outer.addLayout(form, 1)
        self.set_enabled(False)

    def add(self, name: str, label: str, widget: QWidget, column: int = 0) -> Any:
        """Add a field for ``name`` under the visible ``label`` (with an & mnemonic)."""
        widget.setObjectName(f"field_{name}")
        self._labels[name] = label.replace("&", "").rstrip(":：")
        widget.setAccessibleName(self._labels[name])
        caption = QLabel(label, self)
        caption.setBuddy(widget)
        self._layouts[column].addRow(caption, widget)
        return self.binder.bind(name, widget)

    def load(self, row: Any | None) -> None:
        if row is None or self.row is None or getattr(row, "id", None) != self.row.id:
            self.binder.flush()  # an edit in progress belongs to the row it was made on
        self.row = row
        self.binder.load(row)
        self.set_enabled(row is not None)

    def set_enabled(self, enabled: bool) -> None:
        self.binder.set_enabled(enabled)

    def flush(self) -> None:
        self.binder.flush()

    def _commit(self, name: str, value: Any) -> None:
        row = self.row
        if row is None:
            return
        before = {name: getattr(row, name)}
        if before[name] == value:
            return
        command = EditCommand(
            _("Edit {what}: {field}").format(what=self._what, field=self._labels[name]),
            self.context.workspace, self._update, row.id, before, {name: value})
        if not self.context.run(command, self):
            self.binder.load(row)  # refused: show the stored value again
        else:
            setattr(row, name, value)


class LinesBox(TextBox):
    """A list of short texts edited one per line (a department's OKRs)."""

    def set_value(self, value: Sequence[str] | None) -> None:  # type: ignore[override]
        super().set_value("\n".join(value or []))

    def value(self) -> list[str]:  # type: ignore[override]
        return [line.strip() for line in self.toPlainText().splitlines() if line.strip()]

    def finish(self) -> None:
        text = self.toPlainText()
        if text != self._loaded:
            self._loaded = text
            self.committed.emit(self.value())


class MomentEdit(QWidget):
    """A date and time, or none, keeping the UTC offset it was stored with.

    A new moment takes the computer's local offset for that date, so a meeting
    planned in Shanghai keeps +08:00 when a colleague in Madrid edits its time.
    """

    committed = Signal(object)
    # the editor works in UTC only so that no daylight-saving gap of this computer's zone
    # shifts a wall-clock time typed for a meeting elsewhere; the offset is kept apart
    _NONE = QDateTime(QDate(1900, 1, 1), QTime(0, 0), QTimeZone.utc())

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = QDateTimeEdit(self)
        self.editor.setTimeZone(QTimeZone.utc())
        self.editor.setCalendarPopup(True)
        self.editor.setMinimumDateTime(self._NONE)
        self.editor.setSpecialValueText(_("No date yet"))
        self.editor.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.offset_label = QLabel(self)
        self.clear_button = QToolButton(self)
        self.clear_button.setText("×")
        self.clear_button.setToolTip(_("Clear the date"))
        self.clear_button.setAccessibleName(_("Clear the date"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.editor, 1)
        layout.addWidget(self.offset_label)
        layout.addWidget(self.clear_button)
        self.setFocusProxy(self.editor)
        self._loaded: datetime | None = None
        self.editor.editingFinished.connect(self._finish)
        self.editor.calendarWidget().clicked.connect(lambda _d: self._finish())
        self.clear_button.clicked.connect(self._clear)

    def set_value(self, value: datetime | None) -> None:
        self._loaded = value
        with QSignalBlocker(self.editor):
            if value is None:
                self.editor.setDateTime(self._NONE)
            else:
                self.editor.setDateTime(QDateTime(
                    QDate(value.year, value.month, value.day), QTime(value.hour, value.minute),
                    QTimeZone.utc()))
        self._show_offset(value)

    def value(self) -> datetime | None:
        shown = self.editor.dateTime()
        if shown == self._NONE:
            return None
        day, time = shown.date(), shown.time()
        naive = datetime(day.year(), day.month(), day.day(), time.hour(), time.minute())
        if self._loaded is not None and self._loaded.tzinfo is not None:
            return naive.replace(tzinfo=self._loaded.tzinfo)
        return naive.astimezone()  # the local offset in force on that date

    def _show_offset(self, value: datetime | None) -> None:
        if value is None or value.utcoffset() is None:
            self.offset_label.setText("")
            return
        offset = value.strftime("%z")
        self.offset_label.setText(_("UTC{offset}").format(offset=f"{offset[:3]}:{offset[3:]}"))

    def _clear(self) -> None:
        with QSignalBlocker(self.editor):
            self.editor.setDateTime(self._NONE)
        self._finish()

    def _finish(self) -> None:
        current = self.value()
        if current != self._loaded:
            self._loaded = current
            self._show_offset(current)
            self.committed.emit(current)
