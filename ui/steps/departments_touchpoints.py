"""The Departments step's meeting-specific parts: the department's part, and the touchpoint log."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QVBoxLayout, QWidget

from app.domain.enums import Channel, Engagement, Readiness, Relationship
from app.i18n import _
from app.services import participation, touchpoints
from app.views.departments import PartItem, PersonItem, TouchpointItem
from ui.context import AppContext
from ui.forms import Choice, ItemChoice, OptionalDate, TextBox
from ui.models.departments_model import (
    COL_TOUCHPOINT_SUMMARY,
    TouchpointRow,
    touchpoints_model,
)
from ui.steps.row_actions import RowService
from ui.steps.row_form import RowForm
from ui.steps.rows_panel import RowsPanel, Words, scrolled

#: the touchpoint table's last column (its model names only the summary's)
COL_NEXT_STEP = COL_TOUCHPOINT_SUMMARY + 1


class MeetingPartPanel(QWidget):
    """What the department is in this meeting: relationship, win-win, engagement, readiness."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("meeting_part_panel")
        self.form = RowForm(context, participation.update, _("department in this meeting"),
                            self, columns=2, labels_above=(0,))
        self.form.setObjectName("part_form")
        serves = TextBox(lines=4)
        serves.setPlaceholderText(_("Which of their goals or OKRs our plan helps, and how"))
        self.form.add("serves_their_goals", _("How our plan serves &their goals:"), serves)
        notes = TextBox(lines=3)
        notes.setPlaceholderText(_("Only for you; never in the pre-read"))
        self.form.add("private_notes", _("Private &notes:"), notes)
        self.form.add("relationship", _("&Relationship:"),
                      Choice(list(Relationship), optional=True), column=1)
        self.form.add("engagement_at_start", _("Engagement at the &start:"),
                      Choice(list(Engagement)), column=1)
        self.form.add("engagement", _("Engagement &now:"), Choice(list(Engagement)), column=1)
        self.form.add("readiness", _("Rea&diness:"), Choice(list(Readiness)), column=1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(scrolled(self.form, self))

    def show_part(self, part: PartItem | None) -> None:
        self.form.load(part)

    def flush(self) -> None:
        self.form.flush()


class TouchpointsPanel(RowsPanel):
    """Every conversation with the department before the meeting, newest first."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        words = Words(
            _("touchpoint"), _("Touchpoints"),
            lambda: _("Log a touchpoint with {name}").format(name=self.department_name),
            lambda _row: _("Delete a touchpoint with {name}").format(
                name=self.department_name),
            add_button=_("Log a touchpoint"))
        super().__init__(context, "touchpoints", touchpoints_model(),
                         RowService.of(touchpoints), words, first_field="summary",
                         new_values=lambda: {"date": date.today()},
                         stretch=(COL_TOUCHPOINT_SUMMARY, COL_NEXT_STEP),
                         widths={0: 10, 1: 8, 2: 12},
                         sortable=True, sorted_by=0, order=Qt.SortOrder.DescendingOrder,
                         beside=True, form_row=lambda row: row.touchpoint, parent=parent)
        self.department_name = ""
        self.form.setObjectName("touchpoint_form")
        self.form.add("date", _("&Date:"), OptionalDate())
        self.form.add("channel", _("&Channel:"), Choice(list(Channel)))
        self.person = ItemChoice(optional=True)
        self.form.add("person_id", _("&With:"), self.person)
        self.form.add("summary", _("What was &said:"), TextBox(lines=3))
        self.form.add("next_step", _("Ne&xt step:"), TextBox(lines=2))

    def show_touchpoints(self, part: PartItem | None, department_name: str,
                         rows: list[TouchpointItem], people: list[PersonItem]) -> None:
        self.department_name = department_name
        names = {p.id: p.name for p in people}
        self.person.set_items([(p.name, p.id) for p in people])
        self.show_rows(None if part is None else part.id,
                       [TouchpointRow(t, "" if t.person_id is None else names.get(t.person_id, ""))
                        for t in rows])
