"""After the meeting: decisions and who agreed, actions, unresolved issues, the review."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSignalBlocker, Qt
from PySide6.QtWidgets import (
    QFormLayout,
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
from ui.context import AppContext
from ui.forms import FormBinder, OptionalDate, OptionalNumber, TextBox
from ui.models.follow_up_models import DecisionModel, IssueModel
from ui.models.meeting_view import DecisionRow, IssueRow, MeetingView
from ui.steps.follow_up_actions import ActionsPanel
from ui.steps.follow_up_rows import RowService, RowsPanel, Words
from ui.undo import CallCommand

REVIEW_FIELDS = ("rating", "went_well", "lessons", "leader_feedback")


class DecisionsPanel(RowsPanel):
    """The decisions taken, each with the departments that agreed to it."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        service = RowService(decisions.add, decisions.update, decisions.delete_decision,
                             decisions.move)
        words = Words(_("New decision"), _("Add decision"), _("Edit decision"),
                      _("Delete decision"), _("Move decision"), _("Selected decision"))
        model = DecisionModel()
        super().__init__(context, model, service, words, name="decisions",
                         stretch=(DecisionModel.COL_TEXT,), parent=parent)
        model.setParent(self)
        self.add_field(_("Decision"), "text", TextBox(self, lines=3))
        self.agreed = QListWidget(self)
        self.agreed.setObjectName("decisionsAgreedBy")
        self.agreed.setAccessibleName(_("Agreed by"))
        self.agreed.itemChanged.connect(lambda _item: self._agreement_changed())
        self.form_right.addRow(_("Agreed by"), self.agreed)

    def rows_of(self, view: MeetingView) -> list[DecisionRow]:
        return view.decisions

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
        self.agreed.setEnabled(row is not None)

    def _agreement_changed(self) -> None:
        row = self.table.selected_row()
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
            lambda: decisions.set_agreed_by(workspace, row.id, before)), self)


class IssuesPanel(RowsPanel):
    """Issues the meeting left open, with their follow-up and its date."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        service = RowService(open_issues.add, open_issues.update, open_issues.delete,
                             open_issues.move)
        words = Words(_("New unresolved issue"), _("Add unresolved issue"),
                      _("Edit unresolved issue"), _("Delete unresolved issue"),
                      _("Move unresolved issue"), _("Selected issue"))
        model = IssueModel()
        super().__init__(context, model, service, words, name="issues",
                         stretch=(IssueModel.COL_TEXT, IssueModel.COL_FOLLOW_UP), parent=parent)
        model.setParent(self)
        self.add_field(_("Issue"), "text", TextBox(self, lines=3))
        self.add_field(_("Follow-up"), "follow_up", TextBox(self, lines=3), right=True)
        self.add_field(_("Follow up by"), "due", OptionalDate(self), right=True)

    def rows_of(self, view: MeetingView) -> list[IssueRow]:
        return view.issues


class ReviewPanel(QWidget):
    """The short review: how it went, lessons, and what the leader was told."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reviewPanel")
        self.context = context
        self.view: MeetingView | None = None
        self.binder = FormBinder(self._commit)
        box = QGroupBox(_("Review"), self)
        form = QFormLayout(box)
        intro = QLabel(_("A few lines while it is fresh: the next meeting's preparation shows "
                         "them again."), box)
        intro.setWordWrap(True)
        form.addRow(intro)
        fields = (
            ("rating", _("Rating (1 to 5)"), OptionalNumber(1, 5, box)),
            ("went_well", _("What went well"), TextBox(box, lines=4)),
            ("lessons", _("Lessons for next time"), TextBox(box, lines=4)),
            ("leader_feedback", _("Reported to the leader"), TextBox(box, lines=4)),
        )
        # a number from one to five needs no more width than that
        fields[0][2].setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        for name, text, widget in fields:
            widget.setObjectName("review" + name.title().replace("_", ""))
            widget.setAccessibleName(text)
            form.addRow(text, widget)
            self.binder.bind(name, widget)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)   # inside a tab's frame
        layout.addWidget(box)
        layout.addStretch(1)

    def show_view(self, view: MeetingView | None) -> None:
        self.view = view
        self.binder.load(None if view is None else view.review)
        self.binder.set_enabled(view is not None)

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
            _("Edit review"), lambda: review.save(workspace, meeting_id, **{name: value}), undo),
            self)

    def flush(self) -> None:
        self.binder.flush()


class AfterPanel(QTabWidget):
    """Everything recorded after the meeting, one tab per list."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("afterTabs")
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

    def show_view(self, view: MeetingView | None) -> None:
        for panel in self.panels():
            panel.show_view(view)
