"""The window's table models, checked by pytest-qt's model tester with real rows."""

from __future__ import annotations

from datetime import UTC, date, datetime

from app.domain.enums import Stance
from app.domain.models import Department, Goal, Participation, Person, Touchpoint
from app.services.meetings import MeetingSummary
from ui.models.departments_model import (
    DepartmentRow,
    TouchpointRow,
    departments_model,
    people_model,
    touchpoints_model,
)
from ui.models.meetings_model import MeetingRow, goals_model, meetings_model

TODAY = date(2026, 11, 20)


def test_meetings_model(qtmodeltester) -> None:
    model = meetings_model()
    model.set_rows([
        MeetingRow(MeetingSummary(1, "CDP", datetime(2026, 12, 3, 15, tzinfo=UTC),
                                  "preparing", "en"), 72),  # type: ignore[arg-type]
        MeetingRow(MeetingSummary(2, "Compras", None, "held", "es")),  # type: ignore[arg-type]
    ])
    qtmodeltester.check(model)
    assert model.data(model.index(0, 0)) == "2026-12-03"
    assert model.data(model.index(0, 2)) == "72%"
    assert model.data(model.index(1, 2)) == ""


def test_goals_model(qtmodeltester) -> None:
    model = goals_model()
    model.set_rows([Goal(id=1, meeting_id=1, statement="One record", indicator="dupes %",
                         baseline="39%", target="5%", due=TODAY),
                    Goal(id=2, meeting_id=1, statement="Faster alerts")])
    qtmodeltester.check(model)
    assert model.data(model.index(0, 2)) == "39% → 5%"
    assert model.data(model.index(1, 1)) == "no indicator yet"


def test_department_models(qtmodeltester) -> None:
    finance = Department(id=3, name="Finance", name_key="finance")
    part = Participation(id=7, meeting_id=1, department_id=3,
                         stance_at_start=Stance.opposed, stance=Stance.supportive)
    model = departments_model()
    model.set_rows([DepartmentRow(part, finance, date(2026, 11, 17), TODAY),
                    DepartmentRow(part, finance, None, TODAY)])
    qtmodeltester.check(model)
    assert model.data(model.index(0, 2)) == "Opposed → Supportive"
    assert model.data(model.index(0, 4)) == "3 days"
    assert model.data(model.index(1, 4)) == "not yet"

    staff = people_model()
    staff.set_rows([Person(id=1, department_id=3, name="Ana", role="CFO", influence=5)])
    qtmodeltester.check(staff)

    log = touchpoints_model()
    log.set_rows([TouchpointRow(Touchpoint(id=1, participation_id=7, date=TODAY,
                                           summary="Coffee\nand notes"), "Ana")])
    qtmodeltester.check(log)
    assert log.data(log.index(0, 3)) == "Coffee and notes"
