"""A duplicated meeting takes only its own goals, a follow-up only its own departments, and the
import report counts what it added in words that agree with the number."""

from __future__ import annotations

import json

from app.domain.enums import MeetingStatus
from app.i18n import set_language
from app.services import departments, follow_up, goals, meetings, packages, participation
from app.storage import Workspace


def test_a_copy_takes_its_own_goals_not_another_meetings(workspace: Workspace,
                                                         meeting_id: int) -> None:
    goals.add(workspace, meeting_id, statement="One merged profile")
    other = meetings.create(workspace, title="Other").id or 0
    goals.add(workspace, other, statement="Not this one")
    copy = meetings.duplicate(workspace, meeting_id)
    assert [g.statement for g in goals.list_for(workspace, copy.id or 0)] == [
        "One merged profile"]
    assert [g.statement for g in goals.list_for(workspace, other)] == ["Not this one"]


def imported(workspace: Workspace, departments: int, people: int, name: str) -> list[str]:
    data = {"format": "prewire.meeting", "version": 1,
            "meeting": {"title": "Budget  \n 2027"},
            "departments": [{"id": f"d{n}", "name": f"{name} {n}",
                             "people": [{"id": f"p{n}-{k}", "name": f"{name} {n}-{k}"}
                                        for k in range(people if n == 0 else 0)]}
                            for n in range(departments)]}
    package = packages.read_package(json.dumps(data).encode())
    return packages.import_document(workspace, package).lines()


def test_the_import_report_counts_one_and_many(workspace: Workspace) -> None:
    lines = imported(workspace, 2, 2, "Finance")
    assert lines[0].startswith("Imported Budget 2027 as meeting ")
    assert lines[1] == "2 new department profiles; 2 new people"
    assert imported(workspace, 1, 1, "Legal")[1] == "1 new department profile; 1 new person"


def test_the_import_report_speaks_the_interface_language(workspace: Workspace) -> None:
    set_language("es")
    assert imported(workspace, 2, 2, "Ventas")[1] == (
        "2 fichas de departamento nuevas; 2 personas nuevas")
    assert imported(workspace, 1, 1, "Legal")[1] == "1 ficha de departamento nueva; 1 persona nueva"


def test_a_follow_up_takes_only_its_meetings_departments(workspace: Workspace,
                                                         meeting_id: int) -> None:
    finance = departments.create(workspace, name="Finance").id or 0
    participation.add(workspace, meeting_id, finance)
    other = meetings.create(workspace, title="Other").id or 0
    participation.add(workspace, other, departments.create(workspace, name="Legal").id or 0)
    meetings.update(workspace, meeting_id, status=MeetingStatus.held)
    follow = follow_up.create_follow_up(workspace, meeting_id)
    assert [d.name for _p, d in participation.list_with_departments(workspace, follow)] == [
        "Finance"]
