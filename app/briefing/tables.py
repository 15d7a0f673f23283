"""Tables of any length, laid out a page at a time.

ReportLab's Table measures every remaining row each time it splits, so a
2,000-row table costs time in the square of its length. :class:`RowFeed`
hands the frame a table of about a page of rows only, keeps the rest, and so
stays linear; the header repeats on every page as usual.
:class:`KeepWithFirstRow` keeps a table's heading on the page of its first row.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from reportlab.platypus import CondPageBreak, Flowable, Table

#: physical rows measured first; then a little more than the previous page took
BATCH = 40

#: one physical row: its cells, and whether a logical row ends with it (rule below)
Row = tuple[list[Any], bool]
#: makes the table of some rows (with the header), given their heights when they are known
Maker = Callable[[Sequence[Row], Sequence[float] | None], Table]


def feed(make: Maker, rows: Sequence[Row], batch: int = BATCH) -> Flowable:
    """A plain table when short, else a :class:`RowFeed`."""
    return make(rows, None) if len(rows) <= batch else RowFeed(make, rows, batch)


class KeepWithFirstRow(CondPageBreak):  # type: ignore[misc]  # reportlab has no type hints
    """A page break unless ``lead`` (a heading) and the first row of a table fit here.

    A fixed CondPageBreak either leaves a heading alone at the foot of a page
    (when the first row is tall) or wastes space (when it is short): this one
    measures the heading and a table of the header and first row only.
    """

    def __init__(self, lead: Sequence[Flowable], probe: Callable[[], Flowable]) -> None:
        super().__init__(0)
        self._lead = list(lead)
        self._probe = probe
        #: the room needed, by the width it was measured at (a frame asks more than once)
        self._needed: dict[float, float] = {}

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        frame = self._doctemplateAttr("frame")
        if frame is not None and getattr(frame, "_atTop", False):
            return 0, 0  # already at the top of a page: breaking would only add a blank one
        needed = self._needed.get(available_width)
        if needed is None:
            needed = sum(f.wrap(available_width, available_height)[1] + f.getSpaceBefore()
                         + f.getSpaceAfter() for f in self._lead)
            needed += self._probe().wrap(available_width, available_height)[1]
            self._needed[available_width] = needed
        self.height = needed
        size: tuple[float, float] = super().wrap(available_width, available_height)
        return size


class RowFeed(Flowable):  # type: ignore[misc]  # reportlab has no type hints
    """The rows still to print; it always asks to be split."""

    def __init__(self, make: Maker, rows: Sequence[Row], batch: int = BATCH) -> None:
        super().__init__()
        self._make = make
        self._rows = rows
        #: rows measured at once: a little more than the last page took
        self._batch = batch

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        # more than a page of rows by construction: taller than any frame
        return available_width, available_height + 1

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        batch = self._batch
        head = self._make(self._rows[:batch], None)
        _width, height = head.wrap(available_width, available_height)
        if height <= available_height:  # a short guess: the rest follows on this page
            return [head, feed(self._make, self._rows[batch:], batch * 2)]
        # the rows that fit under the header, as ReportLab's split counts them; their table
        # is made anew with the heights just measured (ReportLab's split would copy every
        # style command into two new tables, the second thrown away, then measure again)
        heights: list[float] = head._rowHeights
        total = heights[0]
        used = 0
        while used + 1 < len(heights) and total + heights[used + 1] <= available_height:
            total += heights[used + 1]
            used += 1
        if not used:
            return []  # not even one row fits here: the frame moves on to the next page
        return [self._make(self._rows[:used], heights[:used + 1]),
                feed(self._make, self._rows[used:], max(8, used * 3 // 2 + 4))]

    def draw(self) -> None:  # never drawn: split first, always
        raise AssertionError("RowFeed must be split before it is drawn")
