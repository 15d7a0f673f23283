"""Engagement instead of stance, decision rights, people's part in a meeting, its history,
the communication plan, our own team, and the pre-read as a recorded fact.

A department's stance becomes its engagement (PMBOK's levels), the current one and the
one at the start alike: unknown → unaware, supportive → supportive, neutral → neutral,
concerned → neutral, opposed → resistant (``app.domain.legacy.STANCE_TO_ENGAGEMENT``).
The desired engagement of every migrated department is supportive. Each department
whose stance moved since the start, or which was "concerned" at either end, gets one
history row whose note keeps the old words in the meeting's language, so no value is
lost: "concerned" is neutral with reservations written down. Touchpoints whose summary
or next step name the pre-read (the old way of noting it) are marked as having sent it.

Plain ALTER TABLE and CREATE TABLE only: batch mode would copy the tables and drop the
search triggers of revision 0004. The stance columns are dropped in place (SQLite 3.35+,
which revision 0003's downgrade needs too); they were NOT NULL without a default, so
leaving them would refuse every new department.

Revision ID: 0007
Revises: 0006
"""

from __future__ import annotations

import sqlite3
from datetime import date

import sqlalchemy as sa
from alembic import op

from app.domain.legacy import (
    STANCE_TO_ENGAGEMENT,
    Stance,
    mentions_preread,
    needs_history,
    stance_note,
)

revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None

#: engagement levels, decision rights and channels are stored as their words
_LEVEL = "VARCHAR(10)"

_PARTICIPATION_COLUMNS = (
    f"engagement {_LEVEL} NOT NULL DEFAULT 'unaware'",
    f"engagement_desired {_LEVEL} NOT NULL DEFAULT 'supportive'",
    f"engagement_at_start {_LEVEL} NOT NULL DEFAULT 'unaware'",
    "decision_right VARCHAR(8)",
    "owner_id INTEGER REFERENCES team_member (id) ON DELETE SET NULL",
    "plan_channel VARCHAR(7)",
    "cadence_days INTEGER",
    "next_contact DATE",
    "approach_order INTEGER",
    "approach_reason VARCHAR NOT NULL DEFAULT ''",
)

#: kind, table, meeting expression, searchable columns (as revision 0004 writes them)
_SEARCHED = (
    ("participation", "participation", "NEW.meeting_id",
     ("serves_their_goals", "private_notes", "approach_reason")),
    ("team_member", "team_member", "NULL", ("name", "role")),
)
_PARTICIPATION_BEFORE = ("serves_their_goals", "private_notes")


def _body(columns: tuple[str, ...]) -> str:
    return " || char(10) || ".join(f"coalesce(NEW.{c}, '')" for c in columns)


def _drop_triggers(kind: str) -> None:
    for event in ("ai", "au", "ad"):
        op.execute(f"DROP TRIGGER IF EXISTS search_{kind}_{event}")


def _search_triggers(kind: str, table: str, meeting: str, columns: tuple[str, ...]) -> None:
    """The triggers of revision 0004 for one table, and its rows indexed again."""
    body = _body(columns)
    _drop_triggers(kind)
    op.execute(f"DELETE FROM search_text WHERE kind = '{kind}'")
    op.execute(f"""
        CREATE TRIGGER search_{kind}_ai AFTER INSERT ON {table} BEGIN
            INSERT INTO search_text(kind, row_id, meeting_id, body)
            VALUES ('{kind}', NEW.id, {meeting}, {body});
        END""")
    op.execute(f"""
        CREATE TRIGGER search_{kind}_au AFTER UPDATE ON {table} BEGIN
            UPDATE search_text SET body = {body}, meeting_id = {meeting}
            WHERE kind = '{kind}' AND row_id = NEW.id;
        END""")
    op.execute(f"""
        CREATE TRIGGER search_{kind}_ad AFTER DELETE ON {table} BEGIN
            DELETE FROM search_text WHERE kind = '{kind}' AND row_id = OLD.id;
        END""")
    op.execute(f"""
        INSERT INTO search_text(kind, row_id, meeting_id, body)
        SELECT '{kind}', NEW.id, {meeting}, {body} FROM {table} AS NEW""")


def _create_tables() -> None:
    op.execute("""
        CREATE TABLE team_member (
            name VARCHAR NOT NULL,
            role VARCHAR NOT NULL,
            id INTEGER NOT NULL PRIMARY KEY,
            name_key VARCHAR NOT NULL,
            position INTEGER NOT NULL
        )""")
    op.execute("CREATE UNIQUE INDEX ix_team_member_name_key ON team_member (name_key)")
    op.execute(f"""
        CREATE TABLE stakeholder (
            engagement {_LEVEL} NOT NULL,
            engagement_desired {_LEVEL} NOT NULL,
            engagement_at_start {_LEVEL} NOT NULL,
            decision_right VARCHAR(8),
            id INTEGER NOT NULL PRIMARY KEY,
            participation_id INTEGER NOT NULL
                REFERENCES participation (id) ON DELETE CASCADE,
            person_id INTEGER NOT NULL REFERENCES person (id) ON DELETE CASCADE,
            UNIQUE (participation_id, person_id)
        )""")
    op.execute("CREATE INDEX ix_stakeholder_participation_id ON stakeholder (participation_id)")
    op.execute("CREATE INDEX ix_stakeholder_person_id ON stakeholder (person_id)")
    op.execute(f"""
        CREATE TABLE engagement_change (
            date DATE NOT NULL,
            from_level {_LEVEL},
            to_level {_LEVEL} NOT NULL,
            note VARCHAR NOT NULL,
            id INTEGER NOT NULL PRIMARY KEY,
            participation_id INTEGER NOT NULL
                REFERENCES participation (id) ON DELETE CASCADE,
            person_id INTEGER REFERENCES person (id) ON DELETE CASCADE,
            touchpoint_id INTEGER REFERENCES touchpoint (id) ON DELETE SET NULL
        )""")
    op.execute("CREATE INDEX ix_engagement_change_participation_id "
               "ON engagement_change (participation_id)")
    op.execute("CREATE INDEX ix_engagement_change_person_id ON engagement_change (person_id)")


def _migrate_stances(connection: sa.Connection) -> None:
    rows = connection.execute(sa.text("""
        SELECT p.id, p.stance_at_start, p.stance, m.language,
               (SELECT max(t.date) FROM touchpoint t WHERE t.participation_id = p.id)
        FROM participation p JOIN meeting m ON m.id = p.meeting_id""")).all()
    today = date.today().isoformat()
    for part_id, start_word, now_word, language, last_contact in rows:
        start, now = Stance(start_word), Stance(now_word)
        connection.execute(sa.text(
            "UPDATE participation SET engagement = :now, engagement_at_start = :start, "
            "engagement_desired = 'supportive' WHERE id = :id"),
            {"now": STANCE_TO_ENGAGEMENT[now].value,
             "start": STANCE_TO_ENGAGEMENT[start].value, "id": part_id})
        if not needs_history(start, now):
            continue
        # a move that happened by the last contact, or (none yet) that is recorded today
        connection.execute(sa.text(
            "INSERT INTO engagement_change (participation_id, date, from_level, to_level, note)"
            " VALUES (:id, :day, :start, :now, :note)"),
            {"id": part_id, "day": last_contact or today,
             "start": STANCE_TO_ENGAGEMENT[start].value, "now": STANCE_TO_ENGAGEMENT[now].value,
             "note": stance_note(language, start, now)})


def _mark_prereads(connection: sa.Connection) -> None:
    sent = [{"id": key} for key, summary, next_step in connection.execute(sa.text(
        "SELECT id, summary, next_step FROM touchpoint")).all()
        if mentions_preread(summary, next_step)]
    if sent:
        connection.execute(sa.text("UPDATE touchpoint SET preread_sent = 1 WHERE id = :id"),
                           sent)


def upgrade() -> None:
    if sqlite3.sqlite_version_info < (3, 35):
        raise RuntimeError(f"Prewire needs SQLite 3.35 or newer; this one is "
                           f"{sqlite3.sqlite_version}.")
    connection = op.get_bind()
    _create_tables()
    for column in _PARTICIPATION_COLUMNS:
        op.execute(f"ALTER TABLE participation ADD COLUMN {column}")
    op.execute("ALTER TABLE touchpoint ADD COLUMN preread_sent BOOLEAN NOT NULL DEFAULT 0")
    _migrate_stances(connection)
    _mark_prereads(connection)
    op.execute("ALTER TABLE participation DROP COLUMN stance")
    op.execute("ALTER TABLE participation DROP COLUMN stance_at_start")
    for kind, table, meeting, columns in _SEARCHED:
        _search_triggers(kind, table, meeting, columns)


#: back from engagement to the nearest stance (a downgrade keeps only what 0006 can hold)
_BACK = ("CASE {column} WHEN 'unaware' THEN 'unknown' WHEN 'resistant' THEN 'opposed' "
         "WHEN 'neutral' THEN 'neutral' ELSE 'supportive' END")


def downgrade() -> None:
    _drop_triggers("team_member")
    op.execute("DELETE FROM search_text WHERE kind = 'team_member'")
    op.execute("ALTER TABLE participation ADD COLUMN stance VARCHAR(10) NOT NULL "
               "DEFAULT 'unknown'")
    op.execute("ALTER TABLE participation ADD COLUMN stance_at_start VARCHAR(10) NOT NULL "
               "DEFAULT 'unknown'")
    op.execute(f"UPDATE participation SET stance = {_BACK.format(column='engagement')}, "
               f"stance_at_start = {_BACK.format(column='engagement_at_start')}")
    _search_triggers("participation", "participation", "NEW.meeting_id", _PARTICIPATION_BEFORE)
    op.execute("ALTER TABLE touchpoint DROP COLUMN preread_sent")
    for column in reversed(_PARTICIPATION_COLUMNS):
        op.execute(f"ALTER TABLE participation DROP COLUMN {column.split()[0]}")
    op.execute("DROP TABLE engagement_change")
    op.execute("DROP TABLE stakeholder")
    op.execute("DROP TABLE team_member")
