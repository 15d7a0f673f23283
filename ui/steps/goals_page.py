"""Step 1, Clarify goals: the meeting itself, then its goals, each with a measurable indicator."""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFrame,
    QGroupBox,
    QLabel,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.domain.enums import Language, MeetingStatus
from app.domain.models import Goal, Meeting
from app.i18n import _
from app.services import goals, meetings
from app.services.errors import NotFound
from app.services.follow_up import previous_lessons
from ui.context import AppContext
from ui.forms import Choice, OptionalDate, OptionalNumber, TextBox, TextLine
from ui.models.meetings_model import COL_GOAL_STATEMENT, goals_model
from ui.steps.base import StepPage
from ui.steps.step_parts import MomentEdit, RowForm, RowTable
from ui.undo import AddCommand, CallCommand, DeleteCommand

logger = logging.getLogger(__name__)


class GoalsPage(StepPage):
    """The meeting's fields above, its goals below with the selected goal's details."""

    step = "goals"

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.setObjectName("goals_page")
        self.meeting: Meeting | None = None

        self.lessons = QLabel(self)
        self.lessons.setObjectName("previous_lessons")
        self.lessons.setWordWrap(True)
        self.lessons.setTextFormat(Qt.TextFormat.PlainText)
        self.lessons.setFrameShape(QFrame.Shape.StyledPanel)
        self.lessons.setMargin(6)
        self.lessons.hide()

        self.meeting_form = self._meeting_form()
        meeting_box = QGroupBox(_("The meeting"), self)
        QVBoxLayout(meeting_box).addWidget(self.meeting_form)

        self.goals = RowTable("goals", goals_model(), what=_("Goals"), movable=True,
                              stretch=COL_GOAL_STATEMENT, parent=self)
        self.goals.view.setColumnWidth(1, 190)
        self.goals.view.setColumnWidth(2, 190)
        self.goals.view.setColumnWidth(3, 100)
        self.goals.add_button.setText(_("Add goal"))
        self.goals.add_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.goal_form = self._goal_form()
        # the details under the table, not beside it: the table needs the width for four
        # columns of sentences, and the form's two columns are short
        goals_split = QSplitter(Qt.Orientation.Vertical, self)
        goals_split.setChildrenCollapsible(False)
        goals_split.addWidget(self.goals)
        goals_split.addWidget(self.goal_form)
        goals_split.setStretchFactor(0, 1)
        goals_split.setStretchFactor(1, 0)
        goals_split.setSizes([220, 180])
        goals_box = QGroupBox(_("Goals and how they are measured"), self)
        QVBoxLayout(goals_box).addWidget(goals_split)

        split = QSplitter(Qt.Orientation.Vertical, self)
        split.setObjectName("goals_splitter")
        split.setChildrenCollapsible(False)
        split.addWidget(meeting_box)
        split.addWidget(goals_box)
        split.setStretchFactor(1, 1)
        split.setSizes([250, 450])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.lessons)
        layout.addWidget(split, 1)

        self.goals.current_changed.connect(self.goal_form.load)
        self.goals.add_requested.connect(self.add_goal)
        self.goals.delete_requested.connect(self.delete_goal)
        self.goals.move_requested.connect(self.move_goal)
        self.setTabOrder(self.goals.view, self.goal_form)

    def _meeting_form(self) -> RowForm:
        form = RowForm(self.context, meetings.update, _("meeting"), self, columns=2)
        form.setObjectName("meeting_form")
        form.add("title", _("&Title:"), TextLine())
        form.add("purpose", _("&Purpose:"), TextBox(lines=2))
        form.add("expectations", _("Leader's &expectations:"), TextBox(lines=2))
        form.add("scheduled_at", _("&When:"), MomentEdit(), column=1)
        duration = OptionalNumber(0, 24 * 60)
        duration.setSuffix(_(" min"))
        duration.setSingleStep(15)
        form.add("duration_minutes", _("&Duration:"), duration, column=1)
        form.add("location", _("&Location:"), TextLine(), column=1)
        form.add("status", _("&Status:"), Choice(list(MeetingStatus)), column=1)
        language = Choice(list(Language))
        language.setToolTip(_("The language of this meeting's briefing pack and pre-read"))
        form.add("language", _("Briefing &language:"), language, column=1)
        notes = TextBox(lines=2)
        notes.setPlaceholderText(_("Only for you; never in the pre-read"))
        form.add("notes", _("Private &notes:"), notes, column=1)
        return form

    def _goal_form(self) -> RowForm:
        form = RowForm(self.context, goals.update, _("goal"), self, columns=2)
        form.setObjectName("goal_form")
        statement = form.add("statement", _("Goa&l:"), TextLine())
        statement.setPlaceholderText(_("What the leader expects, in one sentence"))
        indicator = form.add("indicator", _("&Indicator:"), TextLine())
        indicator.setPlaceholderText(_("How progress is measured"))
        form.add("baseline", _("&Baseline:"), TextLine())
        form.add("target", _("Tar&get:"), TextLine())
        form.add("due", _("D&ue:"), OptionalDate())
        form.add("benefits", _("Bene&fits:"), TextBox(lines=2), column=1)
        evidence = form.add("evidence", _("E&vidence:"), TextBox(lines=2), column=1)
        evidence.setPlaceholderText(_("Data, results achieved before, why it is feasible"))
        return form

    def title(self) -> str:
        return _("Goals")

    # -- reading ---------------------------------------------------------------------------
    def reload(self) -> None:
        meeting: Meeting | None = None
        rows: list[Goal] = []
        if self.meeting_id is not None:
            try:
                meeting = meetings.get_meeting(self.workspace, self.meeting_id)
                rows = goals.list_for(self.workspace, self.meeting_id)
            except NotFound:
                meeting = None
        self.meeting = meeting
        self.meeting_form.load(meeting)
        self.goals.setEnabled(meeting is not None)
        self.goals.set_rows(rows)
        self._show_lessons()

    def _show_lessons(self) -> None:
        found = None if self.meeting is None else previous_lessons(
            self.workspace, self.meeting_id or 0)
        if found is None:
            self.lessons.hide()
            return
        parts = [_("Lessons from “{title}”:").format(title=found.title)]
        if found.lessons:
            parts.append(found.lessons)
        if found.went_well:
            parts.append(_("What went well: {text}").format(text=found.went_well))
        self.lessons.setText("\n".join(parts))
        self.lessons.show()

    def select_ref(self, table: str, row_id: int) -> None:
        if table == "goal":
            self.goals.select_id(row_id)
            self.goals.view.setFocus()
        elif table == "meeting":
            title = self.meeting_form.findChild(TextLine, "field_title")
            if title is not None:
                title.setFocus()
                title.selectAll()

    def flush(self) -> None:
        self.meeting_form.flush()
        self.goal_form.flush()

    # -- user actions ----------------------------------------------------------------------
    def add_goal(self) -> None:
        if self.meeting_id is None:
            return
        self.flush()
        meeting_id, ws = self.meeting_id, self.workspace
        command = AddCommand(_("Add goal"), ws,
                             lambda: goals.add(ws, meeting_id, statement=_("New goal")),
                             goals.delete)
        if self.context.run(command, self):
            self.goals.select_id(command.row_id)
            statement = self.goal_form.findChild(TextLine, "field_statement")
            if statement is not None:
                statement.setFocus()
                statement.selectAll()

    def delete_goal(self, goal: Goal) -> None:
        ids = self.goals.ids()
        position = ids.index(goal.id) if goal.id in ids else 0
        command = DeleteCommand(_("Delete goal “{name}”").format(name=goal.statement),
                                self.workspace, goals.delete, goal.id or 0)
        if self.context.run(command, self):
            remaining = self.goals.ids()
            if remaining:
                self.goals.select_id(remaining[min(position, len(remaining) - 1)])

    def move_goal(self, goal: Goal, step: int) -> None:
        ids = self.goals.ids()
        old = ids.index(goal.id)
        new = max(0, min(len(ids) - 1, old + step))
        if new == old:
            return
        ws, goal_id = self.workspace, goal.id or 0
        command = CallCommand(_("Move goal"), lambda: goals.move(ws, goal_id, new),
                              lambda: goals.move(ws, goal_id, old))
        if self.context.run(command, self):
            self.goals.select_id(goal_id)
