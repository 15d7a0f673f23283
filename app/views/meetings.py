"""The workspace's meetings as the list shows them: soonest first, each with its readiness."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING

from app.domain.enums import Language, MeetingStatus
from app.domain.still_open import OPEN_ACTION, UNRESOLVED_ISSUE
from app.views.plan_status import STALE_DAYS, behind_by_meeting
from app.views.schedule import moment, order_key

if TYPE_CHECKING:  # loaded with the first list read (`prewire list` reads app.views.schedule)
    from app.views.readiness import Readiness, Reuse

#: the tables the overdue and behind counts read (as readiness._READS)
_OVERDUE_READS = frozenset({"action_item", "open_issue"})
_BEHIND_READS = frozenset({"participation", "meeting", "touchpoint"})


@dataclass(frozen=True)
class MeetingItem:
    """One meeting of the list."""

    id: int
    title: str
    scheduled_at: datetime | None
    status: MeetingStatus
    language: Language
    readiness: Readiness | None = None
    #: its open actions and unresolved issues past their due day
    overdue: int = 0
    #: its departments behind the communication plan (next contact past, or silent too long)
    behind: int = 0


def meeting_items(connection: sqlite3.Connection, today: date | None = None, *,
                  meeting_id: int | None = None,
                  stale_days: int = STALE_DAYS, reuse: Reuse | None = None) -> list[MeetingItem]:
    """Every meeting (or the one ``meeting_id``), soonest first, each with its readiness.

    A fixed number of statements whatever the number of meetings or of their rows; with
    ``reuse`` (``meeting_id``'s last scoring), only those that read a table changed since.
    """
    where, args = ("", ()) if meeting_id is None else (" WHERE id = ?", (meeting_id,))
    rows = connection.execute(
        "SELECT id, title, scheduled_at, status, language FROM meeting" + where + " ORDER BY id",
        args).fetchall()
    today = today or date.today()
    scores: dict[int, Readiness] = {}
    late: dict[int, int] = {}
    behind: dict[int, int] = {}
    if rows:
        from app.views.readiness import Reuse, readiness_by_meeting

        day = today
        scores = readiness_by_meeting(connection, day, meeting_id, reuse=reuse)
        reused = reuse or Reuse()  # (a fresh one runs every statement)
        late = reused.rows_of("overdue", _OVERDUE_READS,
                              lambda: overdue_by_meeting(connection, day, meeting_id))
        behind = reused.rows_of("behind", _BEHIND_READS, lambda: behind_by_meeting(
            connection, day, stale_days, meeting_id))
    items = [MeetingItem(key, title, moment(when), MeetingStatus(status), Language(language),
                         scores.get(key), late.get(key, 0), behind.get(key, 0))
             for key, title, when, status, language in rows]
    return sorted(items, key=lambda item: order_key(item.title, item.scheduled_at))


def overdue_by_meeting(connection: sqlite3.Connection, today: date,
                       meeting_id: int | None = None) -> dict[int, int]:
    """How many open actions and unresolved issues each meeting has past their due day."""
    only = "" if meeting_id is None else " AND {alias}.meeting_id = :meeting"
    counts: dict[int, int] = {}
    for table, alias, rule in (("action_item", "a", OPEN_ACTION),
                               ("open_issue", "i", UNRESOLVED_ISSUE)):
        for key, count in connection.execute(
                f"SELECT {alias}.meeting_id, count(*) FROM {table} AS {alias} "
                f"WHERE {alias}.due < :today AND {rule}{only.format(alias=alias)} "
                f"GROUP BY {alias}.meeting_id",
                {"today": today.isoformat(), "meeting": meeting_id}):
            counts[key] = counts.get(key, 0) + count
    return counts
