"""``prewire list``: one line per meeting, ID<TAB>TITLE<TAB>SCHEDULED_AT, soonest first.

A current workspace file is read with sqlite3 alone while its quick check runs
(:func:`app.views.reader.read_checked`): no SQLAlchemy, no lock, nothing written.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from app.cli.common import EXIT_OK, one_line
from app.views.reader import Reader, read_checked


def meeting_lines(db: sqlite3.Connection) -> list[str]:
    """The lines of the list, read in the snapshot ``db``."""
    # imported here, where it runs beside the file's quick check
    from app.views.meetings import meeting_items

    lines = []
    for item in meeting_items(db, scored=False):
        when = item.scheduled_at.isoformat() if item.scheduled_at else ""
        lines.append(f"{item.id}\t{one_line(item.title)}\t{when}\n")
    return lines


def list_checked(path: Path) -> int:
    """List the meetings of the current, sound workspace file at ``path``
    (:class:`app.views.reader.NotReadable` for any other file, before a line is printed)."""
    return _print(read_checked(path, meeting_lines))


def list_read(reader: Reader) -> int:
    """List the meetings through ``reader``, on a file already opened and checked."""
    with reader.snapshot() as db:
        return _print(meeting_lines(db))


def _print(lines: list[str]) -> int:
    print("".join(lines), end="")
    return EXIT_OK
