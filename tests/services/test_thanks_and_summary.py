"""Thank-you notes for the suggestions we took, and the leader's summary as plain text."""

from __future__ import annotations

from datetime import date

from app.domain.enums import ActionStatus, SuggestionDecision
from app.services import (
    actions,
    decisions,
    demo,
    departments,
    open_issues,
    participation,
    people,
    review,
    suggestions,
    summary_text,
    thanks,
)
from app.storage import Workspace


def test_one_note_per_person_for_what_we_took_never_for_the_rest(workspace: Workspace,
                                                                  meeting_id: int) -> None:
    finance = departments.create(workspace, name="Finance").id or 0
    part = participation.add(workspace, meeting_id, department_id=finance).id or 0
    ana = people.add(workspace, finance, name="Ana Ruiz").id
    for text, decision, how in [
            ("Quarterly gates", SuggestionDecision.adopted, "Gates each quarter"),
            ("Pilot in one plant", SuggestionDecision.adapted, ""),
            ("Skip the audit", SuggestionDecision.declined, "Not allowed"),
            ("Hire a PMO", SuggestionDecision.pending, "")]:
        suggestions.add(workspace, part, text=text, decision=decision, incorporation=how,
                        person_id=ana)
    suggestions.add(workspace, part, text="Shared dashboard",
                    decision=SuggestionDecision.adopted)

    notes = thanks.thank_you_notes(workspace, meeting_id)

    assert [(n.name, len(n.suggestion_ids), n.thanked_on) for n in notes] == [
        ("Ana Ruiz", 2, None), ("Finance", 1, None)]
    assert [n.department for n in notes] == ["Finance", "Finance"]
    assert notes[0].note.splitlines() == [
        "Dear Ana Ruiz,", "",
        "thank you for what you suggested for “Customer data platform”:", "",
        "• Quarterly gates", "  We adopted it: Gates each quarter",
        "• Pilot in one plant", "  We adopted it in an adapted form.", "",
        "It made the plan better. Thank you for your help."]
    before = thanks.mark_thanked(workspace, dict.fromkeys(notes[0].suggestion_ids,
                                                          date(2026, 12, 5)))
    assert set(before.values()) == {None}
    assert thanks.thank_you_notes(workspace, meeting_id)[0].thanked_on == date(2026, 12, 5)
    thanks.mark_thanked(workspace, before)
    assert thanks.thank_you_notes(workspace, meeting_id)[0].thanked_on is None


def test_a_note_is_in_the_meetings_language(workspace: Workspace) -> None:
    demo.load_demo(workspace)  # meeting 1 is in Spanish
    note = thanks.thank_you_notes(workspace, 1)[0].note
    assert note.startswith("Hola, Álvaro Marín:\n\nGracias por lo que propusiste para «"), note


def test_the_summary_has_decisions_actions_issues_and_lessons_only(
        workspace: Workspace, meeting_id: int) -> None:
    decisions.add(workspace, meeting_id, text="Go live in March")
    actions.add(workspace, meeting_id, text="Send the contract", due=date(2026, 11, 30))
    done = actions.add(workspace, meeting_id, text="Book the room")
    actions.update(workspace, done.id or 0, status=ActionStatus.done)
    open_issues.add(workspace, meeting_id, text="Who pays?", follow_up="Ask the CFO")
    review.save(workspace, meeting_id, lessons="Meet Legal earlier.",
                went_well="Dana was difficult but came round.")

    text = summary_text.summary(workspace, meeting_id, today=date(2026, 12, 3))

    assert text.splitlines() == [
        "Customer data platform", "Preparing", "",
        "Decisions", "• Go live in March", "",
        "Action items", "• Send the contract (due 30 Nov 2026, Overdue)",
        "• Book the room (Done)", "",
        "Unresolved issues", "• Who pays? — Ask the CFO", "",
        "Lessons", "Meet Legal earlier."]
    assert "Dana" not in text  # the coordinator's notes stay with the coordinator
