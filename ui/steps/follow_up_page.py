"""Step 6, follow up: what came out of the meeting, and the meeting that follows it up."""

from __future__ import annotations

from datetime import UTC, datetime
from types import SimpleNamespace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from app import formatting
from app.domain.enums import MeetingStatus, label
from app.i18n import _
from app.services import meetings
from app.views.meeting import MeetingView
from ui import dialogs
from ui.context import AppContext
from ui.plain import plain_label
from ui.steps.base import StepPage
from ui.steps.follow_up_after import AfterPanel
from ui.steps.rows_panel import RowsPanel
from ui.undo import AddCommand, EditCommand

#: the statuses from which a follow-up meeting can be created
FOLLOWABLE = (MeetingStatus.held, MeetingStatus.closed)
#: where select_ref finds each table: its tab
REF_TABS = {"decision": 0, "action_item": 1, "open_issue": 2, "review": 3}


def still_ahead(scheduled_at: datetime | None) -> bool:
    """Whether the meeting's date is still to come."""
    return scheduled_at is not None and scheduled_at > datetime.now(UTC)


class FollowUpPage(StepPage):
    """After the meeting: decisions, actions, open issues and a review; then what's next."""

    step = "follow_up"

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.setObjectName("follow_up_page")
        self.view: MeetingView | None = None
        self.after = AfterPanel(context, self)

        bar = QHBoxLayout()
        self.status_label = plain_label(parent=self)
        self.status_label.setObjectName("follow_up_meeting_status")
        self.status_label.setWordWrap(True)
        self.status_label.setTextFormat(Qt.TextFormat.PlainText)
        self.held_button = QPushButton(_("Mark as &held"), self)
        self.held_button.setObjectName("mark_held")
        self.held_button.clicked.connect(self._mark_held)
        self.follow_up_button = QPushButton(_("Create follow-up meeting…"), self)
        self.follow_up_button.setObjectName("create_follow_up")
        self.follow_up_button.clicked.connect(self._create_follow_up)
        bar.addWidget(self.status_label, 1)
        bar.addWidget(self.held_button)
        bar.addWidget(self.follow_up_button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.after, 1)
        for rows in self.after.lists():
            self.guard(rows.table.buttons, *([rows.add_bar] if rows.add_bar else []))
        self.guard(self.held_button)
        self._show_status()

    # -- StepPage ---------------------------------------------------------------------------
    def reload(self) -> None:
        self.view = self.meeting_view()
        self.after.show_view(self.view)
        self._show_status()

    def select_ref(self, table: str, row_id: int) -> None:
        if table not in REF_TABS:
            return
        self.after.setCurrentIndex(REF_TABS[table])
        panel = self.after.currentWidget()
        if isinstance(panel, RowsPanel):
            panel.table.select_id(row_id)

    def flush(self) -> None:
        for panel in self.after.panels():
            panel.flush()

    # -- reacting ---------------------------------------------------------------------------
    def _show_status(self) -> None:
        view = self.view
        followable = view is not None and view.status in FOLLOWABLE
        self.follow_up_button.setEnabled(followable and not self.read_only)
        self.follow_up_button.setToolTip(
            _("A new meeting that carries over the departments, the open actions and the "
              "unresolved issues") if followable
            else _("Available once the meeting is marked as held"))
        # where the follow-up needs it, not only under Status on the Goals step
        self.held_button.setVisible(view is not None and not followable)
        self.held_button.setEnabled(view is not None and not self.read_only)
        if view is None:
            self.status_label.setText("")
            return
        text = _("Meeting status: {status}").format(status=label(view.status))
        if followable and still_ahead(view.scheduled_at):
            text = _("{status} — but its date, {date}, is still ahead").format(
                status=text, date=formatting.moment(view.scheduled_at))
        elif not followable:
            text = _("{status}. Mark the meeting as held once it has taken place: the "
                     "follow-up then counts towards readiness.").format(status=text)
        self.status_label.setText(text)

    def _mark_held(self) -> None:
        view = self.view
        if view is None or view.status in FOLLOWABLE:
            return
        if still_ahead(view.scheduled_at) and not dialogs.question(
                self, _("Mark as held"), _(
                    "“{title}” is scheduled for {date}, which is still ahead. Mark it as "
                    "held all the same?").format(
                    title=view.title, date=formatting.moment(view.scheduled_at))):
            return
        self.context.run(EditCommand(
            _("Mark as held"), self.workspace, meetings.update, view.id,
            {"status": view.status}, {"status": MeetingStatus.held}), self)

    def _create_follow_up(self) -> None:
        if self.view is None or self.view.status not in FOLLOWABLE:
            return
        if not dialogs.question(self, _("Create follow-up meeting"), _(
                "Create a meeting that follows up “{title}”? It carries over the departments, "
                "the open actions and the unresolved issues.").format(title=self.view.title)):
            return
        from app.services.follow_up import create_follow_up

        workspace, meeting_id = self.workspace, self.view.id
        command = AddCommand(
            _("Create follow-up meeting"), workspace,
            lambda: SimpleNamespace(id=create_follow_up(workspace, meeting_id)),
            meetings.delete)
        if self.context.run(command, self) and command.row_id is not None:
            self.context.meeting_selected.emit(command.row_id)
