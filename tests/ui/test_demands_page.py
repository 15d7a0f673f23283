"""The Demands step, driven as a user drives it: the add bar, filters, the form, undo."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QLineEdit, QPushButton

from app.domain.enums import DemandKind, DemandStatus, RootCause
from app.services import demands, people, touchpoints
from app.storage import Workspace
from tests.ui.page_helpers import (
    add_departments,
    child,
    choose,
    click_row,
    click_text,
    show_page,
    shown,
    table,
    view_of,
)
from ui.forms import Choice, TextBox
from ui.models.demand_model import COL_TEXT, DemandModel
from ui.steps.demands_page import DemandsPage
from ui.steps.step_parts import RowTable


@pytest.fixture
def parts(workspace: Workspace, meeting_id: int) -> dict[str, int]:
    """Two departments in the meeting, one demand each and a touchpoint."""
    ids = add_departments(workspace, meeting_id)
    person = people.add(workspace, ids["Compras"], name="Begoña Ibáñez")
    demands.add(workspace, ids["Compras_part"], kind=DemandKind.objection,
                text="Our buyers have no time for a new tool")
    demands.add(workspace, ids["Finance_part"], kind=DemandKind.demand,
                text="Monthly cost report", response="Included in the pilot",
                status=DemandStatus.addressed)
    touchpoints.add(workspace, ids["Compras_part"], date=date(2026, 11, 20),
                    person_id=person.id,
                    summary="Worried the rollout collides with the year-end close")
    return ids


@pytest.fixture
def page(qtbot, workspace: Workspace, meeting_id: int, parts: dict[str, int]) -> DemandsPage:
    return show_page(qtbot, DemandsPage, workspace, meeting_id)


def demands_table(page: DemandsPage) -> RowTable:
    return table(page, "demands")


def shown_texts(page: DemandsPage) -> list[str]:
    return shown(demands_table(page), COL_TEXT)


def all_demands(workspace: Workspace, meeting_id: int) -> list[str]:
    return [d.text for d in view_of(workspace, meeting_id).demands]


def select(qtbot, page: DemandsPage, text: str) -> None:
    click_text(qtbot, demands_table(page), COL_TEXT, text)


def test_model_passes_the_model_tester(qtmodeltester, workspace, meeting_id, parts) -> None:
    model = DemandModel()
    model.set_rows(view_of(workspace, meeting_id).demands)
    qtmodeltester.check(model)


def test_unanswered_objection_stands_out(page: DemandsPage) -> None:
    view = demands_table(page).view.model()
    row = shown_texts(page).index("Our buyers have no time for a new tool")
    index = view.index(row, COL_TEXT)
    assert index.data(Qt.ItemDataRole.FontRole).bold()
    assert index.data(Qt.ItemDataRole.DecorationRole) is not None
    assert index.data(Qt.ItemDataRole.ToolTipRole) == "No prepared response yet"
    answered = view.index(shown_texts(page).index("Monthly cost report"), COL_TEXT)
    assert answered.data(Qt.ItemDataRole.FontRole) is None
    assert answered.data(Qt.ItemDataRole.DecorationRole) is None


def test_a_row_is_always_shown_in_the_form(page: DemandsPage) -> None:
    # a table with rows never leaves its form empty: the first row is selected
    assert demands_table(page).current().text == shown_texts(page)[0]
    assert child(page, TextBox, "field_text").toPlainText() == shown_texts(page)[0]
    assert child(page, TextBox, "field_text").isEnabled()


def test_add_edit_undo_redo(qtbot, page: DemandsPage, workspace, meeting_id, parts) -> None:
    choose(qtbot, child(page, QComboBox, "new_demand_department"), "Finance")
    choose(qtbot, child(page, Choice, "new_demand_kind"), "Risk")
    qtbot.keyClicks(child(page, QLineEdit, "new_demand_text"), "Budget freeze in Q1")
    qtbot.mouseClick(child(page, QPushButton, "demands_add"), Qt.MouseButton.LeftButton)

    added = [d for d in demands.list_for(workspace, parts["Finance_part"])
             if d.text == "Budget freeze in Q1"]
    assert len(added) == 1 and added[0].kind == DemandKind.risk
    assert demands_table(page).current().text == "Budget freeze in Q1"  # the new row is shown

    stack = page.context.undo_stack
    after_add = stack.index()
    # the response, written in the form, is saved when focus leaves it: one undo step
    response = child(page, TextBox, "field_response")
    response.setFocus()
    qtbot.keyClicks(response, "Phase the licence cost over two years")
    choose(qtbot, child(page, Choice, "field_root_cause"), "Goal conflict")
    row = demands.get(workspace, added[0].id)
    assert row.response == "Phase the licence cost over two years"
    assert row.root_cause == RootCause.goal_conflict
    assert stack.text(after_add) == "Edit demand: Our prepared response"

    before_status = stack.index()
    choose(qtbot, child(page, Choice, "field_status"), "Addressed")
    assert demands.get(workspace, added[0].id).status == DemandStatus.addressed
    done = stack.index()

    stack.setIndex(before_status)
    assert demands.get(workspace, added[0].id).status == DemandStatus.open
    stack.setIndex(after_add)
    row = demands.get(workspace, added[0].id)
    assert row.response == "" and row.root_cause is None
    assert child(page, TextBox, "field_response").toPlainText() == ""
    stack.undo()
    assert "Budget freeze in Q1" not in all_demands(workspace, meeting_id)
    assert "Budget freeze in Q1" not in shown_texts(page)
    stack.setIndex(done)
    row = demands.get(workspace, added[0].id)   # the same row comes back, id and all
    assert row.status == DemandStatus.addressed and row.response.startswith("Phase")
    assert "Budget freeze in Q1" in shown_texts(page)


def test_keys_undo_and_redo(qtbot, page: DemandsPage, workspace, meeting_id) -> None:
    from PySide6.QtGui import QKeySequence

    stack = page.context.undo_stack
    page.addAction(stack.createUndoAction(page))
    page.actions()[-1].setShortcut(QKeySequence.StandardKey.Undo)
    select(qtbot, page, "Our buyers have no time for a new tool")
    view = demands_table(page).view
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert "Our buyers have no time for a new tool" not in all_demands(workspace, meeting_id)
    qtbot.keyClick(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert "Our buyers have no time for a new tool" in all_demands(workspace, meeting_id)


def test_filters(qtbot, page: DemandsPage) -> None:
    assert len(shown_texts(page)) == 2
    choose(qtbot, child(page, QComboBox, "demand_department_filter"), "Finance")
    assert shown_texts(page) == ["Monthly cost report"]
    assert demands_table(page).current().text == "Monthly cost report"  # the form follows
    choose(qtbot, child(page, QComboBox, "demand_department_filter"), "All departments")
    choose(qtbot, child(page, QComboBox, "demand_kind_filter"), "Objection")
    assert shown_texts(page) == ["Our buyers have no time for a new tool"]
    choose(qtbot, child(page, QComboBox, "demand_kind_filter"), "All kinds")
    choose(qtbot, child(page, QComboBox, "demand_status_filter"), "Addressed")
    assert shown_texts(page) == ["Monthly cost report"]
    assert "1 of 2 items shown" in demands_table(page).status.text()


def test_delete_and_undo(qtbot, page: DemandsPage, workspace, meeting_id) -> None:
    select(qtbot, page, "Monthly cost report")
    qtbot.mouseClick(child(page, RowTable, "demands").delete_button,
                     Qt.MouseButton.LeftButton)
    assert "Monthly cost report" not in all_demands(workspace, meeting_id)
    page.context.undo_stack.undo()
    assert "Monthly cost report" in all_demands(workspace, meeting_id)
    assert "Monthly cost report" in shown_texts(page)


def test_objection_from_a_touchpoint_is_one_action(qtbot, page: DemandsPage, workspace,
                                                   meeting_id, parts) -> None:
    qtbot.mouseClick(child(page, QPushButton, "demand_from_touchpoint"),
                     Qt.MouseButton.LeftButton)
    picker = child(page, QDialog, "touchpointPicker")
    assert picker.isVisible()
    click_row(qtbot, table(picker, "touchpoint_picks"), 0, 3)
    buttons = picker.findChild(QDialogButtonBox)
    qtbot.mouseClick(buttons.button(QDialogButtonBox.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)

    text = "Worried the rollout collides with the year-end close"
    raised = [d for d in demands.list_for(workspace, parts["Compras_part"]) if d.text == text]
    assert len(raised) == 1
    assert raised[0].kind == DemandKind.objection and raised[0].anticipated is False
    assert text in shown_texts(page)
    page.context.undo_stack.undo()      # one undo takes it all back
    assert text not in all_demands(workspace, meeting_id)
