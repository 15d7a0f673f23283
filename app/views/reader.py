"""Read connections to a workspace file: one per thread, opened once, read-only."""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from app import revisions

#: PRAGMA application_id of a Prewire workspace ("PrWr"), as app.storage writes it
APPLICATION_ID = 0x50725772
_HEADER = b"SQLite format 3\x00"
#: how much of a workspace file the quick check maps into memory (SQLite maps no more
#: than the file holds)
CHECK_MMAP_BYTES = 256 * 1024 * 1024

# typing takes some 2 ms to import, and `prewire list` reaches this module before its
# file's quick check begins: a constant type checkers know stands in for typing's
TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import TypeVar

    T = TypeVar("T")


class NotReadable(Exception):
    """The file cannot be read as it is (missing, a stranger's, or due an upgrade):
    the caller opens it through :func:`app.storage.open_workspace`, which says why or
    upgrades it."""


def _connect(path: Path, *, same_thread: bool = True) -> sqlite3.Connection:
    # read-only: the reader can never write, whatever a bug asks of it
    connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=10,
                                 isolation_level=None, check_same_thread=same_thread)
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


def _check_connection(path: Path, *, same_thread: bool = True) -> sqlite3.Connection:
    connection = _connect(path, same_thread=same_thread)
    # mapped rather than copied page by page: the check reads every page once
    connection.execute(f"PRAGMA mmap_size = {CHECK_MMAP_BYTES}")
    return connection


def _passes_quick_check(connection: sqlite3.Connection) -> bool:
    try:
        return bool(connection.execute("PRAGMA quick_check(1)").fetchone()[0] == "ok")
    except sqlite3.DatabaseError:  # unreadable, or interrupted (PendingRead.close)
        return False


def is_sound(path: Path) -> bool:
    """SQLite's quick check of the whole file, the one opening makes, on a connection of its
    own (a damaged file goes the long way, which says so)."""
    try:
        connection = _check_connection(path)
    except (OSError, sqlite3.DatabaseError):
        return False
    try:
        return _passes_quick_check(connection)
    finally:
        connection.close()


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


def begin_read(path: Path) -> PendingRead:
    """Begin reading the workspace file at ``path``: :class:`NotReadable` at once unless it
    is a current Prewire workspace, and its quick check started on a thread.

    The check reads the whole file; the caller does its other work (and its reading,
    :meth:`PendingRead.finish`) meanwhile, as sqlite3 lets go of the interpreter while
    SQLite works, so a command that reads a few rows waits for the longer of the two
    rather than for both.
    """
    reader = _current(path)
    try:
        check = _Check(path)
    except (OSError, sqlite3.DatabaseError) as error:  # gone or locked since _current
        reader.close()
        raise NotReadable(path) from error
    check.start()
    return PendingRead(reader, check)


class PendingRead:
    """A read of a workspace file whose quick check is under way (see :func:`begin_read`);
    a context manager that closes it."""

    def __init__(self, reader: Reader, check: _Check) -> None:
        self._reader = reader
        self._check = check

    def __enter__(self) -> PendingRead:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def finish(self, read: Callable[[sqlite3.Connection], T]) -> T:
        """What ``read`` returns from one snapshot of the file, once the quick check has
        found it sound; :class:`NotReadable` otherwise (nothing of it may be shown then).

        The connections stay open until :meth:`close`: unmapping the file the check read
        takes a few milliseconds, which need not come before the output.
        """
        with self._reader.snapshot() as db:
            result = read(db)
        if not self._check.sound():
            raise NotReadable(self._reader.path)
        return result

    def close(self) -> None:
        """End the read, or give it up: the check interrupted if it still runs (a usage
        error need not wait for it), every connection closed. Closing again does nothing."""
        self._check.stop()
        self._reader.close()


class _Check(threading.Thread):
    """The quick check on a thread of its own."""

    def __init__(self, path: Path) -> None:
        super().__init__(name="quick check")
        # made and closed here, on the caller's thread, so that stop() may interrupt it and
        # the thread needs the interpreter only to start the check
        self._connection = _check_connection(path, same_thread=False)
        self._sound = False

    def run(self) -> None:
        self._sound = _passes_quick_check(self._connection)

    def sound(self) -> bool:
        """Whether the file passed the check, once the check has run to its end."""
        self.join()
        return self._sound

    def stop(self) -> None:
        """Interrupt the check if it still runs; close its connection."""
        if self.is_alive():
            self._connection.interrupt()
        self.join()
        self._connection.close()
