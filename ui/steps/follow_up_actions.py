"""Action items agreed in the meeting: owner, department, due date, status and source."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtWidgets import QWidget

from app.domain.enums import ActionStatus, DemandKind
from app.i18n import _, ngettext
from app.services import actions
from app.views.meeting import ActionRow, MeetingView
from ui.context import AppContext
from ui.forms import Choice, ItemChoice, OptionalDate, TextBox
from ui.models.follow_up_models import ActionModel
from ui.steps.row_actions import RowService
from ui.steps.rows_panel import RowsPanel, Words

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


def source_choice(row: Any) -> str | None:
    """An action's source as one choice's key ("demand:3"), or None."""
    for kind, field in SOURCE_FIELDS.items():
        key = getattr(row, field)
        if key is not None:
            return f"{kind}:{key}"
    return None


def source_fields(choice: str | None) -> dict[str, int | None]:
    """The three source fields for one choice (at most one is set)."""
    fields: dict[str, int | None] = dict.fromkeys(SOURCE_FIELDS.values())
    if choice:
        kind, key = choice.split(":")
        fields[SOURCE_FIELDS[kind]] = int(key)
    return fields


class ShownAction:
    """An action as its form shows it: the source as one choice's key, not its text."""

    def __init__(self, row: ActionRow) -> None:
        self._row = row
        self.source = source_choice(row)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._row, name)


class ActionsPanel(RowsPanel):
    """The action items; an open one past its due date stands out."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        words = Words(_("action"), _("Action items"), _("Add action"), _("Delete action"),
                      _("Move action"), new_label=_("New action"), details=_("Selected action"))
        super().__init__(context, "actions", ActionModel(), RowService.of(actions), words,
                         first_field="text",
                         stretch=(ActionModel.COL_TEXT, ActionModel.COL_SOURCE),
                         widths={ActionModel.COL_OWNER: 16, ActionModel.COL_DEPARTMENT: 14,
                                 ActionModel.COL_DUE: 11, ActionModel.COL_STATUS: 10},
                         movable=True, columns=2, form_row=ShownAction,
                         changes=self._changes, parent=parent)
        self.view: MeetingView | None = None
        self.form.add("text", _("Action"), TextBox(lines=3))
        self.source = self.form.add("source", _("Comes from"), ItemChoice())
        self.owner = self.form.add("owner_id", _("Owner"), ItemChoice(), column=1)
        self.department = self.form.add("department_id", _("Department"), ItemChoice(),
                                        column=1)
        self.form.add("due", _("Due"), OptionalDate(), column=1)
        self.form.add("status", _("Status"), Choice(list(ActionStatus)), column=1)

    def show_view(self, view: MeetingView | None) -> None:
        if view is not None:
            self.owner.set_items([(p.label, p.id) for p in view.people])
            self.department.set_items([(d.name, d.id) for d in view.departments])
            self.source.set_items(source_items(view))
        self.view = view
        rows = [] if view is None else view.actions
        self.show_rows(None if view is None else view.id, rows)
        open_count = sum(1 for a in rows if a.status == ActionStatus.open)
        text = ngettext("{open} of {total} action still to do",
                        "{open} of {total} actions still to do",
                        len(rows)).format(open=open_count, total=len(rows)) if rows else ""
        overdue = sum(1 for a in rows if a.overdue(date.today()))
        if overdue:
            text += " · " + ngettext("{n} overdue", "{n} overdue", overdue).format(n=overdue)
        self.table.status.setText(text)

    def _changes(self, row: Any, name: str, value: Any) -> tuple[dict[str, Any],
                                                                  dict[str, Any]]:
        if name == "source":
            return ({field: getattr(row, field) for field in SOURCE_FIELDS.values()},
                    source_fields(value))
        before, after = {name: getattr(row, name)}, {name: value}
        if name == "owner_id" and value is not None and row.department_id is None:
            # an owner's department is the action's department unless told otherwise
            person = next((p for p in self.view.people if p.id == value), None) \
                if self.view else None
            if person is not None:
                before["department_id"], after["department_id"] = None, person.department_id
        return before, after
