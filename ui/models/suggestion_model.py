"""Suggestions from the departments, what we decided, and the thanks to say for them."""

from __future__ import annotations

from typing import Any

from app.domain.enums import SuggestionDecision, label
from app.i18n import _
from app.views.meeting import SuggestionRow
from ui.models.table_model import Column, RowTableModel

COL_DEPARTMENT, COL_PERSON, COL_TEXT, COL_DECISION, COL_INCORPORATION, COL_CREDIT = range(6)


def _pending(row: SuggestionRow) -> bool:
    return row.decision == SuggestionDecision.pending


class SuggestionModel(RowTableModel[SuggestionRow]):
    """One row per suggestion; one still pending a decision is marked."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__([
            Column(lambda: _("Department"), lambda r: r.department),
            Column(lambda: _("Suggested by"), lambda r: r.person),
            Column(lambda: _("Suggestion"), lambda r: " ".join(r.text.split()),
                   tooltip=lambda r: r.text),
            Column(lambda: _("Decision"), lambda r: label(r.decision),
                   tooltip=lambda r: _("Not decided yet") if _pending(r) else "",
                   attention=_pending),
            Column(lambda: _("Outcome"),
                   lambda r: " ".join(r.incorporation.split()),
                   tooltip=lambda r: r.incorporation),
            Column(lambda: _("Credited"), lambda r: _("Yes") if r.credit else _("No")),
        ], parent)


def thanks_line(row: SuggestionRow) -> str:
    """What to say in the meeting for one credited suggestion."""
    who = (_("{person} ({department})").format(person=row.person, department=row.department)
           if row.person else row.department)
    what = " ".join(row.text.split())
    how = " ".join(row.incorporation.split())
    if how:
        return _("Thank {who} for: {what} — {how}").format(who=who, what=what, how=how)
    return _("Thank {who} for: {what}").format(who=who, what=what)


def thanks_to_say(rows: list[SuggestionRow]) -> list[str]:
    """The thanks for every credited suggestion we adopted or adapted, in order."""
    return [thanks_line(r) for r in rows if r.to_thank]
