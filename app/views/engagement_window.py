"""What the window reads of engagement beside the department rows: people's part in the
meeting, our own team, the moves a touchpoint made and the history of moves by meeting.

Plain sqlite3, one statement each, frozen rows (as the rest of app/views).
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import date

from app.domain.enums import DecisionRight, Engagement


@dataclass(frozen=True)
class StakeholderItem:
    """A person's part in one meeting (the ``stakeholder`` row)."""

    id: int
    participation_id: int
    person_id: int
    engagement: Engagement
    engagement_desired: Engagement
    engagement_at_start: Engagement
    decision_right: DecisionRight | None


@dataclass(frozen=True)
class TeamItem:
    """A colleague on our side, who may own a department's relationship."""

    id: int
    name: str
    role: str
    position: int


def stakeholders_of(connection: sqlite3.Connection,
                    participation_id: int) -> dict[int, StakeholderItem]:
    """The department's people with a part in this meeting, by person id."""
    return {row[2]: StakeholderItem(
        row[0], row[1], row[2], Engagement(row[3]), Engagement(row[4]), Engagement(row[5]),
        None if row[6] is None else DecisionRight(row[6])) for row in connection.execute(
            "SELECT id, participation_id, person_id, engagement, engagement_desired, "
            "engagement_at_start, decision_right FROM stakeholder WHERE participation_id = ?",
            (participation_id,))}


def team_members(connection: sqlite3.Connection) -> list[TeamItem]:
    """Our own team, in its order."""
    return [TeamItem(*row) for row in connection.execute(
        "SELECT id, name, role, position FROM team_member ORDER BY position, id")]


def touchpoint_moves(connection: sqlite3.Connection,
                     participation_id: int) -> dict[int, Engagement]:
    """The engagement each touchpoint of a department moved someone to (its latest move)."""
    moves: dict[int, Engagement] = {}
    for touchpoint, level in connection.execute(
            "SELECT touchpoint_id, to_level FROM engagement_change WHERE participation_id = ? "
            "AND touchpoint_id IS NOT NULL ORDER BY id", (participation_id,)):
        moves[touchpoint] = Engagement(level)
    return moves


def department_names(connection: sqlite3.Connection, meeting_id: int,
                     limit: int) -> list[tuple[int, str]]:
    """The meeting's departments (participation id, name) in its order; none at all when
    there are more than ``limit`` (a list that long is no list to tick)."""
    rows = connection.execute(
        "SELECT p.id, d.name FROM participation p JOIN department d ON d.id = p.department_id "
        "WHERE p.meeting_id = ? ORDER BY p.position, p.id LIMIT ?",
        (meeting_id, limit + 1)).fetchall()
    return [] if len(rows) > limit else [(key, name) for key, name in rows]


@dataclass(frozen=True)
class ChangeItem:
    """One move of an engagement, as the department's History tab lists it."""

    meeting_id: int
    date: date
    #: whose: a person's name, or "" for the department as a whole
    person: str
    from_level: Engagement | None
    to_level: Engagement
    note: str
    #: what the touchpoint that moved it said ("" when none did)
    touchpoint: str


def engagement_history(connection: sqlite3.Connection,
                       department_id: int) -> dict[int, list[ChangeItem]]:
    """Every move of the department's and its people's engagement, by meeting, in order."""
    found: dict[int, list[ChangeItem]] = {}
    for meeting, day, person, start, end, note, said in connection.execute(
            "SELECT p.meeting_id, c.date, coalesce(pe.name, ''), c.from_level, c.to_level, "
            "c.note, coalesce(t.summary, '') FROM engagement_change c "
            "JOIN participation p ON p.id = c.participation_id "
            "LEFT JOIN person pe ON pe.id = c.person_id "
            "LEFT JOIN touchpoint t ON t.id = c.touchpoint_id "
            "WHERE p.department_id = ? ORDER BY c.date, c.id", (department_id,)):
        found.setdefault(meeting, []).append(ChangeItem(
            meeting, date.fromisoformat(day), person,
            None if start is None else Engagement(start), Engagement(end), note, said))
    return found

