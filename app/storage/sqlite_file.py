"""A workspace as a file: its header, its checks, crash recovery and durable renames.

Nothing here writes to a file it did not create, except :func:`recover`
(SQLite's own rollback of a transaction a crash left half done) and
:func:`set_identity`; both run only under the writer's lock.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import secrets
import shutil
import sqlite3
import struct
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from app.storage.engine import APPLICATION_ID, SQLITE_HEADER, connect_raw

#: SQLite's answer to a read-only open of a file with a hot journal
READONLY_ROLLBACK = 776
_CORRUPT_CODES = {11, 26}  # SQLITE_CORRUPT, SQLITE_NOTADB (and their extended codes)


@dataclass(frozen=True)
class Header:
    """The first 100 bytes of a SQLite file: what it says it is, without SQLite reading it."""

    application_id: int
    user_version: int

    @property
    def is_workspace(self) -> bool:
        return self.application_id == APPLICATION_ID


def read_header(path: Path) -> Header | None:
    """The header of the SQLite file at ``path``; None when the file is missing or empty.

    Raises ValueError when the file is not a SQLite database.
    """
    try:
        with open(path, "rb") as handle:
            data = handle.read(100)
    except FileNotFoundError:
        return None
    if not data:
        return None
    if len(data) < 100 or not data.startswith(SQLITE_HEADER):
        raise ValueError(path)
    user_version, = struct.unpack(">I", data[60:64])
    application_id, = struct.unpack(">I", data[68:72])
    return Header(application_id=application_id, user_version=user_version)


def journal_path(path: Path) -> Path:
    return path.with_name(path.name + "-journal")


def needs_recovery(error: sqlite3.Error) -> bool:
    """Whether a read-only open failed only because a crash left a transaction to roll back."""
    return getattr(error, "sqlite_errorcode", None) == READONLY_ROLLBACK


def is_corruption(error: sqlite3.Error) -> bool:
    code = getattr(error, "sqlite_errorcode", None)
    return code is not None and code & 0xFF in _CORRUPT_CODES


def recover(path: Path) -> None:
    """Let SQLite roll back the transaction a crash left (a read-write open does it)."""
    connection = connect_raw(path, read_only=False)
    try:
        connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
    finally:
        connection.close()


def table_names(connection: sqlite3.Connection) -> set[str]:
    return {row[0] for row in connection.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table'")}


def revision_of(connection: sqlite3.Connection) -> str | None:
    """The Alembic revision a workspace is at (None before its first tables)."""
    if "alembic_version" not in table_names(connection):
        return None
    row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    return str(row[0]) if row else None


def meeting_count(connection: sqlite3.Connection) -> int:
    if "meeting" not in table_names(connection):
        return 0
    return int(connection.execute("SELECT count(*) FROM meeting").fetchone()[0])


def _problems(connection: sqlite3.Connection, pragma: str) -> list[str]:
    try:
        rows = [str(row[0]) for row in connection.execute(f"PRAGMA {pragma}")]
    except sqlite3.DatabaseError as error:
        if not is_corruption(error):
            raise
        return [str(error)]
    return [] if rows == ["ok"] else rows


def quick_problems(connection: sqlite3.Connection) -> list[str]:
    """What ``PRAGMA quick_check`` finds wrong (an empty list: sound). O(size), no index checks."""
    return _problems(connection, "quick_check")


def integrity_problems(connection: sqlite3.Connection) -> list[str]:
    """What the full ``PRAGMA integrity_check`` finds wrong, indexes and foreign keys' order too."""
    problems = _problems(connection, "integrity_check")
    with contextlib.suppress(sqlite3.DatabaseError):
        problems += [f"foreign key: {row[0]} row {row[1]} -> {row[2]}"
                     for row in connection.execute("PRAGMA foreign_key_check")]
    return problems


def new_identity() -> int:
    """A random workspace identity for PRAGMA user_version (31 bits, never 0)."""
    return secrets.randbelow(2**31 - 1) + 1


def path_identity(path: Path) -> int:
    """The identity of a workspace made before identities, from where it is.

    Stable while the file stays put, so that a read-only one (which cannot be
    given an identity) and its first writable open find the same backups.
    """
    digest = hashlib.sha256(str(path.resolve()).encode("utf-8")).digest()
    return int.from_bytes(digest[:4], "big") % (2**31 - 1) + 1


def set_identity(path: Path, identity: int) -> None:
    connection = connect_raw(path, read_only=False)
    try:
        connection.execute(f"PRAGMA user_version = {int(identity)}")
        connection.commit()
    finally:
        connection.close()


def stamp(now: datetime | None = None) -> str:
    """A sortable UTC time for file names, to the microsecond."""
    return (now or datetime.now(UTC)).strftime("%Y%m%dT%H%M%S%fZ")


def fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDWR)  # Windows flushes only a handle open for writing
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_folder(folder: Path) -> None:
    """Make a rename in ``folder`` durable (POSIX; Windows has no folder handles to flush)."""
    if os.name == "nt":  # pragma: no cover - exercised on Windows only
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def replace_durably(source: Path, target: Path) -> None:
    """Flush ``source`` and rename it over ``target`` in one step a crash cannot split."""
    fsync_file(source)
    os.replace(source, target)
    fsync_folder(target.parent)


def keep_aside(path: Path, tag: str) -> Path:
    """Keep the file at ``path`` under a new name beside it, untouched; return that name.

    A hard link where the file system has them (the file itself is not
    moved, so a crash never leaves ``path`` missing), else a byte copy; the
    caller holds the writer's lock, so nothing writes the file meanwhile. A
    journal left beside it goes with it, so that it stays with its database.
    """
    aside = path.with_name(f"{path.name}.{tag}-{stamp()}")
    try:
        os.link(path, aside)
    except OSError:
        shutil.copy2(path, aside)
        fsync_file(aside)
    journal = journal_path(path)
    if journal.exists():
        os.replace(journal, journal_path(aside))
    fsync_folder(path.parent)
    return aside


def move_aside(path: Path, tag: str) -> Path:
    """Rename the file at ``path`` (and its journal) to a new name beside it; return that name."""
    aside = path.with_name(f"{path.name}.{tag}-{stamp()}")
    journal = journal_path(path)
    if journal.exists():
        os.replace(journal, journal_path(aside))
    os.replace(path, aside)
    fsync_folder(path.parent)
    return aside
