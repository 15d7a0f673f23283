"""The Departments step's shared parts: a department's profile and its people.

Both belong to the workspace, not to the meeting: an edit here shows in every
meeting the department takes part in, which the panel says plainly.
"""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from app.i18n import _, ngettext
from app.services import departments, people
from app.views.departments import PersonItem, ProfileItem, meetings_using
from ui.context import AppContext
from ui.forms import LinesBox, OptionalNumber, TextBox, TextLine
from ui.models.departments_model import COL_PERSON_NAME, people_model
from ui.plain import plain_label
from ui.steps.row_actions import RowService
from ui.steps.row_form import RowForm
from ui.steps.rows_panel import RowsPanel, Words, scrolled

#: the people table's last column (its model names only the name's)
COL_CONTACT = 4


class ProfilePanel(QWidget):
    """The department's profile, with a note that every meeting using it shares it."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName("profile_panel")
        self.shared_note = plain_label(parent=self)
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

    def show_department(self, department: ProfileItem | None) -> None:
        self.form.load(department)
        if department is None:
            self.shared_note.setText("")
            return
        count = meetings_using(self.context.reader.connection(), department.id)
        self.shared_note.setText(ngettext(
            "Profile shared by every meeting that uses {name} ({n} meeting).",
            "Profile shared by every meeting that uses {name} ({n} meetings).",
            count).format(name=department.name, n=count))

    def flush(self) -> None:
        self.form.flush()


class PeoplePanel(RowsPanel):
    """The department's key people: a table and the selected person's details."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        words = Words(_("person"), _("People"),
                      lambda: _("Add a person to {name}").format(name=self._department_name()),
                      lambda person: _("Delete {name}").format(name=person.name),
                      add_button=_("Add person"))
        super().__init__(context, "people", people_model(), RowService.of(people), words,
                         first_field="name", new_values=lambda: {"name": _("New person")},
                         stretch=(COL_PERSON_NAME, COL_CONTACT),
                         widths={1: 14, 2: 7, 3: 7},
                         sortable=True, sorted_by=COL_PERSON_NAME, beside=True, parent=parent)
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
        self.department: ProfileItem | None = None

    def _department_name(self) -> str:
        return "" if self.department is None else self.department.name

    def show_people(self, department: ProfileItem | None, rows: list[PersonItem]) -> None:
        self.department = department
        self.show_rows(None if department is None else department.id, rows)
