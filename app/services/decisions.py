"""Decisions taken in the meeting, and the departments that agreed to each."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from typing import Any

from sqlmodel import Session, col, delete, select

from app.domain.models import Decision, DecisionAgreement, DecisionBase
from app.i18n import _
from app.services import _refs
from app.services._owned import OwnedRows
from app.services._rows import get
from app.services.errors import InvalidInput
from app.storage import Workspace

rows = OwnedRows(Decision, DecisionBase, owner="meeting_id")
update = rows.update
delete_decision = rows.delete
move = rows.move
list_for = rows.list_for


def _set_agreement(session: Session, decision: Decision, department_ids: Iterable[int]) -> None:
    wanted = list(dict.fromkeys(department_ids))
    taking_part = _refs.department_ids(session, decision.meeting_id)
    if any(d not in taking_part for d in wanted):
        raise InvalidInput.one("agreed_by", _("must be departments in this meeting"))
    session.exec(delete(DecisionAgreement).where(
        col(DecisionAgreement.decision_id) == decision.id))
    for position, department_id in enumerate(wanted):
        session.add(DecisionAgreement(decision_id=decision.id or 0,
                                      department_id=department_id, position=position))


def add(workspace: Workspace, meeting_id: int, agreed_by: Iterable[int] = (),
        **values: Any) -> Decision:
    """Record a decision and who agreed to it."""
    with workspace.session() as session:
        decision = rows.add_in(session, meeting_id, values)
        _set_agreement(session, decision, agreed_by)
        return decision


def set_agreed_by(workspace: Workspace, decision_id: int, department_ids: Iterable[int]) -> None:
    """Replace the list of departments that agreed to a decision."""
    with workspace.session() as session:
        _set_agreement(session, get(session, Decision, decision_id), department_ids)


def agreed_by(workspace: Workspace, meeting_id: int) -> dict[int, list[int]]:
    """For each decision of the meeting, the departments that agreed, in order."""
    with workspace.session() as session:
        query = (select(DecisionAgreement)
                 .join(Decision, col(Decision.id) == DecisionAgreement.decision_id)
                 .where(Decision.meeting_id == meeting_id)
                 .order_by(col(DecisionAgreement.decision_id), col(DecisionAgreement.position)))
        result: dict[int, list[int]] = defaultdict(list)
        for agreement in session.exec(query).all():
            result[agreement.decision_id].append(agreement.department_id)
        return dict(result)
