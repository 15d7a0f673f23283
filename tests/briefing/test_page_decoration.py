"""What every page carries, read back from the PDF: the page count centred in the bottom
margin, the header's rule straight across the text block under its line, and a text cut
with an ellipsis as long as the room allows."""

from __future__ import annotations

from datetime import date

import pytest
from reportlab.lib.pagesizes import A4, LETTER

from app.briefing import BriefingDocument, default_fonts
from app.briefing.context import CONTENT_WIDTH
from app.briefing.text import Marker
from tests.briefing import pdf
from tests.briefing.sample import rich_package

TODAY = date(2026, 11, 20)
MM = 72 / 25.4


@pytest.mark.parametrize("paper", [A4, LETTER])
def test_the_page_count_is_centred_in_the_bottom_margin_of_every_page(
        paper: tuple[float, float]) -> None:
    data = BriefingDocument(rich_package(departments=1), today=TODAY, paper=paper).render()
    marker = Marker(default_fonts())
    pages = len(pdf.reader(data).pages)
    for page in range(pages):
        footer = [(t.strip(), x, y) for t, _f, _s, _c, x, y in pdf.placed(data, page)
                  if t.startswith("Page ")]
        assert [t for t, _x, _y in footer] == [f"Page {page + 1} of {pages}"]
        text, x, y = footer[0]
        assert 6 * MM < y < 12 * MM  # under the text block, well above the paper's edge
        middle = x + marker.width(text, 8) / 2
        assert middle == pytest.approx(paper[0] / 2, abs=0.5)


def test_the_header_rule_runs_straight_across_the_text_block_under_the_header() -> None:
    data = BriefingDocument(rich_package(departments=1), today=TODAY, paper=LETTER).render()
    margin = (LETTER[0] - CONTENT_WIDTH) / 2
    for page in range(1, len(pdf.reader(data).pages)):
        header_y = min(y for t, _f, size, _c, _x, y in pdf.placed(data, page)
                       if size == 8.0 and y > LETTER[1] - 20 * MM)
        rules = []
        for row in pdf.content(data, page).decode("latin-1").splitlines():
            words = row.split()
            if words[:1] == ["n"] and words[3:4] == ["m"] and words[6:8] == ["l", "S"]:
                x1, y1, x2, y2 = (float(words[i]) for i in (1, 2, 4, 5))
                if y1 > header_y - 10 * MM:
                    rules.append((x1, y1, x2, y2))
        assert len(rules) == 1, rules
        x1, y1, x2, y2 = rules[0]
        assert y1 == y2 and header_y - 4 * MM < y1 < header_y
        assert (x1, x2) == (pytest.approx(margin, abs=0.01),
                            pytest.approx(margin + CONTENT_WIDTH, abs=0.01))


@pytest.mark.parametrize("room", [20.0, 41.5, 60.0, 97.3])
def test_a_cut_text_keeps_every_letter_that_fits_with_its_ellipsis(room: float) -> None:
    marker = Marker(default_fonts())
    text = "Maximiliana" * 6
    cut = marker.fit(text, room, 8)
    assert cut.endswith("…") and text.startswith(cut[:-1])
    assert marker.width(cut, 8) <= room
    assert marker.width(text[:len(cut)] + "…", 8) > room  # one letter more would not fit


def test_a_document_with_nothing_to_say_is_one_page_with_its_header_and_footer() -> None:
    data = BriefingDocument(rich_package(departments=1), today=TODAY, paper=A4,
                            sections=[]).render()
    assert [" ".join(text.split()) for text in pdf.page_texts(data)] == [
        "Plataforma de datos de clientes — 客户数据平台 Q1 kickoff"
        " Private briefing — do not distribute Page 1 of 1"]
