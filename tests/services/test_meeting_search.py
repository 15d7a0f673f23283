"""The meetings list filter's matching: title, place and departments, without case or accents."""

from __future__ import annotations

from app.services import departments, meetings, participation
from app.services.meeting_search import fold, matches, searchable_texts
from app.storage import Workspace


def test_titles_places_and_departments_match_without_accents(workspace: Workspace) -> None:
    plan = meetings.create(workspace, title="Plan del año", location="Sala Ñandú").id or 0
    other = meetings.create(workspace, title="采购会议").id or 0
    compras = departments.create(workspace, name="Compras").id
    participation.add(workspace, plan, compras)
    texts = searchable_texts(workspace)

    def found(needle: str) -> list[int]:
        return sorted(k for k, text in texts.items() if matches(text, fold(needle)))

    assert found("ano") == [plan]
    assert found("COMPRAS") == [plan]
    assert found("nandu plan") == [plan]          # every word, anywhere
    assert found("采购") == [other]
    assert found("finance") == []
    assert found("") == sorted([plan, other])
