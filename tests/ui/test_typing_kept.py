"""Nothing typed is lost: with the cursor still in a field, every button, toolbar button,
menu item and shortcut first saves what was typed; Ctrl+Z undoes the field's own typing
while it has some, else the application's last action; refusals name the field's label."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QMenu, QToolBar, QToolButton

from app.i18n import _, set_language
from app.services import goals, meetings
from app.storage import Workspace
from tests.ui.window_helpers import Dialogs, child, click_tab, no_dialogs, open_window, window_on
from ui.forms import TextBox, TextLine
from ui.mnemonics import plain
from ui.steps.goals_page import GoalsPage
from ui.window.main_window import MainWindow

__all__ = ["no_dialogs"]  # a fixture, used by name


@pytest.fixture
def window(qtbot: Any, workspace: Workspace, meeting_id: int,
           no_dialogs: Dialogs) -> Iterator[MainWindow]:
    shown = window_on(qtbot, workspace, meeting_id, "Goals")
    yield shown
    shown.close()


def goals_page(window: MainWindow) -> GoalsPage:
    page: GoalsPage = window.page("goals")
    return page


def type_and_stay(qtbot: Any, field: TextLine | TextBox, text: str) -> None:
    """Click into the field and type, leaving the cursor there (no Tab, no Enter)."""
    qtbot.mouseClick(field.viewport() if isinstance(field, TextBox) else field,
                     Qt.MouseButton.LeftButton)
    field.setFocus()
    qtbot.keyClicks(field, text)
    assert QApplication.focusWidget() is field


def location(window: MainWindow) -> TextLine:
    field: TextLine = child(goals_page(window).meeting_form, TextLine, "field_location")
    return field


def stored_location(workspace: Workspace, meeting_id: int) -> str:
    return meetings.get_meeting(workspace, meeting_id).location


def test_add_goal_clicked_while_typing_saves_the_text(qtbot, window: MainWindow,
                                                      workspace: Workspace,
                                                      meeting_id: int) -> None:
    field = location(window)
    type_and_stay(qtbot, field, "Room 4")
    add = child(goals_page(window), QToolButton, "goals_add")
    qtbot.mouseClick(add, Qt.MouseButton.LeftButton)
    assert stored_location(workspace, meeting_id) == "Room 4"
    assert field.text() == "Room 4"
    assert [g.statement for g in goals.list_for(workspace, meeting_id)] == ["New goal"]
    stack = window.context.undo_stack
    assert [stack.text(i) for i in range(stack.count())] == [
        "Edit meeting: Location", "Add goal"]


def test_a_text_box_keeps_its_text_when_a_toolbar_button_is_clicked(
        qtbot, window: MainWindow, workspace: Workspace, meeting_id: int) -> None:
    purpose = child(goals_page(window).meeting_form, TextBox, "field_purpose")
    type_and_stay(qtbot, purpose, "Agree the rollout")
    toolbar = child(window, QToolBar, "documents_toolbar")
    button = toolbar.widgetForAction(child(window, QAction, "export_briefing"))
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)   # opens the sections dialog
    assert meetings.get_meeting(workspace, meeting_id).purpose == "Agree the rollout"
    dialog = window.documents.dialog
    assert dialog is not None
    dialog.reject()


@pytest.mark.parametrize(("keys", "modifiers"), [
    (Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier),                # export the pack
    (Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier),                # print
    (Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier),         # next step
])
def test_a_shortcut_pressed_while_typing_saves_the_text_first(
        qtbot, window: MainWindow, workspace: Workspace, meeting_id: int, keys: Qt.Key,
        modifiers: Qt.KeyboardModifier) -> None:
    field = location(window)
    type_and_stay(qtbot, field, "Room 4")
    qtbot.keyClick(field, keys, modifiers)
    assert stored_location(workspace, meeting_id) == "Room 4"
    if window.documents.dialog is not None:
        window.documents.dialog.reject()


def test_edit_undo_from_the_menu_saves_first_then_undoes_it(
        qtbot, window: MainWindow, workspace: Workspace, meeting_id: int) -> None:
    field = location(window)
    type_and_stay(qtbot, field, "Room 4")
    bar = window.menuBar()
    edit = next(a for a in bar.actions() if plain(a.text()) == "Edit")
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.actionGeometry(edit).center())
    menu = edit.menu()
    assert isinstance(menu, QMenu)
    qtbot.waitUntil(menu.isVisible)
    undo = child(window, QAction, "undo")
    assert undo.text() == "&Undo Edit meeting: Location"   # the typing, saved on the way
    qtbot.mouseClick(menu, Qt.MouseButton.LeftButton, pos=menu.actionGeometry(undo).center())
    assert stored_location(workspace, meeting_id) == ""
    window.context.undo_stack.redo()                        # and nothing lost: redo has it
    assert stored_location(workspace, meeting_id) == "Room 4"


def test_switching_meeting_or_step_saves_the_text(qtbot, workspace: Workspace,
                                                  meeting_id: int,
                                                  no_dialogs: Dialogs) -> None:
    meetings.create(workspace, title="Budget review")
    window = window_on(qtbot, workspace, meeting_id, "Goals")
    field = location(window)
    type_and_stay(qtbot, field, "Room 4")
    click_tab(qtbot, window.steps, "Departments")            # a tab takes no focus
    assert stored_location(workspace, meeting_id) == "Room 4"
    click_tab(qtbot, window.steps, "Goals")
    type_and_stay(qtbot, field, ", 2nd floor")
    view = window.meeting_list.view
    model = view.model()
    other = next(model.index(row, column) for row in range(model.rowCount())
                 for column in range(model.columnCount())
                 if model.index(row, column).data() == "Budget review")
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton,
                     pos=view.visualRect(other).center())
    assert window.meeting_id != meeting_id
    assert stored_location(workspace, meeting_id) == "Room 4, 2nd floor"
    window.close()


def test_closing_the_window_saves_the_text(qtbot, workspace: Workspace, meeting_id: int,
                                           no_dialogs: Dialogs) -> None:
    window = open_window(qtbot, workspace)
    window.show_meeting(meeting_id)
    click_tab(qtbot, window.steps, "Goals")
    type_and_stay(qtbot, location(window), "Room 9")
    window.close()                                            # File ▸ Quit, or the title bar
    assert stored_location(workspace, meeting_id) == "Room 9"


# -- Ctrl+Z -----------------------------------------------------------------------------------
def focused() -> Any:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def test_ctrl_z_right_after_add_goal_takes_the_goal_back(qtbot, window: MainWindow,
                                                         workspace: Workspace,
                                                         meeting_id: int) -> None:
    qtbot.mouseClick(child(goals_page(window), QToolButton, "goals_add"),
                     Qt.MouseButton.LeftButton)
    assert focused().objectName() == "field_statement"       # the cursor in the new goal
    qtbot.keyClick(focused(), Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert goals.list_for(workspace, meeting_id) == []
    qtbot.keyClick(window, Qt.Key.Key_Z,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert [g.statement for g in goals.list_for(workspace, meeting_id)] == ["New goal"]


def test_ctrl_z_undoes_the_fields_own_typing_first(qtbot, window: MainWindow,
                                                   workspace: Workspace,
                                                   meeting_id: int) -> None:
    field = location(window)
    type_and_stay(qtbot, field, "Room 4")
    qtbot.keyClick(field, Qt.Key.Key_Tab)                    # saved: one step
    field.setFocus()
    qtbot.keyClicks(field, "!")
    qtbot.keyClick(field, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert field.text() == "Room 4"                          # the field's own typing
    assert stored_location(workspace, meeting_id) == "Room 4"
    qtbot.keyClick(field, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert stored_location(workspace, meeting_id) == ""      # then the saved edit
    assert field.text() == ""
    qtbot.keyClick(field, Qt.Key.Key_Z,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert stored_location(workspace, meeting_id) == "Room 4"


# -- refusals in the interface language ---------------------------------------------------------
@pytest.mark.parametrize(("language", "expected"), [
    ("en", "Goal: must not be blank"),
    ("es", "Objetivo: no puede quedar en blanco"),
    ("zh_CN", "目标：不能为空"),
])
def test_a_blank_goal_is_refused_naming_its_label(qtbot, workspace: Workspace,
                                                  meeting_id: int, no_dialogs: Dialogs,
                                                  language: str, expected: str) -> None:
    set_language(language)
    goals.add(workspace, meeting_id, statement="Cut costs")
    window = open_window(qtbot, workspace)
    window.show_meeting(meeting_id)
    click_tab(qtbot, window.steps, _("Goals"))
    page = goals_page(window)
    page.goals.select_id(page.goals.ids()[0])
    statement = child(page.goal_form, TextLine, "field_statement")
    statement.setFocus()
    statement.selectAll()
    qtbot.keyClick(statement, Qt.Key.Key_Delete)
    qtbot.keyClick(statement, Qt.Key.Key_Tab)
    assert [text for _kind, _title, text in no_dialogs.shown] == [expected]
    assert statement.text() == ""                              # kept, to be corrected
    assert goals.list_for(workspace, meeting_id)[0].statement == "Cut costs"
    window.close()




