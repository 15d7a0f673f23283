"""The readiness rules about the departments and the people with power in them: contact,
how far each still has to move (weighed by power), no surprises, the resistant who can
block, the win-win and the pre-read."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from app.domain.attention import briefing_day
from app.domain.enums import LABELS, DemandKind, Engagement, Readiness, engagement_rank
from app.domain.package import DepartmentDoc, MeetingPackage
from app.services.readiness_rules import (
    BLOCKING_RIGHTS,
    GAP_SCALE,
    department_power,
    gap_points,
    is_key_person,
    must_be_briefed,
    person_power,
)
from app.services.readiness_tally import Tally, short


@dataclass(frozen=True)
class _Party:
    """A department, or a person in one, whose engagement counts."""

    ref: str
    name: str
    engagement: Engagement
    desired: Engagement
    right: str | None


def _gap(t: Tally, party: _Party, power: int) -> None:
    _ = t.gettext
    points = gap_points(engagement_rank(party.engagement), engagement_rank(party.desired))
    t.weigh("department.gap", power * points, power * GAP_SCALE)
    label = LABELS[Engagement]
    t.count("department.gap", points == GAP_SCALE, party.ref,
            _("{name} is at “{current}”, short of the “{desired}” the plan needs").format(
                name=party.name, current=_(label[party.engagement]),
                desired=_(label[party.desired])))


def _resistant(t: Tally, party: _Party, concerns: tuple[int, int]) -> None:
    """A resistant party that can block the decision needs its objections known and answered."""
    if party.engagement != Engagement.resistant or party.right not in BLOCKING_RIGHTS:
        return
    _ = t.gettext
    recorded, answered = concerns
    if not recorded:
        message = _("{name} resists and can block the decision, but none of their "
                    "objections is recorded")
    else:
        message = _("{name} resists and can block the decision, and not all of their "
                    "objections are answered")
    t.count("resistant.answered", recorded > 0 and answered == recorded, party.ref,
            message.format(name=party.name))


def _concerns(p: MeetingPackage) -> dict[str, tuple[int, int]]:
    """(objections and risks, those with a response) per department."""
    found: dict[str, tuple[int, int]] = {}
    for q in p.demands:
        if q.kind == DemandKind.demand:
            continue
        recorded, answered = found.get(q.department, (0, 0))
        found[q.department] = (recorded + 1, answered + bool(q.response.strip()))
    return found


def _people(p: MeetingPackage, t: Tally, d: DepartmentDoc, department: str,
            briefed: set[str], concerns: tuple[int, int]) -> None:
    _ = t.gettext
    parts = {s.person: s for s in p.stakeholders}
    for person in d.people:
        part = parts.get(person.id)
        right = part.decision_right if part is not None else None
        name = _("{person} ({department})").format(person=short(person.name),
                                                    department=department)
        if part is not None and is_key_person(right, person.influence):
            party = _Party(person.id, name, part.engagement, part.engagement_desired, right)
            _gap(t, party, person_power(right, person.influence))
            _resistant(t, party, concerns)
        if must_be_briefed(right, person.influence):
            t.count("person.briefed", person.id in briefed, person.id,
                    _("{name} has not been briefed one-to-one").format(name=name))


def departments(p: MeetingPackage, t: Tally, today: date) -> None:
    """Count the rules of the Departments step."""
    _ = t.gettext
    t.count("departments.exist", bool(p.departments), None,
            _("No departments take part yet"))
    # a touchpoint dated in the future is a plan, not a conversation that happened
    past = [tp for tp in p.touchpoints if tp.date <= today]
    touched = {tp.department for tp in past}
    # a one-to-one counts up to the meeting's day (a touchpoint with the department alone
    # does not: nobody with power hears the proposal first in the room)
    last = briefing_day(p, today)
    briefed = {tp.person for tp in p.touchpoints if tp.person is not None and tp.date <= last}
    preread = {tp.department for tp in past if tp.preread_sent}
    concerns = _concerns(p)
    for d in p.departments:
        name = short(d.name)
        t.count("department.contacted",
                d.readiness != Readiness.not_contacted or d.id in touched, d.id,
                _("{department} has not been contacted yet").format(department=name))
        party = _Party(d.id, name, d.engagement, d.engagement_desired, d.decision_right)
        _gap(t, party, department_power(d.decision_right))
        _resistant(t, party, concerns.get(d.id, (0, 0)))
        t.count("department.win_win", bool(d.serves_their_goals.strip()), d.id,
                _("How the plan serves {department}'s goals is not written yet")
                .format(department=name))
        t.count("preread.sent", d.id in preread, d.id,
                _("{department} has not been sent the pre-read yet").format(department=name))
        _people(p, t, d, name, briefed, concerns.get(d.id, (0, 0)))
