"""The meetings list and the goals table."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from PySide6.QtCore import Qt

from app.i18n import _, ngettext
from app.views.goals import GoalItem
from app.views.meetings import MeetingItem
from ui.icons import icon
from ui.models.marked import MarkedTableModel
from ui.models.table_model import Column, Index


def short_date(day: date | datetime | None) -> str:
    """A day as the date fields show it (2026-12-03): one unambiguous form in every language."""
    if day is None:
        return ""
    if isinstance(day, datetime):
        day = day.date()  # the day where the meeting takes place, in its own offset
    return day.isoformat()


def _when(row: MeetingItem) -> str:
    # a string: the proxy compares sort values as QVariants, and Python tuples do not compare
    moment = row.scheduled_at
    if moment is None:  # undated meetings last, by title
        return f"1|{row.title.casefold()}"
    return f"0{moment.timestamp():016.0f}|{row.title.casefold()}"


MEETING_COLUMNS: list[Column[MeetingItem]] = [
    Column(lambda: _("Date"), lambda r: short_date(r.scheduled_at), sort_key=_when),
    Column(lambda: _("Meeting"), lambda r: r.title, tooltip=lambda r: r.title),
    Column(lambda: _("Ready"),
           lambda r: "" if r.readiness is None else _("{score}%").format(
               score=r.readiness.score),
           sort_key=lambda r: -1 if r.readiness is None else r.readiness.score,
           align_right=True),
]
COL_DATE, COL_TITLE, COL_READINESS = range(3)


def overdue_text(row: MeetingItem) -> str:
    return ngettext("{n} action or issue overdue", "{n} actions or issues overdue",
                    row.overdue).format(n=row.overdue)


def behind_text(row: MeetingItem, stale_days: int) -> str:
    return ngettext("{n} department behind its plan: next contact past, or no contact in "
                    "{days} days",
                    "{n} departments behind their plan: next contact past, or no contact in "
                    "{days} days", row.behind).format(n=row.behind, days=stale_days)


class MeetingsModel(MarkedTableModel[MeetingItem]):
    """The meetings; a meeting with overdue actions or issues, or with departments behind
    their communication plan, marked beside its date (an icon, and why in its tooltip and
    accessible description)."""

    roles = MarkedTableModel.roles | {Qt.ItemDataRole.DecorationRole,
                                      Qt.ItemDataRole.AccessibleDescriptionRole}

    def __init__(self, columns: list[Column[MeetingItem]], parent: Any = None) -> None:
        super().__init__(columns, parent)
        #: after how many days without a contact the rows were counted as behind
        self.stale_days = 14

    def reasons(self, row: MeetingItem) -> list[str]:
        """Why the meeting is marked (nothing: it is not)."""
        texts = [overdue_text(row)] if row.overdue else []
        if row.behind:
            texts.append(behind_text(row, self.stale_days))
        return texts

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.column() == COL_DATE and role in (
                Qt.ItemDataRole.DecorationRole, Qt.ItemDataRole.ToolTipRole,
                Qt.ItemDataRole.AccessibleDescriptionRole):
            row = self.row_at(index)
            reasons = [] if row is None else self.reasons(row)
            if reasons:
                return icon("attention") if role == Qt.ItemDataRole.DecorationRole \
                    else "\n".join(reasons)
        return super().data(index, role)


def meetings_model(parent: object = None) -> MeetingsModel:
    return MeetingsModel(MEETING_COLUMNS, parent)


def _target(goal: GoalItem) -> str:
    if not goal.baseline and not goal.target:
        return _("no target yet")
    return _("{baseline} → {target}").format(baseline=goal.baseline or _("?"),
                                              target=goal.target or _("?"))


GOAL_COLUMNS: list[Column[GoalItem]] = [
    Column(lambda: _("Goal"), lambda g: g.statement, tooltip=lambda g: g.statement,
           sort_key=lambda g: g.position),
    Column(lambda: _("Indicator"), lambda g: g.indicator or _("no indicator yet"),
           attention=lambda g: not g.indicator.strip()),
    Column(lambda: _("Baseline → target"), _target,
           attention=lambda g: not g.baseline and not g.target),
    Column(lambda: _("Due"), lambda g: short_date(g.due) if g.due else _("no date yet"),
           sort_key=lambda g: "~" if g.due is None else g.due.isoformat(),
           attention=lambda g: g.due is None),
]
COL_GOAL_STATEMENT = 0


def goals_model(parent: object = None) -> MarkedTableModel[GoalItem]:
    return MarkedTableModel(GOAL_COLUMNS, parent)
