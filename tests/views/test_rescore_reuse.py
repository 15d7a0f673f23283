"""Scoring one meeting again after an edit runs only the counts that read a table the edit
changed, and gives what reading it afresh gives."""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from app.domain.still_open import OPEN_ACTION, UNRESOLVED_ISSUE
from app.services import actions, agenda, demands, goals, meetings, participation, touchpoints
from app.storage import open_workspace
from app.views import meetings as meeting_list
from app.views.meetings import meeting_items
from app.views.plan_status import _BEHIND
from app.views.reader import open_reader
from app.views.readiness import STATEMENTS, Reuse
from benchmarks.years import generate

TODAY = date.today()


def _tables(sql: str) -> set[str]:
    return set(re.findall(r"\b(?:FROM|JOIN)\s+([a-z_]+)", sql))


def test_each_count_names_every_table_it_reads() -> None:
    for name, (sql, _column, reads) in STATEMENTS.items():
        assert _tables(sql) == reads, name
    overdue = ("FROM action_item AS a WHERE " + OPEN_ACTION
               + " FROM open_issue AS i WHERE " + UNRESOLVED_ISSUE)
    assert _tables(overdue) == meeting_list._OVERDUE_READS
    assert _tables(_BEHIND) == meeting_list._BEHIND_READS


def _first(db: sqlite3.Connection, sql: str, meeting_id: int) -> int:
    found = db.execute(sql, (meeting_id,)).fetchone()
    assert found is not None, sql
    return int(found[0])


def test_a_rescore_after_an_edit_reads_what_a_fresh_read_does(tmp_path: Path) -> None:
    years = generate(tmp_path / "years.prewire", meetings=6, departments=20, people=80,
                     demands=100, suggestions=100, touchpoints=120, largest=10)
    meeting = years.largest
    workspace = open_workspace(years.path)
    reader = open_reader(years.path)
    db = reader.connection()
    part = _first(db, "SELECT id FROM participation WHERE meeting_id = ?", meeting)
    concern = _first(db, "SELECT x.id FROM demand x JOIN participation p "
                         "ON p.id = x.participation_id WHERE p.meeting_id = ? "
                         "AND x.kind <> 'demand'", meeting)
    contact = _first(db, "SELECT t.id FROM touchpoint t JOIN participation p "
                         "ON p.id = t.participation_id WHERE p.meeting_id = ?", meeting)
    goal = goals.add(workspace, meeting, statement="Fewer duplicate records").id
    item = agenda.add(workspace, meeting, title="Data model").id
    action = actions.add(workspace, meeting, text="Send the plan",
                         due=TODAY - timedelta(days=3)).id
    # (an edit, the tables it changed): each counted in the list's row
    edits: list[tuple[Callable[[], Any], frozenset[str]]] = [
        (lambda: demands.update(workspace, concern, response=""), frozenset({"demand"})),
        (lambda: demands.update(workspace, concern, response="We phase it in"),
         frozenset({"demand"})),
        (lambda: touchpoints.update(workspace, contact, date=TODAY + timedelta(days=30)),
         frozenset({"touchpoint"})),
        (lambda: participation.update(workspace, part, readiness="aligned",
                                      next_contact=TODAY - timedelta(days=1)),
         frozenset({"participation"})),
        (lambda: goals.update(workspace, goal, indicator="duplicates", target="5%"),
         frozenset({"goal"})),
        (lambda: agenda.update(workspace, item, minutes=20), frozenset({"agenda_item"})),
        (lambda: actions.update(workspace, action, status="done"), frozenset({"action_item"})),
        (lambda: meetings.update(workspace, meeting, status="held"), frozenset({"meeting"})),
    ]
    reuse = Reuse()
    statements: list[str] = []
    db.set_trace_callback(statements.append)
    try:
        shown = meeting_items(db, TODAY, meeting_id=meeting, reuse=reuse)
        assert len(statements) == 15  # the first time, every count
        moved = 0
        for edit, tables in edits:
            edit()
            reuse.changed = tables
            statements.clear()
            again = meeting_items(db, TODAY, meeting_id=meeting, reuse=reuse)
            ran = len(statements)
            assert again == meeting_items(db, TODAY, meeting_id=meeting)
            moved += again != shown
            shown = again
            assert ran < 15, tables
    finally:
        db.set_trace_callback(None)
        reader.close()
        workspace.close()
    assert moved >= 5  # the edits were seen: the row changed with most of them
