"""Upgrades all or nothing: build the workspace at the newest schema on a copy, then swap.

The original is read (backup API) but never written: the copy beside it is
upgraded with Alembic, checked, flushed and renamed over the original in one
step. A failure or a kill at any point leaves the original byte for byte as
it was (and a temporary copy that the next open deletes). SQLite's Python
driver commits DDL statement by statement, so a transaction alone could not
promise this.
"""

from __future__ import annotations

import contextlib
import logging
import sqlite3
from pathlib import Path

from app.storage import backups, migrate, sqlite_file
from app.storage.engine import APPLICATION_ID, connect_raw, make_engine
from app.storage.errors import BackupError, UpgradeFailedError

logger = logging.getLogger(__name__)


def build_at_head(path: Path, revision: str | None, identity: int, *,
                  has_data: bool) -> Path | None:
    """Make ``path`` a workspace at the newest schema; return the backup made first, if any.

    ``has_data``: the file exists with content (a backup is made first, kept
    by the rotation); else it is created. Raises UpgradeFailedError naming
    the backup when an existing file could not be upgraded.
    """
    before: Path | None = None
    if has_data:
        try:
            before = backups.make_backup(path, identity, "before-upgrade", force=True).path
        except BackupError as error:
            raise UpgradeFailedError(path, str(error), None) from error
    temporary = path.with_name(f".{path.name}.upgrading-{sqlite_file.stamp()}")
    replaced = False
    try:
        copy = sqlite3.connect(temporary)
        try:
            if has_data:
                source = connect_raw(path, read_only=True)
                try:
                    source.backup(copy)
                finally:
                    source.close()
            copy.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            copy.execute(f"PRAGMA user_version = {int(identity)}")
            copy.commit()
        finally:
            copy.close()
        engine = make_engine(temporary)
        try:
            with engine.begin() as connection:
                migrate.upgrade(connection)
        finally:
            engine.dispose()
        _check(temporary)
        sqlite_file.replace_durably(temporary, path)
        replaced = True
    except Exception as error:
        logger.exception("upgrading %s from %s failed", path, revision)
        if not has_data:
            raise
        raise UpgradeFailedError(path, str(error).splitlines()[0] if str(error) else
                                 type(error).__name__, before) from error
    finally:
        if not replaced:
            with contextlib.suppress(OSError):
                temporary.unlink()
    logger.info("workspace %s upgraded from %s to %s", path, revision, migrate.head_revision())
    return before


def _check(copy: Path) -> None:
    """The upgraded copy must be whole and at the newest revision before it replaces anything."""
    connection = connect_raw(copy, read_only=True)
    try:
        problems = sqlite_file.quick_problems(connection)
        reached = sqlite_file.revision_of(connection)
    finally:
        connection.close()
    if problems:
        raise RuntimeError(f"the upgraded copy failed its check: {problems[0]}")
    if reached != migrate.head_revision():
        raise RuntimeError(f"the upgraded copy is at {reached}, not {migrate.head_revision()}")
