"""Alembic environment: always run from app.storage.migrate on an open connection."""

from __future__ import annotations

from alembic import context

from app.domain.models import metadata

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=metadata,
    render_as_batch=True,  # SQLite alters tables by copying them; batch mode does that
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
