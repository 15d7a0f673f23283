"""The Goals step: the meeting's own fields, its goals, and the lessons it follows up."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import date, datetime

from app.domain.enums import Language, MeetingStatus
from app.views.meeting import MeetingGone
from app.views.schedule import moment


@dataclass(frozen=True)
class MeetingFields:
    """A meeting's fields, named as the ORM names them (the form binds by name)."""

    id: int
    title: str
    purpose: str
    expectations: str
    scheduled_at: datetime | None
    duration_minutes: int | None
    location: str
    language: Language
    status: MeetingStatus
    notes: str
    previous_id: int | None


@dataclass(frozen=True)
class GoalItem:
    id: int
    statement: str
    indicator: str
    baseline: str
    target: str
    due: date | None
    benefits: str
    evidence: str
    position: int


@dataclass(frozen=True)
class Lessons:
    """What the meeting this one follows up taught (its review)."""

    meeting_id: int
    title: str
    went_well: str
    lessons: str


def meeting_fields(connection: sqlite3.Connection, meeting_id: int) -> MeetingFields:
    row = connection.execute(
        "SELECT id, title, purpose, expectations, scheduled_at, duration_minutes, location, "
        "language, status, notes, previous_id FROM meeting WHERE id = ?",
        (meeting_id,)).fetchone()
    if row is None:
        raise MeetingGone(meeting_id)
    key, title, purpose, expectations, when, minutes, location, language, status, notes, \
        previous = row
    return MeetingFields(key, title, purpose, expectations, moment(when), minutes, location,
                         Language(language), MeetingStatus(status), notes, previous)


def goal_items(connection: sqlite3.Connection, meeting_id: int,
               ids: set[int] | None = None) -> list[GoalItem]:
    """The meeting's goals in order, or only those with ``ids`` (one statement)."""
    where = "" if ids is None else f" AND id IN ({','.join('?' * len(ids))})"
    rows = connection.execute(
        "SELECT id, statement, indicator, baseline, target, due, benefits, evidence, position "
        "FROM goal WHERE meeting_id = ?" + where + " ORDER BY position, id",
        (meeting_id, *sorted(ids or ())))
    return [GoalItem(key, statement, indicator, baseline, target,
                     None if due is None else date.fromisoformat(due), benefits, evidence,
                     position)
            for key, statement, indicator, baseline, target, due, benefits, evidence, position
            in rows]


def lessons_of(connection: sqlite3.Connection, meeting: MeetingFields) -> Lessons | None:
    """The review of the meeting ``meeting`` follows up, if it follows one."""
    if meeting.previous_id is None:
        return None
    row = connection.execute(
        "SELECT m.id, m.title, coalesce(r.went_well, ''), coalesce(r.lessons, '') "
        "FROM meeting m LEFT JOIN review r ON r.meeting_id = m.id WHERE m.id = ?",
        (meeting.previous_id,)).fetchone()
    return None if row is None else Lessons(*row)
