"""The Departments step's shared parts: a department's profile and its people.

Both belong to the workspace, not to the meeting: an edit here shows in every
meeting the department takes part in, which the panel says plainly.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtWidgets import QVBoxLayout, QWidget

from app.domain.enums import DecisionRight, Engagement
from app.i18n import _, ngettext
from app.services import departments, engagement, people
from app.views.departments import PersonItem, ProfileItem, meetings_using
from app.views.engagement_window import StakeholderItem
from ui.context import AppContext
from ui.engagement_commands import engagement_command
from ui.forms import Check, Choice, LinesBox, OptionalNumber, TextBox, TextLine
from ui.models.departments_model import COL_PERSON_NAME, PersonRow, people_model
from ui.plain import heading, plain_label
from ui.steps.row_actions import RowService
from ui.steps.row_form import RowForm
from ui.steps.rows_panel import RowsPanel, Words, scrolled
from ui.undo import AddCommand, DeleteCommand, EditCommand, UndoableCommand

#: the people table's last column (its model names only the name's)
COL_CONTACT = 5
#: the person's fields that belong to the meeting shown, set once they are a key person
STAKE_FIELDS = ("engagement", "engagement_desired", "decision_right")


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
    """The department's key people: a table and the selected person's details, shared by
    every meeting, and their part in this one (engagement now and needed, decision right)."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        words = Words(_("person"), _("People"),
                      lambda: _("Add a person to {name}").format(name=self._department_name()),
                      lambda person: _("Delete {name}").format(name=person.name),
                      add_button=_("Add person"))
        super().__init__(context, "people", people_model(), RowService.of(people), words,
                         first_field="name", new_values=lambda: {"name": _("New person")},
                         stretch=(COL_PERSON_NAME, COL_CONTACT),
                         widths={1: 14, 2: 7, 3: 7, 4: 14},
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
        self.form.columns[0].addRow(heading(_("In this meeting"), self))
        self.form.add("key_person", "", Check(_("&Key person in this meeting")))
        self.form.route("key_person", self._key_person)
        self.form.add("engagement", _("&Engagement now:"), Choice(list(Engagement)))
        self.form.route("engagement", self._set_engagement)
        self.form.add("engagement_desired", _("Engagement nee&ded:"), Choice(list(Engagement)))
        self.form.route("engagement_desired", self._edit_part)
        self.form.add("decision_right", _("Decision ri&ght:"),
                      Choice(list(DecisionRight), optional=True))
        self.form.route("decision_right", self._edit_part)
        self.department: ProfileItem | None = None
        #: the department's part in the meeting shown
        self.participation_id: int | None = None

    def _department_name(self) -> str:
        return "" if self.department is None else self.department.name

    def show_people(self, department: ProfileItem | None, rows: list[PersonItem],
                    participation_id: int | None = None,
                    parts: Mapping[int, StakeholderItem] | None = None) -> None:
        self.department = department
        self.participation_id = participation_id
        parts = parts or {}
        self.show_rows(None if department is None else department.id,
                       [PersonRow(person, parts.get(person.id)) for person in rows])

    def show_row(self, row: PersonRow | None) -> None:
        super().show_row(row)
        # their part in the meeting is set once they are a key person in it
        key = row is not None and row.stake is not None and not self.form.binder.read_only
        for name in STAKE_FIELDS:
            self.form.field(name).setEnabled(key)

    # -- their part in this meeting ------------------------------------------------------
    def _key_person(self, row: PersonRow, before: dict[str, Any],
                    after: dict[str, Any]) -> UndoableCommand:
        ws, part_id, person_id = self.context.workspace, self.participation_id, row.id
        assert part_id is not None
        if after["key_person"]:
            return AddCommand(_("Make {name} a key person in this meeting").format(
                name=row.name), ws, lambda: engagement.add_stakeholder(ws, part_id, person_id),
                engagement.remove_stakeholder)
        assert row.stake is not None
        return DeleteCommand(_("{name} no longer a key person in this meeting").format(
            name=row.name), ws, engagement.remove_stakeholder, row.stake.id)

    def _set_engagement(self, row: PersonRow, before: dict[str, Any],
                        after: dict[str, Any]) -> UndoableCommand:
        assert self.participation_id is not None
        return engagement_command(self.context.workspace, self.participation_id, row.id,
                                  after["engagement"], name=row.name)

    def _edit_part(self, row: PersonRow, before: dict[str, Any],
                   after: dict[str, Any]) -> UndoableCommand:
        assert row.stake is not None
        field = next(iter(after))
        return EditCommand(_("Edit {what}: {field}").format(
            what=row.name, field=self.form.label_of(field)), self.context.workspace,
            engagement.update_stakeholder, row.stake.id, before, after)
