"""Text, choice and number fields that commit when the user finishes an edit.

Each field has ``set_value`` (no signal), ``value()`` and a ``committed(value)``
signal that fires once per finished edit whose value differs from the loaded
one; ``finish()`` commits an edit still in progress, ``is_pending()`` says
whether one is, and ``keep_unsaved(stored)`` keeps a refused edit on screen
(the text the user typed is never thrown away).
"""

from __future__ import annotations

from collections.abc import Sequence
from enum import StrEnum
from typing import Any

from PySide6.QtCore import QSignalBlocker, QSize, Qt, Signal
from PySide6.QtGui import QFocusEvent, QTextOption
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from app.domain.enums import label
from app.i18n import _

#: longer runs without a space (a pasted hash, a hostile package) wrap anywhere
_LONGEST_WORD = 200


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

    def is_pending(self) -> bool:
        """Whether the text differs from the one last loaded or committed."""
        return self.text() != self._loaded

    def keep_unsaved(self, stored: str | None) -> None:
        """A commit was refused: the typed text stays, as an edit still to save."""
        self._loaded = stored or ""

    def finish(self) -> None:
        if self.text() != self._loaded:
            self._loaded = self.text()
            # what is saved is the application's to undo; the field undoes only what follows
            cursor = self.cursorPosition()
            with QSignalBlocker(self):
                self.setText(self._loaded)  # (which clears the field's own undo history)
            self.setCursorPosition(cursor)
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
        # wrapping at word boundaries lays out one very long unbroken run in time that
        # grows with its square (40 s for a million characters): break those anywhere
        longest = max(map(len, self._loaded.split()), default=0)
        self.setWordWrapMode(QTextOption.WrapMode.WrapAnywhere if longest > _LONGEST_WORD
                             else QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
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

    def is_pending(self) -> bool:
        """Whether the text differs from the one last loaded or committed."""
        return self.toPlainText() != self._loaded

    def keep_unsaved(self, stored: Any) -> None:
        """A commit was refused: the typed text stays, as an edit still to save."""
        self._loaded = _joined(stored)

    def finish(self) -> None:
        """Commit now if the text changed (also called before the window closes)."""
        if self.toPlainText() != self._loaded:
            self._loaded = self.toPlainText()
            # what is saved is the application's to undo; the box undoes only what follows
            self.document().clearUndoRedoStacks()
            self.committed.emit(self.value())


class LinesBox(TextBox):
    """A list of short texts edited one per line (a department's OKRs)."""

    def set_value(self, value: Sequence[str] | None) -> None:
        super().set_value(_joined(value))

    def value(self) -> list[str]:  # type: ignore[override]
        return [line.strip() for line in self.toPlainText().splitlines() if line.strip()]


def _joined(value: str | Sequence[str] | None) -> str:
    """A text box's text for a stored value (a list is one item a line)."""
    if value is None or isinstance(value, str):
        return value or ""
    return "\n".join(value)


class ShownText(QLabel):
    """A value the form shows but does not edit (the department a row belongs to)."""

    committed = Signal(object)   # never: there is nothing to edit

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)  # a stored name, never markup

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

    def __init__(self, *, optional: bool = True, none_text: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._optional = optional
        self._none_text = none_text

    def set_items(self, items: Sequence[tuple[str, Any]]) -> None:
        """Offer these items, keeping the chosen key if it is still among them."""
        none = [(self._none_text or _("—"), None)] if self._optional else []
        self._fill(none + list(items))


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

    def is_pending(self) -> bool:
        """Whether the number shown differs from the one last loaded or committed."""
        return self.value_or_none() != self._loaded

    def finish(self) -> None:
        current = self.value_or_none()
        if current != self._loaded:
            self._loaded = current
            self.committed.emit(current)


