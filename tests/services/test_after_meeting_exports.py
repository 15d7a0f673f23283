"""Calendar entries and the actions CSV."""

from __future__ import annotations

import csv
import io
import sqlite3
from datetime import UTC, date, datetime
from pathlib import Path

import sqlalchemy as sa
from alembic import command
from icalendar import Calendar

from app.services import (
    actions,
    demands,
    departments,
    meeting_document,
    meetings,
    open_issues,
    packages,
    participation,
    people,
)
from app.services.actions_csv import export_actions
from app.services.calendar_export import export_calendar
from app.storage import Workspace, open_workspace
from app.storage.migrate import alembic_config


def build(workspace: Workspace) -> int:
    m = meetings.create(workspace, title="Compras <centrales> & más", language="es",
                        scheduled_at="2026-11-12T09:00:00+01:00", duration_minutes=90,
                        location="Sala Ebro").id
    dept = departments.create(workspace, name="Producción").id
    participation.add(workspace, m, dept)
    owner = people.add(workspace, dept, name="Begoña Ibáñez").id
    actions.add(workspace, m, text="Enviar calendario, 陈静 revisa", owner_id=owner,
                department_id=dept, due="2026-12-01")
    actions.add(workspace, m, text="Hecho ya", due="2026-11-20", status="done")
    actions.add(workspace, m, text="Sin fecha")
    open_issues.add(workspace, m, text="¿Quién firma?", follow_up="Preguntar a Dirección",
                    due="2026-12-05")
    return m


def test_calendar_has_meeting_open_actions_and_follow_ups(workspace: Workspace,
                                                          tmp_path: Path) -> None:
    m = build(workspace)
    path = tmp_path / "out.ics"
    assert export_calendar(workspace, m, path) == 3
    calendar = Calendar.from_ical(path.read_bytes())
    events = {str(e["summary"]): e for e in calendar.walk("VEVENT")}
    assert set(events) == {
        "Compras <centrales> & más",
        "Fecha límite: Enviar calendario, 陈静 revisa",
        "Seguimiento: ¿Quién firma?",
    }
    due = events["Fecha límite: Enviar calendario, 陈静 revisa"]
    assert due.decoded("dtstart") == date(2026, 12, 1)
    assert "Begoña Ibáñez — Producción" in str(due["description"])
    start = events["Compras <centrales> & más"].decoded("dtstart")
    assert start == datetime(2026, 11, 12, 8, 0, tzinfo=UTC), "the instant is kept"
    # the same rows give the same UIDs, so a calendar updates instead of duplicating
    again = Calendar.from_ical((export_calendar(workspace, m, path), path.read_bytes())[1])
    assert {str(e["uid"]) for e in again.walk("VEVENT")} == {
        str(e["uid"]) for e in calendar.walk("VEVENT")}


def test_actions_csv_opens_in_a_spreadsheet(workspace: Workspace, tmp_path: Path) -> None:
    m = build(workspace)
    path = tmp_path / "actions.csv"
    assert export_actions(workspace, m, path) == 3
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(raw.decode("utf-8-sig").splitlines()))
    assert rows[0][:2] == ["Reunión", "Acción"], "headers in the meeting's language"
    assert rows[1] == ["Compras <centrales> & más", "Enviar calendario, 陈静 revisa",
                       "Begoña Ibáñez", "Producción", "2026-12-01", "Pendiente", ""]
    assert rows[2][5] == "Hecha"


def test_csv_came_from_is_a_short_reference(workspace: Workspace, tmp_path: Path) -> None:
    m = build(workspace)
    part = participation.list_with_departments(workspace, m)[0][0].id
    long_text = "No podemos liberar a dos analistas durante la auditoría de marzo " * 5
    demand = demands.add(workspace, part, text=long_text, kind="objection").id
    actions.add(workspace, m, text="Reunión con Producción", source_demand_id=demand)
    path = tmp_path / "actions.csv"
    export_actions(workspace, m, path)
    rows = list(csv.reader(path.read_bytes().decode("utf-8-sig").splitlines()))
    came_from = rows[-1][-1]
    assert came_from.startswith("Objeción (Producción): No podemos liberar")
    assert came_from.endswith("…") and len(came_from) < 90


def test_csv_cells_a_spreadsheet_would_run_are_kept_as_text(workspace: Workspace,
                                                            tmp_path: Path) -> None:
    m = meetings.create(workspace, title="=HYPERLINK(\"http://x\",\"y\")").id
    typed = ["=1+1", "+33 600", "-2", "@SUM(A1)", "\tTab", "\rCR", "Plain - text"]
    for text in typed:
        actions.add(workspace, m, text=text)
    path = tmp_path / "actions.csv"
    export_actions(workspace, m, path)
    rows = list(csv.reader(io.StringIO(path.read_bytes().decode("utf-8-sig"), newline="")))[1:]
    assert [r[1] for r in rows] == ["'=1+1", "'+33 600", "'-2", "'@SUM(A1)", "'\tTab",
                                    "'\rCR", "Plain - text"]
    assert all(r[0] == "'=HYPERLINK(\"http://x\",\"y\")" for r in rows)


def test_two_workspaces_calendars_share_no_uid(tmp_path: Path) -> None:
    uids = []
    for name in ("a", "b"):  # the same meeting and row numbers in each workspace
        with open_workspace(tmp_path / f"{name}.prewire") as workspace:
            m = build(workspace)
            path = tmp_path / f"{name}.ics"
            export_calendar(workspace, m, path)
            calendar = Calendar.from_ical(path.read_bytes())
            uids.append({str(e["uid"]) for e in calendar.walk("VEVENT")})
    assert len(uids[0]) == len(uids[1]) == 3
    assert uids[0].isdisjoint(uids[1])


def test_an_upgraded_workspace_gives_each_existing_row_its_own_uid(tmp_path: Path) -> None:
    path = tmp_path / "old.prewire"
    with open_workspace(path) as workspace:
        build(workspace)
        meetings.create(workspace, title="Otra")
    engine = sa.create_engine(f"sqlite:///{path}")
    with engine.begin() as connection:  # back to the first schema, as an older Prewire left it
        command.downgrade(alembic_config(connection), "0001")
    engine.dispose()
    with open_workspace(path) as workspace, sqlite3.connect(path) as db:
        uids = [row[0] for table in ("meeting", "action_item")
                for row in db.execute(f"SELECT uid FROM {table}")]
        assert len(uids) == 2 + 3 and None not in uids and len(set(uids)) == len(uids)
        new = meetings.create(workspace, title="Nueva")
        assert new.uid not in uids


def test_a_package_carries_the_uids_and_a_second_import_gets_new_ones(
        workspace: Workspace, tmp_path: Path) -> None:
    m = build(workspace)
    first = meeting_document.load(workspace, m).package
    second = meeting_document.load(
        workspace, packages.import_document(workspace, first).meeting_id).package
    assert first.meeting.uid and second.meeting.uid and first.meeting.uid != second.meeting.uid
    assert not {a.uid for a in first.actions} & {a.uid for a in second.actions}
    with open_workspace(tmp_path / "other.prewire") as other:  # another workspace keeps them
        kept = meeting_document.load(
            other, packages.import_document(other, first).meeting_id).package
    assert kept.meeting.uid == first.meeting.uid
    assert [a.uid for a in kept.actions] == [a.uid for a in first.actions]
    legacy = first.model_copy(update={"meeting": first.meeting.model_copy(update={"uid": None})})
    assert packages.import_document(workspace, legacy).meeting_id  # version-1 without a uid
