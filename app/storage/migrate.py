"""Schema revisions with Alembic (run on a copy by :mod:`app.storage.upgrade`)."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from app import revisions

if TYPE_CHECKING:  # Alembic is imported when an upgrade is due, not at every open
    from alembic.config import Config
    from sqlalchemy import Connection

logger = logging.getLogger(__name__)

MIGRATIONS = Path(__file__).resolve().parent / "migrations"


def alembic_config(connection: Connection | None = None,
                   location: Path | None = None) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(location or MIGRATIONS))
    config.attributes["connection"] = connection
    return config


def head_revision() -> str:
    # MIGRATIONS is read at each call: tests point it at scripts with a revision added
    return revisions.head_revision(MIGRATIONS / "versions")


def known_revisions() -> set[str]:
    return revisions.known_revisions(MIGRATIONS / "versions")


def current_revision(connection: Connection) -> str | None:
    from alembic.runtime.migration import MigrationContext

    return MigrationContext.configure(connection).get_current_revision()


def upgrade(connection: Connection) -> None:
    """Bring the schema on ``connection`` to the newest revision."""
    from alembic import command

    command.upgrade(alembic_config(connection), "head")

