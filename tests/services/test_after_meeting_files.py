"""The files sent after a meeting, read as their reader does: every column of the actions CSV
with where each action came from, and every field of the calendar entries."""

from __future__ import annotations

import csv
from datetime import UTC, datetime
from pathlib import Path

from icalendar import Calendar

from app.domain.enums import DemandKind
from app.services import (
    actions,
    demands,
    meetings,
    open_issues,
    participation,
    suggestions,
)
from app.services.actions_csv import export_actions
from app.services.calendar_export import export_calendar
from app.storage import Workspace
from tests.services.test_after_meeting_exports import build


def test_every_column_of_the_actions_csv_and_where_each_action_came_from(
        workspace: Workspace, tmp_path: Path) -> None:
    m = build(workspace)
    [part] = participation.list_for(workspace, m)
    objection = demands.add(workspace, part.id or 0, kind=DemandKind.objection,
                            text="No hay personal en marzo para la migración de los datos "
                                 "de proveedores").id
    idea = suggestions.add(workspace, part.id or 0, text="Piloto en una planta").id
    issue = open_issues.list_for(workspace, m)[0].id
    for text, source in (("Contratar apoyo", {"source_demand_id": objection}),
                         ("Elegir la planta", {"source_suggestion_id": idea}),
                         ("Pedir la firma", {"source_issue_id": issue})):
        actions.add(workspace, m, text=text, **source)
    path = tmp_path / "actions.csv"
    export_actions(workspace, m, path)
    raw = path.read_bytes()
    assert raw.count(b"\r\n") == 7  # one line a row, as spreadsheets expect
    rows = list(csv.reader(raw.decode("utf-8-sig").splitlines()))
    assert rows[0] == ["Reunión", "Acción", "Responsable", "Departamento", "Fecha límite",
                       "Estado", "Procede de"]
    assert rows[2][5] == "Hecha"
    assert [row[6] for row in rows[4:]] == [
        "Objeción (Producción): No hay personal en marzo para la migración de los…",
        "Sugerencia (Producción): Piloto en una planta",
        "Tema pendiente: ¿Quién firma?"]


def test_the_meeting_entry_carries_its_place_purpose_length_and_stamp(
        workspace: Workspace, tmp_path: Path) -> None:
    m = build(workspace)
    meetings.update(workspace, m, purpose="Cerrar el plan de compras")
    path = tmp_path / "out.ics"
    export_calendar(workspace, m, path)
    calendar = Calendar.from_ical(path.read_bytes())
    assert str(calendar["prodid"]).startswith("-//Prewire//Prewire ")
    events = {str(e["summary"]): e for e in calendar.walk("VEVENT")}
    meeting = events["Compras <centrales> & más"]
    assert str(meeting["location"]) == "Sala Ebro"
    assert str(meeting["description"]) == "Cerrar el plan de compras"
    assert meeting.decoded("dtend") == datetime(2026, 11, 12, 9, 30, tzinfo=UTC)
    for event in events.values():
        assert isinstance(event.decoded("dtstamp"), datetime)
    follow = events["Seguimiento: ¿Quién firma?"]
    assert str(follow["description"]) == "Preguntar a Dirección"
    assert (follow.decoded("dtend") - follow.decoded("dtstart")).days == 1
