"""The SQLAlchemy engine of a workspace file and the pragmas every connection gets."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.pool import NullPool

#: PRAGMA application_id of every Prewire workspace: "PrWr" in ASCII.
APPLICATION_ID = 0x50725772

SQLITE_HEADER = b"SQLite format 3\x00"


def _uri(path: Path, read_only: bool) -> str:
    mode = "ro" if read_only else "rwc"
    return f"{path.resolve().as_uri()}?mode={mode}"


def connect_raw(path: Path, *, read_only: bool = True) -> sqlite3.Connection:
    """A plain sqlite3 connection, read-only by default, for inspecting a file safely."""
    return sqlite3.connect(_uri(path, read_only), uri=True, timeout=10)


def _on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys = ON")
    # Rollback journal (DELETE), not WAL: WAL needs shared memory that network
    # shares do not provide, and users keep workspaces on shared folders and USB
    # sticks. With synchronous = FULL every commit is fsync'ed, journal and
    # database both, so a committed edit survives a crash or a power cut.
    cursor.execute("PRAGMA journal_mode = DELETE")
    cursor.execute("PRAGMA synchronous = FULL")
    cursor.close()


def make_engine(path: Path, *, read_only: bool = False) -> Engine:
    """An engine on ``path`` with foreign keys on and crash-safe commits."""
    engine = create_engine(
        "sqlite://",
        creator=lambda: connect_raw(path, read_only=read_only),
        # one connection per use: the file is never held open between edits,
        # so a backup or a copy sees a complete database
        poolclass=NullPool,
    )
    event.listen(engine, "connect", _on_connect)
    return engine
