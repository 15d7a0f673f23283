"""A department's part in one meeting: relationship, win-win, engagement, plan, readiness."""

from __future__ import annotations

from typing import Any

from sqlmodel import col, select

from app.domain.models import Department, Meeting, Participation, ParticipationBase
from app.i18n import _
from app.services._owned import OwnedRows
from app.services._rows import get
from app.services.errors import InvalidInput
from app.storage import Workspace

rows = OwnedRows(Participation, ParticipationBase, owner="meeting_id", colleagues=("owner_id",))
update = rows.update
remove = rows.delete
move = rows.move
get_part = rows.get
list_for = rows.list_for


def add(workspace: Workspace, meeting_id: int, department_id: int, **values: Any) -> Participation:
    """Bring a department profile into a meeting."""
    with workspace.session() as session:
        get(session, Meeting, meeting_id)
        get(session, Department, department_id)
        taken = session.exec(select(Participation).where(
            Participation.meeting_id == meeting_id, Participation.department_id == department_id
        )).first()
        if taken is not None:
            raise InvalidInput.one("department_id", _("this department already takes part"))
        return rows.add_in(session, meeting_id, values, department_id=department_id)


def list_with_departments(
    workspace: Workspace, meeting_id: int
) -> list[tuple[Participation, Department]]:
    """The meeting's departments in order, each with its profile (one query)."""
    with workspace.session() as session:
        query = (select(Participation, Department)
                 .join(Department, col(Department.id) == Participation.department_id)
                 .where(Participation.meeting_id == meeting_id)
                 .order_by(col(Participation.position), col(Participation.id)))
        return [(p, d) for p, d in session.exec(query).all()]
