"""How the power grid's words look and where a cell's names stand, read back from the PDF:
the quadrant labels in bold, names in ink with a filled dot, the count of the rest in the
accent colour, and a cell's names centred on its row."""

from __future__ import annotations

import io
import re

import pytest
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from app.briefing import default_fonts
from app.briefing.context import CONTENT_WIDTH
from app.briefing.grid import NAME_SIZE, GridWords, Placed, PowerGrid
from app.briefing.text import Marker
from tests.briefing import pdf

WORDS = GridWords("Keep satisfied", "Manage closely", "Monitor", "Keep informed",
                  "Interest →", "Influence →")
INK = pdf.rgb("#1F2933")
MUTED = pdf.rgb("#616E7C")
ACCENT = pdf.rgb("#1F4E79")


def grid_pdf(people: list[Placed]) -> bytes:
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(CONTENT_WIDTH + 40, 140 * mm))
    grid = PowerGrid(people, WORDS, Marker(default_fonts()), CONTENT_WIDTH)
    grid.wrapOn(canvas, CONTENT_WIDTH, 140 * mm)
    grid.drawOn(canvas, 20, 30)
    canvas.save()
    return buffer.getvalue()


def test_quadrant_labels_are_bold_and_names_ink_with_the_count_in_the_accent_colour() -> None:
    people = [Placed(f"Person {n}", 2, 2) for n in range(1, 13)] + [Placed("王小明", 5, 5)]
    looks = {" ".join(text.split()): (font.endswith("-Bold"), size, colour)
             for text, font, size, colour in pdf.styled(grid_pdf(people), 0)}
    for label in ("Keep satisfied", "Manage closely", "Monitor", "Keep informed"):
        assert looks[label] == (True, 7.5, MUTED), label
    for title in ("Interest →", "Influence →", "1", "5"):
        assert looks[title] == (False, 7.5, INK), title
    assert looks["Person 1"] == looks["王小明"] == (False, NAME_SIZE, INK)
    count = next(text for text in looks if text.startswith("+"))
    assert looks[count] == (False, NAME_SIZE, ACCENT)


def test_each_persons_dot_is_filled_not_outlined() -> None:
    content = pdf.content(grid_pdf([Placed("Ana", 3, 3), Placed("Bo", 1, 1)]), 0)
    # a circle is four Bézier curves, then how it is painted: f/f* fill, B/b/s/S stroke
    assert re.findall(rb" c\n(\S+)\n", content) == [b"f*", b"f*"]


@pytest.mark.parametrize("count", [1, 2, 3, 4])
def test_a_cells_names_are_centred_on_its_row(count: int) -> None:
    people = [Placed(f"Person {n}", influence=4, interest=2) for n in range(count)]
    drawn = [(t.strip(), y) for t, _x, y, _s in pdf.drawn(grid_pdf(people), 0) if t.strip()]
    numbers = [(t, y) for t, y in drawn if t in {"1", "2", "3", "4", "5"}]
    # the influence numbers stand 2.5 pt under the middle of their row, and the interest
    # numbers all on one line under the grid: the row of influence 4 has the second "4"
    row_middle = max(y for t, y in numbers if t == "4") + 2.5
    baselines = [y for t, y in drawn if t.startswith("Person")]
    assert len(baselines) == count
    # a name's middle is a third of its size over its baseline, where its dot is
    middle = (max(baselines) + min(baselines)) / 2 + NAME_SIZE * 0.33
    assert middle == pytest.approx(row_middle, abs=0.3)


def test_a_name_in_two_scripts_runs_on_without_overlap() -> None:
    data = grid_pdf([Placed("王小明 Wang", 3, 3)])
    runs = [(t, x) for t, x, _y, _s in pdf.drawn(data, 0) if t.strip() in ("王小明", "Wang")]
    assert [t.strip() for t, _x in runs] == ["王小明", "Wang"]
    (_t, chinese_x), (_l, latin_x) = runs
    marker = Marker(default_fonts())
    assert latin_x == pytest.approx(chinese_x + marker.width("王小明", NAME_SIZE), abs=0.01)


def test_everything_the_grid_draws_stays_inside_the_room_it_takes() -> None:
    grid = PowerGrid([Placed("Ana", 1, 1), Placed("Bo", 5, 5)], WORDS, Marker(default_fonts()),
                     CONTENT_WIDTH)
    width, height = grid.wrap(CONTENT_WIDTH, 140 * mm)
    drawn = [(t.strip(), x, y) for t, x, y, _s in pdf.drawn(grid_pdf(grid.people), 0)
             if t.strip() and t.strip() != "Influence →"]  # turned: its x is its baseline
    assert {"Interest →", "Monitor", "Keep satisfied", "Ana", "Bo", "1", "5"} <= {
        t for t, _x, _y in drawn}
    for text, x, y in drawn:
        assert 20 <= x <= 20 + width and 30 <= y <= 30 + height - 7.5, text
