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

from app import formatting
from app.domain.enums import Language, MeetingStatus, label
from app.i18n import _
from app.services import goals, meetings
from app.views.changes import Changes
from app.views.goals import (
    GoalItem,
    Lessons,
    MeetingFields,
    goal_items,
    lessons_of,
    meeting_fields,
)
from app.views.meeting import MeetingGone
from ui.context import AppContext
from ui.forms import Choice, MomentEdit, OptionalDate, OptionalNumber, TextBox, TextLine
from ui.models.meetings_model import COL_GOAL_STATEMENT, goals_model
from ui.steps.base import StepPage
from ui.steps.follow_up_page import FOLLOWABLE, still_ahead
from ui.steps.row_actions import RowService
from ui.steps.row_form import RowForm
from ui.steps.rows_panel import RowsPanel, Words, scrolled
from ui.widgets.warning_line import WarningLine

logger = logging.getLogger(__name__)


class GoalsPage(StepPage):
    """The meeting's fields above, its goals below with the selected goal's details."""

    step = "goals"

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.setObjectName("goals_page")
        self.meeting: MeetingFields | None = None

        self.lessons = QLabel(self)
        self.lessons.setObjectName("previous_lessons")
        self.lessons.setWordWrap(True)
        self.lessons.setTextFormat(Qt.TextFormat.PlainText)
        self.lessons.setFrameShape(QFrame.Shape.StyledPanel)
        self.lessons.setMargin(6)
        self.lessons.hide()
        #: a meeting marked held (or closed) while its date is still ahead
        self.held_early = WarningLine(self)
        self.held_early.setObjectName("held_before_its_date")

        self.meeting_form = self._meeting_form()
        meeting_box = QGroupBox(_("The meeting"), self)
        QVBoxLayout(meeting_box).addWidget(scrolled(self.meeting_form, meeting_box))

        words = Words(_("goal"), _("Goals"), _("Add goal"),
                      lambda goal: _("Delete goal “{name}”").format(name=goal.statement),
                      _("Move goal"), add_button=_("Add goal"))
        # the details under the table, not beside it: the table needs the width for four
        # columns of sentences, and the form's two columns are short
        self.panel = RowsPanel(context, "goals", goals_model(), RowService.of(goals), words,
                               first_field="statement",
                               new_values=lambda: {"statement": _("New goal")},
                               stretch=COL_GOAL_STATEMENT, widths={1: 26, 2: 26, 3: 12},
                               movable=True, columns=2, margin=0, parent=self)
        self.panel.splitter.setSizes([220, 180])
        self.goals = self.panel.table
        self.goal_form = self.panel.form
        self.goal_form.setObjectName("goal_form")
        self._goal_fields(self.goal_form)
        goals_box = QGroupBox(_("Goals and how they are measured"), self)
        QVBoxLayout(goals_box).addWidget(self.panel)

        split = QSplitter(Qt.Orientation.Vertical, self)
        split.setObjectName("goals_splitter")
        split.setChildrenCollapsible(False)
        split.addWidget(meeting_box)
        split.addWidget(goals_box)
        split.setStretchFactor(1, 1)
        split.setSizes([250, 450])
        layout = QVBoxLayout(self)
        layout.addWidget(self.lessons)
        layout.addWidget(self.held_early)
        layout.addWidget(split, 1)
        self.guard(self.goals.buttons)

    def _meeting_form(self) -> RowForm:
        # the texts' labels above them: beside the moment and its offset they keep a width
        form = RowForm(self.context, meetings.update, _("meeting"), self, columns=2,
                       labels_above=(0,))
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

    @staticmethod
    def _goal_fields(form: RowForm) -> None:
        statement = form.add("statement", _("Goa&l:"), TextLine())
        statement.setPlaceholderText(_("What the leader expects, in one sentence"))
        indicator = form.add("indicator", _("&Indicator:"), TextLine())
        indicator.setPlaceholderText(_("How progress is measured"))
        form.add("baseline", _("&Baseline:"), TextLine())
        form.add("target", _("Tar&get:"), TextLine())
        # the date heads the second column: under four lines it would drop out of sight
        form.add("due", _("D&ue:"), OptionalDate(), column=1)
        form.add("benefits", _("Bene&fits:"), TextBox(lines=2), column=1)
        evidence = form.add("evidence", _("E&vidence:"), TextBox(lines=2), column=1)
        evidence.setPlaceholderText(_("Data, results achieved before, why it is feasible"))

    # -- reading ---------------------------------------------------------------------------
    def reload(self) -> None:
        meeting: MeetingFields | None = None
        rows: list[GoalItem] = []
        lessons: Lessons | None = None
        if self.meeting_id is not None:
            with self.context.reader.snapshot() as db:
                try:
                    meeting = meeting_fields(db, self.meeting_id)
                except MeetingGone:
                    meeting = None
                else:
                    rows = goal_items(db, self.meeting_id)
                    lessons = lessons_of(db, meeting)
        self.meeting = meeting
        self.meeting_form.load(meeting)
        self.panel.show_rows(None if meeting is None else meeting.id, rows)
        self._show_lessons(lessons)
        self._show_held_early()

    def _show_lessons(self, found: Lessons | None) -> None:
        # a heading with nothing under it says nothing: no review written, no notice
        if found is None or not (found.lessons.strip() or found.went_well.strip()):
            self.lessons.hide()
            return
        parts = [_("Lessons from “{title}”:").format(title=found.title)]
        if found.lessons.strip():
            parts.append(found.lessons)
        if found.went_well.strip():
            parts.append(_("What went well: {text}").format(text=found.went_well))
        self.lessons.setText("\n".join(parts))
        self.lessons.show()

    def apply(self, changes: Changes) -> None:
        """An edit of goals only: read just those rows and redraw them in place."""
        if self.meeting is None or not changes.only_updates({"goal"}):
            self.reload()
            return
        with self.context.reader.snapshot() as db:
            rows = goal_items(db, self.meeting.id, changes.ids("goal"))
        self.goals.update_rows(rows)

    def _show_held_early(self) -> None:
        meeting = self.meeting
        early = (meeting is not None and meeting.status in FOLLOWABLE
                 and still_ahead(meeting.scheduled_at))
        self.held_early.warn(_(
            "Status “{status}”, but the meeting's date, {date}, is still ahead.").format(
            status=label(meeting.status), date=formatting.moment(meeting.scheduled_at))
            if early and meeting is not None else "")

    def select_ref(self, table: str, row_id: int) -> None:
        if table == "goal":
            self.goals.select_id(row_id)
            self.goals.view.setFocus()
        elif table == "meeting":
            self.meeting_form.focus("title")

    def flush(self) -> None:
        self.meeting_form.flush()
        self.goal_form.flush()
