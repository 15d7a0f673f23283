"""The running header: a title too long for it is cut with an ellipsis on one line, left of
what the document is, whatever letters the title is made of."""

from __future__ import annotations

from datetime import date

import pytest
from reportlab.lib.pagesizes import A4

from app.briefing import BriefingDocument
from tests.briefing import pdf
from tests.briefing.sample import rich_package

TODAY = date(2026, 11, 20)
HEADER_SIZE = 8.0


@pytest.mark.parametrize("letter", ["i", "l", "m", "W", "a", "1", "f"])
def test_a_long_title_is_cut_to_one_line_of_the_header(letter: str) -> None:
    package = rich_package(departments=1)
    package.meeting.title = f"Plan {letter * 300}"
    data = BriefingDocument(package, today=TODAY, paper=A4, sections=["goals"]).render()
    header = [(t, x, y) for t, _f, size, _c, x, y in pdf.placed(data, 0) if size == HEADER_SIZE
              and y > A4[1] - 20 * 72 / 25.4]
    title = [(t.strip(), x, y) for t, x, y in header if t.startswith("Plan")]
    assert len(title) == 1, header  # one line: the rest of it did not wrap under it
    text, _x, y = title[0]
    assert text.endswith("…") and text.startswith(f"Plan {letter}")
    marking = next((x, my) for t, x, my in header if t.startswith("Private briefing"))
    assert marking[1] == y  # side by side on the header's line
