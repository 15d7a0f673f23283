"""Schema revisions with Alembic (run on a copy by :mod:`app.storage.upgrade`)."""

from __future__ import annotations

import functools
import logging
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection

logger = logging.getLogger(__name__)

MIGRATIONS = Path(__file__).resolve().parent / "migrations"


def alembic_config(connection: Connection | None = None,
                   location: Path | None = None) -> Config:
    config = Config()
    config.set_main_option("script_location", str(location or MIGRATIONS))
    config.attributes["connection"] = connection
    return config


@functools.cache
def _revisions(location: Path) -> tuple[str, frozenset[str]]:
    """The head and every revision of the scripts at ``location``, read once per process."""
    script = ScriptDirectory.from_config(alembic_config(location=location))
    head = script.get_current_head()
    assert head is not None
    return head, frozenset(rev.revision for rev in script.walk_revisions())


def head_revision() -> str:
    return _revisions(MIGRATIONS)[0]


def known_revisions() -> frozenset[str]:
    return _revisions(MIGRATIONS)[1]


def current_revision(connection: Connection) -> str | None:
    return MigrationContext.configure(connection).get_current_revision()


def upgrade(connection: Connection) -> None:
    """Bring the schema on ``connection`` to the newest revision."""
    command.upgrade(alembic_config(connection), "head")

