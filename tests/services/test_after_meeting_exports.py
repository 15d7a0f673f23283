"""Calendar entries and the actions CSV."""

from __future__ import annotations

import csv
from datetime import UTC, date, datetime
from pathlib import Path

from icalendar import Calendar

from app.services import (
    actions,
    departments,
    meetings,
    open_issues,
    participation,
    people,
)
from app.services.actions_csv import export_actions
from app.services.calendar_export import export_calendar
from app.storage import Workspace


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
    assert rows[0][0] == "Acción", "headers in the meeting's language"
    assert rows[1] == ["Enviar calendario, 陈静 revisa", "Begoña Ibáñez", "Producción",
                       "2026-12-01", "Pendiente", ""]
    assert rows[2][4] == "Hecha"
