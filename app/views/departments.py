"""The Departments step: the meeting's departments with when we last spoke, and the
selected one's profile, people and touchpoints.

One rule for "last contact" everywhere (this step, the Overview's board, readiness):
only a touchpoint dated today or before is a contact; a later one is the next planned.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from datetime import date

from app.domain.enums import Channel, DecisionRight, Engagement, Readiness, Relationship


@dataclass(frozen=True)
class PartItem:
    """A department's part in the meeting, named as the ORM names it."""

    id: int
    meeting_id: int
    department_id: int
    relationship: Relationship | None
    serves_their_goals: str
    engagement: Engagement
    engagement_at_start: Engagement
    readiness: Readiness
    private_notes: str
    engagement_desired: Engagement
    decision_right: DecisionRight | None
    owner_id: int | None
    plan_channel: Channel | None
    cadence_days: int | None
    next_contact: date | None
    approach_order: int | None
    approach_reason: str


@dataclass(frozen=True)
class ProfileItem:
    """A department profile, shared by every meeting that uses it."""

    id: int
    name: str
    name_key: str
    function: str
    workflow: str
    focus: str
    okrs: list[str]
    pressures: str
    history: str


@dataclass(frozen=True)
class DepartmentRow:
    """A department in a meeting: its part, its profile, and when we spoke or will."""

    part: PartItem
    department: ProfileItem
    #: the latest touchpoint on or before today
    last_contact: date | None
    #: the first touchpoint after today
    next_planned: date | None
    today: date

    @property
    def id(self) -> int:
        return self.part.id

    @property
    def days_since(self) -> int | None:
        return None if self.last_contact is None else (self.today - self.last_contact).days


@dataclass(frozen=True)
class PersonItem:
    id: int
    department_id: int
    name: str
    role: str
    contact: str
    influence: int | None
    interest: int | None
    notes: str
    position: int


@dataclass(frozen=True)
class TouchpointItem:
    id: int
    participation_id: int
    date: date
    channel: Channel
    person_id: int | None
    summary: str
    next_step: str
    #: this touchpoint delivered the pre-read
    preread_sent: bool = False


def contact_dates(connection: sqlite3.Connection, meeting_id: int,
                  today: date) -> dict[int, tuple[date | None, date | None]]:
    """Each part's last contact and next planned touchpoint, by participation id."""
    rows = connection.execute(
        "SELECT t.participation_id, max(CASE WHEN t.date <= :today THEN t.date END), "
        "min(CASE WHEN t.date > :today THEN t.date END) FROM touchpoint t "
        "JOIN participation p ON p.id = t.participation_id WHERE p.meeting_id = :meeting "
        "GROUP BY t.participation_id", {"today": today.isoformat(), "meeting": meeting_id})
    return {part: (None if last is None else date.fromisoformat(last),
                   None if planned is None else date.fromisoformat(planned))
            for part, last, planned in rows}


def department_rows(connection: sqlite3.Connection, meeting_id: int,
                    today: date) -> list[DepartmentRow]:
    """The meeting's departments in its order, in two statements."""
    dates = contact_dates(connection, meeting_id, today)
    rows = connection.execute(
        "SELECT p.id, p.meeting_id, p.department_id, p.relationship, p.serves_their_goals, "
        "p.engagement, p.engagement_at_start, p.readiness, p.private_notes, d.id, d.name, "
        "d.name_key, d.function, d.workflow, d.focus, d.okrs, d.pressures, d.history, "
        "p.engagement_desired, p.decision_right, p.owner_id, p.plan_channel, p.cadence_days, "
        "p.next_contact, p.approach_order, p.approach_reason "
        "FROM participation p JOIN department d ON d.id = p.department_id "
        "WHERE p.meeting_id = ? ORDER BY p.position, p.id", (meeting_id,))
    found = []
    for (key, meeting, dept, relationship, serves, now, start, readiness, notes,
         profile, name, name_key, function, workflow, focus, okrs, pressures, history,
         desired, right, owner, channel, cadence, next_contact, order, reason) in rows:
        part = PartItem(key, meeting, dept, None if relationship is None
                        else Relationship(relationship), serves, Engagement(now),
                        Engagement(start), Readiness(readiness), notes, Engagement(desired),
                        None if right is None else DecisionRight(right), owner,
                        None if channel is None else Channel(channel), cadence,
                        None if next_contact is None else date.fromisoformat(next_contact),
                        order, reason)
        department = ProfileItem(profile, name, name_key, function, workflow, focus,
                                 list(json.loads(okrs or "[]")), pressures, history)
        last, planned = dates.get(key, (None, None))
        found.append(DepartmentRow(part, department, last, planned, today))
    return found


def people_of(connection: sqlite3.Connection, department_id: int) -> list[PersonItem]:
    return [PersonItem(*row) for row in connection.execute(
        "SELECT id, department_id, name, role, contact, influence, interest, notes, position "
        "FROM person WHERE department_id = ? ORDER BY position, id", (department_id,))]


def touchpoints_of(connection: sqlite3.Connection, participation_id: int) -> list[TouchpointItem]:
    return [TouchpointItem(key, part, date.fromisoformat(day), Channel(channel), person,
                           summary, next_step, bool(sent))
            for key, part, day, channel, person, summary, next_step, sent in connection.execute(
                "SELECT id, participation_id, date, channel, person_id, summary, next_step, "
                "preread_sent FROM touchpoint WHERE participation_id = ? ORDER BY position, id",
                (participation_id,))]


def meetings_using(connection: sqlite3.Connection, department_id: int) -> int:
    """How many meetings a profile takes part in."""
    row = connection.execute("SELECT count(*) FROM participation WHERE department_id = ?",
                             (department_id,)).fetchone()
    return int(row[0])
