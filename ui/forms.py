"""Form fields that commit when the user finishes an edit, never per keystroke.

Each field has ``set_value`` (no signal), ``value()`` and a ``committed(value)``
signal that fires once per finished edit whose value differs from the loaded
one; ``finish()`` commits an edit still in progress. A :class:`FormBinder`
loads a row into its fields and turns each commit into one call (which the
page makes an undo command).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, datetime, timedelta
from enum import StrEnum
from typing import Any

from PySide6.QtCore import (
    QDate,
    QDateTime,
    QEvent,
    QObject,
    QSignalBlocker,
    QSize,
    Qt,
    QTime,
    QTimeZone,
    Signal,
)
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QToolButton,
    QWidget,
)

from app.domain.enums import label
from app.i18n import _


class TextLine(QLineEdit):
    """One line of text, committed on Enter or when focus leaves."""

    committed = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._loaded = ""
        self.editingFinished.connect(self.finish)

    def set_value(self, value: str | None) -> None:
        self._loaded = value or ""
        with QSignalBlocker(self):
            self.setText(self._loaded)
        if not self.hasFocus():
            self.setCursorPosition(0)  # a long text shows from its beginning

    def value(self) -> str:
        return self.text()

    def finish(self) -> None:
        if self.text() != self._loaded:
            self._loaded = self.text()
            self.committed.emit(self._loaded)


class TextBox(QPlainTextEdit):
    """Several lines of text, committed when focus leaves; Tab moves on."""

    committed = Signal(object)

    def __init__(self, parent: QWidget | None = None, *, lines: int = 3) -> None:
        super().__init__(parent)
        self._loaded = ""
        self.setTabChangesFocus(True)
        self.setMinimumHeight(self.fontMetrics().lineSpacing() * lines + 12)

    def set_value(self, value: str | None) -> None:
        self._loaded = value or ""
        with QSignalBlocker(self):
            self.setPlainText(self._loaded)

    def value(self) -> str:
        return self.toPlainText()

    def sizeHint(self) -> QSize:
        # its lines, not a screenful: a form of several boxes stays compact, and grows
        # into the room it is given
        return QSize(super().sizeHint().width(), self.minimumHeight() + 12)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.finish()

    def finish(self) -> None:
        """Commit now if the text changed (also called before the window closes)."""
        if self.toPlainText() != self._loaded:
            self._loaded = self.toPlainText()
            self.committed.emit(self.value())


class LinesBox(TextBox):
    """A list of short texts edited one per line (a department's OKRs)."""

    def set_value(self, value: Sequence[str] | None) -> None:  # type: ignore[override]
        super().set_value("\n".join(value or []))

    def value(self) -> list[str]:  # type: ignore[override]
        return [line.strip() for line in self.toPlainText().splitlines() if line.strip()]


class ShownText(QLabel):
    """A value the form shows but does not edit (the department a row belongs to)."""

    committed = Signal(object)   # never: there is nothing to edit

    def set_value(self, value: Any) -> None:
        self.setText("" if value is None else str(value))

    def value(self) -> str:
        return self.text()


class _Choices(QComboBox):
    """A closed list of keys shown by their texts; committed when the user picks one.

    The keys stay Python objects (an enum member stays one: Qt item data would
    hand back a plain string). Stepping with the arrow keys commits each key on
    the way; ``session`` tells those steps (one stay of the focus) from a new
    choice, so that an undo takes back the choice, not one step.
    """

    committed = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._keys: list[Any] = []
        #: counts the times the focus came here (back from the popup too)
        self.session = 0
        # a long entry (a goal, a source) is cut short rather than widen the whole form
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(12)
        self.activated.connect(lambda _i: self.committed.emit(self.value()))

    def focusInEvent(self, event: QFocusEvent) -> None:
        self.session += 1
        super().focusInEvent(event)

    def _fill(self, items: Sequence[tuple[str, Any]]) -> None:
        current = self.value()
        with QSignalBlocker(self):
            self.clear()
            self._keys = [key for _text, key in items]
            self.addItems([text for text, _key in items])
            self.setCurrentIndex(self._index_of(current))

    def _index_of(self, key: Any) -> int:
        return self._keys.index(key) if key in self._keys else 0

    def set_value(self, value: Any) -> None:
        with QSignalBlocker(self):
            self.setCurrentIndex(self._index_of(value))

    def value(self) -> Any:
        index = self.currentIndex()
        return self._keys[index] if 0 <= index < len(self._keys) else None


class Choice(_Choices):
    """One member of an enumeration, shown by its translated label; optionally none."""

    def __init__(self, values: Sequence[StrEnum], *, optional: bool = False,
                 none_text: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        items: list[tuple[str, Any]] = [(none_text or _("—"), None)] if optional else []
        self._fill(items + [(label(value), value) for value in values])

    def value(self) -> StrEnum | None:
        return super().value()  # type: ignore[no-any-return]


class ItemChoice(_Choices):
    """One of a list of (text, key) items, such as the meeting's people; optionally none."""

    def __init__(self, *, optional: bool = True, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._optional = optional

    def set_items(self, items: Sequence[tuple[str, Any]]) -> None:
        """Offer these items, keeping the chosen key if it is still among them."""
        self._fill(([(_("—"), None)] if self._optional else []) + list(items))


class Check(QCheckBox):
    """A yes/no value, committed when clicked."""

    committed = Signal(object)

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.clicked.connect(lambda checked: self.committed.emit(bool(checked)))

    def set_value(self, value: bool | None) -> None:
        with QSignalBlocker(self):
            self.setChecked(bool(value))

    def value(self) -> bool:
        return self.isChecked()


class OptionalNumber(QSpinBox):
    """A whole number or none (shown as a dash), committed when editing finishes."""

    committed = Signal(object)

    def __init__(self, low: int, high: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # one step below the range stands for "none"
        self._none = low - 1
        self.setRange(self._none, high)
        self.setSpecialValueText(_("—"))
        self._loaded: int | None = None
        self.editingFinished.connect(self.finish)

    def set_value(self, value: int | None) -> None:
        self._loaded = value
        with QSignalBlocker(self):
            self.setValue(self._none if value is None else value)

    def value_or_none(self) -> int | None:
        return None if self.value() == self._none else self.value()

    def finish(self) -> None:
        current = self.value_or_none()
        if current != self._loaded:
            self._loaded = current
            self.committed.emit(current)


class _DateField(QWidget):
    """A day (or moment) or none: an editor with a calendar, and a button that clears it.

    Empty, the editor shows a text ("No date") in which typed digits have nowhere
    to go. So while it has the focus an empty editor shows a starting day instead,
    committed only once the user types, steps or picks a date; left untouched,
    it is empty again.
    """

    committed = Signal(object)

    def __init__(self, editor: QDateTimeEdit, empty_text: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = editor
        editor.setParent(self)
        editor.setCalendarPopup(True)
        editor.setSpecialValueText(empty_text)
        self.clear_button = QToolButton(self)
        self.clear_button.setText("×")
        self.clear_button.setToolTip(_("Clear the date"))
        self.clear_button.setAccessibleName(_("Clear the date"))
        self.row = QHBoxLayout(self)
        self.row.setContentsMargins(0, 0, 0, 0)
        self.row.addWidget(editor, 1)
        self.row.addWidget(self.clear_button)
        self.setFocusProxy(editor)
        self._loaded: Any = None
        #: the editor shows the starting day only as a place to type into
        self._provisional = False
        self._starting = QDateTime()
        editor.installEventFilter(self)
        editor.editingFinished.connect(self.finish)
        editor.calendarWidget().clicked.connect(self._picked)
        self.clear_button.clicked.connect(self._clear)

    # -- what subclasses say ----------------------------------------------------------------
    def _show(self, value: Any) -> None:
        """Put ``value`` in the editor (signals are blocked)."""
        raise NotImplementedError

    def _read(self) -> Any:
        """The value the editor shows."""
        raise NotImplementedError

    def _starting_value(self) -> Any:
        """What an empty editor shows while the user is in it."""
        raise NotImplementedError

    # -- the field --------------------------------------------------------------------------
    def set_value(self, value: Any) -> None:
        self._loaded = value
        self._provisional = False
        with QSignalBlocker(self.editor):
            if value is None:
                self.editor.setDateTime(self.editor.minimumDateTime())
            else:
                self._show(value)
        if value is None and self.editor.hasFocus():
            self._start()

    def value(self) -> Any:
        if self._untouched() or self.editor.dateTime() == self.editor.minimumDateTime():
            return None
        return self._read()

    def finish(self) -> None:
        current = self.value()
        if current != self._loaded:
            self._loaded = current
            self._committed(current)
            self.committed.emit(current)

    def _committed(self, value: Any) -> None:
        """A hook for what follows a commit (the moment shows its offset)."""

    # -- the starting day -------------------------------------------------------------------
    def _start(self) -> None:
        with QSignalBlocker(self.editor):
            self._show(self._starting_value())
        self._starting = self.editor.dateTime()
        # typed digits replace the year; with no section selected they would go nowhere
        self.editor.setSelectedSection(self.editor.sectionAt(0))
        self._provisional = True

    def _untouched(self) -> bool:
        """Still showing the starting day, which the user has neither typed nor picked."""
        return self._provisional and self.editor.dateTime() == self._starting

    def _empty_again(self) -> None:
        with QSignalBlocker(self.editor):
            self.editor.setDateTime(self.editor.minimumDateTime())
        self._provisional = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.editor:
            kind = event.type()
            if kind == QEvent.Type.FocusIn and not self._provisional and self.value() is None:
                self._start()
            elif (kind == QEvent.Type.FocusOut and self._provisional
                  and isinstance(event, QFocusEvent)
                  and event.reason() != Qt.FocusReason.PopupFocusReason):
                # before the editor says that editing finished
                if self._untouched():
                    self._empty_again()
                self._provisional = False
            elif (kind == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)
                  and event.text().strip()):
                self._provisional = False  # typing, even the very day shown, makes it theirs
        return super().eventFilter(watched, event)

    def _picked(self, _day: QDate) -> None:
        self._provisional = False  # picking the day shown is a choice too
        self.finish()

    def _clear(self) -> None:
        self._empty_again()
        self.finish()


class OptionalDate(_DateField):
    """A day or none."""

    def __init__(self, parent: QWidget | None = None) -> None:
        editor = QDateEdit()
        editor.setMinimumDate(QDate(1900, 1, 1))
        editor.setDisplayFormat("yyyy-MM-dd")
        super().__init__(editor, _("No date"), parent)

    def _show(self, value: date) -> None:
        self.editor.setDate(QDate(value.year, value.month, value.day))

    def _read(self) -> date:
        shown = self.editor.date()
        return date(shown.year(), shown.month(), shown.day())

    def _starting_value(self) -> date:
        return date.today()


class MomentEdit(_DateField):
    """A date and time, or none, keeping the UTC offset it was stored with.

    A new moment takes the computer's local offset for that date, so a meeting
    planned in Shanghai keeps +08:00 when a colleague in Madrid edits its time.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        # the editor works in UTC only so that no daylight-saving gap of this computer's
        # zone shifts a wall-clock time typed for a meeting elsewhere; the offset is apart
        editor = QDateTimeEdit()
        editor.setTimeZone(QTimeZone.utc())
        editor.setMinimumDateTime(QDateTime(QDate(1900, 1, 1), QTime(0, 0), QTimeZone.utc()))
        editor.setDisplayFormat("yyyy-MM-dd HH:mm")
        super().__init__(editor, _("No date yet"), parent)
        self.offset_label = QLabel(self)
        self.row.insertWidget(1, self.offset_label)

    def set_value(self, value: datetime | None) -> None:
        super().set_value(value)
        self._show_offset(value)

    def _show(self, value: datetime) -> None:
        self.editor.setDateTime(QDateTime(
            QDate(value.year, value.month, value.day), QTime(value.hour, value.minute),
            QTimeZone.utc()))

    def _read(self) -> datetime:
        shown = self.editor.dateTime()
        day, time = shown.date(), shown.time()
        naive = datetime(day.year(), day.month(), day.day(), time.hour(), time.minute())
        if self._loaded is not None and self._loaded.tzinfo is not None:
            return naive.replace(tzinfo=self._loaded.tzinfo)
        return naive.astimezone()  # the local offset in force on that date

    def _starting_value(self) -> datetime:
        # the next full hour: a meeting rarely starts at 14:37
        return datetime.now().replace(minute=0, second=0, microsecond=0) + timedelta(hours=1)

    def _committed(self, value: datetime | None) -> None:
        self._show_offset(value)

    def _show_offset(self, value: datetime | None) -> None:
        if value is None or value.utcoffset() is None:
            self.offset_label.setText("")
            return
        offset = value.strftime("%z")
        self.offset_label.setText(_("UTC{offset}").format(offset=f"{offset[:3]}:{offset[3:]}"))


def field_value(widget: Any) -> Any:
    """What a field holds, None for "nothing" (a number field's dash)."""
    return getattr(widget, "value_or_none", widget.value)()


class FormBinder:
    """Loads a row's fields into widgets and reports each finished edit as (field, value)."""

    def __init__(self, on_commit: Callable[[str, Any], None]) -> None:
        self._fields: dict[str, Any] = {}
        self._on_commit = on_commit
        #: a read-only workspace: the values show (texts can be scrolled and copied),
        #: nothing can change
        self.read_only = False

    def bind(self, name: str, widget: Any) -> Any:
        self._fields[name] = widget
        widget.committed.connect(lambda value, name=name: self._on_commit(name, value))
        return widget

    def fields(self) -> dict[str, Any]:
        return dict(self._fields)

    def load(self, row: Any | None) -> None:
        """Show ``row``'s values (or empty fields for None); emits nothing.

        A field already showing the stored value is left alone: a reload follows
        every committed edit, and re-setting the field the user has just tabbed
        into would drop its selection and cursor.
        """
        for name, widget in self._fields.items():
            value = None if row is None else getattr(row, name)
            if row is None or not _shows(widget, value):
                widget.set_value(value)

    def set_enabled(self, enabled: bool) -> None:
        for widget in self._fields.values():
            if isinstance(widget, ShownText):
                widget.setEnabled(enabled)
            elif isinstance(widget, TextLine | TextBox):
                widget.setReadOnly(self.read_only)
                widget.setEnabled(enabled)
            else:
                widget.setEnabled(enabled and not self.read_only)

    def flush(self) -> None:
        """Commit an edit still in progress (before switching rows or closing)."""
        for widget in self._fields.values():
            finish = getattr(widget, "finish", None)
            if callable(finish):
                finish()


def _shows(widget: Any, value: Any) -> bool:
    current = field_value(widget)
    # None and "" (and an empty list) are the same "nothing" for a text field
    return bool(current == value or (not current and value is None
                                     and not isinstance(current, bool)))
