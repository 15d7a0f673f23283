"""The tables of the Departments step: the meeting's departments, their people, touchpoints."""

from __future__ import annotations

from dataclasses import dataclass

from app.domain.enums import label
from app.i18n import _, ngettext
from app.views.departments import DepartmentRow, PersonItem, TouchpointItem
from ui.models.marked import MarkedTableModel
from ui.models.meetings_model import short_date
from ui.models.table_model import Column


def _days(row: DepartmentRow) -> str:
    days = row.days_since
    if days is None:
        return _("planned") if row.next_planned is not None else _("not yet")
    return ngettext("{n} day", "{n} days", days).format(n=days)


def _contact_tooltip(row: DepartmentRow) -> str:
    # the last contact, else the touchpoint planned
    return short_date(row.last_contact or row.next_planned)


def _engagement(row: DepartmentRow) -> str:
    start, now = row.part.engagement_at_start, row.part.engagement
    if start == now:
        return label(now)
    return _("{start} → {now}").format(start=label(start), now=label(now))


DEPARTMENT_COLUMNS: list[Column[DepartmentRow]] = [
    Column(lambda: _("Department"), lambda r: r.department.name,
           sort_key=lambda r: r.department.name_key, tooltip=lambda r: r.department.function),
    Column(lambda: _("Relationship"),
           lambda r: label(r.part.relationship) if r.part.relationship else ""),
    Column(lambda: _("Engagement (start → now)"), _engagement),
    Column(lambda: _("Readiness"), lambda r: label(r.part.readiness),
           sort_key=lambda r: list(type(r.part.readiness)).index(r.part.readiness)),
    Column(lambda: _("Last touchpoint"), _days,
           sort_key=lambda r: 10**6 if r.days_since is None else r.days_since,
           tooltip=_contact_tooltip, attention=lambda r: r.last_contact is None,
           align_right=True),
]
COL_DEPARTMENT_NAME = 0


def departments_model(parent: object = None) -> MarkedTableModel[DepartmentRow]:
    return MarkedTableModel(DEPARTMENT_COLUMNS, parent)


def _scale(value: int | None) -> str:
    return "" if value is None else str(value)


PERSON_COLUMNS: list[Column[PersonItem]] = [
    Column(lambda: _("Name"), lambda p: p.name, sort_key=lambda p: p.position),
    Column(lambda: _("Role"), lambda p: p.role),
    Column(lambda: _("Influence"), lambda p: _scale(p.influence),
           sort_key=lambda p: p.influence or 0, align_right=True),
    Column(lambda: _("Interest"), lambda p: _scale(p.interest),
           sort_key=lambda p: p.interest or 0, align_right=True),
    Column(lambda: _("Contact"), lambda p: p.contact),
]
COL_PERSON_NAME = 0


def people_model(parent: object = None) -> MarkedTableModel[PersonItem]:
    return MarkedTableModel(PERSON_COLUMNS, parent)


@dataclass(frozen=True)
class TouchpointRow:
    """A touchpoint with the name of the person spoken to."""

    touchpoint: TouchpointItem
    person: str

    @property
    def id(self) -> int:
        return self.touchpoint.id


TOUCHPOINT_COLUMNS: list[Column[TouchpointRow]] = [
    Column(lambda: _("Date"), lambda r: short_date(r.touchpoint.date),
           sort_key=lambda r: f"{r.touchpoint.date.isoformat()}#{r.touchpoint.id or 0:09}"),
    Column(lambda: _("Channel"), lambda r: label(r.touchpoint.channel)),
    Column(lambda: _("With"), lambda r: r.person),
    Column(lambda: _("Summary"), lambda r: " ".join(r.touchpoint.summary.split()),
           tooltip=lambda r: r.touchpoint.summary),
    Column(lambda: _("Next step"), lambda r: " ".join(r.touchpoint.next_step.split()),
           tooltip=lambda r: r.touchpoint.next_step),
]
COL_TOUCHPOINT_SUMMARY = 3


def touchpoints_model(parent: object = None) -> MarkedTableModel[TouchpointRow]:
    return MarkedTableModel(TOUCHPOINT_COLUMNS, parent)
