"""The window's table models, checked by pytest-qt's model tester with real rows."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime

from PySide6.QtCore import QPersistentModelIndex, Qt

from app.domain.enums import (
    Channel,
    DecisionRight,
    Engagement,
    Language,
    MeetingStatus,
    Readiness,
)
from app.views.departments import PartItem, PersonItem, ProfileItem, TouchpointItem
from app.views.engagement_window import StakeholderItem
from app.views.goals import GoalItem
from app.views.meetings import MeetingItem
from app.views.readiness import Readiness as Score
from ui.models.departments_model import (
    DepartmentRow,
    PersonRow,
    TouchpointRow,
    departments_model,
    people_model,
    touchpoints_model,
)
from ui.models.meetings_model import goals_model, meetings_model

TODAY = date(2026, 11, 20)


def _meeting(key: int, title: str, score: int | None = None) -> MeetingItem:
    return MeetingItem(key, title, datetime(2026, 12, key, 15, tzinfo=UTC),
                       MeetingStatus.preparing, Language.en,
                       None if score is None else Score(score, 1))


def test_meetings_model(qtmodeltester) -> None:
    model = meetings_model()
    model.set_rows([
        _meeting(3, "CDP", 72),
        MeetingItem(2, "Compras", None, MeetingStatus.held, Language.es),
    ])
    qtmodeltester.check(model)
    assert model.data(model.index(0, 0)) == "2026-12-03"
    assert model.data(model.index(0, 2)) == "72%"
    assert model.data(model.index(1, 2)) == ""


def test_new_rows_update_the_model_in_place(qtmodeltester) -> None:
    model = meetings_model()
    model.set_rows([_meeting(1, "A"), _meeting(2, "B"), _meeting(3, "C"), _meeting(4, "D")])
    qtmodeltester.check(model)
    kept = QPersistentModelIndex(model.index(2, 1))   # C, as a view's selection holds it
    events: list[str] = []
    for signal, name in ((model.modelReset, "reset"), (model.rowsInserted, "inserted"),
                         (model.rowsRemoved, "removed"), (model.dataChanged, "changed"),
                         (model.layoutChanged, "moved")):
        signal.connect(lambda *_args, name=name: events.append(name))

    # B gone, E new, D before C, A's score changed
    model.set_rows([_meeting(1, "A", 50), _meeting(4, "D"), _meeting(3, "C"), _meeting(5, "E")])
    assert [r.title for r in model.rows()] == ["A", "D", "C", "E"]
    assert model.data(model.index(0, 2)) == "50%"
    assert kept.isValid() and kept.row() == 2 and kept.data() == "C"
    assert "reset" not in events
    assert events.count("changed") == 1          # only A's row was redrawn
    assert {"inserted", "removed", "moved"} <= set(events)
    qtmodeltester.check(model)

    events.clear()
    model.update_rows([replace(model.rows()[3], title="E2")])
    assert events == ["changed"] and model.data(model.index(3, 1)) == "E2"
    events.clear()
    model.update_rows([model.rows()[1]])   # read again as it was: nothing to redraw
    assert events == []
    # rows that came, went or moved since: an update still finds its row where it is now
    model.set_rows([_meeting(3, "C"), _meeting(5, "E2"), _meeting(1, "A", 50)])
    model.update_rows([replace(model.rows()[0], title="C2")])
    assert [r.title for r in model.rows()] == ["C2", "E2", "A"]
    qtmodeltester.check(model)

    model.set_rows([_meeting(9, "Another meeting's list")])   # nothing in common: a reset
    assert "reset" in events


def test_goals_model(qtmodeltester) -> None:
    model = goals_model()
    model.set_rows([GoalItem(1, "One record", "dupes %", "39%", "5%", TODAY, "", "", 0),
                    GoalItem(2, "Faster alerts", "", "", "", None, "", "", 1)])
    qtmodeltester.check(model)
    assert model.data(model.index(0, 2)) == "39% → 5%"
    assert model.data(model.index(1, 1)) == "no indicator yet"


def test_department_models(qtmodeltester) -> None:
    finance = ProfileItem(3, "Finance", "finance", "", "", "", [], "", "")
    part = PartItem(7, 1, 3, None, "", Engagement.neutral, Engagement.resistant,
                    Readiness.not_contacted, "", Engagement.supportive, DecisionRight.agree,
                    None, None, None, date(2026, 11, 19), None, "")
    other = replace(part, id=8, engagement=Engagement.supportive, decision_right=None,
                    next_contact=date(2026, 11, 25))
    model = departments_model()
    model.set_rows([DepartmentRow(part, finance, date(2026, 11, 17), None, TODAY),
                    DepartmentRow(other, finance, None, None, TODAY),
                    DepartmentRow(replace(part, id=9), finance, None, date(2026, 12, 1), TODAY)])
    qtmodeltester.check(model)
    # now → needed; one word where it is already
    assert model.data(model.index(0, 1)) == "Neutral → Supportive"
    assert model.data(model.index(1, 1)) == "Supportive"
    assert "At the start: Resistant" in model.data(model.index(0, 1),
                                                   Qt.ItemDataRole.ToolTipRole)
    assert model.data(model.index(0, 2)) == "Must agree"
    assert model.data(model.index(0, 4)) == "3 days"
    assert model.data(model.index(1, 4)) == "not yet"
    assert model.data(model.index(2, 4)) == "planned"   # only a past touchpoint is a contact
    assert model.data(model.index(0, 5)) == "2026-11-19 (overdue)"   # said, not only shown
    assert model.data(model.index(1, 5)) == "2026-11-25"

    staff = people_model()
    staff.set_rows([PersonRow(PersonItem(1, 3, "Ana", "CFO", "", 5, None, "", 0), None),
                    PersonRow(PersonItem(2, 3, "Bo", "", "", None, None, "", 1),
                              StakeholderItem(1, 7, 2, Engagement.resistant,
                                              Engagement.supportive, Engagement.unaware,
                                              DecisionRight.decide))])
    qtmodeltester.check(staff)
    assert staff.data(staff.index(0, 4)) == ""
    assert staff.data(staff.index(1, 4)) == "Resistant → Supportive · Decides"

    log = touchpoints_model()
    log.set_rows([TouchpointRow(TouchpointItem(1, 7, TODAY, Channel.meeting, None,
                                               "Coffee\nand notes", "", True), "Ana",
                                Engagement.neutral)])
    qtmodeltester.check(log)
    assert log.data(log.index(0, 3)) == "→ Neutral · Pre-read sent"
    assert log.data(log.index(0, 4)) == "Coffee and notes"
