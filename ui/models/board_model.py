"""The Overview's departments board: where each department stands, one row each."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from app.domain.enums import DemandKind, DemandStatus, Readiness, Relationship, Stance, label
from app.i18n import _, ngettext
from app.services.document_ids import MeetingDocument
from ui.models.table_model import Column, RowTableModel

#: stances from friendliest to most opposed; unknown sorts last, since it needs a visit
_STANCE_ORDER = {Stance.supportive: 0, Stance.neutral: 1, Stance.concerned: 2,
                 Stance.opposed: 3, Stance.unknown: 4}
_READINESS_ORDER = {r: i for i, r in enumerate(Readiness)}
#: demands that must be answered before the meeting (a plain demand is a request, not a fight)
_OBJECTIONS = (DemandKind.objection, DemandKind.risk)


@dataclass(frozen=True)
class BoardRow:
    """One department's line on the board, computed from the meeting's plain data."""

    key: str                 # package id of the department
    profile_id: int          # database id of the department profile
    name: str
    relationship: Relationship | None
    stance_at_start: Stance
    stance: Stance
    readiness: Readiness
    open_objections: int
    #: days since the last touchpoint on or before today; None: never contacted
    days_since_contact: int | None
    people: int

    @property
    def id(self) -> int:
        """The row's key in the board (the department profile)."""
        return self.profile_id

    @property
    def not_contacted(self) -> bool:
        return self.readiness == Readiness.not_contacted and self.days_since_contact is None

    @property
    def needs_attention(self) -> bool:
        return self.not_contacted or self.open_objections > 0


def board_rows(document: MeetingDocument, today: date) -> list[BoardRow]:
    """The board's rows in the meeting's department order."""
    package = document.package
    last: dict[str, date] = {}
    for touch in package.touchpoints:
        # a touchpoint dated later is a plan, not a conversation that happened
        if touch.date <= today and (touch.department not in last
                                    or touch.date > last[touch.department]):
            last[touch.department] = touch.date
    objections: dict[str, int] = {}
    for demand in package.demands:
        if demand.kind in _OBJECTIONS and demand.status == DemandStatus.open:
            objections[demand.department] = objections.get(demand.department, 0) + 1
    rows = []
    for dept in package.departments:
        seen = last.get(dept.id)
        rows.append(BoardRow(
            key=dept.id, profile_id=document.rows[dept.id][1], name=dept.name,
            relationship=dept.relationship, stance_at_start=dept.stance_at_start,
            stance=dept.stance, readiness=dept.readiness,
            open_objections=objections.get(dept.id, 0),
            days_since_contact=None if seen is None else (today - seen).days,
            people=len(dept.people),
        ))
    return rows


def stance_text(row: BoardRow) -> str:
    """"Opposed → Concerned", or one word when the stance has not moved."""
    now = label(row.stance)
    if row.stance_at_start == row.stance:
        return now
    return _("{start} → {now}").format(start=label(row.stance_at_start), now=now)


def _stance_tooltip(row: BoardRow) -> str:
    return _("At the start: {start}. Now: {now}.").format(
        start=label(row.stance_at_start), now=label(row.stance))


def contact_text(row: BoardRow) -> str:
    """How long since someone last spoke with the department."""
    days = row.days_since_contact
    if days is None:
        return _("never")
    if days == 0:
        return _("today")
    return ngettext("{n} day ago", "{n} days ago", days).format(n=days)


def _name_tooltip(row: BoardRow) -> str:
    reasons = []
    if row.not_contacted:
        reasons.append(_("Not contacted yet."))
    if row.open_objections:
        reasons.append(ngettext("{n} open objection or risk.", "{n} open objections or risks.",
                                row.open_objections).format(n=row.open_objections))
    reasons.append(ngettext("{n} key person.", "{n} key people.", row.people)
                   .format(n=row.people))
    return " ".join(reasons)


def _objections_tooltip(row: BoardRow) -> str:
    return ngettext("{n} objection or risk still open", "{n} objections or risks still open",
                    row.open_objections).format(n=row.open_objections)


def _never_last(row: BoardRow) -> Any:
    # "never" is the longest wait of all, so it sorts after any number of days
    return (1, 0) if row.days_since_contact is None else (0, row.days_since_contact)


COLUMNS: list[Column[BoardRow]] = [
    Column(lambda: _("Department"), lambda r: r.name,
           tooltip=_name_tooltip, attention=lambda r: r.needs_attention),
    Column(lambda: _("Relationship"),
           lambda r: label(r.relationship) if r.relationship is not None else "",
           sort_key=lambda r: (r.relationship is None, str(r.relationship or ""))),
    Column(lambda: _("Stance"), stance_text,
           sort_key=lambda r: (_STANCE_ORDER[r.stance], _STANCE_ORDER[r.stance_at_start]),
           tooltip=_stance_tooltip),
    Column(lambda: _("Readiness"), lambda r: label(r.readiness),
           sort_key=lambda r: _READINESS_ORDER[r.readiness],
           attention=lambda r: r.not_contacted),
    # a short title, so that the board fits beside the meeting list and the guidance
    Column(lambda: _("Objections"), lambda r: str(r.open_objections),
           sort_key=lambda r: r.open_objections, tooltip=_objections_tooltip,
           attention=lambda r: r.open_objections > 0, align_right=True),
    Column(lambda: _("Last contact"), contact_text, sort_key=_never_last,
           attention=lambda r: r.days_since_contact is None, align_right=True),
]
COL_NAME, COL_RELATIONSHIP, COL_STANCE, COL_READINESS, COL_OBJECTIONS, COL_CONTACT = range(6)


class BoardModel(RowTableModel[BoardRow]):
    """The departments board: read-only, one row per department of the meeting."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(COLUMNS, parent)
