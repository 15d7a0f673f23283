"""Read connections to a workspace file: one per thread, opened once, read-only."""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TypeVar

from app import revisions

#: PRAGMA application_id of a Prewire workspace ("PrWr"), as app.storage writes it
APPLICATION_ID = 0x50725772
_HEADER = b"SQLite format 3\x00"
#: how much of a workspace file the quick check maps into memory (SQLite maps no more
#: than the file holds)
CHECK_MMAP_BYTES = 256 * 1024 * 1024

T = TypeVar("T")


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


def _current(path: Path) -> Reader:
    """A reader on ``path`` when it is a Prewire workspace at the schema this build knows."""
    try:
        with open(path, "rb") as handle:
            header = handle.read(len(_HEADER))
    except OSError as error:
        raise NotReadable(path) from error
    if header != _HEADER:
        raise NotReadable(path)
    reader = Reader(path)
    try:
        connection = reader.connection()
        app_id = connection.execute("PRAGMA application_id").fetchone()[0]
        row = (connection.execute("SELECT version_num FROM alembic_version").fetchone()
               if app_id == APPLICATION_ID else None)
    except (OSError, sqlite3.DatabaseError) as error:
        reader.close()
        raise NotReadable(path) from error
    if row is None or row[0] != revisions.head_revision():
        reader.close()
        raise NotReadable(path)
    return reader


def is_sound(path: Path) -> bool:
    """SQLite's quick check of the whole file, the one opening makes, on a connection of its
    own (a damaged file goes the long way, which says so)."""
    try:
        connection = _connect(path)
        try:
            # mapped rather than copied page by page: the check reads every page once
            connection.execute(f"PRAGMA mmap_size = {CHECK_MMAP_BYTES}")
            return bool(connection.execute("PRAGMA quick_check(1)").fetchone()[0] == "ok")
        finally:
            connection.close()
    except (OSError, sqlite3.DatabaseError):
        return False


def open_reader(path: Path) -> Reader:
    """A reader on an existing, current workspace file; :class:`NotReadable` otherwise.

    Checks what opening checks (a SQLite file, a Prewire one, at the schema this
    build knows, sound by SQLite's quick check) without SQLAlchemy or Alembic.
    """
    reader = _current(path)
    if not is_sound(path):
        reader.close()
        raise NotReadable(path)
    return reader


def read_checked(path: Path, read: Callable[[sqlite3.Connection], T]) -> T:
    """What ``read`` returns from one snapshot of the workspace file at ``path``, once the
    file has passed the same checks as :func:`open_reader`; :class:`NotReadable` otherwise.

    The quick check, which reads the whole file, runs on a thread while ``read`` runs
    (sqlite3 lets go of the interpreter while SQLite works), so a command that reads a few
    rows waits for the longer of the two rather than for both.
    """
    reader = _current(path)
    check = _Check(path)
    check.start()
    try:
        with reader.snapshot() as db:
            result = read(db)
    finally:
        reader.close()
        sound = check.sound()
    if not sound:
        raise NotReadable(path)
    return result


class _Check(threading.Thread):
    """:func:`is_sound` on a thread of its own."""

    def __init__(self, path: Path) -> None:
        super().__init__(name="quick check")
        self.path = path
        self._sound = False

    def run(self) -> None:
        self._sound = is_sound(self.path)

    def sound(self) -> bool:
        self.join()
        return self._sound
