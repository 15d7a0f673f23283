"""After the meeting: whom to thank for a suggestion we took, a note to copy, and the day
each was thanked (recorded through the undo stack)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.formatting import day
from app.i18n import _
from app.services import thanks
from app.services.thanks import ThankYou
from app.views.changes import Changes
from ui.context import AppContext
from ui.undo import CallCommand

#: the ThankYou on a row
THANKS_ROLE = Qt.ItemDataRole.UserRole + 1


class ThankYouNotes(QWidget):
    """The people to thank in a meeting, each with a note in the meeting's language."""

    #: how many people there are to thank
    counted = Signal(int)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("thank_you_notes")
        self.context = context
        self.meeting_id: int | None = None
        self.people = QListWidget(self)
        self.people.setObjectName("thank_you_people")
        self.people.setAccessibleName(_("People to thank"))
        self.note = QPlainTextEdit(self)
        self.note.setObjectName("thank_you_note")
        self.note.setAccessibleName(_("Thank-you note"))
        self.note.setReadOnly(True)
        self.empty = QLabel(_("Nobody to thank yet: the authors of the suggestions you adopt "
                              "or adapt show here, each with a note to send."), self)
        self.empty.setTextFormat(Qt.TextFormat.PlainText)
        self.empty.setWordWrap(True)
        self.copy_button = QPushButton(_("&Copy the note"), self)
        self.copy_button.setObjectName("copy_thank_you")
        self.copy_button.clicked.connect(self.copy_note)
        self.thanked_button = QPushButton(_("Mark &thanked today"), self)
        self.thanked_button.setObjectName("mark_thanked")
        self.thanked_button.clicked.connect(self.toggle_thanked)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.setChildrenCollapsible(False)
        split.addWidget(self.people)
        split.addWidget(self.note)
        split.setStretchFactor(1, 2)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.copy_button)
        buttons.addWidget(self.thanked_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        layout.addWidget(split, 1)
        layout.addLayout(buttons)
        self.people.currentItemChanged.connect(lambda *_a: self._show_current())
        self._show_current()
        context.changed.connect(self._follow)

    def _follow(self, changes: Changes) -> None:
        # a suggestion decided, credited, reworded or thanked; a person renamed
        if self.meeting_id is not None and changes.tables & {
                "suggestion", "person", "department", "meeting", "participation"}:
            self.show_meeting(self.meeting_id)

    def show_meeting(self, meeting_id: int | None) -> None:
        """Read the meeting's thank-you notes again, keeping the person selected."""
        self.meeting_id = meeting_id
        kept = self._current()
        self.people.clear()
        notes = [] if meeting_id is None else thanks.thank_you_notes(
            self.context.workspace, meeting_id)
        for entry in notes:
            when = (_("thanked on {day}").format(day=day(entry.thanked_on))
                    if entry.thanked_on else _("not thanked yet"))
            item = QListWidgetItem(f"{entry.name} ({entry.department}) · {when}")
            item.setData(THANKS_ROLE, entry)
            self.people.addItem(item)
            if kept is not None and entry.suggestion_ids == kept.suggestion_ids:
                self.people.setCurrentItem(item)
        if self.people.currentItem() is None and self.people.count():
            self.people.setCurrentRow(0)
        self.empty.setVisible(not notes)
        self._show_current()
        self.counted.emit(len(notes))

    def _current(self) -> ThankYou | None:
        item = self.people.currentItem()
        entry: ThankYou | None = None if item is None else item.data(THANKS_ROLE)
        return entry

    def _show_current(self) -> None:
        entry = self._current()
        self.note.setPlainText("" if entry is None else entry.note)
        self.copy_button.setEnabled(entry is not None)
        self.thanked_button.setEnabled(entry is not None
                                       and not self.context.workspace.read_only)
        self.thanked_button.setText(_("Mark &not thanked") if entry and entry.thanked_on
                                    else _("Mark &thanked today"))

    def copy_note(self) -> None:
        entry = self._current()
        if entry is not None:
            QApplication.clipboard().setText(entry.note)

    def toggle_thanked(self) -> None:
        """Record today as the day they were thanked, or take it back."""
        entry = self._current()
        if entry is None:
            return
        workspace = self.context.workspace
        on = None if entry.thanked_on else date.today()
        before: dict[int, date | None] = {}

        def do() -> None:
            before.update(thanks.mark_thanked(workspace, dict.fromkeys(entry.suggestion_ids, on)))

        text = _("Mark thanked") if on else _("Mark not thanked")
        changed = Changes.of(self.meeting_id,
                             updated=[("suggestion", i) for i in entry.suggestion_ids])
        self.context.run(CallCommand(text, do, lambda: thanks.mark_thanked(workspace, before),
                                     changes=changed), self)
