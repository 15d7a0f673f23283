"""The power/interest grid as vector drawing: the window's grid, on paper.

Placement is the window's (``ui/widgets/power_grid.py``): interest runs left
to right, influence bottom to top, each value 1-5 owning one fifth of the
cell area, value ``v`` in the ``v``-th column or row; the quadrant lines run
through the middle of value 3, which counts as high. People sharing a cell
are stacked in lines (two columns when they need them); those that do not fit
are counted ("+3") and all are named in the attendee list beside it.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from app.briefing.styles import ACCENT, INK, MUTED, RULE
from app.briefing.text import Marker

SCALE = 5
NAME_SIZE = 7.0
LABEL_SIZE = 7.5
TINT = colors.HexColor("#EAF1F8")
DOT = colors.HexColor("#1F4E79")


@dataclass(frozen=True)
class Placed:
    """A person on the grid."""

    name: str
    influence: int
    interest: int


@dataclass(frozen=True)
class GridWords:
    """The grid's labels, in the meeting's language."""

    keep_satisfied: str
    manage_closely: str
    monitor: str
    keep_informed: str
    interest: str
    influence: str


def cell_box(left: float, bottom: float, width: float, height: float, interest: int,
             influence: int) -> tuple[float, float, float, float]:
    """(x, y, w, h) of the cell of ``interest`` and ``influence`` (PDF: y grows upwards)."""
    w, h = width / SCALE, height / SCALE
    return left + (interest - 1) * w, bottom + (influence - 1) * h, w, h


def draw_text(canvas: Canvas, marker: Marker, text: str, x: float, y: float, size: float,
              bold: bool = False) -> None:
    """One line of user text at (x, y), each run in the font that draws it."""
    for name, chars in marker.font_runs(text, bold):
        canvas.setFont(name, size)
        canvas.drawString(x, y, chars)
        x += stringWidth(chars, name, size)


class PowerGrid(Flowable):  # type: ignore[misc]  # reportlab has no type hints
    """The grid, ``width`` wide and ``height`` tall, with its people placed."""

    def __init__(self, people: Sequence[Placed], words: GridWords, marker: Marker,
                 width: float, height: float = 92 * mm) -> None:
        super().__init__()
        self.people = list(people)
        self.words = words
        self.marker = marker
        self.width = width
        self.height = height

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.width, self.height

    # -- geometry ---------------------------------------------------------
    def areas(self) -> tuple[float, float, float, float, float]:
        """(left, bottom, width, height) of the quadrant area, and the label band height."""
        left = 9 * mm
        bottom = 9 * mm
        return left, bottom, self.width - left - 1, self.height - bottom - 1, 5 * mm

    def cells(self) -> tuple[float, float, float, float]:
        left, bottom, width, height, band = self.areas()
        return left, bottom + band, width, height - 2 * band

    # -- drawing ----------------------------------------------------------
    def draw(self) -> None:
        canvas = self.canv
        canvas.saveState()
        self._background(canvas)
        self._axes(canvas)
        self._people(canvas)
        canvas.restoreState()

    def _background(self, canvas: Canvas) -> None:
        left, bottom, width, height, band = self.areas()
        mid_x, mid_y = left + width / 2, bottom + height / 2
        canvas.setFillColor(TINT)  # the quadrant that needs the most care
        canvas.rect(mid_x, mid_y, left + width - mid_x, bottom + height - mid_y, stroke=0,
                    fill=1)
        c_left, c_bottom, c_width, c_height = self.cells()
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.4)
        canvas.setDash(1, 2)
        for i in range(1, SCALE):
            x = c_left + i * c_width / SCALE
            y = c_bottom + i * c_height / SCALE
            canvas.line(x, bottom, x, bottom + height)
            canvas.line(left, y, left + width, y)
        canvas.setDash()
        canvas.setStrokeColor(MUTED)
        canvas.setLineWidth(1.2)
        canvas.line(mid_x, bottom, mid_x, bottom + height)
        canvas.line(left, mid_y, left + width, mid_y)
        canvas.setLineWidth(0.6)
        canvas.rect(left, bottom, width, height, stroke=1, fill=0)
        words = self.words
        canvas.setFillColor(MUTED)
        top_y = bottom + height - band + 1.6 * mm
        low_y = bottom + 1.6 * mm
        pad = 2 * mm
        m = self.marker
        draw_text(canvas, m, words.keep_satisfied, left + pad, top_y, LABEL_SIZE, bold=True)
        draw_text(canvas, m, words.monitor, left + pad, low_y, LABEL_SIZE, bold=True)
        for text, y in ((words.manage_closely, top_y), (words.keep_informed, low_y)):
            x = left + width - pad - m.width(text, LABEL_SIZE, bold=True)
            draw_text(canvas, m, text, x, y, LABEL_SIZE, bold=True)

    def _axes(self, canvas: Canvas) -> None:
        left, bottom, width, height, _band = self.areas()
        c_left, c_bottom, c_width, c_height = self.cells()
        canvas.setFillColor(INK)
        m = self.marker
        for value in range(1, SCALE + 1):
            x, _y, w, _h = cell_box(c_left, c_bottom, c_width, c_height, value, 1)
            canvas.setFont(m.fonts.regular, LABEL_SIZE)
            canvas.drawCentredString(x + w / 2, bottom - 3.2 * mm, str(value))
            _x, y, _w, h = cell_box(c_left, c_bottom, c_width, c_height, 1, value)
            canvas.drawRightString(left - 1.5 * mm, y + h / 2 - 2.5, str(value))
        text = self.words.interest
        draw_text(canvas, m, text, left + (width - m.width(text, LABEL_SIZE)) / 2,
                  bottom - 7.5 * mm, LABEL_SIZE)
        canvas.saveState()
        canvas.translate(2.5 * mm, bottom + height / 2)
        canvas.rotate(90)
        text = self.words.influence
        draw_text(canvas, m, text, -m.width(text, LABEL_SIZE) / 2, 0, LABEL_SIZE)
        canvas.restoreState()

    def _people(self, canvas: Canvas) -> None:
        groups: dict[tuple[int, int], list[Placed]] = defaultdict(list)
        for person in self.people:
            groups[(person.interest, person.influence)].append(person)
        c_left, c_bottom, c_width, c_height = self.cells()
        for (interest, influence), group in groups.items():
            box = cell_box(c_left, c_bottom, c_width, c_height, interest, influence)
            self._cell(canvas, box, group)

    def _cell(self, canvas: Canvas, box: tuple[float, float, float, float],
              group: list[Placed]) -> None:
        x, y, w, h = box
        line = NAME_SIZE + 2
        rows = max(1, int((h - 2) // line))
        cols = 1 if len(group) <= rows else 2
        capacity = rows * cols
        names = [p.name for p in group]
        if len(names) > capacity:
            rest = len(names) - capacity + 1
            names = [*names[:capacity - 1], f"+{rest}"]
        used_rows = math.ceil(len(names) / cols)
        dot = 1.4
        indent = 2 * dot + 2
        share = (w - 2) / cols
        # each column as wide as its longest name allows; the block centred in the cell.
        # The room for names is kept apart from the column width: (indent + w) - indent
        # can come back a hair under w, and the name would be cut for nothing.
        rooms = [min(share - indent, max(self.marker.width(n, NAME_SIZE) for n in
                                         names[c * used_rows:(c + 1) * used_rows]))
                 for c in range(cols)]
        widths = [indent + room for room in rooms]
        block_left = x + (w - sum(widths)) / 2
        top = y + h / 2 + used_rows * line / 2
        for index, name in enumerate(names):
            col, row = divmod(index, used_rows)
            left = block_left + sum(widths[:col])
            baseline = top - (row + 1) * line + 2.2
            is_person = not (name.startswith("+") and index == len(names) - 1
                             and len(group) > capacity)
            if is_person:
                canvas.setFillColor(DOT)
                canvas.circle(left + dot + 0.5, baseline + NAME_SIZE * 0.33, dot, stroke=0,
                              fill=1)
            canvas.setFillColor(INK if is_person else ACCENT)
            text = self.marker.fit(name, rooms[col], NAME_SIZE)
            draw_text(canvas, self.marker, text, left + indent, baseline, NAME_SIZE)
