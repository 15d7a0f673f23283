"""Who needs attention before the meeting: Mendelow's quadrants and the no-surprises rule.

Pure functions of a :class:`~app.domain.package.MeetingPackage`, so that the window's
read model, the pack and the readiness rules all count the same people.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from app.domain.enums import DecisionRight
from app.domain.package import DepartmentDoc, MeetingPackage, PersonDoc
from app.i18n import N_

#: the middle of the 1-5 scales counts as high: the grid's midline runs through 3
HIGH = 3
#: influence from which a person must be briefed one-to-one, whatever their right
BRIEF_FROM_INFLUENCE = 4
#: rights whose holders must never be surprised in the room
MUST_BE_BRIEFED = frozenset({DecisionRight.decide, DecisionRight.agree})


class Quadrant(StrEnum):
    """Mendelow's power/interest quadrants, the one that needs the most care first."""

    manage_closely = "manage_closely"
    keep_satisfied = "keep_satisfied"
    keep_informed = "keep_informed"
    monitor = "monitor"


QUADRANT_LABELS: dict[Quadrant, str] = {
    Quadrant.manage_closely: N_("Manage closely"),
    Quadrant.keep_satisfied: N_("Keep satisfied"),
    Quadrant.keep_informed: N_("Keep informed"),
    Quadrant.monitor: N_("Monitor"),
}


def quadrant(influence: int | None, interest: int | None) -> Quadrant | None:
    """The quadrant of a person rated on both scales; None while either is unknown."""
    if influence is None or interest is None:
        return None
    if influence >= HIGH:
        return Quadrant.manage_closely if interest >= HIGH else Quadrant.keep_satisfied
    return Quadrant.keep_informed if interest >= HIGH else Quadrant.monitor


@dataclass(frozen=True)
class Unbriefed:
    """A person who must be briefed one-to-one before the meeting and has not been."""

    department: DepartmentDoc
    person: PersonDoc
    right: DecisionRight | None


def briefing_day(package: MeetingPackage, today: date) -> date:
    """The last day a one-to-one counts as before the meeting: today, or the meeting's day."""
    when = package.meeting.scheduled_at
    return today if when is None else min(today, when.date())


def unbriefed(package: MeetingPackage, today: date) -> list[Unbriefed]:
    """Every person with a decide or agree right, or influence 4 or more, in a department of
    the meeting, with no touchpoint naming them dated on or before :func:`briefing_day`.

    A touchpoint with their department alone does not count: the rule is that nobody
    with power hears the proposal for the first time in the room.
    """
    last = briefing_day(package, today)
    briefed = {t.person for t in package.touchpoints if t.person is not None and t.date <= last}
    rights = {s.person: s.decision_right for s in package.stakeholders}
    missing = []
    for department in package.departments:
        for person in department.people:
            right = rights.get(person.id)
            needed = right in MUST_BE_BRIEFED or (person.influence or 0) >= BRIEF_FROM_INFLUENCE
            if needed and person.id not in briefed:
                missing.append(Unbriefed(department, person, right))
    return missing
