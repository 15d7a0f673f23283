"""The Follow-up step, driven as a user drives it: after the meeting, then what comes next."""

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
from tests.ui.page_helpers import add_departments, child, choose, click_row, show_page, view_of
from ui import dialogs
from ui.forms import ItemChoice, OptionalDate, OptionalNumber, TextBox
from ui.models.agenda_model import AgendaModel
from ui.models.follow_up_models import ActionModel, DecisionModel, IssueModel
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
    view = view_of(workspace, meeting_id)
    rows = {AgendaModel: view.agenda, DecisionModel: view.decisions, ActionModel: view.actions,
            IssueModel: view.issues}[model_class]
    model = model_class()
    model.set_rows(rows)
    qtmodeltester.check(model)


def test_decisions_and_who_agreed(qtbot, page: FollowUpPage, workspace, meeting_id,
                                  filled) -> None:
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


def test_mark_as_held_warns_before_the_date_then_allows_the_follow_up(
        qtbot, page: FollowUpPage, workspace, meeting_id, monkeypatch) -> None:
    from datetime import UTC, datetime

    ahead = datetime.now(UTC).replace(microsecond=0) + timedelta(days=7)
    meetings.update(workspace, meeting_id, scheduled_at=ahead)
    page.reload()
    held = child(page, QPushButton, "mark_held")
    follow = child(page, QPushButton, "create_follow_up")
    assert held.isVisible() and not follow.isEnabled()

    asked: list[str] = []
    answer = False

    def question(_parent, _title: str, text: str) -> bool:
        asked.append(text)
        return answer

    monkeypatch.setattr(dialogs, "question", question)
    qtbot.mouseClick(held, Qt.MouseButton.LeftButton)
    assert "still ahead" in asked[-1]
    assert meetings.get_meeting(workspace, meeting_id).status == MeetingStatus.preparing

    answer = True
    qtbot.mouseClick(held, Qt.MouseButton.LeftButton)
    assert meetings.get_meeting(workspace, meeting_id).status == MeetingStatus.held
    assert follow.isEnabled() and not held.isVisible()
    status = child(page, QLabel, "follow_up_meeting_status").text()
    assert status.startswith("Meeting status: Held") and "still ahead" in status

    page.context.undo_stack.undo()
    assert meetings.get_meeting(workspace, meeting_id).status == MeetingStatus.preparing
    assert held.isVisible() and not follow.isEnabled()


def test_mark_as_held_asks_nothing_once_the_date_has_passed(
        qtbot, page: FollowUpPage, workspace, meeting_id, monkeypatch) -> None:
    from datetime import UTC, datetime

    meetings.update(workspace, meeting_id, scheduled_at=datetime(2024, 3, 1, 9, 0, tzinfo=UTC))
    page.reload()

    def question(*_args: object) -> bool:
        raise AssertionError("nothing to warn about")

    monkeypatch.setattr(dialogs, "question", question)
    qtbot.mouseClick(child(page, QPushButton, "mark_held"), Qt.MouseButton.LeftButton)
    assert meetings.get_meeting(workspace, meeting_id).status == MeetingStatus.held
    assert "still ahead" not in child(page, QLabel, "follow_up_meeting_status").text()
