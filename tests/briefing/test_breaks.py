"""Where a line and a page break: a Chinese line never starts with a closing mark or ends
with an opening one, a Latin word moves whole, and the pre-read's cover stands alone."""

from __future__ import annotations

from datetime import date

import pytest

from app.briefing import BriefingDocument, Kind
from app.briefing.paragraph import break_point
from tests.briefing import pdf
from tests.briefing.sample import rich_package


@pytest.mark.parametrize(("text", "overflow", "next_line"), [
    ("甲乙丙丁，戊己", 4, "丁，戊己"),  # a comma may not start a line: its character goes with it
    ("甲乙丙丁。」戊", 4, "丁。」戊"),  # nor may two closing marks
    ("甲乙丙（丁戊", 4, "（丁戊"),  # an opening bracket may not end one
    ("中文 abc def", 5, "abc def"),  # a Latin word moves whole
    ("中文abc，def", 4, "abc，def"),
    ("abcdefgh", 4, "efgh"),  # unless it is longer than the line: then it is cut
    ("甲乙丙丁戊", 3, "丁戊"),  # between two ideographs any break will do
])
def test_the_next_line_starts_where_a_reader_expects(text: str, overflow: int,
                                                     next_line: str) -> None:
    point = break_point(list(text), 0, overflow)
    assert 0 < point <= overflow
    assert text[point:] == next_line


def test_the_pre_reads_cover_is_a_page_of_its_own_and_the_sections_run_on() -> None:
    package = rich_package(departments=2)
    data = BriefingDocument(package, kind=Kind.pre_read, today=date(2026, 11, 20)).render()
    pages = [" ".join(text.split()) for text in pdf.page_texts(data)]
    sections = [page for level, _title, page in pdf.outline(data) if level == 0]
    assert sections[0] == 2  # the first section starts the page after the cover
    assert "Goals and indicators" not in pages[0]
    assert len(set(sections)) < len(sections)  # and the others follow on the same pages
