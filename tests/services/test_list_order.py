"""Order the user sees in lists: a row moved stays among its own meeting's rows (objections
across departments), the open items list puts what is late first, an action before an issue
due the same day; and a search for two kinds of terms needs both."""

from __future__ import annotations

from datetime import date

from app.services import (
    actions,
    demands,
    departments,
    goals,
    meeting_document,
    meetings,
    open_issues,
    open_items,
    participation,
    search,
)
from app.services.open_items import ItemKind
from app.storage import Workspace

TODAY = date(2026, 12, 3)


def test_moving_a_goal_reorders_its_meeting_only(workspace: Workspace, meeting_id: int) -> None:
    other = meetings.create(workspace, title="Other").id or 0
    theirs = [goals.add(workspace, other, statement=s).id or 0 for s in ("X", "Y")]
    mine = [goals.add(workspace, meeting_id, statement=s).id or 0 for s in ("A", "B", "C")]
    goals.move(workspace, mine[2], 0)
    assert [g.statement for g in goals.list_for(workspace, meeting_id)] == ["C", "A", "B"]
    goals.move(workspace, theirs[0], 1)
    assert [g.statement for g in goals.list_for(workspace, other)] == ["Y", "X"]
    assert [g.statement for g in goals.list_for(workspace, meeting_id)] == ["C", "A", "B"]


def test_due_today_is_not_late_and_an_action_comes_before_an_issue_due_with_it(
        workspace: Workspace, meeting_id: int) -> None:
    issue = open_issues.add(workspace, meeting_id, text="Who signs?", due=TODAY).id
    action = actions.add(workspace, meeting_id, text="Send the contract", due=TODAY).id
    late = actions.add(workspace, meeting_id, text="Book the room", due=date(2026, 12, 2)).id
    items = open_items.open_items(workspace, today=TODAY)
    assert [(i.kind, i.row_id, i.overdue(TODAY)) for i in items] == [
        (ItemKind.action, late, True), (ItemKind.action, action, False),
        (ItemKind.issue, issue, False)]


def test_a_moved_department_keeps_its_place_in_the_meetings_list(workspace: Workspace,
                                                                  meeting_id: int) -> None:
    for name in ("Finance", "Legal", "Sales"):
        participation.add(workspace, meeting_id, departments.create(workspace, name=name).id)
    sales = participation.list_with_departments(workspace, meeting_id)[2][0].id or 0
    participation.move(workspace, sales, 0)
    assert [d.name for _p, d in participation.list_with_departments(workspace, meeting_id)] == [
        "Sales", "Finance", "Legal"]


def test_objections_move_in_the_meetings_list_across_departments(workspace: Workspace,
                                                                  meeting_id: int) -> None:
    parts = [participation.add(workspace, meeting_id,
                               departments.create(workspace, name=name).id).id or 0
             for name in ("Finance", "Sales")]
    ids = {text: demands.add(workspace, part, text=text).id or 0
           for part, text in ((parts[0], "A"), (parts[0], "B"), (parts[1], "C"))}
    demands.move(workspace, ids["C"], 0)
    demands.move(workspace, ids["A"], 2)
    package = meeting_document.load(workspace, meeting_id).package
    assert [d.text for d in package.demands] == ["C", "B", "A"]


def test_a_search_of_a_word_and_chinese_finds_the_row_holding_both(workspace: Workspace,
                                                                   meeting_id: int) -> None:
    goals.add(workspace, meeting_id, statement="Budget 预算 for the audit")
    goals.add(workspace, meeting_id, statement="Budget for travel")
    found = [h.snippet for h in search.search(workspace, "budget 预算") if h.kind == "goal"]
    assert found == ["Budget 预算 for the audit"]
