"""Department profiles, shared by every meeting of the workspace."""

from __future__ import annotations

from typing import Any

from sqlmodel import Session, col, select

from app.domain.models import Department, DepartmentBase, Meeting, Participation
from app.domain.rules import name_key
from app.i18n import _
from app.services._rows import assign, get, merged, name_taken, validated
from app.services.errors import InUse, InvalidInput
from app.services.trash import Snapshot, delete_row
from app.storage import Workspace


def _refuse_taken_name(session: Session, name: str, own_id: int | None) -> str:
    key, other = name_taken(session, Department, name, own_id)
    if other is not None:
        raise InvalidInput.one(
            "name", _("a department named {name} already exists").format(name=other.name)
        )
    return key


def create_in(session: Session, values: dict[str, Any]) -> Department:
    """Create a profile within an open transaction."""
    clean = validated(DepartmentBase, values)
    key = _refuse_taken_name(session, clean["name"], None)
    department = Department(**clean, name_key=key)
    session.add(department)
    session.flush()
    return department


def create(workspace: Workspace, **values: Any) -> Department:
    """Add a profile; the name must be new to the workspace (ignoring case and spaces)."""
    with workspace.session() as session:
        return create_in(session, values)


def update(workspace: Workspace, department_id: int, **changes: Any) -> Department:
    """Edit a profile: the change shows in every meeting that uses it."""
    with workspace.session() as session:
        department = get(session, Department, department_id)
        clean = merged(DepartmentBase, department, changes)
        department.name_key = _refuse_taken_name(session, clean["name"], department.id)
        assign(department, clean)
        session.add(department)
        return department


def get_department(workspace: Workspace, department_id: int) -> Department:
    with workspace.session() as session:
        return get(session, Department, department_id)


def find_by_name(session: Session, name: str) -> Department | None:
    return session.exec(select(Department).where(Department.name_key == name_key(name))).first()


def list_all(workspace: Workspace) -> list[Department]:
    """Every profile of the workspace, by name."""
    with workspace.session() as session:
        rows = list(session.exec(select(Department)).all())
    return sorted(rows, key=lambda d: d.name_key)


def meetings_using(workspace: Workspace, department_id: int) -> list[str]:
    """Titles of the meetings a profile takes part in."""
    with workspace.session() as session:
        query = (select(Meeting.title)
                 .join(Participation, col(Participation.meeting_id) == Meeting.id)
                 .where(Participation.department_id == department_id).order_by(Meeting.title))
        return list(session.exec(query).all())


def delete(workspace: Workspace, department_id: int) -> Snapshot:
    """Delete a profile no meeting uses; one in use is refused, naming the meetings."""
    users = meetings_using(workspace, department_id)
    with workspace.session() as session:
        department = get(session, Department, department_id)
        if users:
            raise InUse(
                _("{name} takes part in {meetings}; remove it from those meetings first.").format(
                    name=department.name, meetings=", ".join(users)
                ),
                users,
            )
        return delete_row(session, department)
