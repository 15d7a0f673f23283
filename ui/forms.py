"""Form fields that commit when the user finishes an edit, never per keystroke.

Each field has ``set_value`` (no signal) and a ``committed(value)`` signal
that fires once per finished edit whose value differs from the loaded one.
A :class:`FormBinder` loads a row into its fields and turns each commit into
one call (which the page makes an undo command).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from enum import StrEnum
from typing import Any

from PySide6.QtCore import QDate, QSignalBlocker, Signal
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
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
        self.editingFinished.connect(self._finish)

    def set_value(self, value: str | None) -> None:
        self._loaded = value or ""
        with QSignalBlocker(self):
            self.setText(self._loaded)

    def value(self) -> str:
        return self.text()

    def _finish(self) -> None:
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

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.finish()

    def finish(self) -> None:
        """Commit now if the text changed (also called before the window closes)."""
        if self.toPlainText() != self._loaded:
            self._loaded = self.toPlainText()
            self.committed.emit(self._loaded)


class Choice(QComboBox):
    """One value of an enumeration, shown by its translated label; optionally none."""

    committed = Signal(object)

    def __init__(self, values: Sequence[StrEnum], *, optional: bool = False,
                 none_text: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        if optional:
            self.addItem(none_text or _("—"), None)
        for value in values:
            self.addItem(label(value), value)
        self.activated.connect(lambda _i: self.committed.emit(self.currentData()))

    def set_value(self, value: Any) -> None:
        with QSignalBlocker(self):
            self.setCurrentIndex(max(0, self.findData(value)))

    def value(self) -> Any:
        return self.currentData()


class ItemChoice(QComboBox):
    """One of a list of (text, key) items, such as the meeting's people; optionally none."""

    committed = Signal(object)

    def __init__(self, *, optional: bool = True, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._optional = optional
        self.activated.connect(lambda _i: self.committed.emit(self.currentData()))

    def set_items(self, items: Sequence[tuple[str, Any]]) -> None:
        current = self.currentData()
        with QSignalBlocker(self):
            self.clear()
            if self._optional:
                self.addItem(_("—"), None)
            for text, key in items:
                self.addItem(text, key)
            self.setCurrentIndex(max(0, self.findData(current)))

    def set_value(self, value: Any) -> None:
        with QSignalBlocker(self):
            self.setCurrentIndex(max(0, self.findData(value)))

    def value(self) -> Any:
        return self.currentData()


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
        self.editingFinished.connect(self._finish)

    def set_value(self, value: int | None) -> None:
        self._loaded = value
        with QSignalBlocker(self):
            self.setValue(self._none if value is None else value)

    def value_or_none(self) -> int | None:
        return None if self.value() == self._none else self.value()

    def _finish(self) -> None:
        current = self.value_or_none()
        if current != self._loaded:
            self._loaded = current
            self.committed.emit(current)


class OptionalDate(QWidget):
    """A day or none: a date editor with a calendar, and a button that clears it."""

    committed = Signal(object)
    _NONE = QDate(1900, 1, 1)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = QDateEdit(self)
        self.editor.setCalendarPopup(True)
        self.editor.setMinimumDate(self._NONE)
        self.editor.setSpecialValueText(_("No date"))
        self.editor.setDisplayFormat("yyyy-MM-dd")
        self.clear_button = QToolButton(self)
        self.clear_button.setText("×")
        self.clear_button.setToolTip(_("Clear the date"))
        self.clear_button.setAccessibleName(_("Clear the date"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.editor, 1)
        layout.addWidget(self.clear_button)
        self.setFocusProxy(self.editor)
        self._loaded: date | None = None
        self.editor.editingFinished.connect(self._finish)
        self.editor.calendarWidget().clicked.connect(lambda _d: self._finish())
        self.clear_button.clicked.connect(self._clear)

    def set_value(self, value: date | None) -> None:
        self._loaded = value
        with QSignalBlocker(self.editor):
            if value is None:
                self.editor.setDate(self._NONE)
            else:
                self.editor.setDate(QDate(value.year, value.month, value.day))

    def value(self) -> date | None:
        current = self.editor.date()
        if current == self._NONE:
            return None
        return date(current.year(), current.month(), current.day())

    def _clear(self) -> None:
        with QSignalBlocker(self.editor):
            self.editor.setDate(self._NONE)
        self._finish()

    def _finish(self) -> None:
        current = self.value()
        if current != self._loaded:
            self._loaded = current
            self.committed.emit(current)


class FormBinder:
    """Loads a row's fields into widgets and reports each finished edit as (field, value)."""

    def __init__(self, on_commit: Callable[[str, Any], None]) -> None:
        self._fields: dict[str, Any] = {}
        self._on_commit = on_commit

    def bind(self, name: str, widget: Any) -> Any:
        self._fields[name] = widget
        widget.committed.connect(lambda value, name=name: self._on_commit(name, value))
        return widget

    def load(self, row: Any | None) -> None:
        """Show ``row``'s values (or empty fields for None); emits nothing."""
        for name, widget in self._fields.items():
            widget.set_value(None if row is None else getattr(row, name))

    def set_enabled(self, enabled: bool) -> None:
        for widget in self._fields.values():
            widget.setEnabled(enabled)

    def flush(self) -> None:
        """Commit a text box still being edited (before switching rows or closing)."""
        for widget in self._fields.values():
            if isinstance(widget, TextBox):
                widget.finish()
