"""Opening a workspace: refuse a stranger's file untouched, recover, check, lock, upgrade.

For writing: the header says whose file it is (before anything is created
beside it), the operating-system lock is taken, a transaction a crash left
half done is rolled back, ``PRAGMA quick_check`` runs (a damaged file is
moved aside, never written), and an old schema is upgraded on a copy that
replaces the original only once it is whole and checked. For reading: the
same without the lock and without writing anything.

A file, folder or disk that cannot be written opens read-only, with
:attr:`Workspace.read_only_reason` saying why.
"""

from __future__ import annotations

import contextlib
import errno
import logging
import os
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, NoReturn

from app.i18n import _
from app.paths import default_workspace
from app.storage import backups, migrate, sqlite_file
from app.storage.engine import connect_raw, make_engine
from app.storage.errors import (
    CannotWriteError,
    DamagedWorkspaceError,
    DiskFullError,
    NeedsRecoveryError,
    NeedsUpgradeError,
    NotAWorkspaceError,
    NotSQLiteError,
    TooNewError,
    WorkspaceError,
    WorkspaceLockedError,
    WorkspaceReadOnlyError,
)
from app.storage.lock import WorkspaceLock
from app.storage.upgrade import build_at_head

if TYPE_CHECKING:
    from sqlalchemy import Engine
    from sqlalchemy.exc import OperationalError
    from sqlmodel import Session

logger = logging.getLogger(__name__)


class Workspace:
    """An open workspace file. Every service call takes one and opens its own transaction."""

    def __init__(self, path: Path, *, identity: int, read_only_reason: str | None,
                 lock: WorkspaceLock | None) -> None:
        self.path = path
        self._engine: Engine | None = None
        self._making_engine = threading.Lock()  # a worker may write first
        #: the random number in PRAGMA user_version that names its backup folder
        self.identity = identity
        #: why it opened read-only, for the window's banner (None when writable)
        self.read_only_reason = read_only_reason
        self._lock = lock
        #: the backup made before this open upgraded the file, if it did
        self.backup: Path | None = None
        #: this open rolled back a transaction a crash had left half done
        self.recovered = False

    @property
    def read_only(self) -> bool:
        return self.read_only_reason is not None

    @property
    def engine(self) -> Engine:
        """The SQLAlchemy engine, made on its first use: the window reads through plain
        sqlite3 (app/views), so SQLAlchemy is imported at the first write, not at start."""
        with self._making_engine:
            if self._engine is None:
                self._engine = make_engine(self.path, read_only=self.read_only)
            return self._engine

    @contextmanager
    def session(self) -> Iterator[Session]:
        """One transaction: committed when the block ends, rolled back if it raises."""
        from sqlalchemy.exc import OperationalError
        from sqlmodel import Session

        with Session(self.engine, expire_on_commit=False) as session:
            try:
                yield session
                session.commit()
            except OperationalError as error:
                session.rollback()
                raise self._translate(error) from error
            except BaseException:
                session.rollback()
                raise

    def _translate(self, error: OperationalError) -> Exception:
        message = str(error.orig).lower()
        if "readonly" in message or "read-only" in message:
            return WorkspaceReadOnlyError(self.path)
        if "disk is full" in message or "disk full" in message:
            return DiskFullError(self.path)
        if "locked" in message or "busy" in message:
            return WorkspaceError(self.path, _(
                "{path} is busy with another program; try again in a moment."
            ).format(path=self.path))
        return error

    def close(self) -> None:
        """Release the file and its lock."""
        with self._making_engine:
            if self._engine is not None:
                self._engine.dispose()
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    def __enter__(self) -> Workspace:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()


def identify(path: Path) -> sqlite_file.Header | None:
    """What the file at ``path`` is, from its header: None (missing or empty), or a header.

    Raises NotSQLiteError or NotAWorkspaceError for a stranger's file,
    including an empty SQLite file another program stamped (a user_version,
    an application_id, any table).
    """
    try:
        header = sqlite_file.read_header(path)
    except ValueError:
        raise NotSQLiteError(path) from None
    if header is None or header.is_workspace:
        return header
    if header.application_id != 0 or header.user_version != 0:
        raise NotAWorkspaceError(path)
    try:
        connection = connect_raw(path, read_only=True)
        try:
            tables = sqlite_file.table_names(connection)
        finally:
            connection.close()
    except sqlite3.DatabaseError as error:
        raise NotAWorkspaceError(path) from error
    if tables:
        raise NotAWorkspaceError(path)
    return header


def _inspect(path: Path, *, may_recover: bool) -> tuple[str | None, bool]:
    """The revision of a Prewire workspace and whether a crash had to be recovered.

    Raises NeedsRecoveryError when recovery is needed but ``may_recover`` is
    false, TooNewError, and DamagedWorkspaceError (not set aside) on a failed
    quick check.
    """
    recovered = False
    for _attempt in range(2):
        try:
            connection = connect_raw(path, read_only=True)
            try:
                revision = sqlite_file.revision_of(connection)
                problems = sqlite_file.quick_problems(connection)
            finally:
                connection.close()
        except sqlite3.DatabaseError as error:
            if sqlite_file.needs_recovery(error) and not recovered:
                if not may_recover:
                    raise NeedsRecoveryError(path) from error
                try:
                    sqlite_file.recover(path)
                except sqlite3.DatabaseError as failure:
                    raise _unreadable(path, failure) from failure
                logger.warning("%s: rolled back a transaction a crash left half done", path)
                recovered = True
                continue
            raise _unreadable(path, error) from error
        break
    if problems:
        raise DamagedWorkspaceError(path, problems, set_aside=None, backup=None)
    if revision is not None and revision not in migrate.known_revisions():
        raise TooNewError(path, revision)
    return revision, recovered


def _unreadable(path: Path, error: sqlite3.DatabaseError) -> WorkspaceError:
    """Damage, or another reason SQLite could not read the file, as an error for the user."""
    if sqlite_file.is_corruption(error):
        return DamagedWorkspaceError(path, [str(error)], set_aside=None, backup=None)
    return WorkspaceError(path, _("{path} cannot be read ({reason}).").format(
        path=path, reason=error))


def _damaged(error: DamagedWorkspaceError, identity: int, *, set_aside: bool) -> NoReturn:
    """Raise ``error`` again with the newest good backup, and the file moved aside if asked."""
    path = error.path
    aside = None
    if set_aside:
        try:
            aside = sqlite_file.move_aside(path, "damaged")
        except OSError as failure:
            logger.warning("could not move the damaged %s aside: %s", path, failure)
    logger.error("%s failed its check: %s", path, "; ".join(error.problems[:10]))
    backup = backups.newest_good(identity) if identity else None
    raise DamagedWorkspaceError(path, error.problems, set_aside=aside, backup=backup) from error


def _may_write(path: Path) -> bool:
    """Writable for this user, and not marked read-only for everyone (which even root heeds)."""
    return os.access(path, os.W_OK) and bool(path.stat().st_mode & 0o222)


def _why_not_writable(path: Path) -> str | None:
    """Why a workspace at ``path`` cannot be written, before trying (None: it may be)."""
    if path.exists() and not _may_write(path):
        return _("the file is read-only")
    folder = path.parent
    if folder.exists() and not _may_write(folder):
        return _("its folder is read-only")
    if hasattr(os, "statvfs"):  # POSIX: a medium mounted read-only
        with contextlib.suppress(OSError):
            if os.statvfs(folder).f_flag & os.ST_RDONLY:
                return _("the disk it is on is read-only")
    return None


def _reason_of(error: OSError) -> str:
    if error.errno == errno.ENOSPC:
        return _("the disk is full")
    if error.errno == errno.EROFS:
        return _("the disk it is on is read-only")
    if error.errno in (errno.EACCES, errno.EPERM):
        return _("its folder is read-only")
    return error.strerror or str(error)


def open_reading(path: Path | str | None = None, *, reason: str | None = None) -> Workspace:
    """Open an existing workspace read-only, without the writer's lock, writing nothing.

    A transaction a crash left half done is rolled back only when the file
    may be written and no one holds the lock (else NeedsRecoveryError); a
    schema older than this version raises NeedsUpgradeError.
    """
    path = Path(path).expanduser() if path is not None else default_workspace()
    if path.is_dir():
        raise CannotWriteError(path, _("it is a folder"))
    header = identify(path)
    if header is None:
        raise CannotWriteError(path, _("it does not exist yet"))
    try:
        try:
            revision, recovered = _inspect(path, may_recover=False)
        except NeedsRecoveryError:
            if _why_not_writable(path) is not None:
                raise
            _recover_under_lock(path)
            revision, recovered = _inspect(path, may_recover=False)[0], True
    except DamagedWorkspaceError as error:
        _damaged(error, header.user_version or sqlite_file.path_identity(path),
                 set_aside=False)
    if revision != migrate.head_revision():
        raise NeedsUpgradeError(path)
    identity = header.user_version or sqlite_file.path_identity(path)
    workspace = Workspace(path, identity=identity,
                          read_only_reason=reason or _("it was opened read-only"), lock=None)
    workspace.recovered = recovered
    return workspace


def _recover_under_lock(path: Path) -> None:
    """Roll back a crashed transaction, holding the writer's lock while SQLite writes."""
    lock = WorkspaceLock(path)
    try:
        lock.acquire()
    except OSError as error:
        raise NeedsRecoveryError(path) from error
    try:
        sqlite_file.recover(path)
        logger.warning("%s: rolled back a transaction a crash left half done", path)
    finally:
        lock.release()


def open_workspace(path: Path | str | None = None, *, read_only: bool = False,
                   take_over: bool = False) -> Workspace:
    """Open (or create) the workspace at ``path``, the default one when None.

    A stranger's file is refused before anything is written beside it. When
    the file, its folder or its disk cannot be written, it opens read-only
    (see ``read_only_reason``). ``take_over`` takes the lock over from a note
    another computer left (after the user was warned).
    """
    path = Path(path).expanduser() if path is not None else default_workspace()
    if read_only:
        return open_reading(path)
    if path.is_dir():
        raise CannotWriteError(path, _("it is a folder"))
    header = identify(path)
    reason = _why_not_writable(path)
    if reason is None:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise CannotWriteError(path, _reason_of(error)) from error
        lock = WorkspaceLock(path)
        try:
            lock.acquire(take_over=take_over)
        except OSError as error:
            reason = _reason_of(error)
            logger.warning("%s: the writer's lock cannot be written (%s)", path, error)
        else:
            try:
                return _open_locked(path, header, lock)
            except BaseException:
                lock.release()
                raise
    if header is None:
        raise CannotWriteError(path, reason)
    return open_reading(path, reason=reason)


def _remove_stale_temporaries(path: Path) -> None:
    """Delete the temporary copies a killed upgrade or restore left beside ``path``."""
    for pattern in (f".{path.name}.upgrading-*", f".{path.name}.restoring-*"):
        for stale in path.parent.glob(pattern):
            with contextlib.suppress(OSError):
                stale.unlink()
                logger.info("removed %s, left by an interrupted upgrade or restore", stale)


def _open_locked(path: Path, header: sqlite_file.Header | None,
                 lock: WorkspaceLock) -> Workspace:
    """The rest of a writable open, the lock held."""
    _remove_stale_temporaries(path)
    # again under the lock: another process may have created or replaced it meanwhile
    header = identify(path)
    revision, recovered = None, False
    identity = header.user_version if header is not None else 0
    if header is not None and header.is_workspace:
        identity = identity or sqlite_file.path_identity(path)  # made before identities
        try:
            revision, recovered = _inspect(path, may_recover=True)
        except DamagedWorkspaceError as error:
            _damaged(error, identity, set_aside=True)
    before_upgrade = None
    try:
        if header is None or revision != migrate.head_revision():
            identity = identity or sqlite_file.new_identity()
            before_upgrade = build_at_head(path, revision, identity,
                                           has_data=header is not None)
        elif not header.user_version:  # made before identities: it keeps the one it had
            sqlite_file.set_identity(path, identity)
    except OSError as error:
        if error.errno == errno.ENOSPC:
            raise DiskFullError(path) from error
        raise CannotWriteError(path, _reason_of(error)) from error
    except sqlite3.OperationalError as error:
        if "full" in str(error).lower():
            raise DiskFullError(path) from error
        raise CannotWriteError(path, str(error)) from error
    workspace = Workspace(path, identity=identity, read_only_reason=None, lock=lock)
    workspace.backup = before_upgrade
    workspace.recovered = recovered
    return workspace


def open_for_reading(path: Path | str | None = None) -> Workspace:
    """For commands that only read: read-only, without the lock, when the file allows it.

    A workspace that does not exist yet, is empty, has an older schema or no
    identity yet is first opened for writing once (created, upgraded or given
    its identity); if another process holds it, it is read as it is.
    """
    path = Path(path).expanduser() if path is not None else default_workspace()
    header = identify(path)
    if header is None:
        return open_workspace(path)
    try:
        if header.user_version:
            return open_reading(path)
    except NeedsUpgradeError:
        return open_workspace(path)
    try:
        return open_workspace(path)
    except WorkspaceLockedError:
        return open_reading(path)


def integrity_report(path: Path) -> list[str]:
    """The full integrity check of the workspace at ``path``: its problems (none: sound).

    Reads only (a crashed transaction is first rolled back when the file may
    be written and no one holds the lock). Raises for a stranger's file.
    """
    if identify(path) is None:
        raise CannotWriteError(path, _("it does not exist yet"))
    for _attempt in range(2):
        try:
            connection = connect_raw(path, read_only=True)
            try:
                # checked on a copy in memory (pages copied as they are, damage included),
                # so a long check never holds up the window's edits
                copy = sqlite3.connect(":memory:")
                try:
                    connection.backup(copy)
                    connection.close()
                    return sqlite_file.integrity_problems(copy)
                finally:
                    copy.close()
            finally:
                connection.close()
        except sqlite3.DatabaseError as error:
            if not sqlite_file.needs_recovery(error) or _attempt:
                if sqlite_file.is_corruption(error):
                    return [str(error)]
                raise
            if _why_not_writable(path) is not None:
                raise NeedsRecoveryError(path) from error
            _recover_under_lock(path)
    raise AssertionError("unreachable")
