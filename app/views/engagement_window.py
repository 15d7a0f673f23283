"""What the window reads of engagement beside the department rows: people's part in the
meeting, our own team, the moves a touchpoint made, and which meetings need a contact.

Plain sqlite3, one statement each, frozen rows (as the rest of app/views).
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import date, timedelta

from app.domain.enums import DecisionRight, Engagement, MeetingStatus

#: meetings still being prepared: only their contacts can be late
_PREPARING = (MeetingStatus.preparing.value, MeetingStatus.ready.value)


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


@dataclass(frozen=True)
class ContactsDue:
    """A meeting's departments whose planned contact is past, or not spoken with lately."""

    overdue: int = 0
    stale: int = 0

    def __bool__(self) -> bool:
        return bool(self.overdue or self.stale)


def stakeholders_of(connection: sqlite3.Connection,
                    participation_id: int) -> dict[int, StakeholderItem]:
    """The department's people with a part in this meeting, by person id."""
    return {row[2]: StakeholderItem(
        row[0], row[1], row[2], Engagement(row[3]), Engagement(row[4]), Engagement(row[5]),
        None if row[6] is None else DecisionRight(row[6])) for row in connection.execute(
            "SELECT id, participation_id, person_id, engagement, engagement_desired, "
            "engagement_at_start, decision_right FROM stakeholder WHERE participation_id = ?",
            (participation_id,))}


def team(connection: sqlite3.Connection) -> list[TeamItem]:
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


def contacts_due_by_meeting(connection: sqlite3.Connection, today: date, stale_days: int,
                            meeting_id: int | None = None) -> dict[int, ContactsDue]:
    """For each meeting still being prepared: its departments whose next planned contact
    is past with no contact since, and those not contacted in ``stale_days`` days (never
    contacted counts). One statement, whatever the number of meetings."""
    only = "" if meeting_id is None else " AND m.id = :meeting"
    found: dict[int, ContactsDue] = {}
    for key, overdue, stale in connection.execute(
            "SELECT m.id, "
            "sum(p.next_contact < :today AND coalesce(t.last, '') < p.next_contact), "
            "sum(t.last IS NULL OR t.last < :stale_before) "
            "FROM meeting m JOIN participation p ON p.meeting_id = m.id "
            "LEFT JOIN (SELECT participation_id, max(date) AS last FROM touchpoint "
            "WHERE date <= :today GROUP BY participation_id) t ON t.participation_id = p.id "
            f"WHERE m.status IN (:preparing, :ready){only} GROUP BY m.id",
            {"today": today.isoformat(), "meeting": meeting_id,
             "stale_before": (today - timedelta(days=stale_days)).isoformat(),
             "preparing": _PREPARING[0], "ready": _PREPARING[1]}):
        if overdue or stale:
            found[key] = ContactsDue(int(overdue or 0), int(stale or 0))
    return found


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


@dataclass(frozen=True)
class BoardLine:
    """A department (``person_id`` None) or one of its key people on the Overview's board."""

    participation_id: int
    department_id: int
    department: str
    person_id: int | None
    name: str
    engagement: Engagement
    engagement_desired: Engagement
    decision_right: DecisionRight | None
    #: a person's own; a department's, its weightiest person's (None: nobody rated)
    influence: int | None
    interest: int | None
    #: the latest touchpoint on or before today (a person's: with them)
    last_contact: date | None
    #: the department's planned next contact
    next_contact: date | None
    #: who on our side owns the relationship ("" : the coordinator)
    owner: str


def _day(text: str | None) -> date | None:
    return None if text is None else date.fromisoformat(text)


def board_lines(connection: sqlite3.Connection, meeting_id: int,
                today: date) -> list[BoardLine]:
    """Every department of the meeting and every key person in it, in two statements."""
    args = {"meeting": meeting_id, "today": today.isoformat()}
    lines = [BoardLine(part, dept, name, None, name, Engagement(now), Engagement(needed),
                       None if right is None else DecisionRight(right), influence, interest,
                       _day(last), _day(planned), owner)
             for part, dept, name, now, needed, right, influence, interest, last, planned,
             owner in connection.execute(
                 "SELECT p.id, d.id, d.name, p.engagement, p.engagement_desired, "
                 "p.decision_right, (SELECT max(influence) FROM person WHERE department_id = "
                 "d.id), (SELECT max(interest) FROM person WHERE department_id = d.id), "
                 "(SELECT max(date) FROM touchpoint t WHERE t.participation_id = p.id AND "
                 "t.date <= :today), p.next_contact, coalesce(m.name, '') "
                 "FROM participation p JOIN department d ON d.id = p.department_id "
                 "LEFT JOIN team_member m ON m.id = p.owner_id "
                 "WHERE p.meeting_id = :meeting ORDER BY p.position, p.id", args)]
    lines += [BoardLine(part, dept, department, person, name, Engagement(now),
                        Engagement(needed), None if right is None else DecisionRight(right),
                        influence, interest, _day(last), _day(planned), owner)
              for part, dept, department, person, name, now, needed, right, influence,
              interest, last, planned, owner in connection.execute(
                  "SELECT p.id, d.id, d.name, pe.id, pe.name, s.engagement, "
                  "s.engagement_desired, s.decision_right, pe.influence, pe.interest, "
                  "(SELECT max(date) FROM touchpoint t WHERE t.participation_id = p.id AND "
                  "t.person_id = pe.id AND t.date <= :today), p.next_contact, "
                  "coalesce(m.name, '') FROM stakeholder s "
                  "JOIN participation p ON p.id = s.participation_id "
                  "JOIN department d ON d.id = p.department_id "
                  "JOIN person pe ON pe.id = s.person_id "
                  "LEFT JOIN team_member m ON m.id = p.owner_id "
                  "WHERE p.meeting_id = :meeting ORDER BY p.position, p.id, pe.position, pe.id",
                  args)]
    return lines


@dataclass(frozen=True)
class Unbriefed:
    """Someone who decides, must agree or weighs heavily, with no one-to-one yet."""

    participation_id: int
    person_id: int
    name: str
    department: str
    decision_right: DecisionRight | None
    influence: int | None


#: the rights whose holders must hear of the plan from us before the meeting
BRIEF_RIGHTS = (DecisionRight.decide.value, DecisionRight.agree.value)
#: the influence (1-5) from which a person must be briefed one-to-one whatever their right
BRIEF_INFLUENCE = 4


def unbriefed(connection: sqlite3.Connection, meeting_id: int,
              today: date) -> list[Unbriefed]:
    """The people of the meeting's departments who decide, must agree or have influence of
    4 or more, and have had no touchpoint with them on or before today (one statement)."""
    return [Unbriefed(part, person, name, department,
                      None if right is None else DecisionRight(right), influence)
            for part, person, name, department, right, influence in connection.execute(
                "SELECT p.id, pe.id, pe.name, d.name, s.decision_right, pe.influence "
                "FROM participation p JOIN department d ON d.id = p.department_id "
                "JOIN person pe ON pe.department_id = d.id "
                "LEFT JOIN stakeholder s ON s.participation_id = p.id AND s.person_id = pe.id "
                "WHERE p.meeting_id = :meeting AND (s.decision_right IN (:decide, :agree) "
                "OR pe.influence >= :influence) AND NOT EXISTS (SELECT 1 FROM touchpoint t "
                "WHERE t.participation_id = p.id AND t.person_id = pe.id AND t.date <= :today) "
                "ORDER BY p.position, p.id, pe.position, pe.id",
                {"meeting": meeting_id, "today": today.isoformat(), "decide": BRIEF_RIGHTS[0],
                 "agree": BRIEF_RIGHTS[1], "influence": BRIEF_INFLUENCE})]
