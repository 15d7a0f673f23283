"""A paragraph in one font (Chinese without a Latin word, say) is broken into plain lines:
the same lines as the general splitter finds, whole across pages; a cell's text that fits
its column is drawn as one line, each run where its paragraph would put it."""

from __future__ import annotations

import io
import re
from datetime import date
from typing import Any

import pytest
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable

from app.briefing import BriefingDocument
from app.briefing.canvas import PageCanvas
from app.briefing.fonts import default_fonts
from app.briefing.line import OneLine
from app.briefing.paragraph import BriefingParagraph, split_cjk, split_run
from app.briefing.text import Marker, has_cjk
from tests.briefing import pdf
from tests.briefing.sample import rich_package

FONTS = default_fonts()
STYLE = ParagraphStyle("t", fontName=FONTS.regular, fontSize=9.5, leading=13, wordWrap="CJK")
#: one run in the CJK face: ideographs and full-width marks, no space, digit or Latin letter
CHINESE = ("预算评审会议需要财务部、法务部和销售部的支持；我们先说明目标，再回答问题。"
           "第二段：认证（明年）完成后，供应链部门会按照新的流程（《采购规范》）执行。") * 6


def one_run(text: str) -> list[object]:
    frags = Marker(FONTS).frags(text, STYLE)
    assert len(frags) == 1
    return frags


@pytest.mark.parametrize("width", [20.0, 61.5, 130.0, 400.0])
def test_a_run_breaks_into_the_lines_the_general_splitter_finds(width: float) -> None:
    frags = one_run(CHINESE)
    general = split_cjk(frags, [width], False).lines
    plain = split_run(frags[0], [width])
    assert plain.kind == 0
    assert [words for _space, words in plain.lines] == [
        ["".join(word.text for word in line.words)] for line in general]
    assert [space for space, _words in plain.lines] == pytest.approx(
        [line.extraSpace for line in general])


def test_a_run_split_across_pages_keeps_every_character_once_and_in_order() -> None:
    paragraph = BriefingParagraph(CHINESE, STYLE, frags=one_run(CHINESE))
    paragraph.wrap(120, 10_000)
    lines = len(paragraph.blPara.lines)
    first, rest = paragraph.split(120, STYLE.leading * 5 + 1)
    assert len(first.blPara.lines) == 5
    first.wrap(120, 10_000)
    rest.wrap(120, 10_000)
    printed = [words[0] for part in (first, rest) for _space, words in part.blPara.lines]
    assert len(printed) == lines
    assert "".join(printed) == CHINESE


def test_a_long_chinese_history_prints_whole_over_several_pages() -> None:
    package = rich_package(departments=1, language="zh_CN")
    history = CHINESE * 8  # over 2,000 characters: paragraphs taller than a page
    package.departments[0].history = history
    document = BriefingDocument(package, today=date(2026, 11, 20), sections=["dossiers"])
    pages = pdf.page_texts(document.render())
    assert len(pages) > 2
    # each page's text without its header (the title, the marking) and its footer
    decoration = re.compile("|".join([*(re.escape("".join(text.split())) for text in (
        package.meeting.title, document.marking())), r"第\d+页，共\d+页"]))
    printed = "".join(decoration.sub("", "".join(page.split())) for page in pages)
    assert history in printed


def _placed(flowable: Flowable) -> list[tuple[str, str, float, float]]:
    """(text, font, x, y) of each run ``flowable`` draws at (100, 500) on a page."""
    buffer = io.BytesIO()
    canvas = PageCanvas(buffer, stamp=lambda *_args: None)
    flowable.wrapOn(canvas, 200, 100)
    flowable.drawOn(canvas, 100, 500)
    canvas.showPage()
    canvas.save()
    out: list[tuple[str, str, float, float]] = []

    def visit(chars: str, cm: list[float], tm: list[float], font: Any, _size: Any) -> None:
        if chars.strip():
            x = cm[0] * tm[4] + cm[2] * tm[5] + cm[4]
            y = cm[1] * tm[4] + cm[3] * tm[5] + cm[5]
            out.append((chars.strip(), str(font["/BaseFont"]).split("+")[-1], round(x, 2),
                        round(y, 2)))

    pdf.reader(buffer.getvalue()).pages[0].extract_text(visitor_text=visit)
    return out


@pytest.mark.parametrize("text", ["Finanzas y Contabilidad", "市场部", "2026年12月2日",
                                  "支持 → 主导"])
def test_a_one_line_cell_draws_its_text_where_its_paragraph_would(text: str) -> None:
    marker = Marker(FONTS)
    style = ParagraphStyle("cell", fontName=FONTS.bold, fontSize=8.5, leading=11,
                           wordWrap="CJK" if has_cjk(text) else None)
    line = OneLine.fitting(text, style, marker, 200)
    assert line is not None
    paragraph = BriefingParagraph(text, style, frags=marker.frags(text, style))
    assert _placed(line) == _placed(paragraph)


@pytest.mark.parametrize(("text", "width"), [
    ("Finanzas y Contabilidad", 60),  # wider than its column: a paragraph wraps it
    ("市场部市场部市场部市场部", 40),
    ("two\nlines", 200),  # a line break typed in it
])
def test_text_that_does_not_fit_one_line_is_left_to_a_paragraph(text: str, width: float) -> None:
    style = ParagraphStyle("cell", fontName=FONTS.regular, fontSize=8.5, leading=11)
    assert OneLine.fitting(text, style, Marker(FONTS), width) is None
