"""How a table is drawn: the header shaded alone, a rule under each item (not under each
of its lines), and the cells of a row starting on the same line."""

from __future__ import annotations

from datetime import date

import pytest

from app.briefing import BriefingDocument
from app.briefing.context import CONTENT_WIDTH
from tests.briefing import pdf
from tests.briefing.sample import rich_package

HEADER_FILL = ".894118 .905882 .921569 rg"


def agenda_page() -> bytes:
    package = rich_package(departments=1)
    assert len(package.agenda) == 4
    return BriefingDocument(package, today=date(2026, 11, 20), sections=["agenda"]).render()


def test_the_header_alone_is_shaded_and_each_item_has_one_rule_below() -> None:
    data = agenda_page()
    rows = pdf.content(data, 0).decode("latin-1").splitlines()
    fills = [rows[i + 1].split() for i, row in enumerate(rows) if row == HEADER_FILL]
    assert len(fills) == 1 and fills[0][-2:] == ["re", "f*"]
    _n, x, top, width, height = fills[0][:5]
    assert float(x) == 0 and float(width) == pytest.approx(CONTENT_WIDTH)
    assert -20 < float(height) < 0  # one line of column headings
    rules: dict[float, list[tuple[float, float]]] = {}
    line_width = 1.0
    for row in rows:
        words = row.split()
        if words[-1:] == ["w"]:
            line_width = float(words[0])
        elif words[:1] == ["n"] and words[-2:] == ["l", "S"] and words[2] == words[5]:
            rules.setdefault(line_width, []).append((float(words[2]), float(words[4])
                                                     - float(words[1])))
    header_rule = float(top) + float(height)
    assert rules[0.8] == [(header_rule, pytest.approx(CONTENT_WIDTH))]
    below_items = rules[0.4]
    assert len(below_items) == 4  # four items, some of several lines
    assert all(length == pytest.approx(CONTENT_WIDTH) and y < header_rule
               for y, length in below_items)


def test_the_cells_of_a_row_start_on_the_same_line() -> None:
    data = agenda_page()
    drawn = [(t.strip(), x, y) for t, x, y, _s in pdf.drawn(data, 0) if t.strip()]
    for start in ("10:00", "10:10"):  # rows whose item and presenter take several lines
        x0, y = next((x, y) for t, x, y in drawn if t == start)
        row = [(t, yy) for t, x, yy in drawn if abs(yy - y) < 2 and x > x0]
        assert {t for t, _y in row} >= {"10 min" if start == "10:00" else "40 min"}
        assert any(t in ("G1", "G2") for t, _y in row)
        assert any(t.startswith(("陈静", "Begoña")) for t, _y in row)
        lower = [t for t, x, yy in drawn if y - 30 < yy < y - 2 and x > x0]
        assert lower  # the cells of several lines go on below the first
