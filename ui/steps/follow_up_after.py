"""After the meeting: decisions and who agreed, actions, unresolved issues, the review."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSignalBlocker, Qt
from PySide6.QtWidgets import (
    QGroupBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSizePolicy,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.i18n import _
from app.services import decisions, open_issues, review
from app.views.changes import Changes
from app.views.meeting import MeetingView
from ui.context import AppContext
from ui.forms import OptionalDate, OptionalNumber, TextBox
from ui.models.follow_up_models import DecisionModel, IssueModel
from ui.steps.follow_up_actions import ActionsPanel
from ui.steps.row_actions import RowService
from ui.steps.row_form import RowForm
from ui.steps.rows_panel import RowsPanel, Words, scrolled
from ui.undo import CallCommand

REVIEW_FIELDS = ("rating", "went_well", "lessons", "leader_feedback")


class DecisionsPanel(RowsPanel):
    """The decisions taken, each with the departments that agreed to it."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        service = RowService(decisions.add, decisions.update, decisions.delete_decision,
                             decisions.move)
        words = Words(_("decision"), _("Decisions"), _("Add decision"), _("Delete decision"),
                      _("Move decision"), new_label=_("New decision"),
                      details=_("Selected decision"))
        super().__init__(context, "decisions", DecisionModel(), service, words,
                         first_field="text", stretch=DecisionModel.COL_TEXT,
                         widths={DecisionModel.COL_AGREED: 30}, movable=True, columns=2,
                         parent=parent)
        self.view: MeetingView | None = None
        self.form.add("text", _("Decision"), TextBox(lines=3))
        self.agreed = QListWidget(self)
        self.agreed.setObjectName("decisions_agreed_by")
        self.agreed.setAccessibleName(_("Agreed by"))
        self.agreed.itemChanged.connect(lambda _item: self._agreement_changed())
        self.form.add_row(_("Agreed by"), self.agreed, column=1)

    def show_view(self, view: MeetingView | None) -> None:
        self.view = view
        self.show_rows(None if view is None else view.id, [] if view is None else view.decisions)

    def show_row(self, row: Any | None) -> None:
        super().show_row(row)
        agreed: tuple[int, ...] = () if row is None else row.agreed_by
        with QSignalBlocker(self.agreed):
            self.agreed.clear()
            for dept in (self.view.departments if self.view and row else []):
                item = QListWidgetItem(dept.name, self.agreed)
                item.setData(Qt.ItemDataRole.UserRole, dept.id)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Checked if dept.id in agreed
                                   else Qt.CheckState.Unchecked)
        self.agreed.setEnabled(row is not None and not self.context.workspace.read_only)

    def _agreement_changed(self) -> None:
        row = self.table.current()
        if row is None:
            return
        items = [self.agreed.item(i) for i in range(self.agreed.count())]
        after = [i.data(Qt.ItemDataRole.UserRole) for i in items
                 if i.checkState() == Qt.CheckState.Checked]
        before = list(row.agreed_by)
        workspace = self.context.workspace
        self.context.run(CallCommand(
            _("Change who agreed"),
            lambda: decisions.set_agreed_by(workspace, row.id, after),
            lambda: decisions.set_agreed_by(workspace, row.id, before),
            changes=Changes.of(self.context.meeting_id, updated=[("decision", row.id)])),
            self)


class IssuesPanel(RowsPanel):
    """Issues the meeting left open, with their follow-up and its date."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        words = Words(_("unresolved issue"), _("Unresolved issues"),
                      _("Add unresolved issue"), _("Delete unresolved issue"),
                      _("Move unresolved issue"), new_label=_("New unresolved issue"),
                      details=_("Selected issue"))
        super().__init__(context, "issues", IssueModel(), RowService.of(open_issues), words,
                         first_field="text",
                         stretch=(IssueModel.COL_TEXT, IssueModel.COL_FOLLOW_UP),
                         widths={IssueModel.COL_DUE: 11}, movable=True, columns=2,
                         parent=parent)
        self.form.add("text", _("Issue"), TextBox(lines=3))
        self.form.add("follow_up", _("Follow-up"), TextBox(lines=3), column=1)
        self.form.add("due", _("Follow up by"), OptionalDate(), column=1)

    def show_view(self, view: MeetingView | None) -> None:
        self.show_rows(None if view is None else view.id, [] if view is None else view.issues)


class ReviewPanel(QWidget):
    """The short review: how it went, lessons, and what the leader was told."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("review_panel")
        self.context = context
        self.view: MeetingView | None = None
        self.form = RowForm(context, None, _("review"), self, commit=self._commit)
        self.form.setObjectName("review_form")
        intro = QLabel(_("A few lines while it is fresh: the next meeting's preparation shows "
                         "them again."), self)
        intro.setWordWrap(True)
        rating = self.form.add("rating", _("Rating (1 to 5)"), OptionalNumber(1, 5))
        # a number from one to five needs no more width than that
        rating.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.form.add("went_well", _("What went well"), TextBox(lines=4))
        self.form.add("lessons", _("Lessons for next time"), TextBox(lines=4))
        self.form.add("leader_feedback", _("Reported to the leader"), TextBox(lines=4))
        box = QGroupBox(_("Review"), self)
        box_layout = QVBoxLayout(box)
        box_layout.addWidget(intro)
        box_layout.addWidget(self.form)
        box_layout.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)   # inside a tab's frame
        layout.addWidget(scrolled(box, self))

    def show_view(self, view: MeetingView | None) -> None:
        self.view = view
        if view is None:
            self.form.load(None)
            return
        self.form.load(_Review(view.id, view.review))

    def _commit(self, name: str, value: Any) -> None:
        if self.view is None:
            return
        workspace, meeting_id = self.context.workspace, self.view.id
        old = self.view.review
        before = None if old is None else {f: getattr(old, f) for f in REVIEW_FIELDS}

        def undo() -> None:
            if before is None:
                review.clear(workspace, meeting_id)
            else:
                review.save(workspace, meeting_id, **before)

        self.context.run(CallCommand(
            _("Edit review"), lambda: review.save(workspace, meeting_id, **{name: value}), undo,
            changes=Changes.of(meeting_id, updated=[("review", meeting_id)])), self)

    def flush(self) -> None:
        self.form.flush()


class _Review:
    """A meeting's review as its form shows it: empty fields, ready to write in, before
    one is written."""

    def __init__(self, meeting_id: int, written: Any | None) -> None:
        self.id = meeting_id
        self.rating: int | None = None if written is None else written.rating
        for name in REVIEW_FIELDS[1:]:
            setattr(self, name, "" if written is None else getattr(written, name))


class AfterPanel(QTabWidget):
    """Everything recorded after the meeting, one tab per list."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("after_tabs")
        self.setDocumentMode(True)
        self.decisions = DecisionsPanel(context, self)
        self.actions_panel = ActionsPanel(context, self)
        self.issues = IssuesPanel(context, self)
        self.review = ReviewPanel(context, self)
        self.addTab(self.decisions, _("Decisions"))
        self.addTab(self.actions_panel, _("Action items"))
        self.addTab(self.issues, _("Unresolved issues"))
        self.addTab(self.review, _("Review"))

    def panels(self) -> list[Any]:
        return [self.decisions, self.actions_panel, self.issues, self.review]

    def lists(self) -> list[RowsPanel]:
        return [self.decisions, self.actions_panel, self.issues]

    def show_view(self, view: MeetingView | None) -> None:
        for panel in self.panels():
            panel.show_view(view)
