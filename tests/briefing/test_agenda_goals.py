"""An agenda item names its goal by the number the goals page gives it."""

from __future__ import annotations

from datetime import date

from app.briefing import BriefingDocument
from tests.briefing import pdf
from tests.briefing.sample import rich_package


def test_each_agenda_item_names_its_goal_as_the_goals_page_numbers_it() -> None:
    package = rich_package(departments=1)
    package.goals.reverse()  # numbers follow the goals' order, not their ids
    data = BriefingDocument(package, today=date(2026, 11, 20),
                            sections=["goals", "agenda"]).render()
    goals_page = next(i for i, t in enumerate(pdf.page_texts(data)) if "Working days" in t)
    goals = [(t.strip(), y) for t, _x, y, _s in pdf.drawn(data, goals_page)]
    numbered = {t[:6]: next(tag for tag, y2 in goals if tag in ("G1", "G2") and abs(y2 - y) < 1)
                for t, y in goals if t.startswith(("Cut the monthly", "Un solo informe"))}
    assert numbered == {"Cut th": "G2", "Un sol": "G1"}  # wrapped: the first lines
    agenda_page = next(i for i, t in enumerate(pdf.page_texts(data)) if "Why we are here" in t)
    rows = [(t.strip(), y) for t, _x, y, _s in pdf.drawn(data, agenda_page) if t.strip()]

    def tags_beside(start: str) -> list[str]:  # a row's first line: its start time
        y = next(y for t, y in rows if t == start)
        return [t for t, y2 in rows if abs(y2 - y) < 1 and t in ("G1", "G2")]

    assert [t for t, _y in rows if t in ("Why we are here", "El plan en 3 fases", "风险与应对")
            ] == ["Why we are here", "El plan en 3 fases", "风险与应对"]
    assert tags_beside("10:00") == ["G2"]  # "Why we are here": goal g1, listed second
    assert tags_beside("10:10") == ["G1"]  # "El plan en 3 fases": goal g2
    assert tags_beside("10:50") == []  # "风险与应对": no goal


def test_an_item_without_a_section_keeps_its_title_and_long_notes_whole() -> None:
    package = rich_package(departments=1)
    item = package.agenda[0]
    item.section = ""  # left empty: the title and notes after it still print
    item.notes = " ".join(f"nota{n}" for n in range(300))  # more than one cell holds
    data = BriefingDocument(package, today=date(2026, 11, 20), sections=["agenda"]).render()
    text = " ".join(pdf.text(data).split())
    assert "Why we are here" in text
    assert [w for w in text.split() if w.startswith("nota")] == [f"nota{n}" for n in range(300)]
