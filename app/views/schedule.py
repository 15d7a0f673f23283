"""When the meetings are: their stored moments read back, and the order every list of them
takes (dated ones by instant, then undated ones by title).

Kept apart from :mod:`app.views.meetings` and its frozen rows (dataclasses, the
enums) because ``prewire list`` prints just this while its file's quick check
runs, and needs nothing more.
"""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime


def moment(text: str | None) -> datetime | None:
    """A stored moment (ISO 8601 with its offset; a naive one is UTC, as the ORM reads it)."""
    if text is None:
        return None
    value = datetime.fromisoformat(text)
    return value if value.tzinfo is not None else value.replace(tzinfo=UTC)


def order_key(title: str, scheduled_at: datetime | None) -> tuple[int, float, str]:
    """Where a meeting goes in a list: dated meetings first, by instant; undated ones after,
    by title."""
    if scheduled_at is None:
        return (1, 0.0, title.casefold())
    return (0, scheduled_at.timestamp(), title.casefold())


def meetings_in_order(connection: sqlite3.Connection) -> list[tuple[int, str, datetime | None]]:
    """Every meeting's ID, title and moment, in the order of :func:`order_key`."""
    rows = [(key, title, moment(when)) for key, title, when in connection.execute(
        "SELECT id, title, scheduled_at FROM meeting ORDER BY id")]
    return sorted(rows, key=lambda row: order_key(row[1], row[2]))
