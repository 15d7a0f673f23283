"""Objections heard before: what each found demand shows, which come first, how many, and
which words of a long demand are searched."""

from __future__ import annotations

from app.domain.enums import DemandKind, DemandStatus
from app.services import answers_memory, demands, departments, meetings, participation
from app.storage import Workspace
from tests.services.test_answers_memory import part


def past_demand(workspace: Workspace, department: str, text: str, *, response: str = "",
                meeting: str = "Earlier meeting", kind: DemandKind = DemandKind.demand) -> int:
    """A demand raised in a meeting of its own, by ``department`` (created the first time)."""
    known = {d.name: d.id for d in departments.list_all(workspace)}
    department_id = known.get(department) or departments.create(workspace, name=department).id
    meeting_id = meetings.create(workspace, title=meeting).id or 0
    return demands.add(workspace, part(workspace, meeting_id, department_id or 0), text=text,
                       response=response, kind=kind).id or 0


def new_demand(workspace: Workspace, department: str, text: str) -> int:
    return past_demand(workspace, department, text, meeting="This meeting")


def found_ids(workspace: Workspace, demand_id: int, **options: int) -> list[int]:
    return [h.demand_id for h in answers_memory.heard_before(workspace, demand_id, **options)]


def test_a_found_demand_shows_its_meeting_department_kind_text_and_answer(
        workspace: Workspace) -> None:
    old = past_demand(workspace, "Legal", "Contract renewal clauses unclear",
                      response="Legal reviews them first", meeting="Vendor review",
                      kind=DemandKind.objection)
    asked = new_demand(workspace, "Finance", "Which contract clauses need renewal?")
    [found] = answers_memory.heard_before(workspace, asked)
    stored = demands.get(workspace, old)
    assert (found.demand_id, found.meeting_title, found.department, found.same_department,
            found.kind, found.text, found.response, found.status) == (
        old, "Vendor review", "Legal", False, DemandKind.objection,
        "Contract renewal clauses unclear", "Legal reviews them first", DemandStatus.open)
    assert found.meeting_id == participation.get_part(workspace, stored.participation_id).meeting_id


def test_an_answered_demand_comes_before_an_unanswered_one_and_spaces_are_no_answer(
        workspace: Workspace) -> None:
    blank = past_demand(workspace, "Legal", "Contract renewal clauses unclear", response="  ")
    answered = past_demand(workspace, "Legal", "Contract renewal clauses unclear",
                           response="Legal reviews them first")
    unanswered = past_demand(workspace, "Legal", "Contract renewal clauses unclear")
    asked = new_demand(workspace, "Finance", "Contract renewal clauses unclear")
    found = found_ids(workspace, asked)
    assert found[0] == answered
    assert set(found[1:]) == {blank, unanswered}


def test_equally_close_demands_show_the_latest_first(workspace: Workspace) -> None:
    first = past_demand(workspace, "Legal", "Contract renewal clauses unclear")
    second = past_demand(workspace, "Legal", "Contract renewal clauses unclear")
    asked = new_demand(workspace, "Finance", "Contract renewal clauses unclear")
    assert found_ids(workspace, asked) == [second, first]


def test_at_most_five_are_shown_unless_more_are_asked_for(workspace: Workspace) -> None:
    for _ in range(7):
        past_demand(workspace, "Legal", "Contract renewal clauses unclear")
    asked = new_demand(workspace, "Finance", "Contract renewal clauses unclear")
    assert len(found_ids(workspace, asked)) == 5
    assert len(found_ids(workspace, asked, limit=7)) == 7


def test_a_long_demand_is_searched_by_its_longest_words(workspace: Workspace) -> None:
    # ten telling words: only the six longest are searched, "interoperability" first
    shared = past_demand(workspace, "Legal", "Interoperability worries everyone")
    past_demand(workspace, "Legal", "Team plan work, legacy")  # only short words shared
    asked = new_demand(workspace, "Finance", "Team plan work against legacy warehouse systems "
                                             "needing careful interoperability")
    assert found_ids(workspace, asked) == [shared]


def test_chinese_shares_a_run_of_three_characters_or_nothing(workspace: Workspace) -> None:
    three = past_demand(workspace, "Sales", "用户数据要迁移")
    two = past_demand(workspace, "Sales", "数据库太旧")
    other = past_demand(workspace, "Sales", "办公室搬迁")
    asked = new_demand(workspace, "Finance", "客户数据平台")
    found = found_ids(workspace, asked)
    assert three in found
    assert two not in found
    assert other not in found


def test_a_three_character_chinese_demand_is_searched(workspace: Workspace) -> None:
    old = past_demand(workspace, "Sales", "产能不够用")
    asked = new_demand(workspace, "Finance", "产能不")
    assert found_ids(workspace, asked) == [old]
