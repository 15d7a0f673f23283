"""Action items agreed in the meeting: owner, department, due date, status and source."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtWidgets import QWidget

from app.domain.enums import ActionStatus, DemandKind
from app.i18n import _, ngettext
from app.services import actions
from ui.context import AppContext
from ui.forms import Choice, ItemChoice, OptionalDate, TextBox
from ui.models.follow_up_models import ActionModel
from ui.models.meeting_view import ActionRow, MeetingView
from ui.steps.follow_up_rows import RowService, RowsPanel, Words

#: the source choice's key → the action's field that holds it
SOURCE_FIELDS = {"demand": "source_demand_id", "suggestion": "source_suggestion_id",
                 "issue": "source_issue_id"}


def _short(text: str, limit: int = 70) -> str:
    line = " ".join(text.split())
    return line if len(line) <= limit else line[: limit - 1] + "…"


def source_items(view: MeetingView) -> list[tuple[str, str]]:
    """Every demand, suggestion and open issue of the meeting an action can come from."""
    items: list[tuple[str, str]] = []
    for demand in view.demands:
        kind = {DemandKind.demand: _("Demand"), DemandKind.objection: _("Objection"),
                DemandKind.risk: _("Risk")}[demand.kind]
        items.append((f"{kind} · {demand.department}: {_short(demand.text)}",
                      f"demand:{demand.id}"))
    for suggestion in view.suggestions:
        items.append((_("Suggestion · {department}: {text}").format(
            department=suggestion.department, text=_short(suggestion.text)),
            f"suggestion:{suggestion.id}"))
    for issue in view.issues:
        items.append((_("Open issue: {text}").format(text=_short(issue.text)),
                      f"issue:{issue.id}"))
    return items


def source_choice(row: ActionRow) -> str | None:
    key = row.source_key
    return None if key is None else f"{key[0]}:{key[1]}"


def source_fields(choice: str | None) -> dict[str, int | None]:
    """The three source fields for one choice (at most one is set)."""
    fields: dict[str, int | None] = dict.fromkeys(SOURCE_FIELDS.values())
    if choice:
        kind, key = choice.split(":")
        fields[SOURCE_FIELDS[kind]] = int(key)
    return fields


class ActionsPanel(RowsPanel):
    """The action items; an open one past its due date stands out."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        service = RowService(actions.add, actions.update, actions.delete, actions.move)
        words = Words(_("New action"), _("Add action"), _("Edit action"), _("Delete action"),
                      _("Move action"), _("Selected action"))
        model = ActionModel()
        super().__init__(context, model, service, words, name="actions",
                         stretch=(ActionModel.COL_TEXT, ActionModel.COL_SOURCE), parent=parent)
        model.setParent(self)
        self.add_field(_("Action"), "text", TextBox(self, lines=3))
        self.source = self.binder.bind("source", ItemChoice(parent=self))
        self.source.setObjectName("actionsSource")
        self.source.setAccessibleName(_("Comes from"))
        self.form.addRow(_("Comes from"), self.source)
        self.owner = self.add_field(_("Owner"), "owner_id", ItemChoice(parent=self), right=True)
        self.department = self.add_field(_("Department"), "department_id",
                                         ItemChoice(parent=self), right=True)
        self.add_field(_("Due"), "due", OptionalDate(self), right=True)
        self.add_field(_("Status"), "status", Choice(list(ActionStatus), parent=self),
                       right=True)

    def rows_of(self, view: MeetingView) -> list[ActionRow]:
        return view.actions

    def show_view(self, view: MeetingView | None) -> None:
        if view is not None:
            self.owner.set_items([(p.label, p.id) for p in view.people])
            self.department.set_items([(d.name, d.id) for d in view.departments])
            self.source.set_items(source_items(view))
        super().show_view(view)
        open_count = 0 if view is None else sum(
            1 for a in view.actions if a.status == ActionStatus.open)
        total = 0 if view is None else len(view.actions)
        self.status_label.setText(ngettext("{open} of {total} action still to do",
                                           "{open} of {total} actions still to do",
                                           total).format(open=open_count, total=total)
                                  if total else "")
        today = date.today()
        overdue = 0 if view is None else sum(1 for a in view.actions if a.overdue(today))
        if overdue:
            self.status_label.setText(self.status_label.text() + " · " + ngettext(
                "{n} overdue", "{n} overdue", overdue).format(n=overdue))

    def show_row(self, row: Any | None) -> None:
        super().show_row(row)
        # the binder read the row's ``source`` text; the choice wants its key
        self.source.set_value(None if row is None else source_choice(row))

    def commit(self, name: str, value: Any) -> None:
        row = self.table.selected_row()
        if row is None:
            return
        if name == "source":
            before = {field: getattr(row, field) for field in SOURCE_FIELDS.values()}
            self.edit(row, before, source_fields(value))
            return
        before, after = {name: getattr(row, name)}, {name: value}
        if name == "owner_id" and value is not None and row.department_id is None:
            # an owner's department is the action's department unless told otherwise
            person = next((p for p in self.view.people if p.id == value), None) \
                if self.view else None
            if person is not None:
                before["department_id"], after["department_id"] = None, person.department_id
        self.edit(row, before, after)
