"""The Follow-up step, driven as a user drives it: agenda and time, after the meeting, next."""

from __future__ import annotations

from collections.abc import Iterator
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
    departments,
    meetings,
    open_issues,
    participation,
    people,
    review,
)
from app.storage import Workspace
from ui import dialogs
from ui.context import AppContext
from ui.forms import ItemChoice, OptionalDate, OptionalNumber, TextBox
from ui.models.agenda_model import COL_TITLE, AgendaModel
from ui.models.follow_up_models import ActionModel, DecisionModel, IssueModel
from ui.models.meeting_view import load
from ui.steps.follow_up_page import FollowUpPage
from ui.steps.row_table import RowTable


@pytest.fixture
def filled(workspace: Workspace, meeting_id: int) -> dict[str, int]:
    ids: dict[str, int] = {}
    meetings.update(workspace, meeting_id, duration_minutes=90)
    for name in ("Compras", "Finance"):
        dept = departments.create(workspace, name=name)
        ids[name] = dept.id or 0
        ids[name + "_part"] = participation.add(workspace, meeting_id, dept.id).id or 0
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
def page(qtbot, workspace: Workspace, meeting_id: int,
         filled: dict[str, int]) -> Iterator[FollowUpPage]:
    context = AppContext(workspace)
    page = FollowUpPage(context)
    qtbot.addWidget(page)
    page.set_meeting(meeting_id)
    page.resize(1280, 800)
    page.show()
    yield page


def titles(workspace: Workspace, meeting_id: int) -> list[str]:
    return [a.title for a in agenda.list_for(workspace, meeting_id)]


def table(page: FollowUpPage, name: str) -> RowTable:
    return page.findChild(RowTable, name + "Table")


def click_row(qtbot, view: RowTable, row: int, column: int = 0) -> None:
    rect = view.visualRect(view.model().index(row, column))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def open_tab(qtbot, tabs: QTabWidget, text: str) -> None:
    bar = tabs.tabBar()
    index = next(i for i in range(bar.count()) if bar.tabText(i) == text)
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
    assert tabs.currentIndex() == index


def choose(qtbot, combo, text: str) -> None:
    combo.setFocus()
    target = combo.findText(text)
    assert target >= 0, text
    while combo.currentIndex() != target:
        key = Qt.Key.Key_Down if combo.currentIndex() < target else Qt.Key.Key_Up
        qtbot.keyClick(combo, key)


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
    time = page.findChild(QLabel, "agendaTime")
    icon = page.findChild(QLabel, "agendaTimeIcon")
    assert time.text() == "80 of 90 minutes — 10 to spare"
    assert not icon.isVisible()

    new = page.findChild(QLineEdit, "agendaNew")
    qtbot.keyClicks(new, "Budget and staffing")
    qtbot.keyClick(new, Qt.Key.Key_Return)
    assert titles(workspace, meeting_id)[-1] == "Budget and staffing"
    assert table(page, "agenda").selected_row().title == "Budget and staffing"
    type_number(qtbot, page.findChild(OptionalNumber, "agendaMinutes"), 15)
    assert agenda.list_for(workspace, meeting_id)[-1].minutes == 15

    assert time.text() == "95 of 90 minutes — 5 over"
    assert icon.isVisible() and time.font().bold()

    # the meeting gets longer: it fits again
    type_number(qtbot, page.findChild(OptionalNumber, "meetingDuration"), 100)
    assert meetings.get_meeting(workspace, meeting_id).duration_minutes == 100
    assert time.text() == "95 of 100 minutes — 5 to spare"
    assert not icon.isVisible() and not time.font().bold()

    page.context.undo_stack.undo()          # back to 90 minutes: over again
    assert time.text() == "95 of 90 minutes — 5 over" and icon.isVisible()
    page.context.undo_stack.undo()          # the 15 minutes undone
    assert not icon.isVisible()


def test_reorder_by_buttons_keys_undo_redo(qtbot, page: FollowUpPage, workspace,
                                           meeting_id) -> None:
    view = table(page, "agenda")
    click_row(qtbot, view, 0, COL_TITLE)
    qtbot.mouseClick(page.findChild(QPushButton, "agendaDown"), Qt.MouseButton.LeftButton)
    assert titles(workspace, meeting_id) == ["The pilot", "Why one record", "Actions"]
    assert view.selected_row().title == "Why one record"   # the moved item stays selected

    qtbot.keyClick(view, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)
    assert titles(workspace, meeting_id) == ["The pilot", "Actions", "Why one record"]
    qtbot.keyClick(view, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)
    assert titles(workspace, meeting_id) == ["The pilot", "Why one record", "Actions"]

    stack = page.context.undo_stack
    stack.undo()
    stack.undo()
    stack.undo()
    assert titles(workspace, meeting_id) == ["Why one record", "The pilot", "Actions"]
    stack.redo()
    assert titles(workspace, meeting_id) == ["The pilot", "Why one record", "Actions"]
    shown = [view.model().index(r, COL_TITLE).data() for r in range(view.model().rowCount())]
    assert shown == ["The pilot", "Why one record", "Actions"]


def test_start_times_follow_the_scheduled_time(page: FollowUpPage, workspace,
                                               meeting_id) -> None:
    from datetime import UTC, datetime

    view = table(page, "agenda")
    assert view.isColumnHidden(0)                       # no time scheduled: no start times
    meetings.update(workspace, meeting_id, scheduled_at=datetime(2026, 12, 3, 9, 30, tzinfo=UTC))
    page.reload()
    assert not view.isColumnHidden(0)
    starts = [view.model().index(r, 0).data() for r in range(3)]
    assert starts == ["09:30", "09:50", "10:30"]


def test_drag_and_drop_moves_through_an_undo_command(qtbot, page: FollowUpPage, workspace,
                                                     meeting_id) -> None:
    model = table(page, "agenda").rows_model
    data = model.mimeData([model.index(2, 0)])
    assert model.dropMimeData(data, Qt.DropAction.MoveAction, 0, 0, model.index(-1, -1))
    qtbot.waitUntil(lambda: titles(workspace, meeting_id)[0] == "Actions")
    assert titles(workspace, meeting_id) == ["Actions", "Why one record", "The pilot"]
    page.context.undo_stack.undo()
    assert titles(workspace, meeting_id) == ["Why one record", "The pilot", "Actions"]


def test_decisions_and_who_agreed(qtbot, page: FollowUpPage, workspace, meeting_id,
                                  filled) -> None:
    open_tab(qtbot, page.findChild(QTabWidget, "followUpTabs"), "After the meeting")
    open_tab(qtbot, page.findChild(QTabWidget, "afterTabs"), "Decisions")
    new = page.findChild(QLineEdit, "decisionsNew")
    qtbot.keyClicks(new, "Licences reviewed each quarter")
    qtbot.mouseClick(page.findChild(QPushButton, "decisionsAdd"), Qt.MouseButton.LeftButton)
    decision = decisions.list_for(workspace, meeting_id)[-1]
    assert decision.text == "Licences reviewed each quarter"

    agreed = page.findChild(QListWidget, "decisionsAgreedBy")
    assert [agreed.item(i).text() for i in range(agreed.count())] == ["Compras", "Finance"]
    agreed.setFocus()
    agreed.setCurrentRow(1)
    qtbot.keyClick(agreed, Qt.Key.Key_Space)
    assert decisions.agreed_by(workspace, meeting_id)[decision.id] == [filled["Finance"]]
    assert table(page, "decisions").selected_row().agreed_names == ("Finance",)
    page.context.undo_stack.undo()
    assert decision.id not in decisions.agreed_by(workspace, meeting_id)
    page.context.undo_stack.undo()
    assert [d.text for d in decisions.list_for(workspace, meeting_id)] == ["Start in January"]


def test_actions_owner_source_and_overdue(qtbot, page: FollowUpPage, workspace, meeting_id,
                                          filled) -> None:
    open_tab(qtbot, page.findChild(QTabWidget, "followUpTabs"), "After the meeting")
    open_tab(qtbot, page.findChild(QTabWidget, "afterTabs"), "Action items")
    view = table(page, "actions")
    overdue = view.model().index(0, ActionModel.COL_TEXT)
    assert overdue.data(Qt.ItemDataRole.FontRole).bold()
    assert overdue.data(Qt.ItemDataRole.ToolTipRole).startswith("Overdue since ")

    new = page.findChild(QLineEdit, "actionsNew")
    qtbot.keyClicks(new, "Free a data engineer for two weeks")
    qtbot.keyClick(new, Qt.Key.Key_Return)
    action = actions.list_for(workspace, meeting_id)[-1]
    assert action.text == "Free a data engineer for two weeks"

    choose(qtbot, page.findChild(ItemChoice, "actionsOwnerId"), "Begoña Ibáñez (Compras)")
    saved = actions.get(workspace, action.id)
    assert saved.owner_id == filled["begona"]
    assert saved.department_id == filled["Compras"]     # the owner's department, in one edit
    source = page.findChild(ItemChoice, "actionsSource")
    choose(qtbot, source, "Objection · Compras: No time in December")
    assert actions.get(workspace, action.id).source_demand_id == filled["objection"]
    choose(qtbot, source, "Open issue: Who owns the data")
    saved = actions.get(workspace, action.id)
    assert saved.source_demand_id is None and saved.source_issue_id is not None

    # a day picked in the calendar popup (an empty date editor takes no typed date yet)
    due = page.findChild(OptionalDate, "actionsDue")
    yesterday = date.today() - timedelta(days=1)
    picked = QDate(yesterday.year, yesterday.month, yesterday.day)
    due.editor.setDate(picked)
    due.editor.calendarWidget().clicked.emit(picked)
    assert actions.get(workspace, action.id).due == date.today() - timedelta(days=1)
    row = view.rows_model.row_of(lambda r: r.id == action.id)
    assert view.rows_model.index(row, ActionModel.COL_DUE).data(Qt.ItemDataRole.FontRole).bold()

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
    open_tab(qtbot, page.findChild(QTabWidget, "followUpTabs"), "After the meeting")
    open_tab(qtbot, page.findChild(QTabWidget, "afterTabs"), "Unresolved issues")
    click_row(qtbot, table(page, "issues"), 0)
    follow_up = page.findChild(TextBox, "issuesFollowUp")
    follow_up.setFocus()
    qtbot.keyClicks(follow_up, "Ask the COO")
    qtbot.keyClick(follow_up, Qt.Key.Key_Tab)           # leaving the box saves it
    assert open_issues.list_for(workspace, meeting_id)[0].follow_up == "Ask the COO"

    open_tab(qtbot, page.findChild(QTabWidget, "afterTabs"), "Review")
    went_well = page.findChild(TextBox, "reviewWentWell")
    went_well.setFocus()
    qtbot.keyClicks(went_well, "Everyone had seen the plan")
    type_number(qtbot, page.findChild(OptionalNumber, "reviewRating"), 4)
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
    button = page.findChild(QPushButton, "createFollowUp")
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
