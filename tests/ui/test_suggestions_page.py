"""The Suggestions step, driven as a user drives it; the thanks follow every change."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLineEdit, QListWidget, QTabWidget

from app.domain.enums import SuggestionDecision
from app.services import people, suggestions
from app.storage import Workspace
from tests.ui.page_helpers import (
    add_departments,
    child,
    choose,
    click_text,
    show_page,
    shown,
    table,
    view_of,
)
from ui.forms import Check, Choice, ItemChoice, TextBox
from ui.models.suggestion_model import COL_TEXT, SuggestionModel
from ui.steps.step_parts import RowTable
from ui.steps.suggestions_page import SuggestionsPage


@pytest.fixture
def parts(workspace: Workspace, meeting_id: int) -> dict[str, int]:
    ids = add_departments(workspace, meeting_id)
    ids["begona"] = people.add(workspace, ids["Compras"], name="Begoña Ibáñez").id or 0
    ids["tom"] = people.add(workspace, ids["Finance"], name="Tom Reyes").id or 0
    ids["pilot"] = suggestions.add(
        workspace, ids["Compras_part"], text="Pilot with one region", person_id=ids["begona"],
        decision=SuggestionDecision.adopted, incorporation="We now start with one plant",
        credit=True).id or 0
    return ids


@pytest.fixture
def page(qtbot, workspace: Workspace, meeting_id: int,
         parts: dict[str, int]) -> SuggestionsPage:
    return show_page(qtbot, SuggestionsPage, workspace, meeting_id)


def suggestions_table(page: SuggestionsPage) -> RowTable:
    return table(page, "suggestions")


def shown_texts(page: SuggestionsPage) -> list[str]:
    return shown(suggestions_table(page), COL_TEXT)


def thanks(page: SuggestionsPage) -> list[str]:
    widget = child(page, QListWidget, "thanks_list")
    return [widget.item(i).text() for i in range(widget.count())] \
        if not widget.isHidden() else []


def select(qtbot, page: SuggestionsPage, text: str) -> None:
    click_text(qtbot, suggestions_table(page), COL_TEXT, text)


def test_model_passes_the_model_tester(qtmodeltester, workspace, meeting_id, parts) -> None:
    model = SuggestionModel()
    model.set_rows(view_of(workspace, meeting_id).suggestions)
    qtmodeltester.check(model)


def test_thanks_to_say(page: SuggestionsPage) -> None:
    assert thanks(page) == [
        "Thank Begoña Ibáñez (Compras) for: Pilot with one region — We now start with one plant"
    ]
    tabs = child(page, QTabWidget, "suggestion_tabs")
    assert tabs.tabText(1) == "Thanks to say in the meeting (1)"


def test_add_decide_credit_and_undo(qtbot, page: SuggestionsPage, workspace, parts) -> None:
    choose(qtbot, child(page, QComboBox, "new_suggestion_department"), "Finance")
    choose(qtbot, child(page, ItemChoice, "new_suggestion_person"), "Tom Reyes")
    qtbot.keyClicks(child(page, QLineEdit, "new_suggestion_text"), "Report savings monthly")
    qtbot.keyClick(child(page, QLineEdit, "new_suggestion_text"), Qt.Key.Key_Return)

    added = suggestions.list_for(workspace, parts["Finance_part"])
    assert [(s.text, s.person_id) for s in added] == [("Report savings monthly", parts["tom"])]
    row_id = added[0].id
    assert suggestions_table(page).current().id == row_id
    stack = page.context.undo_stack
    after_add = stack.index()

    choose(qtbot, child(page, Choice, "field_decision"), "Adapted")
    box = child(page, TextBox, "field_incorporation")
    box.setFocus()
    qtbot.keyClicks(box, "Quarterly, with the board pack")
    credit = child(page, Check, "field_credit")
    qtbot.mouseClick(credit, Qt.MouseButton.LeftButton)   # leaving the box saves it too

    saved = suggestions.get(workspace, row_id)
    assert saved.decision == SuggestionDecision.adapted
    assert saved.incorporation == "Quarterly, with the board pack"
    assert saved.credit is True
    assert ("Thank Tom Reyes (Finance) for: Report savings monthly — Quarterly, with the board "
            "pack") in thanks(page)
    assert stack.index() == after_add + 3                 # one step per field

    stack.undo()                                          # the credit
    assert suggestions.get(workspace, row_id).credit is False
    assert len(thanks(page)) == 1
    stack.setIndex(after_add)
    assert suggestions.get(workspace, row_id).decision == SuggestionDecision.pending
    stack.undo()
    assert suggestions.list_for(workspace, parts["Finance_part"]) == []
    stack.redo()
    assert suggestions.get(workspace, row_id).text == "Report savings monthly"


def test_declined_asks_why_and_leaves_the_thanks(qtbot, page: SuggestionsPage, workspace,
                                                 parts) -> None:
    select(qtbot, page, "Pilot with one region")
    choose(qtbot, child(page, Choice, "field_decision"), "Declined")
    assert suggestions.get(workspace, parts["pilot"]).decision == SuggestionDecision.declined
    assert thanks(page) == []
    incorporation = child(page, TextBox, "field_incorporation")
    assert incorporation.accessibleName() == "Why we declined it"   # the question follows
    assert suggestions_table(page).current().id == parts["pilot"]


def test_person_and_delete(qtbot, page: SuggestionsPage, workspace, parts) -> None:
    select(qtbot, page, "Pilot with one region")
    person = child(page, ItemChoice, "field_person_id")
    assert [person.itemText(i) for i in range(person.count())] == ["—", "Begoña Ibáñez"]
    choose(qtbot, person, "—")
    assert suggestions.get(workspace, parts["pilot"]).person_id is None
    assert thanks(page) == ["Thank Compras for: Pilot with one region — We now start with one "
                            "plant"]
    qtbot.mouseClick(suggestions_table(page).delete_button, Qt.MouseButton.LeftButton)
    assert suggestions.list_for(workspace, parts["Compras_part"]) == []
    page.context.undo_stack.undo()
    assert suggestions.get(workspace, parts["pilot"]).text == "Pilot with one region"
    assert shown_texts(page) == ["Pilot with one region"]
