"""Very long text and very long lists still lay out, split across pages."""

from __future__ import annotations

from datetime import date

import pytest

from app.briefing import BriefingDocument, Kind, ReadinessSummary
from app.domain.enums import DemandKind
from app.domain.package import DemandDoc
from tests.briefing import pdf
from tests.briefing.sample import rich_package

TODAY = date(2026, 11, 20)


def long_note(characters: int) -> str:
    words = []
    size = 0
    n = 0
    while size < characters:
        word = f"w{n}" if n % 7 else f"段落{n}"
        words.append(word + ("\n" if n % 500 == 499 else " "))
        size += len(words[-1])
        n += 1
    return "".join(words)[:characters]


@pytest.mark.slow
def test_a_100000_character_note_and_response_render_whole() -> None:
    package = rich_package(departments=1)
    note = long_note(100_000)
    package.departments[0].history = note
    package.demands[0].response = note  # in a table cell and on the Q&A sheet
    data = BriefingDocument(package, today=TODAY,
                            sections=["dossiers", "objections"]).render()
    pages = pdf.page_texts(data)
    assert len(pages) > 40
    text = pdf.poppler_text(data)
    # the last words of the note are there: three times (history, table cell, Q&A)
    tail = note.split()[-1]
    assert text.count(tail) >= 3


@pytest.mark.slow
def test_2000_demands_render_with_the_table_header_repeated() -> None:
    package = rich_package(departments=1)
    base = package.demands[0]
    package.demands = [
        DemandDoc(id=f"x{n}", department=base.department, kind=DemandKind.objection,
                  text=f"Demanda número {n}: 需要更多时间 & <resources>",
                  response="" if n % 3 else f"Respuesta {n}")
        for n in range(2000)
    ]
    data = BriefingDocument(package, today=TODAY, sections=["dossiers", "objections"]).render()
    pages = pdf.page_texts(data)
    text = "\n".join(pages)
    assert "Demanda número 1999: 需要更多时间 & <resources>" in text
    # counts are written as the meeting's language writes numbers
    assert "2,000 objections and risks; 1,333 without a prepared response." in text
    table_pages = [p for p in pages if "Demanda número" in p and "We answer:" not in p]
    assert len(table_pages) > 10
    assert all("What they say" in p and "Our response" in p for p in table_pages)


@pytest.mark.slow
def test_500_departments_render_the_pack_the_pre_read_and_the_report() -> None:
    package = rich_package(departments=500)
    # a light meeting, wide: every department with its people, a few with their rows
    kept = {d.id for d in package.departments[:10]}
    package.touchpoints = [t for t in package.touchpoints if t.department in kept]
    package.demands = [d for d in package.demands if d.department in kept]
    package.suggestions = [s for s in package.suggestions if s.department in kept]
    for department in package.departments[10:]:
        department.function = department.workflow = department.history = ""
    missing = [f"{d.name} has not been contacted yet" for d in package.departments]
    texts = {}
    for kind in (Kind.pack, Kind.pre_read, Kind.report):
        data = BriefingDocument(package, kind=kind, today=TODAY,
                                readiness=ReadinessSummary(10, missing)).render()
        texts[kind] = pdf.text(data)
    last = package.departments[-1].name
    assert last in texts[Kind.pack] and f"{last} has not been contacted yet" in texts[Kind.pack]
    assert "500 departments" in texts[Kind.pack]
    assert "Pre-read" in texts[Kind.pre_read] and "Report for the leader" in texts[Kind.report]
