"""Search and the open items across meetings, driven from the window's keyboard and menus."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QAction, QInputMethodEvent
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QTreeView,
    QTreeWidget,
)

from app import formatting
from app.domain.enums import ActionStatus
from app.services import (
    actions,
    demands,
    demo,
    departments,
    goals,
    meetings,
    open_items,
    participation,
    suggestions,
)
from app.storage import Workspace
from tests.ui.window_helpers import child, click, click_tab, no_dialogs, open_window
from ui.models.meetings_model import COL_DATE
from ui.open_items_view import ITEM_ROLE, OpenItemsView
from ui.search_dialog import HIT_ROLE, SearchDialog
from ui.steps.demands_page import DemandsPage
from ui.steps.departments_page import DepartmentsPage
from ui.steps.suggestions_page import SuggestionsPage
from ui.steps.thank_you_notes import THANKS_ROLE
from ui.window.main_window import MainWindow

__all__ = ["no_dialogs"]  # a fixture, used by name


def search_dialog(window: MainWindow) -> SearchDialog:
    dialog = window.findChild(SearchDialog, "search_dialog")
    assert dialog is not None and dialog.isVisible()
    return dialog


def hits(dialog: SearchDialog) -> list[tuple[str, str]]:
    """(group heading, row text) of every result, as the user reads them."""
    found = []
    for g in range(dialog.model.rowCount()):
        group = dialog.model.item(g)
        for r in range(group.rowCount()):
            found.append((group.text(), group.child(r).text()))
    return found


def test_ctrl_f_finds_a_goal_in_another_meeting_and_enter_opens_it(
        qtbot: Any, workspace: Workspace, no_dialogs: Any) -> None:
    first = meetings.create(workspace, title="First").id or 0
    second = meetings.create(workspace, title="Second").id or 0
    goal = goals.add(workspace, second, statement="Shorten <b>onboarding</b> to 30 days")
    window = open_window(qtbot, workspace)
    window.show_meeting(first)
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    dialog = search_dialog(window)
    field = child(dialog, QLineEdit, "search_field")
    qtbot.keyClicks(field, "onboard")
    qtbot.waitUntil(lambda: bool(hits(dialog)))
    assert hits(dialog) == [("Goals (1)", "Shorten <b>onboarding</b> to 30 days")]
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    assert window.meeting_id == second
    page = window.current_page()
    assert page is not None and page.step == "goals"
    assert page.goals.current_id() == goal.id  # type: ignore[attr-defined]
    window.close()


def test_ctrl_k_says_when_nothing_matches_and_down_reaches_the_results(
        qtbot: Any, workspace: Workspace, no_dialogs: Any) -> None:
    demo.load_demo(workspace)
    window = open_window(qtbot, workspace)
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    dialog = search_dialog(window)
    field = child(dialog, QLineEdit, "search_field")
    qtbot.keyClicks(field, "zzqx")
    qtbot.waitUntil(lambda: "zzqx" in dialog.status.text())
    assert hits(dialog) == []
    field.clear()
    commit_from_input_method(field, "上市")
    qtbot.waitUntil(lambda: bool(hits(dialog)))
    qtbot.keyClick(field, Qt.Key.Key_Down)
    results = child(dialog, QTreeView, "search_results")
    assert results.hasFocus()
    kind, meeting_id, _row = results.currentIndex().data(HIT_ROLE)
    assert meeting_id == 3 and kind
    dialog.reject()
    window.close()


def commit_from_input_method(field: QLineEdit, text: str) -> None:
    """Type ``text`` as a Chinese input method does: one committed string."""
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(field, event)


def rows(view: OpenItemsView) -> list[str]:
    return [view.proxy.index(r, 2).data() for r in range(view.proxy.rowCount())]


def test_open_items_filter_mark_done_and_undo(qtbot: Any, workspace: Workspace,
                                              no_dialogs: Any) -> None:
    demo.load_demo(workspace)
    # due long ago, so that it comes first whatever day the test runs on
    late = actions.add(workspace, 2, text="Send the data-sharing memo", due=date(2020, 1, 6))
    late_in_2 = sum(1 for item in open_items.open_items(workspace)
                    if item.meeting_id == 2 and item.overdue(date.today()))
    window = open_window(qtbot, workspace)
    window.findChild(type(window.finder.show_open), "open_items").trigger()
    view = window.finder.open_items
    assert view is not None and view.isVisible()
    assert rows(view)[0] == "Send the data-sharing memo"  # overdue first
    assert view.proxy.index(0, 0).data(Qt.ItemDataRole.ToolTipRole) == "Overdue"
    meeting_filter = child(view, QComboBox, "meeting_filter")
    meeting_filter.setCurrentIndex(meeting_filter.findData(2))
    assert {view.proxy.index(r, 0).data(ITEM_ROLE).meeting_id
            for r in range(view.proxy.rowCount())} == {2}
    listing = window.meeting_list.model
    row = listing.row_of(lambda r: r.id == 2)
    late_mark = listing.index(row, COL_DATE)
    assert actions_line(late_mark) == (
        "1 action or issue overdue" if late_in_2 == 1
        else f"{late_in_2} actions or issues overdue")
    view.table.setFocus()
    view.table.selectRow(0)
    done = next(b for b in view.findChildren(QPushButton) if b.text() == "Mark &done")
    qtbot.mouseClick(done, Qt.MouseButton.LeftButton)
    assert actions.get(workspace, late.id or 0).status == ActionStatus.done
    assert "Send the data-sharing memo" not in rows(view)
    # the list follows at once
    assert actions_line(late_mark) == (
        None if late_in_2 == 1 else "1 action or issue overdue" if late_in_2 == 2
        else f"{late_in_2 - 1} actions or issues overdue")
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert actions.get(workspace, late.id or 0).status == ActionStatus.open
    assert rows(view)[0] == "Send the data-sharing memo"
    view.close()
    window.close()


def actions_line(mark: QModelIndex) -> str | None:
    """What the meeting list's mark says of overdue actions (it may say more, of contacts)."""
    tip = mark.data(Qt.ItemDataRole.ToolTipRole) or ""
    return next((line for line in tip.splitlines() if "action" in line), None)


def test_a_departments_history_tab_shows_what_it_said_in_past_meetings(
        qtbot: Any, workspace: Workspace, no_dialogs: Any) -> None:
    demo.load_demo(workspace)  # meeting 1 (es) has Producción with objections answered
    window = open_window(qtbot, workspace)
    window.show_meeting(1)
    window.navigate("departments")
    page = window.current_page()
    assert isinstance(page, DepartmentsPage)
    row = page.table.model.row_of(lambda r: r.department.name == "Producción")
    page.table.select_id(page.table.model.rows()[row].id)
    click_tab(qtbot, page.tabs, "History")
    tree = child(page, QTreeWidget, "history_tree")
    meeting = tree.topLevelItem(0)
    assert meeting.text(0).startswith("Centralización de Compras")
    assert meeting.text(1) == "Resistant → Supportive"
    groups = {meeting.child(i).text(0): meeting.child(i) for i in range(meeting.childCount())}
    assert set(groups) == {"Engagement", "Demands", "Suggestions", "Touchpoints"}
    objection = groups["Demands"].child(0)
    assert objection.text(0).startswith("Objection: Si Compras se centraliza")
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton,
                     pos=tree.visualItemRect(objection).center())
    shown = child(page, QPlainTextEdit, "history_full_text").toPlainText()
    assert shown.startswith("Si Compras se centraliza en Zaragoza")
    assert "Vía de urgencia" in shown  # the response that worked
    window.close()


def test_a_past_response_is_offered_reused_and_undone(qtbot: Any, workspace: Workspace,
                                                      no_dialogs: Any) -> None:
    finance = departments.create(workspace, name="Finance").id or 0
    old = meetings.create(workspace, title="CRM rollout").id or 0
    new = meetings.create(workspace, title="Data platform").id or 0
    old_part = participation.add(workspace, old, department_id=finance).id or 0
    new_part = participation.add(workspace, new, department_id=finance).id or 0
    past = demands.add(workspace, old_part, text="No budget for new licences this year",
                       response="Phase the licences over two budgets").id or 0
    ours = demands.add(workspace, new_part,
                       text="Who pays for the licences? No budget this year").id or 0
    window = open_window(qtbot, workspace)
    window.show_meeting(new)
    window.navigate("demands", "demand", ours)
    page = window.current_page()
    assert isinstance(page, DemandsPage)
    qtbot.waitUntil(lambda: page.detail_tabs.tabText(1) == "Heard before (1)")
    click_tab(qtbot, page.detail_tabs, "Heard before")
    heard = child(page, QTreeWidget, "heard_before_list")
    first = heard.topLevelItem(0)
    assert first.text(0) == "CRM rollout · Finance"
    assert first.text(2) == "Phase the licences over two budgets"
    qtbot.mouseClick(heard.viewport(), Qt.MouseButton.LeftButton,
                     pos=heard.visualItemRect(first).center())
    click(qtbot, page, "reuse_response")
    stored = demands.get(workspace, ours)
    assert (stored.response, stored.response_from_id) == (
        "Phase the licences over two budgets", past)
    qtbot.waitUntil(lambda: "our response started here" in heard.topLevelItem(0).text(3))
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    stored = demands.get(workspace, ours)
    assert (stored.response, stored.response_from_id) == ("", None)
    window.close()


def test_thank_you_note_copied_marked_and_the_summary_copied(
        qtbot: Any, workspace: Workspace, no_dialogs: Any) -> None:
    demo.load_demo(workspace)  # meeting 2 (en) has adopted suggestions and a decision
    window = open_window(qtbot, workspace)
    window.show_meeting(2)
    window.navigate("suggestions")
    page = window.current_page()
    assert isinstance(page, SuggestionsPage)
    click_tab(qtbot, page.tabs_below, "Thank-you notes to send")
    names = child(page, QListWidget, "thank_you_people")
    first = names.item(0)
    assert "not thanked yet" in first.text()
    click(qtbot, page, "copy_thank_you")
    note = QApplication.clipboard().text()
    assert note.startswith("Dear ") and "thank you for what you suggested" in note
    click(qtbot, page, "mark_thanked")
    assert f"thanked on {formatting.day(date.today())}" in names.item(0).text()
    suggestion_id = names.item(0).data(THANKS_ROLE).suggestion_ids[0]
    assert suggestions.get(workspace, suggestion_id).thanked_on == date.today()
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert suggestions.get(workspace, suggestion_id).thanked_on is None

    window.meeting_menu.aboutToShow.emit()
    child(window, QAction, "copy_summary").trigger()
    summary = QApplication.clipboard().text()
    assert summary.splitlines() == [
        "Customer data platform rollout: cross-team sign-off",
        "Thursday, 3 December 2026, 10:00 (UTC-05:00)", "Preparing"]
    assert window.statusBar().currentMessage() == (
        "The summary for the leader is on the clipboard.")
    window.close()
