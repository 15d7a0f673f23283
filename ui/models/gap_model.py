"""The Overview's gap board: where each department and key person stands against where they
must get to, who decides, and whether we are in touch; what needs attention first (the read
model's order, :func:`app.views.gap_board.gap_rows`).

A late contact stands out three ways, never by colour alone: an attention icon, a word in
the cell ("never", "overdue"), and the cell in the palette's warning tone.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont, QGuiApplication, QPalette

from app.domain.attention import MUST_BE_BRIEFED, QUADRANT_LABELS, Unbriefed
from app.domain.enums import engagement_rank, label
from app.i18n import _, ngettext
from app.views.gap_board import GapRow
from ui.icons import icon
from ui.models.departments_model import engagement_text, right_rank
from ui.models.meetings_model import short_date
from ui.models.table_model import Column, Index, RowTableModel


def who(row: GapRow) -> str:
    if row.person_id is None:
        return row.name
    return _("{name} ({department})").format(name=row.name, department=row.department)


def _gap_tip(row: GapRow) -> str:
    text = _("Now: {now}. Needed: {needed}.").format(now=label(row.engagement),
                                                      needed=label(row.desired))
    if row.gap > 0:
        text += " " + ngettext("{n} step still to go.", "{n} steps still to go.",
                               row.gap).format(n=row.gap)
    return text


def _late(row: GapRow) -> bool:
    return row.never_contacted or row.stale


def why_attention(row: GapRow) -> str:
    """What is late with them, in words ("" when nothing is)."""
    reasons = []
    if row.never_contacted:
        reasons.append(_("No contact yet."))
    elif row.stale:
        reasons.append(ngettext("Not contacted in the last {n} day.",
                                "Not contacted in the last {n} days.",
                                row.stale_days).format(n=row.stale_days))
    if row.overdue:
        reasons.append(_("The contact planned for {date} has not happened.").format(
            date=short_date(row.next_contact)))
    return " ".join(reasons)


def last_contact_text(row: GapRow) -> str:
    if row.last_contact is None:
        return _("never")
    days = (row.today - row.last_contact).days
    if days == 0:
        return _("today")
    return ngettext("{n} day ago", "{n} days ago", days).format(n=days)


def next_contact_text(row: GapRow) -> str:
    if row.next_contact is None:
        return _("not planned")
    if row.overdue:
        return _("{date} (overdue)").format(date=short_date(row.next_contact))
    return short_date(row.next_contact)


COLUMNS: list[Column[GapRow]] = [
    Column(lambda: _("Department or person"), who,
           tooltip=lambda r: why_attention(r) or who(r),
           attention=lambda r: _late(r) or r.overdue),
    Column(lambda: _("Now → needed"), lambda r: engagement_text(r.engagement, r.desired),
           sort_key=lambda r: (-r.gap, engagement_rank(r.engagement)), tooltip=_gap_tip),
    # the contacts next to who they are about: what is late is read first
    Column(lambda: _("Last contact"), last_contact_text,
           sort_key=lambda r: "" if r.last_contact is None else r.last_contact.isoformat(),
           tooltip=why_attention, attention=_late, align_right=True),
    Column(lambda: _("Next contact"), next_contact_text,
           sort_key=lambda r: "~" if r.next_contact is None else r.next_contact.isoformat(),
           tooltip=why_attention, attention=lambda r: r.overdue),
    Column(lambda: _("Decision right"),
           lambda r: label(r.decision_right) if r.decision_right is not None else "",
           sort_key=lambda r: right_rank(r.decision_right)),
    Column(lambda: _("Power/interest"),
           lambda r: "" if r.quadrant is None else _(QUADRANT_LABELS[r.quadrant]),
           sort_key=lambda r: 9 if r.quadrant is None else list(QUADRANT_LABELS).index(
               r.quadrant)),
    Column(lambda: _("Owner"), lambda r: r.owner or _("Me")),
]
COL_WHO, COL_ENGAGEMENT, COL_LAST, COL_NEXT, COL_RIGHT, COL_QUADRANT, COL_OWNER = range(7)


def warning_colour() -> QColor:
    """A red that reads on the palette's base, light or dark."""
    base = QGuiApplication.palette().color(QPalette.ColorRole.Base)
    return QColor("#ff8a80") if base.lightness() < 128 else QColor("#b3261e")


class GapModel(RowTableModel[GapRow]):
    """The gap board, read-only, in the read model's order of attention."""

    roles = RowTableModel.roles | {Qt.ItemDataRole.DecorationRole,
                                   Qt.ItemDataRole.ForegroundRole,
                                   Qt.ItemDataRole.AccessibleDescriptionRole}

    def __init__(self, parent: Any = None) -> None:
        super().__init__(COLUMNS, parent)
        #: late contacts are marked while the meeting is being prepared; once it is held,
        #: a contact not made is history, not a task
        self.marks = True

    def set_rows(self, rows: Sequence[GapRow], *, marks: bool = True) -> None:
        if marks != self.marks:
            self.marks = marks
            self.reset_rows(rows)
        else:
            super().set_rows(rows)

    def row_key(self, row: GapRow) -> Any:
        return (row.participation_id, row.person_id)

    def marked(self, row: GapRow, column: int) -> bool:
        """Whether a cell says that a contact is late (and it still counts)."""
        attention = self.columns[column].attention
        return self.marks and attention is not None and attention(row)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in (Qt.ItemDataRole.DecorationRole, Qt.ItemDataRole.ForegroundRole,
                        Qt.ItemDataRole.AccessibleDescriptionRole, Qt.ItemDataRole.FontRole):
            return super().data(index, role)
        row = self.row_at(index)
        column = index.column()
        if row is None or not 0 <= column < len(self.columns):
            return None
        marked = self.marked(row, column)
        if role == Qt.ItemDataRole.FontRole:
            # a department's line heads its people's; a late contact is said in bold too
            heads = column == COL_WHO and row.person_id is None
            if not heads and not (marked and column != COL_WHO):
                return None
            font = QFont()
            font.setBold(True)
            return font
        if not marked:
            return None
        if role == Qt.ItemDataRole.DecorationRole:
            return icon("attention")
        if role == Qt.ItemDataRole.ForegroundRole:
            # the contact cells in the warning tone; a name keeps its colour, its icon says
            # enough there
            return None if column == COL_WHO else QBrush(warning_colour())
        return why_attention(row)


def not_briefed_text(missing: Unbriefed) -> str:
    """"Ana Ruiz (Finance) — Decides": who, and why they must hear it from us first."""
    if missing.right in MUST_BE_BRIEFED:
        why = label(missing.right)
    else:
        why = _("influence {n}").format(n=missing.person.influence)
    return _("{name} ({department}) — {why}").format(
        name=missing.person.name, department=missing.department.name, why=why)
