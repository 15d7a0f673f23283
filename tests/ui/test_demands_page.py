"""The Demands step, driven as a user drives it: the add bar, filters, the form, undo."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QLineEdit, QPushButton

from app.domain.enums import DemandKind, DemandStatus, RootCause
from app.services import demands, departments, participation, people, touchpoints
from app.storage import Workspace
from ui.context import AppContext
from ui.forms import Choice, TextBox
from ui.models.demand_model import COL_TEXT, DemandModel
from ui.models.meeting_view import load
from ui.steps.demands_page import DemandsPage
from ui.steps.row_table import RowTable


@pytest.fixture
def parts(workspace: Workspace, meeting_id: int) -> dict[str, int]:
    """Two departments in the meeting, one demand each and a touchpoint."""
    ids: dict[str, int] = {}
    for name in ("Compras", "Finance"):
        dept = departments.create(workspace, name=name)
        ids[name] = participation.add(workspace, meeting_id, dept.id).id or 0
        ids[name + "_dept"] = dept.id or 0
    person = people.add(workspace, ids["Compras_dept"], name="Begoña Ibáñez")
    demands.add(workspace, ids["Compras"], kind=DemandKind.objection,
                text="Our buyers have no time for a new tool")
    demands.add(workspace, ids["Finance"], kind=DemandKind.demand,
                text="Monthly cost report", response="Included in the pilot",
                status=DemandStatus.addressed)
    touchpoints.add(workspace, ids["Compras"], date=date(2026, 11, 20), person_id=person.id,
                    summary="Worried the rollout collides with the year-end close")
    return ids


@pytest.fixture
def page(qtbot, workspace: Workspace, meeting_id: int,
         parts: dict[str, int]) -> Iterator[DemandsPage]:
    context = AppContext(workspace)
    page = DemandsPage(context)
    qtbot.addWidget(page)
    page.set_meeting(meeting_id)
    page.resize(1280, 800)
    page.show()
    yield page


def table(page: DemandsPage) -> RowTable:
    return page.findChild(RowTable, "demandsTable")


def shown_texts(page: DemandsPage) -> list[str]:
    view = table(page).model()
    return [view.index(r, COL_TEXT).data() for r in range(view.rowCount())]


def all_demands(workspace: Workspace, meeting_id: int) -> list[str]:
    return [d.text for d in load(workspace, meeting_id).demands]


def select(qtbot, page: DemandsPage, text: str) -> None:
    view = table(page)
    row = shown_texts(page).index(text)
    rect = view.visualRect(view.model().index(row, COL_TEXT))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def choose(qtbot, combo: QComboBox, text: str) -> None:
    """Pick an entry by keyboard, as a user would with the popup closed."""
    combo.setFocus()
    target = combo.findText(text)
    assert target >= 0, text
    while combo.currentIndex() != target:
        key = Qt.Key.Key_Down if combo.currentIndex() < target else Qt.Key.Key_Up
        qtbot.keyClick(combo, key)


def test_model_passes_the_model_tester(qtmodeltester, workspace, meeting_id, parts) -> None:
    model = DemandModel()
    model.set_rows(load(workspace, meeting_id).demands)
    qtmodeltester.check(model)


def test_unanswered_objection_stands_out(page: DemandsPage) -> None:
    view = table(page).model()
    row = shown_texts(page).index("Our buyers have no time for a new tool")
    index = view.index(row, COL_TEXT)
    assert index.data(Qt.ItemDataRole.FontRole).bold()
    assert index.data(Qt.ItemDataRole.DecorationRole) is not None
    assert index.data(Qt.ItemDataRole.ToolTipRole) == "No prepared response yet"
    answered = view.index(shown_texts(page).index("Monthly cost report"), COL_TEXT)
    assert answered.data(Qt.ItemDataRole.FontRole) is None
    assert answered.data(Qt.ItemDataRole.DecorationRole) is None


def test_add_edit_undo_redo(qtbot, page: DemandsPage, workspace, meeting_id, parts) -> None:
    choose(qtbot, page.findChild(QComboBox, "newDemandDepartment"), "Finance")
    choose(qtbot, page.findChild(Choice, "newDemandKind"), "Risk")
    qtbot.keyClicks(page.findChild(QLineEdit, "newDemandText"), "Budget freeze in Q1")
    qtbot.mouseClick(page.findChild(QPushButton, "addDemand"), Qt.MouseButton.LeftButton)

    added = [d for d in demands.list_for(workspace, parts["Finance"])
             if d.text == "Budget freeze in Q1"]
    assert len(added) == 1 and added[0].kind == DemandKind.risk
    assert table(page).selected_row().text == "Budget freeze in Q1"   # the new row is selected

    stack = page.context.undo_stack
    after_add = stack.index()
    # the response, written in the form, is saved when focus leaves it
    response = page.findChild(TextBox, "demandResponse")
    response.setFocus()
    qtbot.keyClicks(response, "Phase the licence cost over two years")
    choose(qtbot, page.findChild(Choice, "demandRootCause"), "Goal conflict")
    row = demands.get(workspace, added[0].id)
    assert row.response == "Phase the licence cost over two years"
    assert row.root_cause == RootCause.goal_conflict

    before_status = stack.index()
    choose(qtbot, page.findChild(Choice, "demandStatus"), "Addressed")
    assert demands.get(workspace, added[0].id).status == DemandStatus.addressed
    done = stack.index()

    stack.setIndex(before_status)
    assert demands.get(workspace, added[0].id).status == DemandStatus.open
    stack.setIndex(after_add)
    row = demands.get(workspace, added[0].id)
    assert row.response == "" and row.root_cause is None
    assert page.findChild(TextBox, "demandResponse").toPlainText() == ""
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
    qtbot.keyClick(table(page), Qt.Key.Key_Delete)
    assert "Our buyers have no time for a new tool" not in all_demands(workspace, meeting_id)
    qtbot.keyClick(table(page), Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert "Our buyers have no time for a new tool" in all_demands(workspace, meeting_id)


def test_filters(qtbot, page: DemandsPage) -> None:
    assert len(shown_texts(page)) == 2
    choose(qtbot, page.findChild(QComboBox, "demandDepartmentFilter"), "Finance")
    assert shown_texts(page) == ["Monthly cost report"]
    choose(qtbot, page.findChild(QComboBox, "demandDepartmentFilter"), "All departments")
    choose(qtbot, page.findChild(QComboBox, "demandKindFilter"), "Objection")
    assert shown_texts(page) == ["Our buyers have no time for a new tool"]
    choose(qtbot, page.findChild(QComboBox, "demandKindFilter"), "All kinds")
    choose(qtbot, page.findChild(QComboBox, "demandStatusFilter"), "Addressed")
    assert shown_texts(page) == ["Monthly cost report"]


def test_delete_and_undo(qtbot, page: DemandsPage, workspace, meeting_id) -> None:
    select(qtbot, page, "Monthly cost report")
    qtbot.mouseClick(page.findChild(QPushButton, "deleteDemand"), Qt.MouseButton.LeftButton)
    assert "Monthly cost report" not in all_demands(workspace, meeting_id)
    page.context.undo_stack.undo()
    assert "Monthly cost report" in all_demands(workspace, meeting_id)
    assert "Monthly cost report" in shown_texts(page)


def test_objection_from_a_touchpoint_is_one_action(qtbot, page: DemandsPage, workspace,
                                                   meeting_id, parts) -> None:
    qtbot.mouseClick(page.findChild(QPushButton, "demandFromTouchpoint"),
                     Qt.MouseButton.LeftButton)
    picker = page.findChild(QDialog, "touchpointPicker")
    assert picker is not None and picker.isVisible()
    picks = picker.findChild(RowTable, "touchpointTable")
    rect = picks.visualRect(picks.model().index(0, 3))
    qtbot.mouseClick(picks.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    buttons = picker.findChild(QDialogButtonBox)
    qtbot.mouseClick(buttons.button(QDialogButtonBox.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)

    text = "Worried the rollout collides with the year-end close"
    raised = [d for d in demands.list_for(workspace, parts["Compras"]) if d.text == text]
    assert len(raised) == 1
    assert raised[0].kind == DemandKind.objection and raised[0].anticipated is False
    assert text in shown_texts(page)
    page.context.undo_stack.undo()      # one undo takes it all back
    assert text not in all_demands(workspace, meeting_id)
