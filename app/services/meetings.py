"""Meetings: create, edit, delete and list the initiatives of a workspace."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlmodel import col, select

from app.domain.enums import Language, MeetingStatus
from app.domain.models import (
    Goal,
    GoalBase,
    Meeting,
    MeetingBase,
    Participation,
    ParticipationBase,
)
from app.i18n import _
from app.services import engagement, goals, participation
from app.services._rows import assign, get, merged, ordered, validated
from app.services.trash import Snapshot, delete_row
from app.storage import Workspace


@dataclass(frozen=True)
class MeetingSummary:
    """One line of the meetings list."""

    id: int
    title: str
    scheduled_at: datetime | None
    status: MeetingStatus
    language: Language


def create(workspace: Workspace, **values: Any) -> Meeting:
    """Add a meeting; ``title`` is required."""
    clean = validated(MeetingBase, values)
    with workspace.session() as session:
        meeting = Meeting(**clean)
        session.add(meeting)
        session.flush()
        return meeting


def update(workspace: Workspace, meeting_id: int, **changes: Any) -> Meeting:
    """Change some of a meeting's fields."""
    with workspace.session() as session:
        meeting = get(session, Meeting, meeting_id)
        assign(meeting, merged(MeetingBase, meeting, changes))
        session.add(meeting)
        return meeting


def get_meeting(workspace: Workspace, meeting_id: int) -> Meeting:
    with workspace.session() as session:
        return get(session, Meeting, meeting_id)


def duplicate(workspace: Workspace, meeting_id: int, *, title: str | None = None) -> Meeting:
    """A copy of a meeting to prepare a similar one: its fields, goals and departments.

    The departments keep their part (relationship, win-win, engagement, decision rights,
    plan, readiness), their people theirs;
    touchpoints, demands, suggestions and everything after the meeting stay with
    the original. One transaction: a failure leaves the workspace as it was.
    """
    with workspace.session() as session:
        source = get(session, Meeting, meeting_id)
        fields = source.model_dump(include=set(MeetingBase.model_fields))
        fields["title"] = (_("Copy of {title}").format(title=source.title)
                           if title is None else title)
        copy = Meeting(**validated(MeetingBase, fields))
        session.add(copy)
        session.flush()
        copy_id = copy.id or 0
        for goal in ordered(session, Goal, meeting_id=meeting_id):
            goals.rows.add_in(session, copy_id, goal.model_dump(
                include=set(GoalBase.model_fields)))
        for part in ordered(session, Participation, meeting_id=meeting_id):
            copied = participation.rows.add_in(session, copy_id, part.model_dump(
                include=set(ParticipationBase.model_fields)), department_id=part.department_id)
            engagement.copy_stakeholders(session, part.id or 0, copied.id or 0, restart=False)
        return copy


def delete(workspace: Workspace, meeting_id: int) -> Snapshot:
    """Delete a meeting and everything that belongs only to it (profiles stay)."""
    with workspace.session() as session:
        return delete_row(session, get(session, Meeting, meeting_id))


def _sort_key(summary: MeetingSummary) -> tuple[int, float, str]:
    # dated meetings first, by instant; undated ones after, by title
    if summary.scheduled_at is None:
        return (1, 0.0, summary.title.casefold())
    moment = summary.scheduled_at
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return (0, moment.timestamp(), summary.title.casefold())


def list_summaries(workspace: Workspace) -> list[MeetingSummary]:
    """Every meeting, soonest first, undated ones last."""
    with workspace.session() as session:
        rows = session.exec(select(Meeting).order_by(col(Meeting.id))).all()
        summaries = [
            MeetingSummary(m.id or 0, m.title, m.scheduled_at, m.status, m.language) for m in rows
        ]
    return sorted(summaries, key=_sort_key)


def find(workspace: Workspace, key: str) -> list[Meeting]:
    """Meetings whose ID is ``key``, or else whose title is exactly ``key``."""
    with workspace.session() as session:
        if key.strip().isdigit():
            meeting = session.get(Meeting, int(key))
            if meeting is not None:
                return [meeting]
        return list(session.exec(select(Meeting).where(Meeting.title == key)).all())
