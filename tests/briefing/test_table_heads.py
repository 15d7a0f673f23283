"""Table headings and cells as a reader sees them: every heading word whole (never broken
in two) and inside its column, in Spanish too, and an empty cell left empty."""

from __future__ import annotations

from datetime import date

from reportlab.lib.pagesizes import A4

from app.briefing import BriefingDocument, default_fonts
from app.briefing.context import CELL_PADDING, CONTENT_WIDTH
from app.briefing.text import Marker
from tests.briefing import pdf
from tests.briefing.sample import rich_package

TODAY = date(2026, 11, 20)
INK = pdf.rgb("#1F2933")
HEAD_SIZE = 8.0


def test_every_heading_word_stays_inside_its_column_in_spanish() -> None:
    data = BriefingDocument(rich_package(departments=2, language="es"), today=TODAY).render()
    marker = Marker(default_fonts())
    checked = 0
    words: set[str] = set()
    for page in range(len(pdf.reader(data).pages)):
        heads = [(t.strip(), x, y) for t, font, size, colour, x, y in pdf.placed(data, page)
                 if size == HEAD_SIZE and font.endswith("-Bold") and colour == INK]
        words.update(word for text, _x, _y in heads for word in text.split())
        # one table's heading row: its lines are a few points apart, tables far more
        tables: list[list[tuple[str, float, float]]] = []
        for head in sorted(heads, key=lambda h: -h[2]):
            if tables and tables[-1][0][2] - head[2] < 25:
                tables[-1].append(head)
            else:
                tables.append([head])
        for table in tables:
            texts = [text for text, _x, _y in table]
            if "Inicio" in texts:  # the agenda's: its last column is the goal's number
                assert texts[-1] == "Objetivo", texts
            starts = sorted({x for _t, x, _y in table})
            for text, x, _y in table:
                following = [s for s in starts if s > x + 1]
                if not following:
                    continue
                # the text, its column's right padding and the next one's left padding
                end = x + marker.width(text, HEAD_SIZE, bold=True) + 2 * CELL_PADDING
                assert end <= following[0] + 0.01, (page, text)
                checked += 1
    assert checked > 40
    # the words a narrow column of numbers or days must widen for, printed whole
    assert {"Frecuencia", "Influencia", "Objetivo", "Responsable"} <= words


def test_a_touchpoint_with_nobody_named_leaves_the_who_column_empty() -> None:
    package = rich_package(departments=1)
    for touchpoint in package.touchpoints:
        touchpoint.person = None
    data = BriefingDocument(package, today=TODAY, sections=["dossiers"]).render()
    text = " ".join(pdf.text(data).split())
    assert "11 Nov 2026 Call Llamada 2: worried about" in text

    named = pdf.text(BriefingDocument(rich_package(departments=1), today=TODAY,
                                      sections=["dossiers"]).render())
    assert "11 Nov 2026 Call 陈静 1 Llamada 2: worried about" in " ".join(named.split())


def test_nothing_is_printed_past_the_right_margin() -> None:
    fonts = default_fonts()
    marker = Marker(fonts)
    data = BriefingDocument(rich_package(departments=2, language="es"), today=TODAY,
                            paper=A4).render()
    right = (A4[0] + CONTENT_WIDTH) / 2
    for page in range(len(pdf.reader(data).pages)):
        for text, font, size, _colour, x, _y in pdf.placed(data, page):
            end = x + marker.width(text.rstrip(), size, bold=font.endswith("-Bold"))
            assert end <= right + 0.5, (page, text)
