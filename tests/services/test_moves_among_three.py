"""Moving a row in a meeting's list when three departments take part: each row is in the
list once, where it was put."""

from __future__ import annotations

from app.services import demands, departments, meeting_document, meetings, participation
from app.storage import Workspace


def test_objections_move_in_a_meeting_of_three_departments(workspace: Workspace) -> None:
    meeting = meetings.create(workspace, title="Budget").id or 0
    parts = [participation.add(workspace, meeting,
                               departments.create(workspace, name=name).id or 0).id or 0
             for name in ("Finance", "Sales", "Legal")]
    ids = {text: demands.add(workspace, part, text=text).id or 0
           for part, text in ((parts[0], "A"), (parts[1], "B"), (parts[2], "C"),
                              (parts[0], "D"))}
    demands.move(workspace, ids["D"], 0)
    demands.move(workspace, ids["A"], 3)
    package = meeting_document.load(workspace, meeting).package
    assert [d.text for d in package.demands] == ["D", "B", "C", "A"]
