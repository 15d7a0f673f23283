"""The follow-up meeting: the next meeting created from a held one, linked rather than copied.

It carries over only what is still alive: the departments and their part (the
engagement they ended with becomes the engagement they start from), the actions still
open and the issues still unresolved, each linked to its original through
``carried_from_id``. Goals, demands, suggestions, agenda and decisions stay with
the meeting they belong to; the previous review is shown again, not copied.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlmodel import Session

from app.domain.enums import ActionStatus, MeetingStatus
from app.domain.models import (
    ActionItem,
    Meeting,
    MeetingBase,
    OpenIssue,
    Participation,
    Person,
    Review,
)
from app.i18n import N_, _, translator
from app.services import actions, engagement, open_issues, participation
from app.services._rows import get, ordered, validated
from app.services.errors import InvalidInput
from app.storage import Workspace

FOLLOWABLE = (MeetingStatus.held, MeetingStatus.closed)


@dataclass(frozen=True)
class PreviousLessons:
    """What the previous meeting's review says, for the next one's Goals step."""

    meeting_id: int
    title: str
    went_well: str
    lessons: str
    rating: int | None


def unresolved(issue: OpenIssue, sourced: list[ActionItem]) -> bool:
    """An issue stays unresolved unless an action taken from it is done and none is open."""
    statuses = {a.status for a in sourced if a.source_issue_id == issue.id}
    return ActionStatus.done not in statuses or ActionStatus.open in statuses


def _carry_parts(session: Session, source_id: int, target_id: int) -> set[int]:
    """Copy each department's part; the engagement it ended with is where it starts now."""
    carried = set()
    for part in ordered(session, Participation, meeting_id=source_id):
        carried_part = participation.rows.add_in(session, target_id, {
            "relationship": part.relationship,
            "serves_their_goals": part.serves_their_goals,
            "engagement": part.engagement,
            "engagement_at_start": part.engagement,
            "engagement_desired": part.engagement_desired,
            "decision_right": part.decision_right,
            "readiness": part.readiness,
            "private_notes": part.private_notes,
            # the plan goes on; its next date was for the meeting just held
            "owner_id": part.owner_id,
            "plan_channel": part.plan_channel,
            "cadence_days": part.cadence_days,
            "approach_order": part.approach_order,
            "approach_reason": part.approach_reason,
        }, department_id=part.department_id)
        engagement.copy_stakeholders(session, part.id or 0, carried_part.id or 0, restart=True)
        carried.add(part.department_id)
    return carried


def _carry_issues(session: Session, source_id: int, target_id: int,
                  sourced: list[ActionItem]) -> dict[int, int]:
    """Carry the unresolved issues; returns old issue id → new issue id."""
    new_ids: dict[int, int] = {}
    for issue in ordered(session, OpenIssue, meeting_id=source_id):
        if not unresolved(issue, sourced):
            continue
        row = open_issues.rows.add_in(session, target_id, {
            "text": issue.text, "follow_up": issue.follow_up, "due": issue.due,
        }, carried_from_id=issue.id)
        new_ids[issue.id or 0] = row.id or 0
    return new_ids


def _carry_actions(session: Session, target_id: int, sourced: list[ActionItem],
                   departments: set[int], issues: dict[int, int]) -> None:
    """Carry the open actions, keeping owner and department that are in the new meeting."""
    for action in sourced:
        if action.status != ActionStatus.open:
            continue
        owner = None if action.owner_id is None else session.get(Person, action.owner_id)
        values = {
            "text": action.text,
            "owner_id": owner.id if owner and owner.department_id in departments else None,
            "department_id": action.department_id if action.department_id in departments
            else None,
            "due": action.due,
            "status": ActionStatus.open,
            # a source inside the old meeting is dropped; an issue carried along is relinked
            "source_issue_id": issues.get(action.source_issue_id or 0),
        }
        actions.rows.add_in(session, target_id, values, carried_from_id=action.id)


def create_follow_up(workspace: Workspace, meeting_id: int, *, title: str | None = None) -> int:
    """Create the meeting that follows up a held (or closed) one; returns its id."""
    with workspace.session() as session:
        source = get(session, Meeting, meeting_id)
        if source.status not in FOLLOWABLE:
            raise InvalidInput.one("status", _(
                "Only a meeting that has been held can be followed up; "
                "mark it as held first."))
        if title is None:
            # the title belongs to the meeting, so it speaks the meeting's language
            title = translator(source.language)(N_("Follow-up: {title}")).format(title=source.title)
        clean = validated(MeetingBase, {
            "title": title, "language": source.language,
            "duration_minutes": source.duration_minutes, "location": source.location,
        })
        target = Meeting(**clean, previous_id=source.id)
        session.add(target)
        session.flush()
        target_id = target.id or 0
        departments = _carry_parts(session, meeting_id, target_id)
        sourced = ordered(session, ActionItem, meeting_id=meeting_id)
        issues = _carry_issues(session, meeting_id, target_id, sourced)
        _carry_actions(session, target_id, sourced, departments, issues)
        return target_id


def previous_lessons(workspace: Workspace, meeting_id: int) -> PreviousLessons | None:
    """The review of the meeting this one follows up, or None if it follows none."""
    with workspace.session() as session:
        meeting = get(session, Meeting, meeting_id)
        if meeting.previous_id is None:
            return None
        previous = session.get(Meeting, meeting.previous_id)
        if previous is None:
            return None
        review = session.get(Review, previous.id)
        return PreviousLessons(
            meeting_id=previous.id or 0, title=previous.title,
            went_well=review.went_well if review else "",
            lessons=review.lessons if review else "",
            rating=review.rating if review else None,
        )
