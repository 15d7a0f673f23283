"""Undoing a person's second stance move gives the person their level back and leaves the
department's own stance as it was."""

from __future__ import annotations

from app.domain.enums import Engagement
from app.services import departments, engagement, meetings, participation, people
from app.storage import Workspace


def test_undoing_a_persons_move_restores_the_person_not_the_department(
        workspace: Workspace) -> None:
    meeting = meetings.create(workspace, title="Budget").id or 0
    finance = departments.create(workspace, name="Finance").id or 0
    part = participation.add(workspace, meeting, finance, engagement="neutral").id or 0
    ana = people.add(workspace, finance, name="Ana Ruiz").id
    engagement.set_level(workspace, part, "supportive", person_id=ana)
    move = engagement.set_level(workspace, part, "leading", person_id=ana)
    assert move is not None and move.stakeholder_made is None  # Ana's row was there
    engagement.undo_level(workspace, move)
    [ana_row] = engagement.stakeholders(workspace, part)
    assert ana_row.engagement is Engagement.supportive
    assert participation.get_part(workspace, part).engagement is Engagement.neutral
