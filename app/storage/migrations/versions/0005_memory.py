"""Remember which past demand's response a demand's response started from, and the day
the author of a suggestion was thanked.

Added with a plain ALTER TABLE (SQLite allows a new column with a reference when it
defaults to NULL): batch mode would copy the table and drop its search triggers.

Revision ID: 0005
Revises: 0004
"""

from __future__ import annotations

from alembic import op

revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute("ALTER TABLE demand ADD COLUMN response_from_id INTEGER "
               "REFERENCES demand (id) ON DELETE SET NULL")
    op.execute("ALTER TABLE suggestion ADD COLUMN thanked_on DATE")


def downgrade() -> None:
    op.execute("ALTER TABLE suggestion DROP COLUMN thanked_on")
    op.execute("ALTER TABLE demand DROP COLUMN response_from_id")
