"""The tables of the Departments step: the meeting's departments, their people, touchpoints."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from app.domain.enums import DecisionRight, Engagement, engagement_rank, label
from app.i18n import _, ngettext
from app.views.departments import DepartmentRow, PersonItem, TouchpointItem
from app.views.engagement_window import StakeholderItem
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


def engagement_text(now: Engagement, needed: Engagement) -> str:
    """"Neutral → Supportive" (now → needed), or one word when it is where it must be."""
    if now == needed:
        return label(now)
    return _("{now} → {needed}").format(now=label(now), needed=label(needed))


def engagement_tooltip(start: Engagement, now: Engagement, needed: Engagement) -> str:
    return _("At the start: {start}. Now: {now}. Needed: {needed}.").format(
        start=label(start), now=label(now), needed=label(needed))


def _gap(row: DepartmentRow) -> int:
    return engagement_rank(row.part.engagement_desired) - engagement_rank(row.part.engagement)


def _next_contact(row: DepartmentRow) -> str:
    planned = row.part.next_contact
    if planned is None:
        return ""
    if planned < row.today:  # said in words: the table marks only what is missing
        return _("{date} (overdue)").format(date=short_date(planned))
    return short_date(planned)


DEPARTMENT_COLUMNS: list[Column[DepartmentRow]] = [
    Column(lambda: _("Department"), lambda r: r.department.name,
           sort_key=lambda r: r.department.name_key, tooltip=lambda r: r.department.function),
    Column(lambda: _("Now → needed"),
           lambda r: engagement_text(r.part.engagement, r.part.engagement_desired),
           sort_key=lambda r: (-_gap(r), engagement_rank(r.part.engagement)),
           tooltip=lambda r: engagement_tooltip(r.part.engagement_at_start,
                                                r.part.engagement, r.part.engagement_desired)),
    Column(lambda: _("Decision right"),
           lambda r: label(r.part.decision_right) if r.part.decision_right else "",
           sort_key=lambda r: right_rank(r.part.decision_right)),
    Column(lambda: _("Readiness"), lambda r: label(r.part.readiness),
           sort_key=lambda r: list(type(r.part.readiness)).index(r.part.readiness)),
    Column(lambda: _("Last touchpoint"), _days,
           sort_key=lambda r: 10**6 if r.days_since is None else r.days_since,
           tooltip=_contact_tooltip, attention=lambda r: r.last_contact is None,
           align_right=True),
    Column(lambda: _("Next contact"), _next_contact,
           sort_key=lambda r: "~" if r.part.next_contact is None
           else r.part.next_contact.isoformat()),
]
COL_DEPARTMENT_NAME = 0


def right_rank(right: DecisionRight | None) -> int:
    """Decides first, then must agree, ... kept informed, then none."""
    return len(DecisionRight) if right is None else list(DecisionRight).index(right)


def departments_model(parent: object = None) -> MarkedTableModel[DepartmentRow]:
    return MarkedTableModel(DEPARTMENT_COLUMNS, parent)


def _scale(value: int | None) -> str:
    return "" if value is None else str(value)


@dataclass(frozen=True)
class PersonRow:
    """A person of the department and their part in the meeting shown (None: not a key
    person in it); the form reads both through it."""

    person: PersonItem
    stake: StakeholderItem | None

    @property
    def id(self) -> int:
        return self.person.id

    @property
    def key_person(self) -> bool:
        return self.stake is not None

    @property
    def engagement(self) -> Engagement:
        return Engagement.unaware if self.stake is None else self.stake.engagement

    @property
    def engagement_desired(self) -> Engagement:
        return Engagement.supportive if self.stake is None else self.stake.engagement_desired

    @property
    def decision_right(self) -> DecisionRight | None:
        return None if self.stake is None else self.stake.decision_right

    def __getattr__(self, name: str) -> Any:
        if name == "person":  # not set yet (a copy being made): no recursion
            raise AttributeError(name)
        return getattr(self.person, name)


def part_text(row: PersonRow) -> str:
    """"Neutral → Supportive · Decides": where a key person stands, must get to, decides."""
    stake = row.stake
    if stake is None:
        return ""
    text = engagement_text(stake.engagement, stake.engagement_desired)
    if stake.decision_right is not None:
        text = _("{engagement} · {right}").format(engagement=text,
                                                   right=label(stake.decision_right))
    return text


PERSON_COLUMNS: list[Column[PersonRow]] = [
    Column(lambda: _("Name"), lambda p: p.name, sort_key=lambda p: p.position),
    Column(lambda: _("Role"), lambda p: p.role),
    Column(lambda: _("Influence"), lambda p: _scale(p.influence),
           sort_key=lambda p: p.influence or 0, align_right=True),
    Column(lambda: _("Interest"), lambda p: _scale(p.interest),
           sort_key=lambda p: p.interest or 0, align_right=True),
    Column(lambda: _("In this meeting"), part_text,
           tooltip=lambda p: "" if p.stake is None else engagement_tooltip(
               p.stake.engagement_at_start, p.stake.engagement, p.stake.engagement_desired)),
    Column(lambda: _("Contact"), lambda p: p.contact),
]
COL_PERSON_NAME = 0


def people_model(parent: object = None) -> MarkedTableModel[PersonRow]:
    return MarkedTableModel(PERSON_COLUMNS, parent)


@dataclass(frozen=True)
class TouchpointRow:
    """A touchpoint with the name of the person spoken to and the engagement it moved
    someone to; its form reads the touchpoint's fields through it."""

    touchpoint: TouchpointItem
    person: str
    moved_to: Engagement | None = None

    @property
    def id(self) -> int:
        return self.touchpoint.id

    def __getattr__(self, name: str) -> Any:
        # (only for names the row itself lacks: the touchpoint's fields, for its form)
        if name == "touchpoint":  # not set yet (a copy being made): no recursion
            raise AttributeError(name)
        return getattr(self.touchpoint, name)


def _outcome(row: TouchpointRow) -> str:
    """What the touchpoint achieved: the engagement it moved to, the pre-read delivered."""
    parts = []
    if row.moved_to is not None:
        parts.append(_("→ {level}").format(level=label(row.moved_to)))
    if row.touchpoint.preread_sent:
        parts.append(_("Pre-read sent"))
    return " · ".join(parts)


TOUCHPOINT_COLUMNS: list[Column[TouchpointRow]] = [
    Column(lambda: _("Date"), lambda r: short_date(r.touchpoint.date),
           sort_key=lambda r: f"{r.touchpoint.date.isoformat()}#{r.touchpoint.id or 0:09}"),
    Column(lambda: _("Channel"), lambda r: label(r.touchpoint.channel)),
    Column(lambda: _("With"), lambda r: r.person),
    Column(lambda: _("Outcome"), _outcome),
    Column(lambda: _("Summary"), lambda r: " ".join(r.touchpoint.summary.split()),
           tooltip=lambda r: r.touchpoint.summary),
    Column(lambda: _("Next step"), lambda r: " ".join(r.touchpoint.next_step.split()),
           tooltip=lambda r: r.touchpoint.next_step),
]
COL_TOUCHPOINT_SUMMARY = 4


def touchpoints_model(parent: object = None) -> MarkedTableModel[TouchpointRow]:
    return MarkedTableModel(TOUCHPOINT_COLUMNS, parent)
