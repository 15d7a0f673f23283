"""The SQLAlchemy engine of a workspace file and the pragmas every connection gets.

SQLAlchemy is imported by :func:`make_engine` only: opening, checking and backing up a
workspace, and the window's reads, use plain sqlite3 and start without it."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sqlalchemy import Engine

#: PRAGMA application_id of every Prewire workspace: "PrWr" in ASCII.
APPLICATION_ID = 0x50725772

SQLITE_HEADER = b"SQLite format 3\x00"

#: connections kept open per engine: enough for the GUI thread and a few workers at once;
#: beyond that (a session opened inside another) a connection is opened and closed after use
POOL_SIZE, OVERFLOW = 4, 8


def _uri(path: Path, read_only: bool) -> str:
    mode = "ro" if read_only else "rw"
    return f"{path.resolve().as_uri()}?mode={mode}"


def connect_raw(path: Path, *, read_only: bool = True,
                check_same_thread: bool = True) -> sqlite3.Connection:
    """A plain sqlite3 connection on an existing file, read-only by default."""
    return sqlite3.connect(_uri(path, read_only), uri=True, timeout=10,
                           check_same_thread=check_same_thread)


def set_pragmas(connection: sqlite3.Connection) -> None:
    """Foreign keys on, and commits that survive a crash or a power cut."""
    cursor = connection.cursor()
    cursor.execute("PRAGMA foreign_keys = ON")
    # Rollback journal (DELETE), not WAL: WAL needs shared memory that network
    # shares do not provide, and users keep workspaces on shared folders and USB
    # sticks. With synchronous = FULL every commit is fsync'ed, journal and
    # database both, so a committed edit survives a crash or a power cut.
    cursor.execute("PRAGMA journal_mode = DELETE")
    cursor.execute("PRAGMA synchronous = FULL")
    cursor.close()


def _on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    set_pragmas(dbapi_connection)


def make_engine(path: Path, *, read_only: bool = False) -> Engine:
    """An engine on ``path`` with foreign keys on and crash-safe commits.

    Connections are kept (a pool, not one per use), so the pragmas are set
    once per connection rather than once per edit. A kept connection holds no
    lock between transactions: readers in other processes and the backup API
    see the last commit. The file must not be replaced while the engine lives
    (restore and upgrade dispose of it first).
    """
    from sqlalchemy import create_engine, event
    from sqlalchemy.pool import QueuePool

    engine = create_engine(
        "sqlite://",
        # each checkout is used by one thread at a time; the pool may hand a
        # connection to another thread later, which SQLite (serialized) allows
        creator=lambda: connect_raw(path, read_only=read_only, check_same_thread=False),
        poolclass=QueuePool,
        pool_size=POOL_SIZE,
        max_overflow=OVERFLOW,
        pool_timeout=30,
    )
    event.listen(engine, "connect", _on_connect)
    return engine
