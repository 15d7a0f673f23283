"""The Departments step's meeting-specific parts: the department's part, and the touchpoint log."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QSplitter, QVBoxLayout, QWidget

from app.domain.enums import Channel, Readiness, Relationship, Stance
from app.domain.models import Participation, Person, Touchpoint
from app.i18n import _
from app.services import participation, touchpoints
from ui.context import AppContext
from ui.forms import Choice, ItemChoice, OptionalDate, TextBox
from ui.models.departments_model import (
    COL_TOUCHPOINT_SUMMARY,
    TouchpointRow,
    touchpoints_model,
)
from ui.steps.departments_profile import scrolled, selected
from ui.steps.step_parts import RowForm, RowTable
from ui.undo import AddCommand, DeleteCommand


class MeetingPartPanel(QWidget):
    """What the department is in this meeting: relationship, win-win, stance, readiness."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("meeting_part_panel")
        self.form = RowForm(context, participation.update, _("department in this meeting"),
                            self, columns=2)
        self.form.setObjectName("part_form")
        serves = TextBox(lines=4)
        serves.setPlaceholderText(_("Which of their goals or OKRs our plan helps, and how"))
        self.form.add("serves_their_goals", _("How our plan serves &their goals:"), serves)
        notes = TextBox(lines=3)
        notes.setPlaceholderText(_("Only for you; never in the pre-read"))
        self.form.add("private_notes", _("Private &notes:"), notes)
        self.form.add("relationship", _("&Relationship:"),
                      Choice(list(Relationship), optional=True), column=1)
        self.form.add("stance_at_start", _("Stance at the &start:"), Choice(list(Stance)),
                      column=1)
        self.form.add("stance", _("Stance &now:"), Choice(list(Stance)), column=1)
        self.form.add("readiness", _("Rea&diness:"), Choice(list(Readiness)), column=1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(scrolled(self.form, self))

    def show_part(self, part: Participation | None) -> None:
        self.form.load(part)

    def flush(self) -> None:
        self.form.flush()


class TouchpointsPanel(QWidget):
    """Every conversation with the department before the meeting, newest first."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName("touchpoints_panel")
        self.part: Participation | None = None
        self.department_name = ""
        self.table = RowTable("touchpoints", touchpoints_model(), what=_("Touchpoints"),
                              sortable=True, stretch=COL_TOUCHPOINT_SUMMARY, parent=self)
        self.table.view.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        for column, width in ((0, 84), (1, 64), (2, 100), (4, 140)):
            self.table.view.setColumnWidth(column, width)
        self.table.add_button.setText(_("Log a touchpoint"))
        self.table.add_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.form = RowForm(context, touchpoints.update, _("touchpoint"), self)
        self.form.setObjectName("touchpoint_form")
        self.form.add("date", _("&Date:"), OptionalDate())
        self.form.add("channel", _("&Channel:"), Choice(list(Channel)))
        self.person = ItemChoice(optional=True)
        self.form.add("person_id", _("&With:"), self.person)
        self.form.add("summary", _("What was &said:"), TextBox(lines=3))
        self.form.add("next_step", _("Ne&xt step:"), TextBox(lines=2))
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.setChildrenCollapsible(False)
        split.addWidget(self.table)
        split.addWidget(scrolled(self.form, self))
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(split)
        self.table.current_changed.connect(
            lambda row: self.form.load(selected(row, "touchpoint")))
        self.table.add_requested.connect(self.add_touchpoint)
        self.table.delete_requested.connect(self.delete_touchpoint)

    def show_touchpoints(self, part: Participation | None, department_name: str,
                         rows: list[Touchpoint], people: list[Person]) -> None:
        self.part = part
        self.department_name = department_name
        names = {p.id: p.name for p in people}
        self.person.set_items([(p.name, p.id) for p in people])
        self.table.setEnabled(part is not None)
        self.table.set_rows([TouchpointRow(t, names.get(t.person_id, "")) for t in rows])

    def flush(self) -> None:
        self.form.flush()

    def add_touchpoint(self) -> None:
        if self.part is None:
            return
        self.flush()
        ws, part_id = self.context.workspace, self.part.id or 0
        command = AddCommand(
            _("Log a touchpoint with {name}").format(name=self.department_name), ws,
            lambda: touchpoints.add(ws, part_id, date=date.today()), touchpoints.delete)
        if self.context.run(command, self):
            self.table.select_id(command.row_id)
            summary = self.form.findChild(TextBox, "field_summary")
            if summary is not None:
                summary.setFocus()

    def delete_touchpoint(self, row: TouchpointRow) -> None:
        command = DeleteCommand(_("Delete a touchpoint with {name}").format(
            name=self.department_name), self.context.workspace, touchpoints.delete, row.id)
        self.context.run(command, self)
