"""Search across the workspace: found in every kind of row, in step with every write."""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

import pytest

from app.services import demo, goals, meetings, search, trash
from app.storage import Workspace, open_workspace

#: table, key column and the columns whose words must be found, per kind
SEARCHED = {
    "meeting": ("meeting", "id", "title"),
    "goal": ("goal", "id", "statement"),
    "department": ("department", "id", "focus"),
    "participation": ("participation", "id", "serves_their_goals"),
    "person": ("person", "id", "role"),
    "touchpoint": ("touchpoint", "id", "summary"),
    "demand": ("demand", "id", "response"),
    "suggestion": ("suggestion", "id", "text"),
    "agenda_item": ("agenda_item", "id", "title"),
    "decision": ("decision", "id", "text"),
    "action": ("action_item", "id", "text"),
    "open_issue": ("open_issue", "id", "follow_up"),
    "review": ("review", "meeting_id", "lessons"),
    "team_member": ("team_member", "id", "role"),
}


@pytest.fixture
def demo_workspace(workspace: Workspace) -> Workspace:
    demo.load_demo(workspace)
    return workspace


def kinds_found(workspace: Workspace, query: str) -> set[tuple[str, int]]:
    return {(hit.kind, hit.row_id) for hit in search.search(workspace, query, limit=500)}


def test_a_word_from_every_kind_of_row_is_found(demo_workspace: Workspace) -> None:
    connection = sqlite3.connect(demo_workspace.path)
    try:
        for kind, (table, key, column) in SEARCHED.items():
            rows = connection.execute(
                f"SELECT {key}, {column} FROM {table} WHERE {column} != '' LIMIT 3").fetchall()
            assert rows, f"the demo has no {table} with {column}"
            for row_id, value in rows:
                words = [w for w in re.findall(r"\w{5,}", value) if w.isascii()]
                word = max(words, key=len) if words else value[:4]
                assert (kind, row_id) in kinds_found(demo_workspace, word), (kind, word)
    finally:
        connection.close()


def test_chinese_inside_a_sentence_and_spanish_without_accents(demo_workspace: Workspace) -> None:
    # "上市" stands inside longer sentences with no spaces around it
    assert any("上市" in hit.snippet for hit in search.search(demo_workspace, "上市"))
    assert any("新品上市" in hit.snippet for hit in search.search(demo_workspace, "新品上市"))
    mid = meetings.create(demo_workspace, title="Presupuesto del año próximo").id or 0
    found = kinds_found(demo_workspace, "ano proximo")
    assert ("meeting", mid) in found
    assert ("meeting", mid) in kinds_found(demo_workspace, "año")
    assert ("meeting", mid) not in kinds_found(demo_workspace, "anio")
    # whole words first: "ano" is a word here, only the start of "another" elsewhere
    first = search.search(demo_workspace, "ano")[0]
    assert "año" in first.snippet.lower() or "ano" in first.snippet.lower().split()


def test_an_edit_is_found_at_once_and_a_deleted_row_is_gone(workspace: Workspace,
                                                             meeting_id: int) -> None:
    goal = goals.add(workspace, meeting_id, statement="Cut onboarding to ninety days")
    assert ("goal", goal.id) in kinds_found(workspace, "onboarding")
    goals.update(workspace, goal.id or 0, statement="Cut churn by a fifth")
    assert ("goal", goal.id) not in kinds_found(workspace, "onboarding")
    assert ("goal", goal.id) in kinds_found(workspace, "churn")
    snapshot = goals.delete(workspace, goal.id or 0)
    assert kinds_found(workspace, "churn") == set()
    trash.restore(workspace, snapshot)  # what Edit ▸ Undo does
    assert ("goal", goal.id) in kinds_found(workspace, "churn")


def test_deleting_a_meeting_takes_its_rows_out(demo_workspace: Workspace) -> None:
    title_word = "Centralización"
    mid = next(hit.meeting_id for hit in search.search(demo_workspace, title_word))
    assert mid is not None
    meetings.delete(demo_workspace, mid)
    assert all(hit.meeting_id != mid for hit in search.search(demo_workspace, "planta",
                                                               limit=500))


def test_markup_is_returned_as_the_text_it_is(workspace: Workspace) -> None:
    meetings.create(workspace, title='<b>Budget</b> <img src="/etc/passwd">')
    [hit] = search.search(workspace, "budget")
    assert hit.snippet == '<b>Budget</b> <img src="/etc/passwd">'
    assert hit.snippet[hit.match[0]:hit.match[0] + hit.match[1]] == "Budget"


def test_a_profile_opens_in_the_newest_meeting_it_takes_part_in(
        demo_workspace: Workspace) -> None:
    hits = [h for h in search.search(demo_workspace, "Calidad", limit=500)
            if h.kind == "department"]
    assert hits and all(h.meeting_id is not None for h in hits)


def test_query_syntax_is_taken_as_words(workspace: Workspace) -> None:
    meetings.create(workspace, title='Plan "A" OR NOT B*')
    assert search.search(workspace, '"A" OR NOT') != []
    assert search.search(workspace, "") == []
    assert search.search(workspace, "50%_") == []


def test_every_source_table_keeps_its_triggers(workspace: Workspace) -> None:
    connection = sqlite3.connect(workspace.path)
    try:
        triggers = {name for (name,) in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'trigger'")}
    finally:
        connection.close()
    for kind in SEARCHED:
        for event in ("ai", "au", "ad"):
            assert f"search_{kind}_{event}" in triggers


def test_a_workspace_from_before_search_gets_its_index_on_upgrade(tmp_path: Path) -> None:
    """Rows written before revision 0004 are found once the file is opened and upgraded."""
    from alembic import command
    from sqlalchemy import create_engine, text

    from app.storage import migrate
    from app.storage.engine import APPLICATION_ID

    path = tmp_path / "old.prewire"
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as connection:
        connection.execute(text(f"PRAGMA application_id = {APPLICATION_ID}"))
        command.upgrade(migrate.alembic_config(connection), "0003")
        connection.execute(text(
            "INSERT INTO meeting (title, purpose, expectations, location, language, status, "
            "notes, created_at) VALUES ('Compras del año', '', '', '', 'es', 'preparing', '', "
            "'2026-01-01T00:00:00+00:00')"))
    engine.dispose()
    with open_workspace(path) as workspace:
        assert [(h.kind, h.snippet) for h in search.search(workspace, "ano")] == [
            ("meeting", "Compras del año")]
