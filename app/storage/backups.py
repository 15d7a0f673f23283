"""Backups of a workspace: taken through SQLite's backup API, checked, rotated, restored.

Where: ``<user data folder>/backups/<identity>/``, the identity being a
random number the workspace carries in ``PRAGMA user_version``. The user
data folder is on the computer, not beside the workspace: a backup beside
the file is lost with the USB stick or shared folder that holds it. Keyed by
the identity, not by the path, a workspace keeps its backups when it is
moved or renamed.

Each backup is one SQLite file, ``<UTC time>-<kind>.prewire``, and a note
``<same>.json`` (time, kind, meetings, size, and a fingerprint of the
workspace it was taken from). It is written to a temporary name, checked
with ``PRAGMA quick_check``, flushed and renamed: a backup that is listed is
whole. A workspace whose content has not changed since the newest backup is
not copied again.

Rotation keeps every before-upgrade backup, the 10 newest, the newest of each
of the last 7 days that have one, and the newest of each of the last 4 weeks.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from app import paths
from app.i18n import _
from app.storage import sqlite_file
from app.storage.engine import connect_raw
from app.storage.errors import (
    BackupError,
    NotAWorkspaceError,
    NotSQLiteError,
    UnusableBackupError,
)
from app.storage.lock import WorkspaceLock

logger = logging.getLogger(__name__)

SUFFIX = ".prewire"
KINDS = ("daily", "manual", "before-import", "before-upgrade")
#: a workspace's newest backup older than this gets a new one when it is opened
DAILY = timedelta(days=1)
KEEP_NEWEST, KEEP_DAYS, KEEP_WEEKS = 10, 7, 4


@dataclass(frozen=True)
class BackupInfo:
    """One backup file and what its note says."""

    path: Path
    taken_at: datetime
    kind: str
    bytes: int
    meetings: int
    fingerprint: str

    def taken_at_text(self) -> str:
        """The local date and time it was taken, to the minute."""
        return self.taken_at.astimezone().strftime("%Y-%m-%d %H:%M")


def folder_for(identity: int) -> Path:
    return paths.data_dir() / "backups" / f"{identity:08x}"


def _note_path(backup: Path) -> Path:
    return backup.with_name(backup.name + ".json")


def _read_note(backup: Path) -> BackupInfo | None:
    try:
        note = json.loads(_note_path(backup).read_text(encoding="utf-8"))
        return BackupInfo(
            path=backup, taken_at=datetime.fromisoformat(note["taken_at"]),
            kind=str(note["kind"]), bytes=backup.stat().st_size,
            meetings=int(note["meetings"]), fingerprint=str(note["fingerprint"]))
    except (OSError, ValueError, KeyError, TypeError):
        return None


def list_backups(identity: int) -> list[BackupInfo]:
    """The workspace's backups, newest first (files without a readable note are left out)."""
    folder = folder_for(identity)
    if not folder.is_dir():
        return []
    found = [info for backup in folder.glob(f"*{SUFFIX}")
             if not backup.name.startswith(".") and (info := _read_note(backup)) is not None]
    return sorted(found, key=lambda info: info.taken_at, reverse=True)


def _write_note(info: BackupInfo, source: Path) -> None:
    note = {"taken_at": info.taken_at.isoformat(), "kind": info.kind,
            "meetings": info.meetings, "fingerprint": info.fingerprint,
            "source": str(source)}
    temporary = info.path.with_name(f".{info.path.name}.json.tmp")
    temporary.write_text(json.dumps(note, indent=1), encoding="utf-8")
    sqlite_file.replace_durably(temporary, _note_path(info.path))


def _checked_meetings(copy: Path) -> int:
    """Check a copy just written; return its meeting count (raise BackupError if damaged)."""
    connection = sqlite3.connect(copy)
    try:
        problems = sqlite_file.quick_problems(connection)
        if problems:
            raise BackupError(copy, _("The backup {path} failed its check ({problem}); "
                                      "it was not kept.").format(path=copy,
                                                                 problem=problems[0]))
        return sqlite_file.meeting_count(connection)
    finally:
        connection.close()


def _copy(source: sqlite3.Connection, target: Path) -> None:
    """Copy ``source`` to a new file ``target`` with SQLite's backup API."""
    copy = sqlite3.connect(target)
    try:
        source.backup(copy)
    finally:
        copy.close()


def make_backup(path: Path, identity: int, kind: str, *, force: bool = False) -> BackupInfo:
    """Back up the workspace at ``path`` now; return the backup (the newest, when unchanged).

    Reads through SQLite (a read transaction, no write lock): it works while
    another process writes, and always sees a whole commit. ``force`` copies
    even an unchanged workspace (before an upgrade, which keeps its own).
    """
    assert kind in KINDS
    folder = folder_for(identity)
    try:
        source = connect_raw(path, read_only=True)
    except sqlite3.Error as error:
        raise BackupError(path, _("{path} could not be read for a backup ({reason}).").format(
            path=path, reason=error)) from error
    temporary: Path | None = None
    try:
        # one read transaction: the fingerprint and the copy see the same commit
        source.execute("BEGIN")
        source.execute("SELECT count(*) FROM sqlite_master").fetchone()
        fingerprint = hashlib.sha256(source.serialize()).hexdigest()
        newest = next(iter(list_backups(identity)), None)
        if not force and newest is not None and newest.fingerprint == fingerprint:
            logger.info("%s is unchanged since the backup %s", path, newest.path)
            return newest
        folder.mkdir(parents=True, exist_ok=True)
        taken_at = datetime.now(UTC)
        name = f"{sqlite_file.stamp(taken_at)}-{kind}{SUFFIX}"
        temporary = folder / f".{name}.tmp"
        _copy(source, temporary)
        source.rollback()  # the workspace is free again; the copy is checked on its own
        meetings = _checked_meetings(temporary)
        target = folder / name
        sqlite_file.replace_durably(temporary, target)
        temporary = None
        info = BackupInfo(path=target, taken_at=taken_at, kind=kind,
                          bytes=target.stat().st_size, meetings=meetings,
                          fingerprint=fingerprint)
        _write_note(info, path)
    except OSError as error:
        raise BackupError(folder, _("The backup could not be written in {folder} ({reason})."
                                    ).format(folder=folder,
                                             reason=error.strerror or error)) from error
    except sqlite3.Error as error:
        raise BackupError(path, _("{path} could not be read for a backup ({reason}).").format(
            path=path, reason=error)) from error
    finally:
        source.close()
        if temporary is not None:
            with contextlib.suppress(OSError):
                temporary.unlink()
    logger.info("backed up %s to %s (%s)", path, info.path, kind)
    rotate(identity)
    return info


def _has_meetings(path: Path) -> bool:
    connection = connect_raw(path, read_only=True)
    try:
        return sqlite_file.meeting_count(connection) > 0
    finally:
        connection.close()


def safety_backup(path: Path, identity: int, kind: str, *,
                  now: datetime | None = None) -> BackupInfo | None:
    """A backup taken on the user's behalf: ``daily`` at open, or before an import.

    A daily one only when the newest backup is over a day old. None for a
    workspace with no meeting yet (nothing to lose), or when it failed: the
    failure is logged, and the user's work goes on.
    """
    try:
        if not identity or not _has_meetings(path):
            return None
        if kind == "daily":
            newest = next(iter(list_backups(identity)), None)
            if newest is not None and (now or datetime.now(UTC)) - newest.taken_at < DAILY:
                return None
        return make_backup(path, identity, kind)
    except (BackupError, sqlite3.Error) as error:
        logger.warning("no %s backup of %s: %s", kind, path, error)
        return None


def rotate(identity: int) -> list[Path]:
    """Delete the backups the rotation (see the module) no longer keeps, and stale temporaries."""
    backups = list_backups(identity)
    keep = {info.path for info in backups[:KEEP_NEWEST]}
    keep |= {info.path for info in backups if info.kind == "before-upgrade"}
    days: set[object] = set()
    weeks: set[object] = set()
    for info in backups:  # newest first: the first of a day or week is its newest
        local = info.taken_at.astimezone()
        day, week = local.date(), local.isocalendar()[:2]
        if day not in days and len(days) < KEEP_DAYS:
            days.add(day)
            keep.add(info.path)
        if week not in weeks and len(weeks) < KEEP_WEEKS:
            weeks.add(week)
            keep.add(info.path)
    removed = [info.path for info in backups if info.path not in keep]
    for backup in removed:
        with contextlib.suppress(OSError):
            backup.unlink()
            _note_path(backup).unlink()
    # a backup killed half-way leaves its temporary file; one an hour old is no one's any more
    an_hour_ago = datetime.now(UTC).timestamp() - 3600
    for stale in folder_for(identity).glob(".*.tmp"):
        with contextlib.suppress(OSError):
            if stale.stat().st_mtime < an_hour_ago:
                stale.unlink()
                removed.append(stale)
    return removed


def verify(backup: Path) -> int:
    """Check that ``backup`` is a whole Prewire workspace; return its meeting count.

    Raises BackupError (refused input) naming the file and what is wrong.
    """
    try:
        header = sqlite_file.read_header(backup)
    except ValueError:
        raise NotSQLiteError(backup) from None
    except OSError as error:
        raise UnusableBackupError(backup, f"{backup}: {error.strerror or error}") from error
    if header is None:
        raise UnusableBackupError(backup, _("{path} does not exist or is empty; `prewire backups` "
                                    "lists the backups.").format(path=backup))
    if not header.is_workspace:
        raise NotAWorkspaceError(backup)
    connection = connect_raw(backup, read_only=True)
    try:
        problems = sqlite_file.quick_problems(connection)
        if problems:
            raise UnusableBackupError(backup, _(
                "The backup {path} is damaged too ({problem}); choose another.").format(
                    path=backup, problem=problems[0]))
        return sqlite_file.meeting_count(connection)
    except sqlite3.Error as error:
        raise UnusableBackupError(backup, _("The backup {path} cannot be read ({reason}); choose "
                                    "another.").format(path=backup, reason=error)) from error
    finally:
        connection.close()


def newest_good(identity: int) -> BackupInfo | None:
    """The newest backup that passes its check (None when there is none)."""
    for info in list_backups(identity):
        try:
            verify(info.path)
        except (BackupError, NotAWorkspaceError, NotSQLiteError) as error:
            logger.warning("backup %s is not usable: %s", info.path, error)
            continue
        return info
    return None


def restore(path: Path, backup: Path) -> Path | None:
    """Put the workspace in ``backup`` at ``path``; return where the current file was kept.

    The backup is checked first (a bad one changes nothing). Under the
    writer's lock, the current file is kept aside untouched, then the backup
    is copied (backup API) to a temporary file beside ``path``, checked and
    renamed over it. Raises WorkspaceLockedError while another process writes.
    """
    backup, path = Path(backup), Path(path)
    if backup.resolve() == path.resolve():
        raise UnusableBackupError(backup, _("{path} is the workspace itself; choose a backup from "
                                    "`prewire backups`.").format(path=backup))
    verify(backup)
    lock = WorkspaceLock(path)
    lock.acquire()
    temporary = path.with_name(f".{path.name}.restoring-{sqlite_file.stamp()}")
    try:
        source = connect_raw(backup, read_only=True)
        try:
            _copy(source, temporary)
        finally:
            source.close()
        _checked_meetings(temporary)
        aside = sqlite_file.keep_aside(path, "before-restore") if path.exists() else None
        sqlite_file.replace_durably(temporary, path)
    except OSError as error:
        raise BackupError(path, _("{path} could not be written ({reason}); it was left as it "
                                  "was.").format(path=path,
                                                 reason=error.strerror or error)) from error
    finally:
        with contextlib.suppress(OSError):
            temporary.unlink()
        lock.release()
    logger.info("restored %s from %s (the previous file kept as %s)", path, backup, aside)
    return aside

