"""Schema revisions with Alembic, and the copy of the file made before any upgrade."""

from __future__ import annotations

import logging
import shutil
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from app import revisions

if TYPE_CHECKING:  # Alembic is imported when an upgrade is due, not at every open
    from alembic.config import Config
    from sqlalchemy import Connection

logger = logging.getLogger(__name__)

MIGRATIONS = Path(__file__).resolve().parent / "migrations"


def alembic_config(connection: Connection | None = None) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["connection"] = connection
    return config


def head_revision() -> str:
    return revisions.head_revision()


def known_revisions() -> set[str]:
    return revisions.known_revisions()


def current_revision(connection: Connection) -> str | None:
    from alembic.runtime.migration import MigrationContext

    return MigrationContext.configure(connection).get_current_revision()


def upgrade(connection: Connection) -> None:
    """Bring the schema on ``connection`` to the newest revision."""
    from alembic import command

    command.upgrade(alembic_config(connection), "head")


def backup_before_upgrade(path: Path, revision: str | None) -> Path:
    """Copy the workspace aside, so an upgrade that goes wrong loses nothing."""
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    target = path.with_name(f"{path.name}.before-upgrade-{revision or 'empty'}-{stamp}")
    shutil.copy2(path, target)
    logger.info("copied %s to %s before upgrading it", path, target)
    return target
