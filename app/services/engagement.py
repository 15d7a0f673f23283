"""Where a department or one of its people stands, must get to, and what they decide.

The current level changes only through :func:`set_level`, which writes the history row
in the same transaction; :func:`undo_level` takes both back. The first assessment of a
subject never assessed (unaware at the start and now, no history) is its start: it sets
the level at the start too, and its history row has no ``from_level``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlmodel import Session, col, select

from app.domain.enums import Engagement
from app.domain.models import (
    EngagementChange,
    Participation,
    Person,
    Stakeholder,
    StakeholderBase,
    Touchpoint,
)
from app.i18n import _
from app.services._rows import assign, get, merged, validated
from app.services.errors import InvalidInput
from app.services.trash import Snapshot, delete_row
from app.storage import Workspace

#: what a stakeholder row's edit may change; the current level goes through set_level
_EDITABLE = frozenset({"engagement_desired", "decision_right"})


@dataclass(frozen=True)
class EngagementMove:
    """What :func:`set_level` did, for the window and for :func:`undo_level`."""

    meeting_id: int
    participation_id: int
    #: None: the department as a whole
    person_id: int | None
    change_id: int
    before: Engagement
    start_before: Engagement
    #: the person's row in the meeting, made by this move (None: it was there)
    stakeholder_made: int | None = None
    #: the person's row whose level moved (None: the department's participation row)
    stakeholder_id: int | None = None


def _person_of(session: Session, part: Participation, person_id: int) -> Person:
    person = get(session, Person, person_id)
    if person.department_id != part.department_id:
        raise InvalidInput.one("person_id", _("must be one of this department's people"))
    return person


def stakeholder_in(session: Session, participation_id: int, person_id: int) -> Stakeholder | None:
    return session.exec(select(Stakeholder).where(
        Stakeholder.participation_id == participation_id,
        Stakeholder.person_id == person_id)).first()


def _has_history(session: Session, participation_id: int, person_id: int | None) -> bool:
    query = select(EngagementChange.id).where(
        EngagementChange.participation_id == participation_id)
    query = query.where(col(EngagementChange.person_id).is_(None) if person_id is None
                        else EngagementChange.person_id == person_id)
    return session.exec(query.limit(1)).first() is not None


def set_level(workspace: Workspace, participation_id: int, level: Engagement | str, *,
              person_id: int | None = None, day: date | None = None,
              touchpoint_id: int | None = None, note: str = "") -> EngagementMove | None:
    """Set the current engagement of a department (or of one of its people) and keep the move.

    ``touchpoint_id`` names the touchpoint that moved it (one of this department's).
    Returns None, writing nothing, when the level is already the current one.
    """
    try:
        new = Engagement(level)
    except ValueError:
        raise InvalidInput.one("engagement", _("must be one of the engagement levels")) from None
    with workspace.session() as session:
        part = get(session, Participation, participation_id)
        if touchpoint_id is not None and get(session, Touchpoint, touchpoint_id
                                              ).participation_id != participation_id:
            raise InvalidInput.one("touchpoint_id", _("must be a touchpoint of this department"))
        made = None
        subject: Participation | Stakeholder = part
        if person_id is not None:
            _person_of(session, part, person_id)
            found = stakeholder_in(session, participation_id, person_id)
            if found is None:
                found = Stakeholder(participation_id=participation_id, person_id=person_id)
                session.add(found)
                session.flush()
                made = found.id
            subject = found
        before, start_before = subject.engagement, subject.engagement_at_start
        if before == new and made is None:
            return None
        first = (before == start_before == Engagement.unaware
                 and not _has_history(session, participation_id, person_id))
        change = EngagementChange(
            participation_id=participation_id, person_id=person_id, date=day or date.today(),
            from_level=None if first else before, to_level=new,
            touchpoint_id=touchpoint_id, note=note)
        subject.engagement = new
        if first:
            subject.engagement_at_start = new
        session.add_all([subject, change])
        session.flush()
        assert change.id is not None
        return EngagementMove(
            part.meeting_id, participation_id, person_id, change.id, before, start_before,
            stakeholder_made=made,
            stakeholder_id=None if person_id is None else subject.id)


def undo_level(workspace: Workspace, move: EngagementMove) -> None:
    """Take a move back: its history row goes, the levels before come back."""
    with workspace.session() as session:
        change = session.get(EngagementChange, move.change_id)
        if change is not None:
            session.delete(change)
        if move.stakeholder_made is not None:
            made = session.get(Stakeholder, move.stakeholder_made)
            if made is not None:
                session.delete(made)
            return
        subject: Participation | Stakeholder = (
            get(session, Participation, move.participation_id) if move.stakeholder_id is None
            else get(session, Stakeholder, move.stakeholder_id))
        subject.engagement, subject.engagement_at_start = move.before, move.start_before
        session.add(subject)


def copy_stakeholders(session: Session, source_id: int, target_id: int, *,
                      restart: bool) -> None:
    """Give a department's part in another meeting the same people's parts (a copy, or a
    follow-up when ``restart``: where each person ended is where they start again)."""
    for row in session.exec(select(Stakeholder).where(
            Stakeholder.participation_id == source_id).order_by(col(Stakeholder.id))).all():
        values = row.model_dump(include=set(StakeholderBase.model_fields))
        if restart:
            values["engagement_at_start"] = row.engagement
        session.add(Stakeholder(**values, participation_id=target_id, person_id=row.person_id))


def add_stakeholder(workspace: Workspace, participation_id: int, person_id: int,
                    **values: Any) -> Stakeholder:
    """Give one of the department's people their own part in the meeting."""
    with workspace.session() as session:
        part = get(session, Participation, participation_id)
        _person_of(session, part, person_id)
        if stakeholder_in(session, participation_id, person_id) is not None:
            raise InvalidInput.one("person_id", _("this person already has a part here"))
        row = Stakeholder(**validated(StakeholderBase, values),
                          participation_id=participation_id, person_id=person_id)
        session.add(row)
        session.flush()
        return row


def update_stakeholder(workspace: Workspace, stakeholder_id: int, **changes: Any) -> Stakeholder:
    """Change a person's desired level or decision right (their current level: set_level)."""
    refused = sorted(set(changes) - _EDITABLE)
    if refused:
        raise InvalidInput.one(refused[0], _("changes only through the engagement history"))
    with workspace.session() as session:
        row = get(session, Stakeholder, stakeholder_id)
        assign(row, merged(StakeholderBase, row, changes))
        session.add(row)
        return row


def remove_stakeholder(workspace: Workspace, stakeholder_id: int) -> Snapshot:
    """Take a person's part out of the meeting (their history stays); the snapshot undoes it."""
    with workspace.session() as session:
        return delete_row(session, get(session, Stakeholder, stakeholder_id))


def stakeholders(workspace: Workspace, participation_id: int) -> list[Stakeholder]:
    with workspace.session() as session:
        return list(session.exec(select(Stakeholder).where(
            Stakeholder.participation_id == participation_id).order_by(
                col(Stakeholder.id))).all())
