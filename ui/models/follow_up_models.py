"""After the meeting: its decisions, action items and unresolved issues as tables."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from app import formatting
from app.domain.enums import label
from app.i18n import _
from app.views.meeting import ActionRow, DecisionRow, IssueRow
from ui.models.table_model import Column, RowTableModel


def _line(text: str) -> str:
    return " ".join(text.split())


class DecisionModel(RowTableModel[DecisionRow]):
    """One row per decision, with the departments that agreed."""

    COL_TEXT, COL_AGREED = range(2)

    def __init__(self, parent: Any = None) -> None:
        super().__init__([
            Column(lambda: _("Decision"), lambda r: _line(r.text), tooltip=lambda r: r.text),
            Column(lambda: _("Agreed by"), lambda r: ", ".join(r.agreed_names)),
        ], parent)


class ActionModel(RowTableModel[ActionRow]):
    """One row per action item; an open one past its due date stands out."""

    COL_TEXT, COL_OWNER, COL_DEPARTMENT, COL_DUE, COL_STATUS, COL_SOURCE = range(6)

    def __init__(self, parent: Any = None, *, today: Callable[[], date] = date.today) -> None:
        def overdue(row: ActionRow) -> bool:
            return row.overdue(today())

        def tip(row: ActionRow) -> str:
            if overdue(row):
                return _("Overdue since {date}").format(date=formatting.day(row.due))
            return row.text

        super().__init__([
            Column(lambda: _("Action"), lambda r: _line(r.text), tooltip=tip, attention=overdue),
            Column(lambda: _("Owner"), lambda r: r.owner),
            Column(lambda: _("Department"), lambda r: r.department),
            Column(lambda: _("Due"), lambda r: formatting.day(r.due),
                   sort_key=lambda r: r.due or date.max, tooltip=tip, attention=overdue),
            Column(lambda: _("Status"), lambda r: label(r.status)),
            Column(lambda: _("Comes from"), lambda r: r.source),
        ], parent)


class IssueModel(RowTableModel[IssueRow]):
    """One row per unresolved issue, with its follow-up."""

    COL_TEXT, COL_FOLLOW_UP, COL_DUE = range(3)

    def __init__(self, parent: Any = None) -> None:
        super().__init__([
            Column(lambda: _("Unresolved issue"), lambda r: _line(r.text),
                   tooltip=lambda r: r.text),
            Column(lambda: _("Follow-up"), lambda r: _line(r.follow_up),
                   tooltip=lambda r: r.follow_up),
            Column(lambda: _("By"), lambda r: formatting.day(r.due),
                   sort_key=lambda r: r.due or date.max),
        ], parent)
