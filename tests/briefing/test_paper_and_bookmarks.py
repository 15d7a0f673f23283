"""The paper a locale prints on, and bookmarks that open the page their heading is on."""

from __future__ import annotations

from datetime import date

import pytest
from reportlab.lib.pagesizes import A4, LETTER

from app.briefing import BriefingDocument
from app.briefing import paper as paper_module
from app.briefing.paper import preferred_paper, region
from tests.briefing import pdf
from tests.briefing.sample import rich_package

TODAY = date(2026, 11, 20)


@pytest.mark.parametrize(("name", "expected"), [
    ("es-MX", "MX"), ("en_us.UTF-8", "US"), ("ca_ES@valencia", "ES"), ("sr_RS.UTF-8@latin", "RS"),
    ("C", ""), ("C.UTF-8", ""), ("es", ""),
])
def test_the_region_is_read_from_every_way_a_locale_is_written(name: str, expected: str) -> None:
    assert region(name) == expected


def test_a_locale_without_a_region_says_nothing_and_the_next_one_decides() -> None:
    assert preferred_paper({"LANG": "en_US.UTF-8"}) == LETTER
    assert preferred_paper({"LANG": "es-MX"}) == LETTER
    assert preferred_paper({"LC_ALL": "C.UTF-8", "LANG": "en_US.UTF-8"}) == LETTER
    assert preferred_paper({"LC_ALL": "", "LC_PAPER": "es_CO", "LANG": "es_ES"}) == LETTER
    assert preferred_paper({"LANG": "de_DE.UTF-8"}) == A4
    assert preferred_paper({"LANG": "C"}) == A4
    assert preferred_paper({}) == A4


def test_without_an_environment_given_the_process_locale_decides(
        monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("LC_ALL", "LC_PAPER", "LANG"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LC_PAPER", "en_CA.UTF-8")
    assert preferred_paper() == LETTER
    monkeypatch.delenv("LC_PAPER")
    monkeypatch.setattr(paper_module.locale, "getlocale", lambda: ("en_PH", "UTF-8"))
    assert preferred_paper() == LETTER
    monkeypatch.setattr(paper_module.locale, "getlocale", lambda: ("fr_FR", "UTF-8"))
    assert preferred_paper() == A4
    monkeypatch.setattr(paper_module.locale, "getlocale", lambda: (None, None))
    assert preferred_paper() == A4


def test_each_bookmark_opens_the_page_its_heading_is_printed_on() -> None:
    package = rich_package(departments=3)
    package.departments[1].name = "Compras   y\nLogística"  # typed with odd spacing
    data = BriefingDocument(package, today=TODAY, paper=A4).render()
    pages = [" ".join(text.split()) for text in pdf.page_texts(data)]
    marks = pdf.outline(data)
    assert ("Compras y Logística" in [title for _level, title, _page in marks])
    departments = {" ".join(d.name.split()) for d in package.departments}
    for level, title, page in marks:
        assert level == (1 if title in departments else 0), title
        if level == 1:
            assert title in pages[page - 1], (title, page)
    sections = [page for level, _title, page in marks if level == 0]
    assert sections == sorted(set(sections))  # in print order, each on a page of its own
    assert next(p for lv, t, p in marks if t == "Department dossiers") == min(
        p for lv, _t, p in marks if lv == 1)
    # every bookmark opens its page at its heading: just above the heading's line
    reader = pdf.reader(data)
    for item in reader.outline:
        for entry in item if isinstance(item, list) else [item]:
            top = float(entry["/Top"])
            page = reader.get_destination_page_number(entry)
            lines = [(t.strip(), y) for t, _x, y, _s in pdf.drawn(data, page) if t.strip()]
            below = [(t, y) for t, y in lines if 0 < top - y < 40]
            assert below, (entry.title, top)
            if str(entry.title) in departments:
                assert any(t in str(entry.title) for t, _y in below), (entry.title, below)
