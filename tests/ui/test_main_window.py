"""The window driven as a user drives it: a meeting, a goal, a department, a person and a
touchpoint, each saved at once, kept across a restart, and undone then redone."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMenu, QTabWidget

from app.services import departments, goals, meetings, participation, people, touchpoints
from app.storage import Workspace, open_workspace
from tests.ui.window_helpers import (
    Dialogs,
    child,
    click,
    click_tab,
    no_dialogs,
    open_window,
    trigger,
    type_into,
    window,
)
from ui.forms import TextBox, TextLine
from ui.window.main_window import MainWindow

__all__ = ["no_dialogs", "window"]  # fixtures, used by name

# a popup menu asks the offscreen platform for things it cannot do; only there, and harmless
popup_menu = pytest.mark.qt_log_ignore("This plugin does not support")


def state(ws: Workspace) -> dict[str, object]:
    """What the user made, as the services read it."""
    found: dict[str, object] = {"meetings": [s.title for s in meetings.list_summaries(ws)]}
    if meetings.list_summaries(ws):
        meeting_id = meetings.list_summaries(ws)[0].id
        found["goals"] = [g.statement for g in goals.list_for(ws, meeting_id)]
        parts = participation.list_with_departments(ws, meeting_id)
        found["departments"] = [d.name for _p, d in parts]
        found["touchpoints"] = [t.summary for p, _d in parts
                                for t in touchpoints.list_for(ws, p.id)]
    finance = next(d for d in departments.list_all(ws) if d.name == "Finance")
    found["people"] = [p.name for p in people.list_for(ws, finance.id)]
    return found


@popup_menu
def test_a_meeting_prepared_by_hand(qtbot, workspace: Workspace, no_dialogs: Dialogs) -> None:
    departments.create(workspace, name="Finance", function="Pays the bills")
    window = open_window(qtbot, workspace)
    goals_page = window.page("goals")
    dept_page = window.page("departments")

    # a meeting, titled
    click(qtbot, window, "new_meeting_button")
    assert meetings.list_summaries(workspace)[0].title == "New meeting"
    title = child(goals_page, TextLine, "field_title")
    assert window.current_page() is goals_page
    assert title.hasFocus()
    type_into(qtbot, title, "Customer data platform", finish=Qt.Key.Key_Return)
    assert meetings.list_summaries(workspace)[0].title == "Customer data platform"
    assert "Customer data platform" in window.windowTitle()

    # a goal, stated
    click(qtbot, goals_page, "goals_add")
    type_into(qtbot, child(goals_page.goal_form, TextLine, "field_statement"),
              "One customer record", finish=Qt.Key.Key_Return)
    meeting_id = meetings.list_summaries(workspace)[0].id
    assert [g.statement for g in goals.list_for(workspace, meeting_id)] == [
        "One customer record"]
    assert goals_page.goals.model.rows()[0].statement == "One customer record"

    # the Departments step, by keyboard
    qtbot.keyClick(window.steps, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page() is dept_page

    # Finance, from the workspace's profiles
    click(qtbot, dept_page, "departments_add")
    menu = child(dept_page, QMenu, "add_department_menu")
    qtbot.waitUntil(menu.isVisible)
    finance = departments.list_all(workspace)[0]
    next(a for a in menu.actions() if a.objectName() == f"add_department_{finance.id}").trigger()
    menu.close()
    assert [d.name for _p, d in participation.list_with_departments(workspace, meeting_id)] == [
        "Finance"]
    assert "Finance" in child(dept_page, type(dept_page.heading), "department_heading").text()
    assert "(1 meeting)" in dept_page.profile.shared_note.text()

    # a person in its profile
    tabs = child(dept_page, QTabWidget, "department_tabs")
    click_tab(qtbot, tabs, "People")
    click(qtbot, dept_page.people, "people_add")
    type_into(qtbot, child(dept_page.people.form, TextLine, "field_name"), "Ana Ruiz",
              finish=Qt.Key.Key_Return)
    assert [p.name for p in people.list_for(workspace, finance.id)] == ["Ana Ruiz"]

    # a touchpoint, logged today
    click_tab(qtbot, tabs, "Touchpoints")
    click(qtbot, dept_page.touchpoints, "touchpoints_add")
    summary = child(dept_page.touchpoints.form, TextBox, "field_summary")
    type_into(qtbot, summary, "Agreed to the pilot")
    part = participation.list_with_departments(workspace, meeting_id)[0][0]
    logged = touchpoints.list_for(workspace, part.id)
    assert [(t.date, t.summary) for t in logged] == [(date.today(), "Agreed to the pilot")]
    assert dept_page.table.model.rows()[0].days_since == 0

    done = state(workspace)
    assert done == {"meetings": ["Customer data platform"], "goals": ["One customer record"],
                    "departments": ["Finance"], "touchpoints": ["Agreed to the pilot"],
                    "people": ["Ana Ruiz"]}

    # undo, step by step, back to nothing; then redo, step by step, back to all
    stack = window.context.undo_stack
    snapshots = []
    while stack.canUndo():
        snapshots.append(state(workspace))
        trigger(window, "undo")
    assert state(workspace) == {"meetings": [], "people": []}
    assert window.meeting_id is None
    assert window.stack.currentIndex() == 0  # "choose or start a meeting"
    for expected in reversed(snapshots):
        trigger(window, "redo")
        assert state(workspace) == expected
    assert state(workspace) == done
    # the views followed: the redone touchpoint shows in its table
    assert window.meeting_id == meeting_id
    click_tab(qtbot, window.steps, "Departments")
    click_tab(qtbot, tabs, "Touchpoints")
    assert [r.touchpoint.summary for r in dept_page.touchpoints.table.model.rows()] == [
        "Agreed to the pilot"]

    # closed and opened again: the same meeting, step and data
    path = workspace.path
    window.close()
    workspace.close()
    again = open_workspace(path)
    try:
        reopened = open_window(qtbot, again)
        assert reopened.meeting_id == meeting_id
        assert reopened.current_page().step == "departments"
        page = reopened.page("departments")
        assert [r.department.name for r in page.table.model.rows()] == ["Finance"]
        assert [p.name for p in page.people.table.model.rows()] == ["Ana Ruiz"]
        click_tab(qtbot, reopened.steps, "Goals")
        goals_again = reopened.page("goals")
        assert [g.statement for g in goals_again.goals.model.rows()] == ["One customer record"]
        assert child(goals_again, TextLine, "field_title").text() == "Customer data platform"
        reopened.close()
    finally:
        again.close()
    assert not no_dialogs.shown


def test_an_edit_in_a_field_is_one_undo(qtbot, window: MainWindow, workspace: Workspace,
                                        meeting_id: int) -> None:
    window.show_meeting(meeting_id)
    click_tab(qtbot, window.steps, "Goals")
    page = window.page("goals")
    location = child(page.meeting_form, TextLine, "field_location")
    type_into(qtbot, location, "Room 4")
    assert meetings.get_meeting(workspace, meeting_id).location == "Room 4"
    assert window.context.undo_stack.count() == 1
    assert window.context.undo_stack.undoText() == "Edit meeting: Location"
    trigger(window, "undo")
    assert meetings.get_meeting(workspace, meeting_id).location == ""
    assert location.text() == ""


def test_refused_input_is_shown_and_not_saved(qtbot, window: MainWindow, workspace: Workspace,
                                              meeting_id: int, no_dialogs: Dialogs) -> None:
    window.show_meeting(meeting_id)
    click_tab(qtbot, window.steps, "Goals")
    page = window.page("goals")
    title = child(page.meeting_form, TextLine, "field_title")
    type_into(qtbot, title, "   ")
    assert meetings.get_meeting(workspace, meeting_id).title == "Customer data platform"
    assert title.text() == "   "                  # kept for the user to correct
    assert no_dialogs.shown == [("warn", "Not saved", "Title: must not be blank")]
    assert window.context.undo_stack.count() == 0


def test_goals_move_and_delete_by_keyboard(qtbot, window: MainWindow, workspace: Workspace,
                                           meeting_id: int) -> None:
    for text in ("First", "Second", "Third"):
        goals.add(workspace, meeting_id, statement=text)
    window.show_meeting(meeting_id)
    click_tab(qtbot, window.steps, "Goals")
    page = window.page("goals")
    view = page.goals.view
    page.goals.select_id(page.goals.ids()[0])
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert [g.statement for g in goals.list_for(workspace, meeting_id)] == [
        "Second", "First", "Third"]
    assert page.goals.current().statement == "First"
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert [g.statement for g in goals.list_for(workspace, meeting_id)] == ["Second", "Third"]
    trigger(window, "undo")
    trigger(window, "undo")
    assert [g.statement for g in goals.list_for(workspace, meeting_id)] == [
        "First", "Second", "Third"]
    assert [g.statement for g in page.goals.model.rows()] == ["First", "Second", "Third"]


def test_a_goal_without_indicator_or_date_is_marked(qtbot, window: MainWindow,
                                                    workspace: Workspace,
                                                    meeting_id: int) -> None:
    goals.add(workspace, meeting_id, statement="Vague")
    goals.add(workspace, meeting_id, statement="Measured", indicator="churn %",
              target="5%", due=date(2027, 3, 1))
    window.show_meeting(meeting_id)
    click_tab(qtbot, window.steps, "Goals")
    model = window.page("goals").goals.model
    italic = [[bool(model.data(model.index(r, c), Qt.ItemDataRole.FontRole))
               for c in (1, 3)] for r in range(2)]
    assert italic == [[True, True], [False, False]]
    assert model.data(model.index(0, 1)) == "no indicator yet"


@popup_menu
def test_new_department_is_one_action(qtbot, window: MainWindow, workspace: Workspace,
                                      meeting_id: int, monkeypatch) -> None:
    from PySide6.QtWidgets import QInputDialog

    monkeypatch.setattr(QInputDialog, "getText", lambda *_a, **_k: ("Legal", True))
    window.show_meeting(meeting_id)
    click_tab(qtbot, window.steps, "Departments")
    page = window.page("departments")
    page.open_add_menu()
    menu = child(page, QMenu, "add_department_menu")
    qtbot.waitUntil(menu.isVisible)
    next(a for a in menu.actions() if a.objectName() == "new_department").trigger()
    menu.close()
    assert [d.name for d in departments.list_all(workspace)] == ["Legal"]
    assert [r.department.name for r in page.table.model.rows()] == ["Legal"]
    trigger(window, "undo")
    assert departments.list_all(workspace) == []
    assert page.table.model.rows() == []
    trigger(window, "redo")
    assert [r.department.name for r in page.table.model.rows()] == ["Legal"]


def test_remove_from_meeting_asks_and_can_be_undone(qtbot, window: MainWindow,
                                                     workspace: Workspace, meeting_id: int,
                                                     no_dialogs: Dialogs) -> None:
    finance = departments.create(workspace, name="Finance")
    part = participation.add(workspace, meeting_id, finance.id)
    touchpoints.add(workspace, part.id, date=date(2026, 11, 2), summary="Coffee")
    window.show_meeting(meeting_id)
    click_tab(qtbot, window.steps, "Departments")
    page = window.page("departments")
    no_dialogs.answer = False
    click(qtbot, page, "departments_delete")
    assert len(participation.list_for(workspace, meeting_id)) == 1
    no_dialogs.answer = True
    click(qtbot, page, "departments_delete")
    assert participation.list_for(workspace, meeting_id) == []
    assert [d.name for d in departments.list_all(workspace)] == ["Finance"]  # profile stays
    trigger(window, "undo")
    assert [t.summary for t in touchpoints.list_for(workspace, part.id)] == ["Coffee"]
    assert page.table.current().department.name == "Finance"
    assert [kind for kind, _t, _x in no_dialogs.shown] == ["question", "question"]


def test_a_goal_clicked_with_the_mouse_shows_in_its_form(qtbot, window: MainWindow,
                                                         workspace: Workspace,
                                                         meeting_id: int) -> None:
    for text in ("First", "Second"):
        goals.add(workspace, meeting_id, statement=text)
    window.show_meeting(meeting_id)
    click_tab(qtbot, window.steps, "Goals")
    page = window.page("goals")
    view = page.goals.view
    assert child(page.goal_form, TextLine, "field_statement").text() == "First"
    rect = view.visualRect(view.model().index(1, 0))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert page.goals.current().statement == "Second"
    statement = child(page.goal_form, TextLine, "field_statement")
    assert statement.text() == "Second" and statement.isEnabled()
    assert page.goals.delete_button.isEnabled()


def test_the_meeting_and_step_left_open_are_where_the_next_start_opens(
        qtbot, workspace: Workspace, no_dialogs: Dialogs) -> None:
    first = meetings.create(workspace, title="Budget review").id or 0
    second = meetings.create(workspace, title="Data platform").id or 0
    shown = open_window(qtbot, workspace)
    shown.meeting_list.select(second)
    shown.meeting_list.select(first)
    click_tab(qtbot, shown.steps, "Goals")
    shown.close()  # remembered on closing (and once the user settles)

    again = open_window(qtbot, workspace)
    assert again.meeting_id == first
    page = again.current_page()
    assert page is not None and page.step == "goals"
    again.close()
