"""The Overview's gap board: where each department and key person stands against where they
must get to, who decides, and whether we are in touch; what needs attention first.

A late contact stands out three ways, never by colour alone: an attention icon, a word
in the cell ("overdue", "never"), and the cell in bold and the palette's warning tone.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont, QGuiApplication, QPalette

from app.domain.enums import DecisionRight, Engagement, engagement_rank, label
from app.i18n import _, ngettext
from app.views.engagement_window import BoardLine, Unbriefed, board_lines
from ui.icons import icon
from ui.models.departments_model import engagement_text, right_rank
from ui.models.meetings_model import short_date
from ui.models.table_model import Column, Index, RowTableModel
from ui.widgets.power_grid import QUADRANTS

#: how much a decision right weighs against an influence of 1-5
_RIGHT_WEIGHT = {DecisionRight.decide: 5, DecisionRight.agree: 4, DecisionRight.input: 3,
                 DecisionRight.perform: 2, DecisionRight.informed: 1}


@dataclass(frozen=True)
class GapEntry:
    """One line of the board: a department (``person_id`` None) or one of its key people."""

    id: str                      # unique on the board: "d<participation>" or "p<stakeholder>"
    participation_id: int
    department_id: int
    person_id: int | None
    name: str
    department: str
    engagement: Engagement
    engagement_desired: Engagement
    gap: int
    decision_right: DecisionRight | None
    influence: int | None
    #: Mendelow's quadrant, translated (empty: influence or interest not known)
    quadrant: str
    last_contact: date | None
    next_contact: date | None
    owner: str
    overdue: bool
    stale: bool
    #: after how many days without a contact ``stale`` holds
    stale_days: int
    today: date

    @property
    def needs_attention(self) -> bool:
        return self.overdue or self.stale

    @property
    def power(self) -> int:
        """How much their word weighs: their decision right or their influence, the more."""
        right = 0 if self.decision_right is None else _RIGHT_WEIGHT[self.decision_right]
        return max(right, self.influence or 0)


def _quadrant(line: BoardLine) -> str:
    # 3 counts as high, as on the power grid
    if line.influence is None or line.interest is None:
        return ""
    return _(QUADRANTS[(line.influence >= 3, line.interest >= 3)])


def entry(line: BoardLine, today: date, stale_days: int) -> GapEntry:
    """A board line, with what it takes to reach the engagement needed and what is late."""
    key = f"d{line.participation_id}" if line.person_id is None else (
        f"p{line.participation_id}-{line.person_id}")
    planned = line.next_contact
    overdue = line.person_id is None and planned is not None and planned < today and (
        line.last_contact is None or line.last_contact < planned)
    stale = line.last_contact is None or (
        line.last_contact < today - timedelta(days=stale_days))
    return GapEntry(key, line.participation_id, line.department_id, line.person_id, line.name,
                    line.department, line.engagement, line.engagement_desired,
                    max(0, engagement_rank(line.engagement_desired)
                        - engagement_rank(line.engagement)),
                    line.decision_right, line.influence, _quadrant(line), line.last_contact,
                    planned if line.person_id is None else None, line.owner, overdue, stale,
                    stale_days, today)


def attention_order(row: GapEntry) -> tuple[int, int, bool, str]:
    """High power first, then a large gap, then no contact yet."""
    return (-row.power, -row.gap, row.last_contact is not None, row.name.casefold())


def gap_entries(connection: sqlite3.Connection, meeting_id: int, today: date,
                stale_days: int) -> list[GapEntry]:
    """The board of a meeting, what needs attention first."""
    return sorted((entry(line, today, stale_days)
                   for line in board_lines(connection, meeting_id, today)),
                  key=attention_order)


def not_briefed_text(person: Unbriefed) -> str:
    """"Ana Ruiz (Finance) — decides": who, and why they must hear it from us first."""
    if person.decision_right is not None and person.decision_right.value in (
            DecisionRight.decide, DecisionRight.agree):
        why = label(person.decision_right)
    else:
        why = _("influence {n}").format(n=person.influence)
    return _("{name} ({department}) — {why}").format(name=person.name,
                                                     department=person.department, why=why)


def _who(row: GapEntry) -> str:
    if row.person_id is None:
        return row.name
    return _("{name} ({department})").format(name=row.name, department=row.department)


def _who_tip(row: GapEntry) -> str:
    reasons = []
    if row.last_contact is None:
        reasons.append(_("No contact yet."))
    elif row.stale:
        reasons.append(ngettext("Not contacted in the last {n} day.",
                                "Not contacted in the last {n} days.",
                                row.stale_days).format(n=row.stale_days))
    if row.overdue:
        reasons.append(_("The contact planned for {date} has not happened.").format(
            date=short_date(row.next_contact)))
    return " ".join(reasons) or _who(row)


def last_contact_text(row: GapEntry) -> str:
    if row.last_contact is None:
        return _("never")
    days = (row.today - row.last_contact).days
    if days == 0:
        return _("today")
    return ngettext("{n} day ago", "{n} days ago", days).format(n=days)


def next_contact_text(row: GapEntry) -> str:
    if row.next_contact is None:
        return _("not planned")
    if row.overdue:
        return _("{date} (overdue)").format(date=short_date(row.next_contact))
    return short_date(row.next_contact)


COLUMNS: list[Column[GapEntry]] = [
    Column(lambda: _("Department or person"), _who, tooltip=_who_tip,
           attention=lambda r: r.needs_attention),
    Column(lambda: _("Now → needed"),
           lambda r: engagement_text(r.engagement, r.engagement_desired),
           sort_key=lambda r: (-r.gap, engagement_rank(r.engagement)),
           tooltip=lambda r: _("Now: {now}. Needed: {needed}.").format(
               now=label(r.engagement), needed=label(r.engagement_desired))),
    Column(lambda: _("Gap"), lambda r: str(r.gap) if r.gap > 0 else "",
           sort_key=lambda r: r.gap, align_right=True,
           tooltip=lambda r: ngettext("{n} step still to go", "{n} steps still to go",
                                      r.gap).format(n=r.gap) if r.gap > 0 else ""),
    Column(lambda: _("Decision right"),
           lambda r: label(r.decision_right) if r.decision_right is not None else "",
           sort_key=lambda r: right_rank(r.decision_right)),
    Column(lambda: _("Power/interest"), lambda r: r.quadrant),
    Column(lambda: _("Last contact"), last_contact_text,
           sort_key=lambda r: "" if r.last_contact is None else r.last_contact.isoformat(),
           attention=lambda r: r.stale, align_right=True),
    Column(lambda: _("Next contact"), next_contact_text,
           sort_key=lambda r: "~" if r.next_contact is None else r.next_contact.isoformat(),
           attention=lambda r: r.overdue),
    Column(lambda: _("Owner"), lambda r: r.owner or _("Me")),
]
COL_WHO, COL_ENGAGEMENT, COL_GAP, COL_RIGHT, COL_QUADRANT, COL_LAST, COL_NEXT, COL_OWNER = (
    range(8))


def warning_colour() -> QColor:
    """A red that reads on the palette's base, light or dark."""
    base = QGuiApplication.palette().color(QPalette.ColorRole.Base)
    return QColor("#ff8a80") if base.lightness() < 128 else QColor("#b3261e")


class GapModel(RowTableModel[GapEntry]):
    """The gap board, read-only, in the order of attention the read model gives."""

    roles = RowTableModel.roles | {Qt.ItemDataRole.DecorationRole,
                                   Qt.ItemDataRole.ForegroundRole,
                                   Qt.ItemDataRole.AccessibleDescriptionRole}

    def __init__(self, parent: Any = None) -> None:
        super().__init__(COLUMNS, parent)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role in (Qt.ItemDataRole.DecorationRole, Qt.ItemDataRole.ForegroundRole,
                    Qt.ItemDataRole.AccessibleDescriptionRole):
            row = self.row_at(index)
            if row is None or not 0 <= index.column() < len(self.columns):
                return None
            attention = self.columns[index.column()].attention
            if attention is None or not attention(row):
                return None
            if role == Qt.ItemDataRole.DecorationRole:
                return icon("attention")
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(warning_colour())
            return _who_tip(row)
        if role == Qt.ItemDataRole.FontRole and index.column() == COL_WHO:
            row = self.row_at(index)
            if row is not None and row.person_id is None:
                font = QFont()
                font.setBold(True)  # a department's line heads its people's
                return font
        return super().data(index, role)
