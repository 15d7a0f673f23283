"""Search across the workspace: a text table kept in step by triggers, two FTS5 indexes.

``search_text`` holds one row per searchable row of the workspace (its kind, id,
meeting and the text worth finding), written by triggers on every table in the
same transaction as the edit, so undo, redo, import and any other writer keep it
right. Two FTS5 indexes read it as external content: ``search_words`` (words,
accents folded: "ano" finds "año") and ``search_grams`` (trigrams: Chinese found
inside a sentence, where there are no spaces between words).

A later revision that recreates one of these tables (batch mode) must create its
triggers again; tests/services/test_search.py fails when one is missing.

Revision ID: 0004
Revises: 0003
"""

from __future__ import annotations

from alembic import op

revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def _column(column: str) -> str:
    if column == "okrs":  # a JSON list: its items, not the escaped JSON text
        return "coalesce((SELECT group_concat(value, char(10)) FROM json_each(NEW.okrs)), '')"
    return f"coalesce(NEW.{column}, '')"


def _joined(*columns: str) -> str:
    return " || char(10) || ".join(_column(column) for column in columns)


def _via_participation() -> str:
    return "(SELECT meeting_id FROM participation WHERE id = NEW.participation_id)"


#: kind, table, key column, meeting expression, searchable columns
SOURCES: list[tuple[str, str, str, str, tuple[str, ...]]] = [
    ("meeting", "meeting", "id", "NEW.id",
     ("title", "purpose", "expectations", "location", "notes")),
    ("goal", "goal", "id", "NEW.meeting_id",
     ("statement", "indicator", "baseline", "target", "benefits", "evidence")),
    # a profile is shared by every meeting the department takes part in
    ("department", "department", "id", "NULL",
     ("name", "function", "workflow", "focus", "okrs", "pressures", "history")),
    ("participation", "participation", "id", "NEW.meeting_id",
     ("serves_their_goals", "private_notes")),
    ("person", "person", "id", "NULL", ("name", "role", "contact", "notes")),
    ("touchpoint", "touchpoint", "id", _via_participation(), ("summary", "next_step")),
    ("demand", "demand", "id", _via_participation(), ("text", "response")),
    ("suggestion", "suggestion", "id", _via_participation(), ("text", "incorporation")),
    ("agenda_item", "agenda_item", "id", "NEW.meeting_id", ("section", "title", "notes")),
    ("decision", "decision", "id", "NEW.meeting_id", ("text",)),
    ("action", "action_item", "id", "NEW.meeting_id", ("text",)),
    ("open_issue", "open_issue", "id", "NEW.meeting_id", ("text", "follow_up")),
    ("review", "review", "meeting_id", "NEW.meeting_id",
     ("went_well", "lessons", "leader_feedback")),
]


def upgrade() -> None:
    op.execute("""
        CREATE TABLE search_text (
            id INTEGER PRIMARY KEY,
            kind TEXT NOT NULL,
            row_id INTEGER NOT NULL,
            meeting_id INTEGER,
            body TEXT NOT NULL,
            UNIQUE (kind, row_id)
        )""")
    for name, tokenizer in (("search_words", "unicode61 remove_diacritics 2"),
                            ("search_grams", "trigram")):
        op.execute(f"""
            CREATE VIRTUAL TABLE {name} USING fts5(
                body, content='search_text', content_rowid='id', tokenize='{tokenizer}')""")
    op.execute("""
        CREATE TRIGGER search_text_ai AFTER INSERT ON search_text BEGIN
            INSERT INTO search_words(rowid, body) VALUES (NEW.id, NEW.body);
            INSERT INTO search_grams(rowid, body) VALUES (NEW.id, NEW.body);
        END""")
    op.execute("""
        CREATE TRIGGER search_text_ad AFTER DELETE ON search_text BEGIN
            INSERT INTO search_words(search_words, rowid, body) VALUES ('delete', OLD.id, OLD.body);
            INSERT INTO search_grams(search_grams, rowid, body) VALUES ('delete', OLD.id, OLD.body);
        END""")
    op.execute("""
        CREATE TRIGGER search_text_au AFTER UPDATE ON search_text BEGIN
            INSERT INTO search_words(search_words, rowid, body) VALUES ('delete', OLD.id, OLD.body);
            INSERT INTO search_grams(search_grams, rowid, body) VALUES ('delete', OLD.id, OLD.body);
            INSERT INTO search_words(rowid, body) VALUES (NEW.id, NEW.body);
            INSERT INTO search_grams(rowid, body) VALUES (NEW.id, NEW.body);
        END""")
    for kind, table, key, meeting, columns in SOURCES:
        body = _joined(*columns)
        op.execute(f"""
            CREATE TRIGGER search_{kind}_ai AFTER INSERT ON {table} BEGIN
                INSERT INTO search_text(kind, row_id, meeting_id, body)
                VALUES ('{kind}', NEW.{key}, {meeting}, {body});
            END""")
        op.execute(f"""
            CREATE TRIGGER search_{kind}_au AFTER UPDATE ON {table} BEGIN
                UPDATE search_text SET body = {body}, meeting_id = {meeting}
                WHERE kind = '{kind}' AND row_id = NEW.{key};
            END""")
        op.execute(f"""
            CREATE TRIGGER search_{kind}_ad AFTER DELETE ON {table} BEGIN
                DELETE FROM search_text WHERE kind = '{kind}' AND row_id = OLD.{key};
            END""")
        # the rows already there
        op.execute(f"""
            INSERT INTO search_text(kind, row_id, meeting_id, body)
            SELECT '{kind}', NEW.{key}, {meeting}, {body} FROM {table} AS NEW""")


def downgrade() -> None:
    for kind, *_ in SOURCES:
        for event in ("ai", "au", "ad"):
            op.execute(f"DROP TRIGGER IF EXISTS search_{kind}_{event}")
    for event in ("ai", "au", "ad"):
        op.execute(f"DROP TRIGGER IF EXISTS search_text_{event}")
    op.execute("DROP TABLE IF EXISTS search_words")
    op.execute("DROP TABLE IF EXISTS search_grams")
    op.execute("DROP TABLE IF EXISTS search_text")
