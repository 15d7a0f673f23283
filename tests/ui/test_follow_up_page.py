"""The Follow-up step, driven as a user drives it: agenda and time, after the meeting, next."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QDate, QPoint, Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QListWidget, QPushButton, QTabWidget

from app.domain.enums import ActionStatus, DemandKind, MeetingStatus
from app.services import (
    actions,
    agenda,
    decisions,
    demands,
    meetings,
    open_issues,
    people,
    review,
)
from app.storage import Workspace
from tests.ui.page_helpers import add_departments, child, choose, click_row, show_page, shown
from ui import dialogs
from ui.forms import ItemChoice, OptionalDate, OptionalNumber, TextBox
from ui.models.agenda_model import COL_TITLE, AgendaModel
from ui.models.follow_up_models import ActionModel, DecisionModel, IssueModel
from ui.models.meeting_view import load
from ui.steps.follow_up_page import FollowUpPage
from ui.steps.rows_panel import RowsPanel


@pytest.fixture
def filled(workspace: Workspace, meeting_id: int) -> dict[str, int]:
    meetings.update(workspace, meeting_id, duration_minutes=90)
    ids = add_departments(workspace, meeting_id)
    ids["begona"] = people.add(workspace, ids["Compras"], name="Begoña Ibáñez").id or 0
    ids["tom"] = people.add(workspace, ids["Finance"], name="Tom Reyes").id or 0
    ids["objection"] = demands.add(workspace, ids["Compras_part"], kind=DemandKind.objection,
                                   text="No time in December").id or 0
    for title, minutes in (("Why one record", 20), ("The pilot", 40), ("Actions", 20)):
        agenda.add(workspace, meeting_id, title=title, minutes=minutes)
    decisions.add(workspace, meeting_id, text="Start in January", agreed_by=[ids["Compras"]])
    actions.add(workspace, meeting_id, text="Send the plan", due=date.today() - timedelta(days=3))
    open_issues.add(workspace, meeting_id, text="Who owns the data")
    return ids


@pytest.fixture
def page(qtbot, workspace: Workspace, meeting_id: int, filled: dict[str, int]) -> FollowUpPage:
    return show_page(qtbot, FollowUpPage, workspace, meeting_id)


def titles(workspace: Workspace, meeting_id: int) -> list[str]:
    return [a.title for a in agenda.list_for(workspace, meeting_id)]


def panel(page: FollowUpPage, name: str) -> RowsPanel:
    return child(page, RowsPanel, name + "_panel")


def field(page: FollowUpPage, list_name: str, kind: type, name: str):  # type: ignore[no-untyped-def]
    """A field of one list's form (every form names its fields alike)."""
    return child(panel(page, list_name).form, kind, "field_" + name)


def open_tab(qtbot, tabs: QTabWidget, text: str) -> None:
    bar = tabs.tabBar()
    index = next(i for i in range(bar.count()) if bar.tabText(i) == text)
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
    assert tabs.currentIndex() == index


def type_number(qtbot, box: OptionalNumber, value: int) -> None:
    box.setFocus()
    box.selectAll()
    qtbot.keyClicks(box, str(value))
    qtbot.keyClick(box, Qt.Key.Key_Return)


@pytest.mark.parametrize("model_class", [AgendaModel, DecisionModel, ActionModel, IssueModel])
def test_models_pass_the_model_tester(qtmodeltester, workspace, meeting_id, filled,
                                      model_class) -> None:
    view = load(workspace, meeting_id)
    rows = {AgendaModel: view.agenda, DecisionModel: view.decisions, ActionModel: view.actions,
            IssueModel: view.issues}[model_class]
    model = model_class()
    model.set_rows(rows)
    qtmodeltester.check(model)


def test_over_time_warning_comes_and_goes(qtbot, page: FollowUpPage, workspace,
                                          meeting_id) -> None:
    time = child(page, QLabel, "agenda_time")
    icon = child(page, QLabel, "agenda_time_icon")
    assert time.text() == "80 of 90 minutes — 10 to spare"
    assert not icon.isVisible()

    new = child(page, QLineEdit, "agenda_new")
    qtbot.keyClicks(new, "Budget and staffing")
    qtbot.keyClick(new, Qt.Key.Key_Return)
    assert titles(workspace, meeting_id)[-1] == "Budget and staffing"
    assert panel(page, "agenda").table.current().title == "Budget and staffing"
    type_number(qtbot, field(page, "agenda", OptionalNumber, "minutes"), 15)
    assert agenda.list_for(workspace, meeting_id)[-1].minutes == 15

    assert time.text() == "95 of 90 minutes — 5 over"
    assert icon.isVisible() and time.font().bold()

    # the meeting gets longer: it fits again
    type_number(qtbot, child(page, OptionalNumber, "meeting_duration"), 100)
    assert meetings.get_meeting(workspace, meeting_id).duration_minutes == 100
    assert time.text() == "95 of 100 minutes — 5 to spare"
    assert not icon.isVisible() and not time.font().bold()

    page.context.undo_stack.undo()          # back to 90 minutes: over again
    assert time.text() == "95 of 90 minutes — 5 over" and icon.isVisible()
    page.context.undo_stack.undo()          # the 15 minutes undone
    assert not icon.isVisible()


def test_reorder_by_buttons_keys_undo_redo(qtbot, page: FollowUpPage, workspace,
                                           meeting_id) -> None:
    view = panel(page, "agenda").table
    click_row(qtbot, view, 0, COL_TITLE)
    qtbot.mouseClick(view.down_button, Qt.MouseButton.LeftButton)
    assert titles(workspace, meeting_id) == ["The pilot", "Why one record", "Actions"]
    assert view.current().title == "Why one record"   # the moved item stays selected

    qtbot.keyClick(view.view, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)
    assert titles(workspace, meeting_id) == ["The pilot", "Actions", "Why one record"]
    qtbot.keyClick(view.view, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)
    assert titles(workspace, meeting_id) == ["The pilot", "Why one record", "Actions"]

    stack = page.context.undo_stack
    stack.undo()
    stack.undo()
    stack.undo()
    assert titles(workspace, meeting_id) == ["Why one record", "The pilot", "Actions"]
    stack.redo()
    assert titles(workspace, meeting_id) == ["The pilot", "Why one record", "Actions"]
    assert shown(view, COL_TITLE) == ["The pilot", "Why one record", "Actions"]


def test_start_times_follow_the_scheduled_time(page: FollowUpPage, workspace,
                                               meeting_id) -> None:
    from datetime import UTC, datetime

    view = panel(page, "agenda").table
    assert view.view.isColumnHidden(0)                       # no time scheduled: no start times
    meetings.update(workspace, meeting_id, scheduled_at=datetime(2026, 12, 3, 9, 30, tzinfo=UTC))
    page.reload()
    assert not view.view.isColumnHidden(0)
    starts = shown(view, 0)
    assert starts == ["09:30", "09:50", "10:30"]


def test_drag_and_drop_moves_through_an_undo_command(qtbot, page: FollowUpPage, workspace,
                                                     meeting_id) -> None:
    model = panel(page, "agenda").table.model
    data = model.mimeData([model.index(2, 0)])
    assert model.dropMimeData(data, Qt.DropAction.MoveAction, 0, 0, model.index(-1, -1))
    qtbot.waitUntil(lambda: titles(workspace, meeting_id)[0] == "Actions")
    assert titles(workspace, meeting_id) == ["Actions", "Why one record", "The pilot"]
    page.context.undo_stack.undo()
    assert titles(workspace, meeting_id) == ["Why one record", "The pilot", "Actions"]


def test_decisions_and_who_agreed(qtbot, page: FollowUpPage, workspace, meeting_id,
                                  filled) -> None:
    open_tab(qtbot, child(page, QTabWidget, "follow_up_tabs"), "After the meeting")
    open_tab(qtbot, child(page, QTabWidget, "after_tabs"), "Decisions")
    new = child(page, QLineEdit, "decisions_new")
    qtbot.keyClicks(new, "Licences reviewed each quarter")
    qtbot.mouseClick(child(page, QPushButton, "decisions_add"), Qt.MouseButton.LeftButton)
    decision = decisions.list_for(workspace, meeting_id)[-1]
    assert decision.text == "Licences reviewed each quarter"

    agreed = child(page, QListWidget, "decisions_agreed_by")
    assert [agreed.item(i).text() for i in range(agreed.count())] == ["Compras", "Finance"]
    agreed.setFocus()
    agreed.setCurrentRow(1)
    qtbot.keyClick(agreed, Qt.Key.Key_Space)
    assert decisions.agreed_by(workspace, meeting_id)[decision.id] == [filled["Finance"]]
    assert panel(page, "decisions").table.current().agreed_names == ("Finance",)
    page.context.undo_stack.undo()
    assert decision.id not in decisions.agreed_by(workspace, meeting_id)
    page.context.undo_stack.undo()
    assert [d.text for d in decisions.list_for(workspace, meeting_id)] == ["Start in January"]


def test_actions_owner_source_and_overdue(qtbot, page: FollowUpPage, workspace, meeting_id,
                                          filled) -> None:
    open_tab(qtbot, child(page, QTabWidget, "follow_up_tabs"), "After the meeting")
    open_tab(qtbot, child(page, QTabWidget, "after_tabs"), "Action items")
    view = panel(page, "actions").table
    overdue = view.view.model().index(0, ActionModel.COL_TEXT)
    assert overdue.data(Qt.ItemDataRole.FontRole).bold()
    assert overdue.data(Qt.ItemDataRole.ToolTipRole).startswith("Overdue since ")

    new = child(page, QLineEdit, "actions_new")
    qtbot.keyClicks(new, "Free a data engineer for two weeks")
    qtbot.keyClick(new, Qt.Key.Key_Return)
    action = actions.list_for(workspace, meeting_id)[-1]
    assert action.text == "Free a data engineer for two weeks"

    choose(qtbot, field(page, "actions", ItemChoice, "owner_id"), "Begoña Ibáñez (Compras)")
    saved = actions.get(workspace, action.id)
    assert saved.owner_id == filled["begona"]
    assert saved.department_id == filled["Compras"]     # the owner's department, in one edit
    source = field(page, "actions", ItemChoice, "source")
    choose(qtbot, source, "Objection · Compras: No time in December")
    assert actions.get(workspace, action.id).source_demand_id == filled["objection"]
    field(page, "actions", TextBox, "text").setFocus()   # done with it; then changed again
    choose(qtbot, source, "Open issue: Who owns the data")
    saved = actions.get(workspace, action.id)
    assert saved.source_demand_id is None and saved.source_issue_id is not None

    # a day picked in the calendar popup
    due = field(page, "actions", OptionalDate, "due")
    yesterday = date.today() - timedelta(days=1)
    picked = QDate(yesterday.year, yesterday.month, yesterday.day)
    qtbot.mouseClick(due.calendar_button, Qt.MouseButton.LeftButton)
    due.popup.calendar.setSelectedDate(picked)
    due.popup.calendar.clicked.emit(picked)
    assert actions.get(workspace, action.id).due == date.today() - timedelta(days=1)
    row = view.model.row_of(lambda r: r.id == action.id)
    assert view.model.index(row, ActionModel.COL_DUE).data(Qt.ItemDataRole.FontRole).bold()

    stack = page.context.undo_stack
    stack.undo()
    stack.undo()
    assert actions.get(workspace, action.id).source_demand_id == filled["objection"]
    stack.undo()
    stack.undo()
    saved = actions.get(workspace, action.id)
    assert saved.owner_id is None and saved.department_id is None
    assert saved.status == ActionStatus.open


def test_issue_follow_up_and_review(qtbot, page: FollowUpPage, workspace, meeting_id) -> None:
    open_tab(qtbot, child(page, QTabWidget, "follow_up_tabs"), "After the meeting")
    open_tab(qtbot, child(page, QTabWidget, "after_tabs"), "Unresolved issues")
    click_row(qtbot, panel(page, "issues").table, 0)
    follow_up = field(page, "issues", TextBox, "follow_up")
    follow_up.setFocus()
    qtbot.keyClicks(follow_up, "Ask the COO")
    qtbot.keyClick(follow_up, Qt.Key.Key_Tab)           # leaving the box saves it
    assert open_issues.list_for(workspace, meeting_id)[0].follow_up == "Ask the COO"

    open_tab(qtbot, child(page, QTabWidget, "after_tabs"), "Review")
    went_well = child(page, TextBox, "field_went_well")
    went_well.setFocus()
    qtbot.keyClicks(went_well, "Everyone had seen the plan")
    type_number(qtbot, child(page, OptionalNumber, "field_rating"), 4)
    saved = review.get_review(workspace, meeting_id)
    assert saved.went_well == "Everyone had seen the plan" and saved.rating == 4
    page.context.undo_stack.undo()
    assert review.get_review(workspace, meeting_id).rating is None
    page.context.undo_stack.undo()
    assert review.get_review(workspace, meeting_id) is None
    page.context.undo_stack.redo()
    assert review.get_review(workspace, meeting_id).went_well == "Everyone had seen the plan"


def test_follow_up_meeting_is_created_and_undone(qtbot, page: FollowUpPage, workspace,
                                                 meeting_id, monkeypatch) -> None:
    pytest.importorskip("app.services.follow_up", reason="the follow-up service is not there yet")
    button = child(page, QPushButton, "create_follow_up")
    assert not button.isEnabled()                       # still being prepared
    meetings.update(workspace, meeting_id, status=MeetingStatus.held)
    page.reload()
    assert button.isEnabled()

    monkeypatch.setattr(dialogs, "question", lambda *_args: True)
    with qtbot.waitSignal(page.context.meeting_selected) as shown:
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(5, 5))
    new_id = shown.args[0]
    assert new_id != meeting_id
    assert meetings.get_meeting(workspace, new_id).previous_id == meeting_id
    page.context.undo_stack.undo()
    assert [m.id for m in meetings.list_summaries(workspace)] == [meeting_id]
    page.context.undo_stack.redo()
    assert meetings.get_meeting(workspace, new_id).previous_id == meeting_id
