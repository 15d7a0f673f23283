"""How many departments of each meeting are behind their communication plan, for the list.

Behind: the plan's next contact is past, or nobody has spoken with the department for more
than the stale days (never counts as more). Only meetings still being prepared count: once
held, the plan is over. One statement whatever the number of meetings.
"""

from __future__ import annotations

import sqlite3
from datetime import date, timedelta

from app.views.gap_board import STALE_DAYS

_BEHIND = """
    SELECT p.meeting_id, count(*) FROM participation AS p JOIN meeting AS m ON m.id = p.meeting_id
    WHERE m.status IN ('preparing', 'ready') {only} AND (
        p.next_contact < :today
        OR coalesce((SELECT max(t.date) FROM touchpoint AS t
                     WHERE t.participation_id = p.id AND t.date <= :today), '') < :since)
    GROUP BY p.meeting_id"""


def behind_by_meeting(connection: sqlite3.Connection, today: date,
                      stale_days: int = STALE_DAYS,
                      meeting_id: int | None = None) -> dict[int, int]:
    """Departments behind their plan, by meeting (meetings with none are left out)."""
    only = "" if meeting_id is None else "AND p.meeting_id = :meeting"
    since = today - timedelta(days=stale_days)
    return dict(connection.execute(_BEHIND.format(only=only), {
        "today": today.isoformat(), "since": since.isoformat(), "meeting": meeting_id}))
