"""Step 5, follow up: the agenda of the meeting, then what came out of it, then what's next."""

from __future__ import annotations

from types import SimpleNamespace

from PySide6.QtWidgets import QHBoxLayout, QPushButton, QTabWidget, QVBoxLayout, QWidget

from app.domain.enums import MeetingStatus, label
from app.i18n import _
from app.services import meetings
from ui import dialogs
from ui.context import AppContext
from ui.models import meeting_view
from ui.models.meeting_view import MeetingView
from ui.plain import plain_label
from ui.steps.base import StepPage
from ui.steps.follow_up_after import AfterPanel
from ui.steps.follow_up_agenda import AgendaPanel
from ui.steps.rows_panel import RowsPanel
from ui.undo import AddCommand

#: the statuses from which a follow-up meeting can be created
FOLLOWABLE = (MeetingStatus.held, MeetingStatus.closed)
#: where select_ref finds each table: (outer tab, inner tab or None)
REF_TABS = {"agenda_item": (0, None), "decision": (1, 0), "action_item": (1, 1),
            "open_issue": (1, 2), "review": (1, 3)}


class FollowUpPage(StepPage):
    """The agenda, and after the meeting: decisions, actions, open issues and a review."""

    step = "follow_up"

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.setObjectName("follow_up_page")
        self.view: MeetingView | None = None
        self.agenda = AgendaPanel(context, self)
        self.after = AfterPanel(context, self)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("follow_up_tabs")
        self.tabs.addTab(self.agenda, _("The meeting: agenda"))
        self.tabs.addTab(self.after, _("After the meeting"))

        bar = QHBoxLayout()
        self.status_label = plain_label(parent=self)
        self.status_label.setObjectName("follow_up_meeting_status")
        self.follow_up_button = QPushButton(_("Create follow-up meeting…"), self)
        self.follow_up_button.setObjectName("create_follow_up")
        self.follow_up_button.clicked.connect(self._create_follow_up)
        bar.addWidget(self.status_label, 1)
        bar.addWidget(self.follow_up_button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.tabs, 1)
        for rows in (self.agenda, *self.after.lists()):
            self.guard(rows.table.buttons, *([rows.add_bar] if rows.add_bar else []))
        self._show_status()

    # -- StepPage ---------------------------------------------------------------------------
    def title(self) -> str:
        return _("Follow-up")

    def reload(self) -> None:
        self.view = None if self.meeting_id is None else meeting_view.load(self.workspace,
                                                                          self.meeting_id)
        self.agenda.show_view(self.view)
        self.after.show_view(self.view)
        self._show_status()

    def select_ref(self, table: str, row_id: int) -> None:
        if table not in REF_TABS:
            return
        outer, inner = REF_TABS[table]
        self.tabs.setCurrentIndex(outer)
        if inner is not None:
            self.after.setCurrentIndex(inner)
        panel = self.tabs.currentWidget() if inner is None else self.after.currentWidget()
        if isinstance(panel, RowsPanel):
            panel.table.select_id(row_id)

    def flush(self) -> None:
        self.agenda.flush()
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
            else _("Available once the meeting has been held"))
        self.status_label.setText("" if view is None else _("Meeting status: {status}").format(
            status=label(view.status)))

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
