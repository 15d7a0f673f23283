"""The Suggestions step, driven as a user drives it; the thanks follow every change."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLineEdit, QListWidget, QPushButton

from app.domain.enums import SuggestionDecision
from app.services import departments, participation, people, suggestions
from app.storage import Workspace
from ui.context import AppContext
from ui.forms import Check, Choice, ItemChoice, TextBox
from ui.models.meeting_view import load
from ui.models.suggestion_model import COL_TEXT, SuggestionModel
from ui.steps.row_table import RowTable
from ui.steps.suggestions_page import SuggestionsPage


@pytest.fixture
def parts(workspace: Workspace, meeting_id: int) -> dict[str, int]:
    ids: dict[str, int] = {}
    for name in ("Compras", "Finance"):
        dept = departments.create(workspace, name=name)
        ids[name] = participation.add(workspace, meeting_id, dept.id).id or 0
        ids[name + "_dept"] = dept.id or 0
    ids["begona"] = people.add(workspace, ids["Compras_dept"], name="Begoña Ibáñez").id or 0
    ids["tom"] = people.add(workspace, ids["Finance_dept"], name="Tom Reyes").id or 0
    ids["pilot"] = suggestions.add(
        workspace, ids["Compras"], text="Pilot with one region", person_id=ids["begona"],
        decision=SuggestionDecision.adopted, incorporation="We now start with one plant",
        credit=True).id or 0
    return ids


@pytest.fixture
def page(qtbot, workspace: Workspace, meeting_id: int,
         parts: dict[str, int]) -> Iterator[SuggestionsPage]:
    context = AppContext(workspace)
    page = SuggestionsPage(context)
    qtbot.addWidget(page)
    page.set_meeting(meeting_id)
    page.resize(1280, 800)
    page.show()
    yield page


def table(page: SuggestionsPage) -> RowTable:
    return page.findChild(RowTable, "suggestionsTable")


def shown_texts(page: SuggestionsPage) -> list[str]:
    model = table(page).model()
    return [model.index(r, COL_TEXT).data() for r in range(model.rowCount())]


def thanks(page: SuggestionsPage) -> list[str]:
    widget = page.findChild(QListWidget, "thanksList")
    return [widget.item(i).text() for i in range(widget.count())] if widget.isVisible() else []


def choose(qtbot, combo: QComboBox, text: str) -> None:
    combo.setFocus()
    target = combo.findText(text)
    assert target >= 0, text
    while combo.currentIndex() != target:
        key = Qt.Key.Key_Down if combo.currentIndex() < target else Qt.Key.Key_Up
        qtbot.keyClick(combo, key)


def select(qtbot, page: SuggestionsPage, text: str) -> None:
    view = table(page)
    rect = view.visualRect(view.model().index(shown_texts(page).index(text), COL_TEXT))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_model_passes_the_model_tester(qtmodeltester, workspace, meeting_id, parts) -> None:
    model = SuggestionModel()
    model.set_rows(load(workspace, meeting_id).suggestions)
    qtmodeltester.check(model)


def test_thanks_to_say(page: SuggestionsPage) -> None:
    assert thanks(page) == [
        "Thank Begoña Ibáñez (Compras) for: Pilot with one region — We now start with one plant"
    ]


def test_add_decide_credit_and_undo(qtbot, page: SuggestionsPage, workspace, parts) -> None:
    choose(qtbot, page.findChild(QComboBox, "newSuggestionDepartment"), "Finance")
    choose(qtbot, page.findChild(ItemChoice, "newSuggestionPerson"), "Tom Reyes")
    qtbot.keyClicks(page.findChild(QLineEdit, "newSuggestionText"), "Report savings monthly")
    qtbot.keyClick(page.findChild(QLineEdit, "newSuggestionText"), Qt.Key.Key_Return)

    added = suggestions.list_for(workspace, parts["Finance"])
    assert [(s.text, s.person_id) for s in added] == [("Report savings monthly", parts["tom"])]
    row_id = added[0].id
    assert table(page).selected_row().id == row_id
    stack = page.context.undo_stack
    after_add = stack.index()

    choose(qtbot, page.findChild(Choice, "suggestionDecision"), "Adapted")
    box = page.findChild(TextBox, "suggestionIncorporation")
    box.setFocus()
    qtbot.keyClicks(box, "Quarterly, with the board pack")
    credit = page.findChild(Check, "suggestionCredit")
    qtbot.mouseClick(credit, Qt.MouseButton.LeftButton)   # leaving the box saves it too

    saved = suggestions.get(workspace, row_id)
    assert saved.decision == SuggestionDecision.adapted
    assert saved.incorporation == "Quarterly, with the board pack"
    assert saved.credit is True
    assert ("Thank Tom Reyes (Finance) for: Report savings monthly — Quarterly, with the board "
            "pack") in thanks(page)

    stack.undo()                                          # the credit
    assert suggestions.get(workspace, row_id).credit is False
    assert len(thanks(page)) == 1
    stack.setIndex(after_add)
    assert suggestions.get(workspace, row_id).decision == SuggestionDecision.pending
    stack.undo()
    assert suggestions.list_for(workspace, parts["Finance"]) == []
    stack.redo()
    assert suggestions.get(workspace, row_id).text == "Report savings monthly"


def test_declined_asks_why_and_leaves_the_thanks(qtbot, page: SuggestionsPage, workspace,
                                                 parts) -> None:
    select(qtbot, page, "Pilot with one region")
    choose(qtbot, page.findChild(Choice, "suggestionDecision"), "Declined")
    assert suggestions.get(workspace, parts["pilot"]).decision == SuggestionDecision.declined
    assert thanks(page) == []
    incorporation = page.findChild(TextBox, "suggestionIncorporation")
    assert incorporation.accessibleName() == "Why we declined it"   # the question follows
    assert page.findChild(RowTable, "suggestionsTable").selected_row().id == parts["pilot"]


def test_person_and_delete(qtbot, page: SuggestionsPage, workspace, parts) -> None:
    select(qtbot, page, "Pilot with one region")
    person = page.findChild(ItemChoice, "suggestionPerson")
    assert [person.itemText(i) for i in range(person.count())] == ["—", "Begoña Ibáñez"]
    choose(qtbot, person, "—")
    assert suggestions.get(workspace, parts["pilot"]).person_id is None
    assert thanks(page) == ["Thank Compras for: Pilot with one region — We now start with one "
                            "plant"]
    qtbot.mouseClick(page.findChild(QPushButton, "deleteSuggestion"), Qt.MouseButton.LeftButton)
    assert suggestions.list_for(workspace, parts["Compras"]) == []
    page.context.undo_stack.undo()
    assert suggestions.get(workspace, parts["pilot"]).text == "Pilot with one region"
    assert shown_texts(page) == ["Pilot with one region"]
