"""Date fields: typed as the interface language writes dates, or in ISO form, or picked.

A date field is a line of text, not a sectioned date editor: what the user
types is read whole when the edit finishes (``15/12/2026``, ``2026-12-15``,
``15/12/2026 10:00``, ``2026-12-15 10:00``), and what is stored is always what
the field then shows. Text it cannot read is refused with a message and stays
in the field to be corrected. Empty is "no date": select all and press Delete,
or click the clear button. A button beside the field (or Alt+Down, F4) opens a calendar.
"""

from __future__ import annotations

from datetime import date, datetime, time
from typing import Any

from PySide6.QtCore import QDate, QLocale, QPoint, QSignalBlocker, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCalendarWidget,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app import formatting
from app.i18n import _, current_language
from ui import dialogs
from ui.icons import icon


class _CalendarPopup(QFrame):
    """A month to pick a day from; Enter or a click picks, Escape closes."""

    picked = Signal(QDate)

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent, Qt.WindowType.Popup)
        self.setObjectName("calendar_popup")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.calendar = QCalendarWidget(self)
        self.calendar.setObjectName("calendar")
        self.calendar.setLocale(QLocale(current_language()))
        self.calendar.setFirstDayOfWeek(Qt.DayOfWeek(formatting.first_weekday() + 1))
        self.calendar.setGridVisible(False)
        self.calendar.clicked.connect(self._pick)
        self.calendar.activated.connect(self._pick)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addWidget(self.calendar)

    def _pick(self, day: QDate) -> None:
        self.hide()
        self.picked.emit(day)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.hide()
            return
        super().keyPressEvent(event)


class _DateField(QWidget):
    """A typed day or moment, or none; ``committed(value)`` once per finished change."""

    committed = Signal(object)

    def __init__(self, empty_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = QLineEdit(self)
        self.editor.setObjectName("date_text")
        self.editor.setPlaceholderText(empty_text)
        self.calendar_button = QToolButton(self)
        self.calendar_button.setObjectName("date_calendar")
        self.calendar_button.setIcon(icon("meeting"))
        self.calendar_button.setToolTip(_("Choose the date in a calendar"))
        self.calendar_button.setAccessibleName(_("Choose the date in a calendar"))
        self.clear_button = QToolButton(self)
        self.clear_button.setObjectName("date_clear")
        self.clear_button.setText("×")
        self.clear_button.setToolTip(_("Clear the date"))
        self.clear_button.setAccessibleName(_("Clear the date"))
        self.row = QHBoxLayout(self)
        self.row.setContentsMargins(0, 0, 0, 0)
        self.row.setSpacing(2)
        self.row.addWidget(self.editor, 1)
        self.row.addWidget(self.calendar_button)
        self.row.addWidget(self.clear_button)
        self.setFocusProxy(self.editor)
        self.popup: _CalendarPopup | None = None
        self._loaded: Any = None
        #: saying that the text is not a date (the message box takes the focus)
        self._refusing = False
        self.editor.setToolTip(self._hint())
        self.editor.editingFinished.connect(self.finish)
        self.calendar_button.clicked.connect(self.show_calendar)
        for keys in ("Alt+Down", "F4"):  # as a drop-down list opens from the keyboard
            QShortcut(QKeySequence(keys), self.editor, self.show_calendar,
                      context=Qt.ShortcutContext.WidgetShortcut)
        self.clear_button.clicked.connect(self._clear)

    # -- what subclasses say ----------------------------------------------------------------
    def _format(self, value: Any) -> str:
        raise NotImplementedError

    def _parse(self, text: str) -> Any:
        """The value of the typed text; ValueError when it cannot be read."""
        raise NotImplementedError

    def _hint(self) -> str:
        """How to type a value, with examples (the tooltip and the refusal message)."""
        raise NotImplementedError

    def _with_day(self, day: date) -> Any:
        """The value for a day picked in the calendar (a moment keeps its time)."""
        raise NotImplementedError

    def _widest(self) -> str:
        """A value as wide as any the field shows (its text must fit, never cut short)."""
        raise NotImplementedError

    def _fit_text(self) -> None:
        metrics = self.editor.fontMetrics()
        # the frame and text margins of a line edit, taken from its own size hint
        margins = self.editor.minimumSizeHint().width() - metrics.horizontalAdvance("x")
        self.editor.setMinimumWidth(metrics.horizontalAdvance(self._widest()) + margins
                                    + metrics.averageCharWidth())

    # -- the field --------------------------------------------------------------------------
    def set_value(self, value: Any) -> None:
        self._loaded = value
        with QSignalBlocker(self.editor):
            self.editor.setText(self._format(value) if value is not None else "")
        self.editor.setCursorPosition(0)

    def value(self) -> Any:
        """The value typed (None when empty); the stored one while the text is unreadable."""
        try:
            return self._read()
        except ValueError:
            return self._loaded

    def _read(self) -> Any:
        text = self.editor.text().strip()
        return self._parse(text) if text else None

    def is_pending(self) -> bool:
        """Whether the text says something other than the value last loaded or committed."""
        try:
            return bool(self._read() != self._loaded)
        except ValueError:
            return True

    def keep_unsaved(self, stored: Any) -> None:
        """A commit was refused: the typed text stays, as an edit still to save."""
        self._loaded = stored

    def finish(self) -> None:
        """Commit the typed value if it changed; refuse (and keep) text that is not a date."""
        try:
            current = self._read()
        except ValueError:
            if self._refusing:  # the message took the focus, which finished the edit again
                return
            self._refusing = True
            try:
                dialogs.warn(self, _("Not saved"), _(
                    "{field}: “{text}” is not a date Prewire can read. {hint}").format(
                    field=self.accessibleName() or _("Date"),
                    text=self.editor.text().strip(), hint=self._hint()))
            finally:
                self._refusing = False
            return
        if current != self._loaded:
            self._loaded = current
            self._committed(current)
            self.committed.emit(current)
        if current is not None and not self.editor.hasFocus():
            with QSignalBlocker(self.editor):  # as stored: "2026-12-15" reads 15/12/2026
                self.editor.setText(self._format(current))
        elif self.editor.isUndoAvailable():  # the saved edit is the application's to undo
            with QSignalBlocker(self.editor):
                self.editor.setText(self.editor.text())

    def _committed(self, value: Any) -> None:
        """A hook for what follows a commit (the moment shows its offset)."""

    def _clear(self) -> None:
        self.editor.clear()
        self.finish()

    # -- the calendar -----------------------------------------------------------------------
    def show_calendar(self) -> None:
        """Open the calendar under the field, on the day typed (today when none)."""
        if self.popup is None:
            self.popup = _CalendarPopup(self)
            self.popup.picked.connect(self._picked)
        try:
            typed = self._read()
        except ValueError:
            typed = None
        shown = typed.date() if isinstance(typed, datetime) else typed or date.today()
        self.popup.calendar.setSelectedDate(QDate(shown.year, shown.month, shown.day))
        self.popup.adjustSize()
        self.popup.move(self.mapToGlobal(QPoint(0, self.height())))
        self.popup.show()
        self.popup.calendar.setFocus()

    def _picked(self, day: QDate) -> None:
        try:
            typed = self._read()
        except ValueError:
            typed = None
        value = self._with_day(date(day.year(), day.month(), day.day()))
        if isinstance(typed, datetime) and isinstance(value, datetime):
            value = value.replace(hour=typed.hour, minute=typed.minute, tzinfo=typed.tzinfo)
        with QSignalBlocker(self.editor):
            self.editor.setText(self._format(value))
        self.finish()
        self.editor.setFocus()


class OptionalDate(_DateField):
    """A day or none."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(_("No date"), parent)
        self._fit_text()

    def _format(self, value: date) -> str:
        return formatting.day_entry(value)

    def _parse(self, text: str) -> date:
        return formatting.parse_day(text)

    def _hint(self) -> str:
        example = date(2026, 12, 15)
        return _("Type a date as {example} or {iso}.").format(
            example=formatting.day_entry(example), iso=example.isoformat())

    def _with_day(self, day: date) -> date:
        return day

    def _widest(self) -> str:
        return max(formatting.day_entry(date(2026, 12, 28)), _("No date"), key=len)


class MomentEdit(_DateField):
    """A date and time, or none, keeping the UTC offset it was stored with.

    A new moment takes the computer's local offset for that date, so a meeting
    planned in Shanghai keeps +08:00 when a colleague in Madrid edits its time.
    The field shows and reads the wall-clock time in that offset.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(_("No date yet"), parent)
        self.offset_label = QLabel(self)
        self.offset_label.setObjectName("moment_offset")
        self.row.insertWidget(1, self.offset_label)
        self._fit_text()

    def set_value(self, value: Any) -> None:
        super().set_value(value)
        self._show_offset(value)

    def _format(self, value: datetime) -> str:
        return formatting.moment_entry(value)

    def _parse(self, text: str) -> datetime:
        typed = formatting.parse_moment(text)
        if typed.tzinfo is not None:
            return typed
        loaded = self._loaded
        if isinstance(loaded, datetime):  # its own offset (none stays none: shown as stored)
            return typed.replace(tzinfo=loaded.tzinfo)
        return typed.astimezone()  # the local offset in force on that date

    def _hint(self) -> str:
        example = datetime(2026, 12, 15, 10, 0)
        return _("Type a date and time as {example} or {iso}.").format(
            example=formatting.moment_entry(example), iso="2026-12-15 10:00")

    def _with_day(self, day: date) -> datetime:
        # a day picked for a meeting without a time yet: 09:00, a likely start to change
        return self._parse(formatting.moment_entry(datetime.combine(day, time(9, 0))))

    def _widest(self) -> str:
        return max(formatting.moment_entry(datetime(2026, 12, 28, 23, 59)), _("No date yet"),
                   key=len)

    def _committed(self, value: datetime | None) -> None:
        self._show_offset(value)

    def _show_offset(self, value: datetime | None) -> None:
        self.offset_label.setText("" if value is None or value.utcoffset() is None
                                  else formatting.offset(value))

