"""The gap board: per department and key person, where they stand and must get to, who
decides, how much power they hold, when we last spoke and will speak next; most urgent first.

Three statements per meeting, whatever its size: the departments with their plan, the key
people, and the contacts by department and person. Only a touchpoint dated today or before
is a contact (as everywhere); the next planned one is the plan's ``next_contact``, else the
earliest touchpoint dated after today.
"""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from dataclasses import dataclass
from datetime import date

from app.domain.attention import BRIEF_FROM_INFLUENCE, HIGH, Quadrant, quadrant
from app.domain.enums import DecisionRight, Engagement, engagement_rank

#: days without a contact after which a department or person is stale, unless told
STALE_DAYS = 14


@dataclass(frozen=True)
class GapRow:
    """One line of the board: a department (``person_id`` None) or one of its key people."""

    participation_id: int
    person_id: int | None
    #: the person's own part in the meeting, when they have one
    stakeholder_id: int | None
    name: str
    department: str
    engagement: Engagement
    desired: Engagement
    decision_right: DecisionRight | None
    influence: int | None
    interest: int | None
    last_contact: date | None
    next_contact: date | None
    #: who on our side owns the relationship; "" is the coordinator
    owner: str
    today: date
    stale_days: int

    @property
    def gap(self) -> int:
        """Levels still to climb (negative: beyond what is needed)."""
        return engagement_rank(self.desired) - engagement_rank(self.engagement)

    @property
    def quadrant(self) -> Quadrant | None:
        return quadrant(self.influence, self.interest)

    @property
    def high_power(self) -> bool:
        return (self.influence or 0) >= HIGH

    @property
    def overdue(self) -> bool:
        """The planned contact's day has passed."""
        return self.next_contact is not None and self.next_contact < self.today

    @property
    def stale(self) -> bool:
        """Contacted once, but not for longer than the stale days."""
        return (self.last_contact is not None
                and (self.today - self.last_contact).days > self.stale_days)

    @property
    def never_contacted(self) -> bool:
        return self.last_contact is None

    def attention(self) -> tuple[int, int, int, int]:
        """Sort key: high power first, then the larger gap, no contact yet, late or stale."""
        return (0 if self.high_power else 1, -max(self.gap, 0),
                0 if self.never_contacted else 1, 0 if self.overdue or self.stale else 1)


_DEPARTMENTS = """
    SELECT p.id, d.id, d.name, p.engagement, p.engagement_desired, p.decision_right,
           p.next_contact, coalesce(t.name, ''),
           (SELECT max(influence) FROM person WHERE department_id = d.id),
           (SELECT max(interest) FROM person WHERE department_id = d.id)
    FROM participation p JOIN department d ON d.id = p.department_id
    LEFT JOIN team_member t ON t.id = p.owner_id
    WHERE p.meeting_id = ? ORDER BY p.position, p.id"""
# key people: those with their own part in the meeting, and those with the influence that
# the no-surprises rule names; their department's plan owns them
_PEOPLE = """
    SELECT p.id, s.id, x.id, x.name, x.department_id, x.influence, x.interest,
           coalesce(s.engagement, 'unaware'), coalesce(s.engagement_desired, 'supportive'),
           s.decision_right
    FROM participation p JOIN person x ON x.department_id = p.department_id
    LEFT JOIN stakeholder s ON s.participation_id = p.id AND s.person_id = x.id
    WHERE p.meeting_id = ? AND (s.id IS NOT NULL OR x.influence >= ?)
    ORDER BY p.position, p.id, x.position, x.id"""
# the last contact (today or before) and the first one planned after it: per person named,
# and per department over all its touchpoints (whole = 1)
_CONTACTS = """
    SELECT t.participation_id, 0, t.person_id,
           max(CASE WHEN t.date <= :today THEN t.date END),
           min(CASE WHEN t.date > :today THEN t.date END)
    FROM touchpoint t JOIN participation p ON p.id = t.participation_id
    WHERE p.meeting_id = :meeting AND t.person_id IS NOT NULL
    GROUP BY t.participation_id, t.person_id
    UNION ALL
    SELECT t.participation_id, 1, NULL,
           max(CASE WHEN t.date <= :today THEN t.date END),
           min(CASE WHEN t.date > :today THEN t.date END)
    FROM touchpoint t JOIN participation p ON p.id = t.participation_id
    WHERE p.meeting_id = :meeting GROUP BY t.participation_id"""


def _day(text: str | None) -> date | None:
    return None if text is None else date.fromisoformat(text)


def gap_rows(connection: sqlite3.Connection, meeting_id: int, today: date,
             stale_days: int = STALE_DAYS) -> list[GapRow]:
    """The meeting's board, most urgent first (three statements)."""
    last: dict[tuple[int, int | None], str | None] = {}
    planned: dict[tuple[int, int | None], str | None] = {}
    for part, _whole, person, seen, coming in connection.execute(
            _CONTACTS, {"today": today.isoformat(), "meeting": meeting_id}):
        last[(part, person)], planned[(part, person)] = seen, coming
    rows: list[GapRow] = []
    order: dict[int, int] = {}
    plan: dict[int, tuple[str | None, str, str]] = {}
    for (part, _dept, name, now, desired, right, next_contact, owner, influence,
         interest) in connection.execute(_DEPARTMENTS, (meeting_id,)):
        order[part] = len(order)
        plan[part] = (next_contact, owner, name)
        rows.append(GapRow(
            part, None, None, name, name, Engagement(now), Engagement(desired),
            None if right is None else DecisionRight(right), influence, interest,
            _day(last.get((part, None))),
            _day(next_contact or planned.get((part, None))), owner, today, stale_days))
    people = defaultdict(list)
    for (part, stake, person, name, _dept, influence, interest, now, desired,
         right) in connection.execute(_PEOPLE, (meeting_id, BRIEF_FROM_INFLUENCE)):
        next_contact, owner, department = plan[part]
        people[part].append(GapRow(
            part, person, stake, name, department, Engagement(now), Engagement(desired),
            None if right is None else DecisionRight(right), influence, interest,
            _day(last.get((part, person))),
            _day(next_contact or planned.get((part, person))), owner, today, stale_days))
    every = rows + [row for found in people.values() for row in found]
    # stable: within equal attention, the meeting's order, each department before its people
    return sorted(every, key=lambda r: (*r.attention(), order[r.participation_id],
                                        r.person_id is not None))
