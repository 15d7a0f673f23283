"""A stored calendar UID for every meeting and action item.

Calendar entries were identified by row ids (``meeting-1@prewire``), so the
same meeting number from two workspaces replaced one another in a calendar.
Existing rows get a random UID each; new rows get one when created.

Revision ID: 0003
Revises: 0001
Create Date: 2026-12-03
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0001"
branch_labels = None
depends_on = None

TABLES = ("meeting", "action_item")


def upgrade() -> None:
    # ALTER TABLE ADD COLUMN, not batch mode: a batch copy drops and recreates the
    # table, and with foreign keys on, dropping "meeting" would cascade to every row
    # that refers to it. SQLite adds a NOT NULL column only with a default, so the
    # column stays nullable in the schema; the application always sets it.
    for table in TABLES:
        op.add_column(table, sa.Column("uid", sa.String(), nullable=True))
        # 128 random bits per existing row, as unique as the uuid4() of new rows
        op.execute(f"UPDATE {table} SET uid = lower(hex(randomblob(16))) || '@prewire'")
        op.create_index(f"ix_{table}_uid", table, ["uid"], unique=True)


def downgrade() -> None:
    for table in TABLES:
        op.drop_index(f"ix_{table}_uid", table_name=table)
        op.drop_column(table, "uid")  # SQLite 3.35+ drops a column in place
