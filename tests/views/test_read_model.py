"""The read model: the same answers as the services' full reads, in a fixed number of
statements, on the schema the ORM and the migrations make."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from sqlmodel import SQLModel

from app import revisions
from app.domain import package as pkg
from app.domain.enums import DemandKind
from app.services import demo, meeting_document, packages
from app.services.readiness import assess_meeting
from app.storage import Workspace, open_workspace
from app.storage.migrate import alembic_config
from app.views import meeting as meeting_view
from app.views.document import read_document
from app.views.meetings import meeting_items
from app.views.reader import NotReadable, Reader, open_reader
from benchmarks.years import generate
from tests.services.test_readiness import ready_after, ready_before

TODAY = date(2026, 11, 20)  # the day the complete meetings of test_readiness are ready


@pytest.fixture
def reader(workspace: Workspace) -> Iterator[Reader]:
    opened = open_reader(workspace.path)
    yield opened
    opened.close()


def _agree(workspace: Workspace, reader: Reader) -> int:
    """Every meeting's score and missing count in the list equal the full assessment's."""
    items = meeting_items(reader.connection(), TODAY)
    for item in items:
        assessment, _document = assess_meeting(workspace, item.id, today=TODAY)
        assert item.readiness is not None
        assert (item.readiness.score, item.readiness.missing) == (
            assessment.score, len(assessment.items)), item.title
    return len(items)


def test_list_scores_agree_with_the_assessment_on_a_generated_workspace(tmp_path: Path) -> None:
    years = generate(tmp_path / "years.prewire", meetings=40, departments=60, people=240,
                     demands=500, suggestions=500, touchpoints=600, largest=12)
    with open_workspace(years.path) as workspace:
        reader = open_reader(years.path)
        try:
            assert _agree(workspace, reader) == 40
        finally:
            reader.close()


def test_list_scores_agree_on_the_demo_and_on_complete_meetings(workspace: Workspace,
                                                               reader: Reader) -> None:
    demo.load_demo(workspace)
    for package in (ready_before(), ready_after()):
        packages.import_document(workspace, package)
    assert _agree(workspace, reader) == 5


def test_a_response_of_only_spaces_is_no_answer(workspace: Workspace, reader: Reader) -> None:
    package = ready_before()
    package.demands = [pkg.DemandDoc(id="d1", department="dep1", kind=DemandKind.objection,
                                     text="Too early", response=" \t\u3000 ")]
    meeting_id = packages.import_document(workspace, package).meeting_id
    assessment, _document = assess_meeting(workspace, meeting_id, today=TODAY)
    assert [item.rule for item in assessment.items] == ["demand.response"]
    (item,) = meeting_items(reader.connection(), TODAY)
    assert item.readiness is not None and item.readiness.missing == 1
    assert item.readiness.score == assessment.score < 100


def test_the_view_holds_the_meeting_document_s_rows_in_its_order(workspace: Workspace,
                                                                reader: Reader) -> None:
    for report in demo.load_demo(workspace):
        document = meeting_document.load(workspace, report.meeting_id)
        view = meeting_view.load(reader.connection(), report.meeting_id)
        rows = document.rows
        p = document.package
        assert [d.id for d in view.departments] == [rows[d.id][1] for d in p.departments]
        assert [(t.id, t.summary) for t in view.touchpoints] == [
            (rows[t.id][1], t.summary) for t in p.touchpoints]
        assert [(d.id, d.response) for d in view.demands] == [
            (rows[d.id][1], d.response) for d in p.demands]
        assert [(s.id, s.person_id) for s in view.suggestions] == [
            (rows[s.id][1], rows[s.person][1] if s.person else None) for s in p.suggestions]
        assert [(a.id, a.owner_id, a.department_id) for a in view.actions] == [
            (rows[a.id][1], rows[a.owner][1] if a.owner else None,
             rows[a.department][1] if a.department else None) for a in p.actions]
        assert [d.agreed_by for d in view.decisions] == [
            tuple(rows[k][1] for k in d.agreed_by) for d in p.decisions]


def test_a_meeting_view_takes_the_same_statements_whatever_its_size(tmp_path: Path) -> None:
    years = generate(tmp_path / "years.prewire", meetings=6, departments=80, people=300,
                     demands=800, suggestions=800, touchpoints=800, largest=60)
    reader = open_reader(years.path)
    statements: list[str] = []
    reader.connection().set_trace_callback(statements.append)
    try:
        counts = []
        for meeting_id in (years.largest, years.chinese):
            statements.clear()
            with reader.snapshot() as connection:
                meeting_view.load(connection, meeting_id)
            counts.append(len(statements))
        statements.clear()
        meeting_items(reader.connection(), TODAY)
        listed = len(statements)
    finally:
        reader.close()
    assert counts[0] == counts[1] <= 16
    # the meetings, eleven readiness aggregates, two overdue counts, the departments behind
    # plan
    assert listed <= 15


def test_the_read_model_reads_the_schema_the_orm_declares(workspace: Workspace) -> None:
    # the migrations made this file; the read model's statements name these columns
    with sqlite3.connect(workspace.path) as db:
        for table in SQLModel.metadata.sorted_tables:
            stored = {row[1] for row in db.execute(f"PRAGMA table_info({table.name})")}
            assert stored == {c.name for c in table.columns}, table.name
    db.close()


def test_the_head_revision_is_the_one_alembic_finds() -> None:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config())
    assert revisions.head_revision() == script.get_current_head()
    assert revisions.known_revisions() == {r.revision for r in script.walk_revisions()}


def test_a_file_due_an_upgrade_or_a_stranger_s_is_not_read(tmp_path: Path,
                                                          workspace: Workspace) -> None:
    stranger = tmp_path / "other.db"
    sqlite3.connect(stranger).close()
    with pytest.raises(NotReadable):
        open_reader(stranger)
    with pytest.raises(NotReadable):
        open_reader(tmp_path / "missing.prewire")
    db = sqlite3.connect(workspace.path)
    with db:
        db.execute("UPDATE alembic_version SET version_num = 'older'")
    db.close()
    with pytest.raises(NotReadable):
        open_reader(workspace.path)


def test_the_overview_s_document_is_the_orm_s(tmp_path: Path) -> None:
    years = generate(tmp_path / "years.prewire", meetings=12, departments=40, people=160,
                     demands=300, suggestions=300, touchpoints=300, largest=10)
    with open_workspace(years.path) as workspace:
        demo.load_demo(workspace)
        reader = open_reader(years.path)
        try:
            for item in meeting_items(reader.connection()):
                with reader.snapshot() as connection:
                    fast = read_document(connection, item.id)
                full = meeting_document.load(workspace, item.id)
                assert fast.rows == full.rows and fast.participations == full.participations
                assert fast.package.model_dump() == full.package.model_dump(), item.title
        finally:
            reader.close()
