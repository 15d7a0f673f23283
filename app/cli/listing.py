"""``prewire list``: one line per meeting, ID<TAB>TITLE<TAB>SCHEDULED_AT, soonest first.

A current workspace file is read with sqlite3 alone while its quick check runs
(:func:`app.views.reader.begin_read`): no SQLAlchemy, no lock, nothing written.
"""

from __future__ import annotations

import sqlite3

from app.cli.common import EXIT_OK, one_line
from app.views.reader import PendingRead, Reader
from app.views.schedule import meetings_in_order


def meeting_lines(db: sqlite3.Connection) -> list[str]:
    """The lines of the list, read in the snapshot ``db``."""
    return [f"{key}\t{one_line(title)}\t{when.isoformat() if when else ''}\n"
            for key, title, when in meetings_in_order(db)]


def list_checked(pending: PendingRead) -> int:
    """List the meetings once the file's quick check has found it sound
    (:class:`app.views.reader.NotReadable` otherwise, before a line is printed); the
    file is closed after."""
    with pending:
        return _print(pending.finish(meeting_lines))


def list_read(reader: Reader) -> int:
    """List the meetings through ``reader``, on a file already opened and checked."""
    with reader.snapshot() as db:
        return _print(meeting_lines(db))


def _print(lines: list[str]) -> int:
    print("".join(lines), end="")
    return EXIT_OK
