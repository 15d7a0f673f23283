"""Step 5, the meeting: the invitation and the pre-read sent ahead, and a short, timed agenda.

The method organises the meeting before it is held (invitations and materials
sent ahead, a clear agenda), so these stand in the step order before
Follow-up, which is what comes after the meeting.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app import formatting
from app.i18n import _, ngettext
from app.views.meeting import MeetingView
from ui.context import AppContext
from ui.mnemonics import plain
from ui.steps.base import StepPage
from ui.steps.meeting_agenda import AgendaPanel


def invitation_text(view: MeetingView | None) -> str:
    """What the invitation says of the meeting's time, or what it still lacks."""
    if view is None:
        return ""
    if view.scheduled_at is None:
        return _("No date yet: set it under “When” on the Goals step before inviting anyone.")
    when = formatting.moment(view.scheduled_at, style="medium")
    if view.duration_minutes is None:
        return _("{when}; no length set yet").format(when=when)
    return ngettext("{when}, {n} minute", "{when}, {n} minutes",
                    view.duration_minutes).format(when=when, n=view.duration_minutes)


def action_button(action: QAction, text: str, parent: QWidget) -> QPushButton:
    """A button on the page for one of the window's actions, enabled when the action is."""
    button = QPushButton(action.icon(), text, parent)
    button.setObjectName(f"{action.objectName()}_button")
    button.setToolTip(plain(action.text()).rstrip("…"))
    button.clicked.connect(lambda _checked=False: action.trigger())
    button.setEnabled(action.isEnabled())
    action.changed.connect(lambda: button.setEnabled(action.isEnabled()))
    return button


class MeetingPage(StepPage):
    """The invitation and pre-read above, the agenda below."""

    step = "meeting"

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.setObjectName("meeting_page")
        self.view: MeetingView | None = None
        self.agenda = AgendaPanel(context, self)
        self.guard(self.agenda.table.buttons, *([self.agenda.add_bar]
                                                if self.agenda.add_bar else []))

        self.when = QLabel(self)
        self.when.setObjectName("invitation_when")
        self.when.setWordWrap(True)
        self.when.setTextFormat(Qt.TextFormat.PlainText)
        self.buttons = QHBoxLayout()
        self.buttons.setContentsMargins(0, 0, 0, 0)
        self.buttons.addStretch(1)
        invitation = QGroupBox(_("Invitation and pre-read"), self)
        invitation.setObjectName("invitation_box")
        # no taller than its two lines: the agenda below needs the height
        invitation.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        box = QVBoxLayout(invitation)
        box.addWidget(self.when)
        box.addLayout(self.buttons)

        agenda_box = QGroupBox(_("Agenda"), self)
        agenda_box.setObjectName("agenda_box")
        agenda_layout = QVBoxLayout(agenda_box)
        agenda_layout.setContentsMargins(0, 0, 0, 0)
        agenda_layout.addWidget(self.agenda)
        layout = QVBoxLayout(self)
        layout.addWidget(invitation)
        layout.addWidget(agenda_box, 1)

    def set_document_actions(self, invitation: QAction, pre_read: QAction) -> None:
        """Offer the window's calendar and pre-read exports here, where they are sent from."""
        self.buttons.insertWidget(0, action_button(invitation, _("Export invitation (.ics)…"),
                                                   self))
        self.buttons.insertWidget(1, action_button(pre_read, _("Export pre-read…"), self))

    # -- StepPage ---------------------------------------------------------------------------
    def reload(self) -> None:
        view = self.view = self.meeting_view()
        self.when.setText(invitation_text(view))
        self.agenda.show_view(view)

    def select_ref(self, table: str, row_id: int) -> None:
        if table == "agenda_item":
            self.agenda.table.select_id(row_id)
            self.agenda.table.view.setFocus()

    def flush(self) -> None:
        self.agenda.flush()
