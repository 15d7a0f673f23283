"""The Departments step's shared parts: a department's profile and its people.

Both belong to the workspace, not to the meeting: an edit here shows in every
meeting the department takes part in, which the panel says plainly.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QScrollArea, QSplitter, QVBoxLayout, QWidget

from app.domain.models import Department, Person
from app.i18n import _, ngettext
from app.services import departments, people
from ui.context import AppContext
from ui.forms import OptionalNumber, TextBox, TextLine
from ui.models.departments_model import COL_PERSON_NAME, people_model
from ui.steps.step_parts import LinesBox, RowForm, RowTable
from ui.undo import AddCommand, DeleteCommand


def scrolled(widget: QWidget, parent: QWidget) -> QScrollArea:
    """``widget`` in a frameless scroll area, so a long form never squeezes its fields."""
    area = QScrollArea(parent)
    area.setWidgetResizable(True)
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    area.setWidget(widget)
    return area


class ProfilePanel(QWidget):
    """The department's profile, with a note that every meeting using it shares it."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName("profile_panel")
        self.shared_note = QLabel(self)
        self.shared_note.setObjectName("profile_shared_note")
        self.shared_note.setWordWrap(True)
        self.form = RowForm(context, departments.update, _("profile"), self, columns=2)
        self.form.setObjectName("profile_form")
        self.form.add("name", _("&Name:"), TextLine())
        self.form.add("function", _("&Function:"), TextBox(lines=2))
        self.form.add("workflow", _("How they &work:"), TextBox(lines=2))
        self.form.add("focus", _("Current f&ocus:"), TextBox(lines=2))
        okrs = LinesBox(lines=3)
        okrs.setPlaceholderText(_("One objective or key result per line"))
        self.form.add("okrs", _("O&KRs:"), okrs, column=1)
        pressures = TextBox(lines=2)
        pressures.setPlaceholderText(
            _("Too many tasks, too few people, many new staff, tight schedules…"))
        self.form.add("pressures", _("&Pressures:"), pressures, column=1)
        self.form.add("history", _("&History with us:"), TextBox(lines=2), column=1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.shared_note)
        layout.addWidget(scrolled(self.form, self), 1)

    def show_department(self, department: Department | None) -> None:
        self.form.load(department)
        if department is None:
            self.shared_note.setText("")
            return
        count = len(departments.meetings_using(self.context.workspace, department.id or 0))
        self.shared_note.setText(ngettext(
            "Profile shared by every meeting that uses {name} ({n} meeting).",
            "Profile shared by every meeting that uses {name} ({n} meetings).",
            count).format(name=department.name, n=count))

    def flush(self) -> None:
        self.form.flush()


class PeoplePanel(QWidget):
    """The department's key people: a table and the selected person's details."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName("people_panel")
        self.department: Department | None = None
        self.table = RowTable("people", people_model(), what=_("People"), sortable=True,
                              stretch=COL_PERSON_NAME, parent=self)
        for column, width in ((1, 120), (2, 64), (3, 64), (4, 140)):
            self.table.view.setColumnWidth(column, width)
        self.table.add_button.setText(_("Add person"))
        self.table.add_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.form = RowForm(context, people.update, _("person"), self)
        self.form.setObjectName("person_form")
        self.form.add("name", _("&Name:"), TextLine())
        self.form.add("role", _("&Role:"), TextLine())
        self.form.add("contact", _("&Contact:"), TextLine())
        influence = OptionalNumber(1, 5)
        influence.setToolTip(_("1 (low) to 5 (high): how much their word weighs"))
        self.form.add("influence", _("&Influence (1-5):"), influence)
        interest = OptionalNumber(1, 5)
        interest.setToolTip(_("1 (low) to 5 (high): how much the plan affects them"))
        self.form.add("interest", _("In&terest (1-5):"), interest)
        self.form.add("notes", _("N&otes:"), TextBox(lines=2))
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.setChildrenCollapsible(False)
        split.addWidget(self.table)
        split.addWidget(scrolled(self.form, self))
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(split)
        self.table.current_changed.connect(self.form.load)
        self.table.add_requested.connect(self.add_person)
        self.table.delete_requested.connect(self.delete_person)

    def show_people(self, department: Department | None, rows: list[Person]) -> None:
        self.department = department
        self.table.setEnabled(department is not None)
        self.table.set_rows(rows)

    def flush(self) -> None:
        self.form.flush()

    def add_person(self) -> None:
        if self.department is None:
            return
        self.flush()
        ws, department_id = self.context.workspace, self.department.id or 0
        command = AddCommand(
            _("Add a person to {name}").format(name=self.department.name), ws,
            lambda: people.add(ws, department_id, name=_("New person")), people.delete)
        if self.context.run(command, self):
            self.table.select_id(command.row_id)
            name = self.form.findChild(TextLine, "field_name")
            if name is not None:
                name.setFocus()
                name.selectAll()

    def delete_person(self, person: Person) -> None:
        command = DeleteCommand(_("Delete {name}").format(name=person.name),
                                self.context.workspace, people.delete, person.id or 0)
        self.context.run(command, self)


def selected(row: Any, attribute: str) -> Any:
    """``row.attribute``, or None when nothing is selected."""
    return None if row is None else getattr(row, attribute)
