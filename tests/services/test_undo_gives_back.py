"""What Undo puts back: the day a thank-you was sent before, a cleared review whole (clearing
none changes nothing), and a deleted meeting with the links between its rows."""

from __future__ import annotations

from datetime import date

from app.domain.enums import SuggestionDecision
from app.services import (
    actions,
    agenda,
    demands,
    departments,
    meetings,
    participation,
    people,
    review,
    suggestions,
    thanks,
    trash,
)
from app.storage import Workspace


def test_undoing_a_new_thank_you_day_restores_the_earlier_one(workspace: Workspace,
                                                              meeting_id: int) -> None:
    finance = departments.create(workspace, name="Finance").id or 0
    part = participation.add(workspace, meeting_id, finance).id or 0
    taken = suggestions.add(workspace, part, text="Quarterly gates",
                            decision=SuggestionDecision.adopted).id or 0
    thanks.mark_thanked(workspace, {taken: date(2026, 12, 5)})
    before = thanks.mark_thanked(workspace, {taken: date(2026, 12, 7)})
    assert thanks.thank_you_notes(workspace, meeting_id)[0].thanked_on == date(2026, 12, 7)
    thanks.mark_thanked(workspace, before)
    assert thanks.thank_you_notes(workspace, meeting_id)[0].thanked_on == date(2026, 12, 5)


def test_a_cleared_review_comes_back_whole_and_clearing_none_changes_nothing(
        workspace: Workspace, meeting_id: int) -> None:
    assert review.clear(workspace, meeting_id) is None
    review.save(workspace, meeting_id, lessons="Meet Legal earlier.", went_well="Dana agreed.")
    snapshot = review.clear(workspace, meeting_id)
    assert review.get_review(workspace, meeting_id) is None
    assert snapshot is not None
    trash.restore(workspace, snapshot)
    back = review.get_review(workspace, meeting_id)
    assert back is not None
    assert (back.lessons, back.went_well) == ("Meet Legal earlier.", "Dana agreed.")
    review.save(workspace, meeting_id, went_well="Dana came round.")
    back = review.get_review(workspace, meeting_id)
    assert back is not None
    assert (back.lessons, back.went_well) == ("Meet Legal earlier.", "Dana came round.")


def test_undoing_a_meeting_delete_gives_back_each_actions_source_and_presenter(
        workspace: Workspace, meeting_id: int) -> None:
    finance = departments.create(workspace, name="Finance").id or 0
    part = participation.add(workspace, meeting_id, finance).id or 0
    ana = people.add(workspace, finance, name="Ana").id
    objection = demands.add(workspace, part, text="No staff in March").id
    action = actions.add(workspace, meeting_id, text="Hire a temp",
                         source_demand_id=objection).id or 0
    item = agenda.add(workspace, meeting_id, title="Staffing", presenter_id=ana).id or 0
    trash.restore(workspace, meetings.delete(workspace, meeting_id))
    assert actions.get(workspace, action).source_demand_id == objection
    assert agenda.get(workspace, item).presenter_id == ana
    assert [d.text for d in demands.list_for(workspace, part)] == ["No staff in March"]
