"""A department's history shows each meeting, demand, suggestion and touchpoint whole: the
person named, the moment and the states as stored, the undated meeting by when it was made."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

from app.domain.enums import (
    Channel,
    DemandKind,
    DemandStatus,
    Engagement,
    MeetingStatus,
    Readiness,
    SuggestionDecision,
)
from app.services import (
    demands,
    department_history,
    departments,
    meetings,
    participation,
    people,
    suggestions,
    touchpoints,
)
from app.services.department_history import (
    MeetingPart,
    PastDemand,
    PastSuggestion,
    PastTouchpoint,
)
from app.storage import Workspace

SHANGHAI = timezone(timedelta(hours=8))


def test_every_row_is_shown_whole_and_meetings_newest_moment_first(
        workspace: Workspace) -> None:
    finance = departments.create(workspace, name="Finance").id or 0
    chen = people.add(workspace, finance, name="Chen Jing").id or 0
    # 09:00 in Shanghai is before 02:00 in London the same day; made in the other order
    late = meetings.create(workspace, title="Late", status=MeetingStatus.closed,
                           scheduled_at=datetime(2020, 11, 1, 2, 0, tzinfo=UTC)).id or 0
    early = meetings.create(workspace, title="Early", status=MeetingStatus.held,
                            scheduled_at=datetime(2020, 11, 1, 9, 0, tzinfo=SHANGHAI)).id or 0
    undated = meetings.create(workspace, title="Undated").id or 0
    early_part = participation.add(
        workspace, early, finance, engagement_at_start=Engagement.resistant,
        engagement=Engagement.supportive, readiness=Readiness.aligned).id or 0
    participation.add(workspace, late, finance, readiness=Readiness.contacted)
    participation.add(workspace, undated, finance)
    demands.add(workspace, early_part, text="Two analysts", kind=DemandKind.risk,
                response="Borrow one", status=DemandStatus.addressed)
    suggestions.add(workspace, early_part, text="Monthly gates", person_id=chen,
                    decision=SuggestionDecision.declined)
    touchpoints.add(workspace, early_part, date=date(2020, 10, 2), channel=Channel.email,
                    person_id=chen, summary="Sent the plan")

    found = department_history.history(workspace, finance)

    assert [m.title for m in found.meetings] == ["Undated", "Late", "Early"]
    assert found.meetings[2] == MeetingPart(
        early, "Early", datetime(2020, 11, 1, 9, 0, tzinfo=SHANGHAI), MeetingStatus.held,
        Engagement.resistant, Engagement.supportive, Readiness.aligned)
    assert (found.meetings[1].status, found.meetings[1].readiness) == (
        MeetingStatus.closed, Readiness.contacted)
    assert found.meetings[0].scheduled_at is None
    assert found.of(early) == (
        [PastDemand(early, DemandKind.risk, "Two analysts", "Borrow one",
                    DemandStatus.addressed)],
        [PastSuggestion(early, "Monthly gates", "Chen Jing", SuggestionDecision.declined,
                        False)],
        [PastTouchpoint(early, date(2020, 10, 2), Channel.email, "Chen Jing", "Sent the plan")])
