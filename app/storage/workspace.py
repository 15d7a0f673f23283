"""Opening a workspace: checks that refuse a stranger's file untouched, then lock and upgrade."""

from __future__ import annotations

import errno
import logging
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from types import TracebackType

from sqlalchemy import Engine, text
from sqlalchemy.exc import OperationalError
from sqlmodel import Session

from app.i18n import _
from app.paths import default_workspace
from app.storage import migrate
from app.storage.engine import APPLICATION_ID, SQLITE_HEADER, connect_raw, make_engine
from app.storage.errors import (
    CannotWriteError,
    DiskFullError,
    NotAWorkspaceError,
    NotSQLiteError,
    TooNewError,
    WorkspaceError,
    WorkspaceReadOnlyError,
)
from app.storage.lock import WorkspaceLock

logger = logging.getLogger(__name__)


class Workspace:
    """An open workspace file. Every service call takes one and opens its own transaction."""

    def __init__(self, path: Path, engine: Engine, *, read_only: bool,
                 lock: WorkspaceLock | None) -> None:
        self.path = path
        self.engine = engine
        self.read_only = read_only
        self._lock = lock
        #: the copy made before this open upgraded the file, if it did
        self.backup: Path | None = None

    @contextmanager
    def session(self) -> Iterator[Session]:
        """One transaction: committed when the block ends, rolled back if it raises."""
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
        self.engine.dispose()
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    def __enter__(self) -> Workspace:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()


def inspect_file(path: Path) -> str | None:
    """The schema revision of an existing workspace file, reading it without writing.

    Returns None for a file that holds no tables yet (it becomes a workspace).
    Raises NotSQLiteError, NotAWorkspaceError or TooNewError.
    """
    with open(path, "rb") as handle:
        header = handle.read(len(SQLITE_HEADER))
    if header != SQLITE_HEADER:
        raise NotSQLiteError(path)
    try:
        connection = connect_raw(path, read_only=True)
        try:
            app_id = connection.execute("PRAGMA application_id").fetchone()[0]
            tables = {row[0] for row in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table'")}
            revision = None
            if app_id == APPLICATION_ID and "alembic_version" in tables:
                row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
                revision = row[0] if row else None
        finally:
            connection.close()
    except sqlite3.DatabaseError as error:
        raise NotSQLiteError(path) from error
    if app_id == APPLICATION_ID:
        if revision is not None and revision not in migrate.known_revisions():
            raise TooNewError(path, revision)
        return revision
    if app_id == 0 and not tables:
        return None
    raise NotAWorkspaceError(path)


def open_workspace(path: Path | str | None = None, *, read_only: bool = False) -> Workspace:
    """Open (or create) the workspace at ``path``, the default one when None.

    A stranger's file is refused before anything is written to it. For writing,
    the lock is taken first, then the file is copied aside if it needs an
    upgrade, then upgraded to the current schema.
    """
    path = Path(path).expanduser() if path is not None else default_workspace()
    if path.is_dir():
        raise CannotWriteError(path, _("it is a folder"))
    has_data = path.exists() and path.stat().st_size > 0
    revision = inspect_file(path) if has_data else None
    head = migrate.head_revision()

    if read_only:
        if not has_data:
            raise CannotWriteError(path, _("it does not exist yet"))
        if revision != head:
            raise WorkspaceError(path, _(
                "{path} must be upgraded before it can be read; open it for writing once."
            ).format(path=path))
        return Workspace(path, make_engine(path, read_only=True), read_only=True, lock=None)

    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise CannotWriteError(path, error.strerror or str(error)) from error
    lock = WorkspaceLock(path)
    lock.acquire()
    try:
        workspace = Workspace(path, make_engine(path), read_only=False, lock=lock)
        if revision != head:
            if has_data:
                workspace.backup = migrate.backup_before_upgrade(path, revision)
            with workspace.engine.begin() as connection:
                connection.execute(text(f"PRAGMA application_id = {APPLICATION_ID}"))
                migrate.upgrade(connection)
            logger.info("workspace %s upgraded from %s to %s", path, revision, head)
        return workspace
    except OSError as error:
        lock.release()
        if error.errno == errno.ENOSPC:
            raise DiskFullError(path) from error
        raise CannotWriteError(path, error.strerror or str(error)) from error
    except OperationalError as error:
        lock.release()
        message = str(error.orig).lower()
        if "disk is full" in message:
            raise DiskFullError(path) from error
        raise CannotWriteError(path, str(error.orig)) from error
    except BaseException:
        lock.release()
        raise
