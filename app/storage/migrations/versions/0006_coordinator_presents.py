"""Let the coordinator present an agenda item: a flag beside the presenter, who is a
person of the meeting (the coordinator is not one).

Added with a plain ALTER TABLE: batch mode would copy the table and drop the search
triggers revision 0004 put on agenda_item.

Revision ID: 0006
Revises: 0005
"""

from __future__ import annotations

from alembic import op

revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute("ALTER TABLE agenda_item ADD COLUMN presenter_is_coordinator BOOLEAN "
               "NOT NULL DEFAULT 0")


def downgrade() -> None:
    op.execute("ALTER TABLE agenda_item DROP COLUMN presenter_is_coordinator")
