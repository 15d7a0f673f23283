"""Our own team: the colleagues on the coordinator's side who can own a relationship.

One short list per workspace; a department's plan names its owner from it
(``participation.owner_id``; none: the coordinator). Deleting a colleague leaves
the departments they owned with the coordinator again (SET NULL), and undo restores both.
"""

from __future__ import annotations

from typing import Any

from sqlmodel import Session, col, select

from app.domain.models import TeamMember, TeamMemberBase
from app.i18n import _
from app.services._rows import (
    assign,
    get,
    merged,
    move_to,
    name_taken,
    next_position,
    validated,
)
from app.services.errors import InvalidInput
from app.services.trash import Snapshot, delete_row
from app.storage import Workspace


def _refuse_taken_name(session: Session, name: str, own_id: int | None) -> str:
    key, other = name_taken(session, TeamMember, name, own_id)
    if other is not None:
        raise InvalidInput.one("name", _("{name} is already on the team").format(name=other.name))
    return key


def add(workspace: Workspace, **values: Any) -> TeamMember:
    """Add a colleague at the end of the list; the name must be new to the team."""
    with workspace.session() as session:
        clean = validated(TeamMemberBase, values)
        key = _refuse_taken_name(session, clean["name"], None)
        member = TeamMember(**clean, name_key=key,
                            position=next_position(session, TeamMember))
        session.add(member)
        session.flush()
        return member


def update(workspace: Workspace, member_id: int, **changes: Any) -> TeamMember:
    """Rename a colleague or change their role."""
    with workspace.session() as session:
        member = get(session, TeamMember, member_id)
        clean = merged(TeamMemberBase, member, changes)
        member.name_key = _refuse_taken_name(session, clean["name"], member.id)
        assign(member, clean)
        session.add(member)
        return member


def delete(workspace: Workspace, member_id: int) -> Snapshot:
    """Take a colleague off the team; the snapshot undoes it, their departments included."""
    with workspace.session() as session:
        return delete_row(session, get(session, TeamMember, member_id))


def move(workspace: Workspace, member_id: int, index: int) -> None:
    with workspace.session() as session:
        member = get(session, TeamMember, member_id)
        move_to(session, member, _ordered(session), index)


def _ordered(session: Session) -> list[TeamMember]:
    return list(session.exec(select(TeamMember).order_by(
        col(TeamMember.position), col(TeamMember.id))).all())


def list_all(workspace: Workspace) -> list[TeamMember]:
    """The team in its kept order."""
    with workspace.session() as session:
        return _ordered(session)
