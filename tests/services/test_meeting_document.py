"""Reading a whole meeting as package data."""

from __future__ import annotations

from app.services import (
    actions,
    decisions,
    demands,
    departments,
    goals,
    meetings,
    participation,
    people,
    touchpoints,
)
from app.services.meeting_document import load
from app.storage import Workspace


def test_meeting_reads_as_a_package_with_local_ids(workspace: Workspace) -> None:
    m = meetings.create(workspace, title="Plan", scheduled_at="2026-12-01T10:00:00+08:00").id
    fin = departments.create(workspace, name="Finance", okrs=["Close fast"]).id
    part = participation.add(workspace, m, fin, engagement="neutral").id
    ana = people.add(workspace, fin, name="Ana", influence=3).id
    goal = goals.add(workspace, m, statement="Cut cost").id
    demand = demands.add(workspace, part, text="Too early").id
    touchpoints.add(workspace, part, date="2026-11-01", person_id=ana)
    actions.add(workspace, m, text="Follow up", owner_id=ana, source_demand_id=demand,
                department_id=fin)
    decisions.add(workspace, m, text="Start in Q1", agreed_by=[fin])

    doc = load(workspace, m)
    package = doc.package
    assert package.meeting.title == "Plan"
    assert [d.name for d in package.departments] == ["Finance"]
    assert package.departments[0].people[0].id == "p1"
    assert package.touchpoints[0].person == "p1"
    assert package.actions[0].source == "d1" and package.actions[0].department == "dep1"
    assert package.decisions[0].agreed_by == ["dep1"]
    assert doc.rows["g1"] == ("goal", goal)
    assert doc.participations == {"dep1": part}
