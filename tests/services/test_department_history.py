"""A department's history across meetings: stances, demands, suggestions, touchpoints."""

from __future__ import annotations

from datetime import date

from app.domain.enums import DemandStatus, Engagement, SuggestionDecision
from app.services import (
    demands,
    department_history,
    departments,
    meetings,
    participation,
    suggestions,
    touchpoints,
)
from app.storage import Workspace


def test_every_meeting_newest_first_with_what_it_said(workspace: Workspace) -> None:
    finance = departments.create(workspace, name="Finance").id or 0
    old = meetings.create(workspace, title="Budget 2026",
                          scheduled_at="2025-11-01T10:00:00+01:00").id or 0
    new = meetings.create(workspace, title="Budget 2027",
                          scheduled_at="2026-11-01T10:00:00+08:00").id or 0
    other = departments.create(workspace, name="Sales").id or 0
    old_part = participation.add(workspace, old, department_id=finance,
                                 engagement_at_start=Engagement.resistant,
                                 engagement=Engagement.neutral)
    new_part = participation.add(workspace, new, department_id=finance)
    sales_part = participation.add(workspace, new, department_id=other)
    demands.add(workspace, old_part.id or 0, text="No new headcount", kind="objection",
                response="Phase the hiring", status=DemandStatus.addressed)
    demands.add(workspace, sales_part.id or 0, text="Not ours", kind="demand")
    suggestions.add(workspace, old_part.id or 0, text="Quarterly gates",
                    decision=SuggestionDecision.adopted, credit=True)
    touchpoints.add(workspace, old_part.id or 0, date=date(2025, 10, 20), channel="call",
                    summary="Second call")
    touchpoints.add(workspace, old_part.id or 0, date=date(2025, 10, 1), channel="meeting",
                    summary="First talk")

    found = department_history.history(workspace, finance)

    assert [m.title for m in found.meetings] == ["Budget 2027", "Budget 2026"]
    assert (found.meetings[1].engagement_at_start, found.meetings[1].engagement) == (
        Engagement.resistant, Engagement.neutral)
    old_demands, old_suggestions, old_touches = found.of(old)
    assert [(d.text, d.response, d.status) for d in old_demands] == [
        ("No new headcount", "Phase the hiring", DemandStatus.addressed)]
    assert [(s.text, s.decision, s.credit) for s in old_suggestions] == [
        ("Quarterly gates", SuggestionDecision.adopted, True)]
    assert [t.summary for t in old_touches] == ["First talk", "Second call"]
    assert found.of(new) == ([], [], [])
    assert new_part.id
