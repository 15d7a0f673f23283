"""Read connections to a workspace file: one per thread, opened once, read-only."""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from app import revisions

#: PRAGMA application_id of a Prewire workspace ("PrWr"), as app.storage writes it
APPLICATION_ID = 0x50725772
_HEADER = b"SQLite format 3\x00"


class NotReadable(Exception):
    """The file cannot be read as it is (missing, a stranger's, or due an upgrade):
    the caller opens it through :func:`app.storage.open_workspace`, which says why or
    upgrades it."""


def _connect(path: Path) -> sqlite3.Connection:
    # read-only: the reader can never write, whatever a bug asks of it
    connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=10,
                                 isolation_level=None, check_same_thread=True)
    return connection


class Reader:
    """Reads one workspace file; each thread gets its own connection, kept until :meth:`close`."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self._local = threading.local()
        self._all: list[sqlite3.Connection] = []
        self._guard = threading.Lock()

    def connection(self) -> sqlite3.Connection:
        connection: sqlite3.Connection | None = getattr(self._local, "connection", None)
        if connection is None:
            connection = _connect(self.path)
            self._local.connection = connection
            with self._guard:
                self._all.append(connection)
        return connection

    @contextmanager
    def snapshot(self) -> Iterator[sqlite3.Connection]:
        """One read transaction: the statements of one view see one state of the file."""
        connection = self.connection()
        if connection.in_transaction:  # a view built inside another one's snapshot
            yield connection
            return
        connection.execute("BEGIN")
        try:
            yield connection
        finally:
            connection.execute("COMMIT")

    def close(self) -> None:
        with self._guard:
            for connection in self._all:
                connection.close()
            self._all.clear()
        self._local = threading.local()


def open_reader(path: Path) -> Reader:
    """A reader on an existing, current workspace file; :class:`NotReadable` otherwise.

    Checks what opening checks (a SQLite file, a Prewire one, at the schema this
    build knows, sound by SQLite's quick check) without SQLAlchemy or Alembic.
    """
    try:
        with open(path, "rb") as handle:
            if handle.read(len(_HEADER)) != _HEADER:
                raise NotReadable(path)
        reader = Reader(path)
        connection = reader.connection()
        app_id = connection.execute("PRAGMA application_id").fetchone()[0]
        row = (connection.execute("SELECT version_num FROM alembic_version").fetchone()
               if app_id == APPLICATION_ID else None)
        # the quick check opening makes: a damaged file goes the long way, which says so
        sound = row is not None and connection.execute(
            "PRAGMA quick_check(1)").fetchone()[0] == "ok"
    except (OSError, sqlite3.DatabaseError) as error:
        raise NotReadable(path) from error
    if not sound or row is None or row[0] != revisions.head_revision():
        reader.close()
        raise NotReadable(path)
    return reader
