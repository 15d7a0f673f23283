"""The canvas of every Prewire PDF: pages held back for "Page X of Y", outline entries
placed on their pages, table-of-contents page numbers filled in, and synthetic bold.

Pages are kept until the end (ReportLab's "numbered canvas" recipe), so the
total is known in one layout pass. Bookmarks are recorded while a page is
drawn and added when that page is finally written, since only then does the
PDF know which page object they point to; the same goes for the page numbers
of the table of contents, known only once the sections after it are laid out.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from reportlab.lib.rl_accel import fp_str
from reportlab.pdfgen.canvas import Canvas
from reportlab.pdfgen.textobject import PDFTextObject

#: the stroke of synthetic bold, as a share of the font size (about what a bold face adds)
STROKE = 0.035


@dataclass(frozen=True)
class Mark:
    """An outline entry: where a section or a department starts."""

    key: str
    title: str
    level: int
    page: int
    top: float


@dataclass(frozen=True)
class Slot:
    """Where the table of contents prints the page on which ``key`` starts."""

    key: str
    page: int
    right: float
    baseline: float
    font: str
    size: float


class _Text(PDFTextObject):  # type: ignore[misc]  # reportlab has no type hints
    """A text object that fills and strokes the synthetic-bold fonts."""

    def __init__(self, canvas: PageCanvas, x: float, y: float, direction: Any = None) -> None:
        super().__init__(canvas, x, y, direction=direction)
        self._synthetic = canvas.synthetic
        self._stroking = False

    def _bold_for(self, font: str, size: float) -> None:
        stroking = font in self._synthetic
        if stroking == self._stroking:
            return
        self._stroking = stroking
        if stroking:
            self._code.append(f"{fp_str(size * STROKE)} w")
            # the text's colour, else the canvas's (a paragraph of one run sets it there)
            super().setStrokeColor(getattr(self, "_fillColorObj", None)
                                   or self._canvas._fillColorObj)
        self.setTextRenderMode(2 if stroking else 0)

    def _setFont(self, psfontname: str, size: float) -> None:
        super()._setFont(psfontname, size)
        self._bold_for(psfontname, size)

    def setFont(self, psfontname: str, size: float, leading: float | None = None) -> None:
        super().setFont(psfontname, size, leading)
        self._bold_for(psfontname, size)

    def setFillColor(self, aColor: Any, alpha: float | None = None) -> None:
        super().setFillColor(aColor, alpha)
        if self._stroking:
            super().setStrokeColor(aColor, alpha)

    def getCode(self) -> str:
        if self._stroking:  # the text state outlives the text object: leave it plain
            self._stroking = False
            self.setTextRenderMode(0)
        code: str = super().getCode()
        return code


class PageCanvas(Canvas):  # type: ignore[misc]  # reportlab has no type hints
    """Holds every page back until the end, then stamps each and writes its bookmarks."""

    def __init__(self, *args: Any, stamp: Callable[[Canvas, int, int], None],
                 synthetic: frozenset[str] = frozenset(), **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._stamp = stamp
        self.synthetic = synthetic
        self._pages: list[dict[str, Any]] = []
        self.marks: list[Mark] = []
        self.slots: list[Slot] = []

    def beginText(self, x: float = 0, y: float = 0, direction: Any = None) -> _Text:
        return _Text(self, x, y, direction)

    def page(self) -> int:
        """The number of the page being drawn."""
        return len(self._pages) + 1

    def showPage(self) -> None:
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def _contents_numbers(self, number: int, starts: dict[str, int]) -> None:
        for slot in self.slots:
            if slot.page == number and slot.key in starts:
                self.setFont(slot.font, slot.size)
                self.drawRightString(slot.right, slot.baseline, str(starts[slot.key]))

    def save(self) -> None:
        total = len(self._pages)
        starts: dict[str, int] = {}
        for mark in self.marks:
            starts.setdefault(mark.key, mark.page)
        by_page: dict[int, list[Mark]] = {}
        for mark in self.marks:
            by_page.setdefault(mark.page, []).append(mark)
        for number, state in enumerate(self._pages, start=1):
            self.__dict__.update(state)
            self._stamp(self, number, total)
            self._contents_numbers(number, starts)
            for mark in by_page.get(number, []):
                self.bookmarkPage(mark.key, fit="XYZ", top=mark.top)
                self.addOutlineEntry(mark.title, mark.key, level=mark.level)
            super().showPage()
        super().save()
