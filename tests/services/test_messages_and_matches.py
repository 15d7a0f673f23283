"""Refusals and found text as the user reads them: a follow-up of a meeting not held, an agenda
item with two presenters, a thank-you for an adapted idea, and the word that a search found at
the very start of a text."""

from __future__ import annotations

import pytest

from app.domain.enums import SuggestionDecision
from app.services import (
    agenda,
    departments,
    follow_up,
    goals,
    participation,
    people,
    search,
    suggestions,
    thanks,
)
from app.services.errors import InvalidInput, problem_text
from app.storage import Workspace


def test_a_meeting_not_held_cannot_be_followed_up(workspace: Workspace, meeting_id: int) -> None:
    with pytest.raises(InvalidInput) as caught:
        follow_up.create_follow_up(workspace, meeting_id)
    assert [problem_text(p) for p in caught.value.problems] == [
        "Only a meeting that has been held can be followed up; mark it as held first."]


def test_an_agenda_item_presented_by_both_is_refused(workspace: Workspace,
                                                     meeting_id: int) -> None:
    finance = departments.create(workspace, name="Finance").id or 0
    participation.add(workspace, meeting_id, finance)
    ana = people.add(workspace, finance, name="Ana").id
    with pytest.raises(InvalidInput) as caught:
        agenda.add(workspace, meeting_id, title="Budget", presenter_id=ana,
                   presenter_is_coordinator=True)
    assert [(p.field, p.message) for p in caught.value.problems] == [
        ("presenter_id", "choose the coordinator or a person as presenter, not both")]
    assert agenda.list_for(workspace, meeting_id) == []


def test_a_thank_you_for_an_adapted_idea_says_how_it_was_adapted(
        workspace: Workspace, meeting_id: int) -> None:
    finance = departments.create(workspace, name="Finance").id or 0
    part = participation.add(workspace, meeting_id, finance).id or 0
    suggestions.add(workspace, part, text="Pilot in one plant",
                    decision=SuggestionDecision.adapted, incorporation="In two  plants\nfirst")
    [note] = thanks.thank_you_notes(workspace, meeting_id)
    assert "  We adopted it in an adapted form: In two plants first" in note.note.splitlines()


def test_a_word_at_the_start_of_a_text_is_marked_where_it_stands(
        workspace: Workspace, meeting_id: int) -> None:
    goals.add(workspace, meeting_id, statement="Reconciliation in three days")
    [hit] = [h for h in search.search(workspace, "reconciliation") if h.kind == "goal"]
    assert hit.snippet == "Reconciliation in three days"
    assert hit.match == (0, len("reconciliation"))


def test_three_chinese_characters_are_found_inside_a_longer_run(
        workspace: Workspace, meeting_id: int) -> None:
    goals.add(workspace, meeting_id, statement="减少人工对账")
    found = [h for h in search.search(workspace, "人工对") if h.kind == "goal"]
    assert [h.snippet for h in found] == ["减少人工对账"]
    assert found[0].match == (2, 3)
