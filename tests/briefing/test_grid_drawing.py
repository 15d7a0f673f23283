"""Where the power grid puts each person and label, read back from the PDF's text positions.

The grid is drawn alone on a page, as the pack draws it; every position is
compared with the axis numbers the grid prints, never with its own geometry.
"""

from __future__ import annotations

import io
import itertools

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
ORIGIN = (20.0, 30.0)


def draw(people: list[Placed], words: GridWords = WORDS) -> list[tuple[str, float, float]]:
    """The grid on a page of its own: each drawn run (text, x, y)."""
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(CONTENT_WIDTH + 40, 140 * mm))
    grid = PowerGrid(people, words, Marker(default_fonts()), CONTENT_WIDTH)
    grid.wrapOn(canvas, CONTENT_WIDTH, 140 * mm)
    grid.drawOn(canvas, *ORIGIN)
    canvas.save()
    return [(t.strip(), x, y) for t, x, y, _s in pdf.drawn(buffer.getvalue(), 0) if t.strip()]


def axes(drawn: list[tuple[str, float, float]]) -> tuple[list[float], list[float]]:
    """The x of the interest numbers 1-5 (left to right) and the y of the influence ones."""
    digits = [(t, x, y) for t, x, y in drawn if t in {"1", "2", "3", "4", "5"}]
    low = min(y for _t, _x, y in digits)  # the interest numbers run under the grid
    left = min(x for _t, x, _y in digits)  # the influence ones down its left side
    interest = sorted((x, t) for t, x, y in digits if abs(y - low) < 1)
    influence = sorted((y, t) for t, x, y in digits if abs(x - left) < 1)
    assert [t for _x, t in interest] == ["1", "2", "3", "4", "5"]  # left to right
    assert [t for _y, t in influence] == ["1", "2", "3", "4", "5"]  # bottom to top
    return [x for x, _t in interest], [y for y, _t in influence]


def nearest(values: list[float], value: float) -> int:
    """The 1-5 value whose axis number is nearest ``value``."""
    return min(range(5), key=lambda i: abs(values[i] - value)) + 1


def width(text: str) -> float:
    return Marker(default_fonts()).width(text, NAME_SIZE)


def test_each_person_sits_in_the_cell_of_their_interest_and_influence() -> None:
    people = [Placed("Ana Ruiz", influence=5, interest=1), Placed("Bo Lee", 1, 5),
              Placed("Cai Wen", 3, 2), Placed("Dee Hart", 2, 4), Placed("王小明", 4, 3)]
    drawn = draw(people)
    xs, ys = axes(drawn)
    for person in people:
        x, y = next((x, y) for t, x, y in drawn if t == person.name)
        assert nearest(xs, x + width(person.name) / 2) == person.interest, person.name
        assert nearest(ys, y) == person.influence, person.name


def test_the_quadrant_labels_sit_in_their_corners() -> None:
    drawn = draw([])
    xs, ys = axes(drawn)
    at = {t: (x, y) for t, x, y in drawn}
    marker = Marker(default_fonts())
    ends = {t: at[t][0] + marker.width(t, 7.5, bold=True) for t in at}
    middle_x, middle_y = xs[2], ys[2]
    # high influence at the top; low interest on the left
    assert at["Keep satisfied"][0] < middle_x < at["Manage closely"][0]
    assert at["Monitor"][0] < middle_x < at["Keep informed"][0]
    assert at["Keep satisfied"][1] == at["Manage closely"][1] > ys[4] > middle_y
    assert at["Monitor"][1] == at["Keep informed"][1] < ys[0] < middle_y
    # the left ones start, the right ones end, at the same place
    digits_x = next(x for t, x, _y in drawn if t == "1" and x < xs[0])
    assert digits_x < at["Keep satisfied"][0] == at["Monitor"][0] < xs[0]
    assert abs(ends["Manage closely"] - ends["Keep informed"]) < 0.01
    assert ends["Manage closely"] > xs[4]
    # the axis titles: interest under the numbers, influence (turned) beside them, each
    # centred on the quadrant line, the middle of value 3
    middle_x = xs[2] + marker.width("3", 7.5) / 2
    interest_x, interest_y = at["Interest →"]
    assert interest_x + marker.width("Interest →", 7.5) / 2 == pytest.approx(middle_x, abs=0.1)
    assert interest_y < min(y for t, _x, y in drawn if t == "1")
    influence_x, influence_y = at["Influence →"]
    assert influence_x < min(x for t, x, _y in drawn if t == "1")
    assert influence_y + marker.width("Influence →", 7.5) / 2 == pytest.approx(ys[2] + 2.5,
                                                                               abs=0.1)


def test_a_crowded_cell_shows_two_columns_then_counts_the_rest() -> None:
    six = [Placed(f"Person {n}", 4, 4) for n in range(1, 7)]
    drawn = draw(six)
    xs, ys = axes(drawn)
    placed = {t: (x, y) for t, x, y in drawn if t.startswith("Person")}
    assert sorted(placed) == [p.name for p in six]  # everyone named, none counted
    columns = sorted({round(x, 1) for x, _y in placed.values()})
    assert len(columns) == 2
    first = [n for n, (x, _y) in placed.items() if round(x, 1) == columns[0]]
    assert first == ["Person 1", "Person 2", "Person 3"]  # down the first column, in order
    lines = [placed[n][1] for n in first]
    assert all(upper - lower >= NAME_SIZE for upper, lower in itertools.pairwise(lines))
    for x, y in placed.values():
        assert nearest(xs, x + width("Person 1") / 2) == 4 and nearest(ys, y) == 4

    twelve = [Placed(f"Person {n}", 2, 2) for n in range(1, 13)]
    drawn = draw(twelve)
    shown = [t for t, _x, _y in drawn if t.startswith("Person")]
    counted = [t for t, _x, _y in drawn if t.startswith("+")]
    assert counted == [f"+{12 - len(shown)}"] and shown == [p.name for p in twelve][:len(shown)]
    assert len(shown) >= 6
    # nobody leaves the cell: the last name ends before the next column's number
    xs, _ys = axes(drawn)
    assert all(x < xs[2] - 10 for t, x, _y in drawn if t in shown or t in counted)


def test_a_long_name_is_cut_to_its_cell_with_an_ellipsis() -> None:
    long = "Maximiliana Fernández de Córdoba y Villalobos"
    drawn = draw([Placed(long, 3, 3), Placed("Next Door", 3, 4)])
    xs, _ys = axes(drawn)
    cut = next(t for t, _x, _y in drawn if t.startswith("Maximiliana"))
    assert cut.endswith("…") and long.startswith(cut[:-1]) and len(cut) < len(long)
    start = next(x for t, x, _y in drawn if t == cut)
    cell = xs[1] - xs[0]
    assert start + width(cut) < xs[2] + cell / 2  # within the cell of interest 3


def test_a_dot_marks_each_person_and_none_marks_the_count() -> None:
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(CONTENT_WIDTH + 40, 140 * mm))
    people = [Placed(f"Person {n}", 2, 2) for n in range(1, 13)] + [Placed("Solo", 5, 5)]
    grid = PowerGrid(people, WORDS, Marker(default_fonts()), CONTENT_WIDTH)
    grid.wrapOn(canvas, CONTENT_WIDTH, 140 * mm)
    grid.drawOn(canvas, *ORIGIN)
    canvas.save()
    data = buffer.getvalue()
    texts = [t.strip() for t, _x, _y, _s in pdf.drawn(data, 0)]
    shown = [t for t in texts if t.startswith("Person") or t == "Solo"]
    assert len(shown) == 8 and "+5" in texts
    # ReportLab draws a circle as four Bézier curves
    assert pdf.content(data, 0).count(b" c\n") == 4 * len(shown)


def vectors(data: bytes) -> tuple[list[tuple[float, ...]], list[tuple[float, ...]]]:
    """The page's straight lines (x1, y1, x2, y2, width, dashed) and rectangles
    (x, y, w, h, filled, stroked), on the page (the grid's own offset added)."""
    lines: list[tuple[float, ...]] = []
    rects: list[tuple[float, ...]] = []
    width, dashed = 1.0, False
    dx, dy = ORIGIN
    for row in pdf.content(data, 0).decode("latin-1").splitlines():
        words = row.split()
        if words[-1:] == ["w"]:
            width = float(words[0])
        elif words[-1:] == ["d"]:
            dashed = row.strip() != "[] 0 d"
        elif words[:1] == ["n"] and words[3:4] == ["m"] and words[6:8] == ["l", "S"]:
            x1, y1, x2, y2 = (float(words[i]) for i in (1, 2, 4, 5))
            lines.append((x1 + dx, y1 + dy, x2 + dx, y2 + dy, width, dashed))
        elif words[:1] == ["n"] and words[5:6] == ["re"]:
            x, y, w, h = (float(v) for v in words[1:5])
            rects.append((x + dx, y + dy, w, h, words[6].startswith("f") or words[6] == "B",
                          words[6] in ("S", "B")))
    return lines, rects


def test_the_quadrant_lines_cross_in_the_middle_of_value_3_and_the_care_quadrant_is_tinted(
) -> None:
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(CONTENT_WIDTH + 40, 140 * mm))
    grid = PowerGrid([], WORDS, Marker(default_fonts()), CONTENT_WIDTH)
    grid.wrapOn(canvas, CONTENT_WIDTH, 140 * mm)
    grid.drawOn(canvas, *ORIGIN)
    canvas.save()
    data = buffer.getvalue()
    drawn = [(t.strip(), x, y) for t, x, y, _s in pdf.drawn(data, 0) if t.strip()]
    xs, ys = axes(drawn)
    digit = Marker(default_fonts()).width("3", 7.5)
    centres_x = [x + digit / 2 for x in xs]  # the numbers are centred under their column
    centres_y = [y + 2.5 for y in ys]  # and set 2.5 pt under the middle of their row
    lines, rects = vectors(data)
    solid = [line for line in lines if not line[5]]
    dashed = [line for line in lines if line[5]]
    vertical = [line[0] for line in solid if line[0] == line[2]]
    horizontal = [line[1] for line in solid if line[1] == line[3]]
    assert vertical == [pytest.approx(centres_x[2], abs=0.05)]
    assert horizontal == [pytest.approx(centres_y[2], abs=0.05)]
    # the dotted lines part the five values: half way between two numbers
    assert sorted(line[0] for line in dashed if line[0] == line[2]) == pytest.approx(
        [(a + b) / 2 for a, b in itertools.pairwise(centres_x)], abs=0.05)
    assert sorted(line[1] for line in dashed if line[1] == line[3]) == pytest.approx(
        [(a + b) / 2 for a, b in itertools.pairwise(centres_y)], abs=0.05)
    # the frame, stroked, holds every line; the tint fills the top right quadrant only
    frame = next(r for r in rects if r[5])
    left, bottom, right, top = frame[0], frame[1], frame[0] + frame[2], frame[1] + frame[3]
    assert not frame[4]
    for x1, y1, x2, y2, _w, _d in lines:
        assert left - 0.01 <= min(x1, x2) and max(x1, x2) <= right + 0.01
        assert bottom - 0.01 <= min(y1, y2) and max(y1, y2) <= top + 0.01
    tint = next(r for r in rects if r[4])
    assert not tint[5]
    assert tint[0] == pytest.approx(vertical[0]) and tint[1] == pytest.approx(horizontal[0])
    assert tint[0] + tint[2] == pytest.approx(right) and tint[1] + tint[3] == pytest.approx(top)
    # and the axis numbers stand outside the frame
    assert all(y < bottom for y in [y for t, _x, y in drawn if t in "12345"][::2])
    assert all(x < left for x in [x for t, x, _y in drawn if t in "12345"][1::2])
