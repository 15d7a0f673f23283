"""Our own team: a short list of colleagues, one of whom may own a department's plan."""

from __future__ import annotations

import pytest

from app.services import departments, meetings, participation, team, trash
from app.services.errors import InvalidInput
from app.storage import Workspace


def test_a_colleague_owns_a_plan_and_leaving_the_team_hands_it_back(
        workspace: Workspace) -> None:
    lucia = team.add(workspace, name="Lucía Gómez", role="Procurement analyst")
    with pytest.raises(InvalidInput) as caught:
        team.add(workspace, name="  LUCÍA gómez ")
    assert caught.value.fields == ["name"]
    m = meetings.create(workspace, title="Sign-off").id or 0
    part = participation.add(workspace, m, departments.create(workspace, name="Finance").id or 0)
    participation.update(workspace, part.id or 0, owner_id=lucia.id, cadence_days=7)
    with pytest.raises(InvalidInput) as refused:
        participation.update(workspace, part.id or 0, owner_id=(lucia.id or 0) + 99)
    assert refused.value.fields == ["owner_id"]
    snapshot = team.delete(workspace, lucia.id or 0)
    assert participation.get_part(workspace, part.id or 0).owner_id is None
    trash.restore(workspace, snapshot)
    assert participation.get_part(workspace, part.id or 0).owner_id == lucia.id
    assert [(t.name, t.role) for t in team.list_all(workspace)] == [
        ("Lucía Gómez", "Procurement analyst")]
