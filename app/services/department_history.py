"""What a department did in every meeting it took part in: where it stood, what it objected
to and how that ended, what it suggested and whether it was taken, when we spoke."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import text

from app.domain.enums import (
    Channel,
    DemandKind,
    DemandStatus,
    Engagement,
    MeetingStatus,
    Readiness,
    SuggestionDecision,
)
from app.storage import Workspace


@dataclass(frozen=True)
class MeetingPart:
    """The department in one meeting: its engagement then and now, and how ready it was."""

    meeting_id: int
    title: str
    scheduled_at: datetime | None
    status: MeetingStatus
    engagement_at_start: Engagement
    engagement: Engagement
    readiness: Readiness


@dataclass(frozen=True)
class PastDemand:
    meeting_id: int
    kind: DemandKind
    text: str
    response: str
    status: DemandStatus


@dataclass(frozen=True)
class PastSuggestion:
    meeting_id: int
    text: str
    person: str
    decision: SuggestionDecision
    credit: bool


@dataclass(frozen=True)
class PastTouchpoint:
    meeting_id: int
    date: date
    channel: Channel
    person: str
    summary: str


@dataclass(frozen=True)
class DepartmentHistory:
    """Newest meeting first; each list in the meeting's order, touchpoints by date."""

    meetings: list[MeetingPart]
    demands: list[PastDemand]
    suggestions: list[PastSuggestion]
    touchpoints: list[PastTouchpoint]

    def of(self, meeting_id: int) -> tuple[list[PastDemand], list[PastSuggestion],
                                           list[PastTouchpoint]]:
        """The demands, suggestions and touchpoints of one meeting."""
        return ([d for d in self.demands if d.meeting_id == meeting_id],
                [s for s in self.suggestions if s.meeting_id == meeting_id],
                [t for t in self.touchpoints if t.meeting_id == meeting_id])


_MEETINGS = """
    SELECT m.id, m.title, m.scheduled_at, m.status, p.engagement_at_start, p.engagement,
           p.readiness,
           m.created_at
    FROM participation AS p JOIN meeting AS m ON m.id = p.meeting_id
    WHERE p.department_id = :department
"""
_DEMANDS = """
    SELECT p.meeting_id, d.kind, d.text, d.response, d.status
    FROM demand AS d JOIN participation AS p ON p.id = d.participation_id
    WHERE p.department_id = :department ORDER BY d.position, d.id
"""
_SUGGESTIONS = """
    SELECT p.meeting_id, s.text, coalesce(person.name, ''), s.decision, s.credit
    FROM suggestion AS s JOIN participation AS p ON p.id = s.participation_id
    LEFT JOIN person ON person.id = s.person_id
    WHERE p.department_id = :department ORDER BY s.position, s.id
"""
_TOUCHPOINTS = """
    SELECT p.meeting_id, t.date, t.channel, coalesce(person.name, ''), t.summary
    FROM touchpoint AS t JOIN participation AS p ON p.id = t.participation_id
    LEFT JOIN person ON person.id = t.person_id
    WHERE p.department_id = :department ORDER BY t.date, t.id
"""


def history(workspace: Workspace, department_id: int) -> DepartmentHistory:
    """Everything the workspace remembers of one department, in four reads."""
    values = {"department": department_id}
    with workspace.session() as session:
        connection = session.connection()

        def rows(sql: str) -> list[tuple[object, ...]]:
            return [tuple(row) for row in connection.execute(text(sql), values)]

        found = [(datetime.fromisoformat(str(when or created)), MeetingPart(
            int(str(mid)), str(title), datetime.fromisoformat(str(when)) if when else None,
            MeetingStatus(str(status)), Engagement(str(start)), Engagement(str(now)),
            Readiness(str(ready))))
            for mid, title, when, status, start, now, ready, created in rows(_MEETINGS)]
        # newest first, by the moment itself (the stored texts carry different offsets)
        meetings = [part for _when, part in sorted(found, key=lambda pair: pair[0],
                                                   reverse=True)]
        demands = [PastDemand(int(str(mid)), DemandKind(str(kind)), str(body), str(answer),
                              DemandStatus(str(status)))
                   for mid, kind, body, answer, status in rows(_DEMANDS)]
        suggestions = [PastSuggestion(int(str(mid)), str(body), str(person),
                                      SuggestionDecision(str(decision)), bool(credit))
                       for mid, body, person, decision, credit in rows(_SUGGESTIONS)]
        touchpoints = [PastTouchpoint(int(str(mid)), date.fromisoformat(str(day)),
                                      Channel(str(channel)), str(person), str(summary))
                       for mid, day, channel, person, summary in rows(_TOUCHPOINTS)]
    return DepartmentHistory(meetings, demands, suggestions, touchpoints)
