"""Objections heard before: found across meetings, same department first, answer reused."""

from __future__ import annotations

import pytest

from app.domain.enums import DemandStatus
from app.services import answers_memory, demands, departments, meetings, participation
from app.services.errors import NotFound
from app.storage import Workspace


def part(workspace: Workspace, meeting: int, department: int) -> int:
    """The department's part in the meeting, added the first time."""
    for taken in participation.list_for(workspace, meeting):
        if taken.department_id == department:
            return taken.id or 0
    return participation.add(workspace, meeting, department_id=department).id or 0


@pytest.fixture
def two_meetings(workspace: Workspace) -> dict[str, int]:
    finance = departments.create(workspace, name="Finance").id or 0
    sales = departments.create(workspace, name="Sales").id or 0
    old = meetings.create(workspace, title="CRM rollout").id or 0
    new = meetings.create(workspace, title="Data platform").id or 0
    ids = {
        "sales_old": demands.add(workspace, part(workspace, old, sales),
                                 text="Licences budget frozen until April",
                                 response="Pay from the project budget").id or 0,
        "finance_old": demands.add(workspace, part(workspace, old, finance),
                                   text="No budget for new licences this year",
                                   response="Phase the licences over two budgets",
                                   status=DemandStatus.addressed).id or 0,
        "unrelated": demands.add(workspace, part(workspace, old, finance),
                                 text="Office move in March").id or 0,
        "finance_new": demands.add(workspace, part(workspace, new, finance),
                                   text="Where does the budget for the licences come from?"
                                   ).id or 0,
        "中文旧": demands.add(workspace, part(workspace, old, sales),
                            text="春节前产能已满，首批无法按时生产", response="分两批发货").id or 0,
        "中文新": demands.add(workspace, part(workspace, new, sales),
                            text="担心春节前产能不够").id or 0,
    }
    return ids


def test_same_department_first_then_others_never_the_same_meeting(
        workspace: Workspace, two_meetings: dict[str, int]) -> None:
    found = answers_memory.heard_before(workspace, two_meetings["finance_new"])
    assert [h.demand_id for h in found] == [two_meetings["finance_old"],
                                            two_meetings["sales_old"]]
    first = found[0]
    assert (first.same_department, first.response, first.status, first.meeting_title) == (
        True, "Phase the licences over two budgets", DemandStatus.addressed, "CRM rollout")


def test_chinese_is_matched_by_runs_of_characters(workspace: Workspace,
                                                  two_meetings: dict[str, int]) -> None:
    found = answers_memory.heard_before(workspace, two_meetings["中文新"])
    assert [h.demand_id for h in found] == [two_meetings["中文旧"]]


def test_reusing_an_answer_links_it_and_gives_back_what_was_there(
        workspace: Workspace, two_meetings: dict[str, int]) -> None:
    target, source = two_meetings["finance_new"], two_meetings["finance_old"]
    before = answers_memory.reuse_answer(workspace, target, source,
                                         "Phase the licences over two budgets")
    assert before == ("", None)
    stored = demands.get(workspace, target)
    assert (stored.response, stored.response_from_id) == (
        "Phase the licences over two budgets", source)
    answers_memory.reuse_answer(workspace, target, *reversed(before))  # type: ignore[arg-type]
    stored = demands.get(workspace, target)
    assert (stored.response, stored.response_from_id) == ("", None)
    with pytest.raises(NotFound):
        answers_memory.reuse_answer(workspace, target, 99_999, "x")
