"""Bookmarks and the table of contents, laid out in the same single pass as the pages."""

from __future__ import annotations

from reportlab.platypus import Flowable, Paragraph

from app.briefing.canvas import Mark, PageCanvas, Slot

#: room kept at the right of a contents line for its page number
NUMBER_WIDTH = 28.0


class Anchor(Flowable):  # type: ignore[misc]  # reportlab has no type hints
    """Zero-size: where a section (level 0) or a department (level 1) starts.

    It stays with the heading after it, so the bookmark lands on the heading's page.
    """

    def __init__(self, key: str, title: str, level: int = 0) -> None:
        super().__init__()
        self.key = key
        self.title = " ".join(title.split())
        self.level = level
        self.keepWithNext = True

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        canvas = self.canv
        if isinstance(canvas, PageCanvas):
            _x, y = canvas.absolutePosition(0, 0)
            canvas.marks.append(Mark(self.key, self.title, self.level, canvas.page(), y + 16))


class ContentsLine(Flowable):  # type: ignore[misc]  # reportlab has no type hints
    """One line of the table of contents; its page number is written when it is known."""

    def __init__(self, key: str, title: Paragraph, font: str, size: float) -> None:
        super().__init__()
        self.key = key
        self.title = title
        self.font = font
        self.size = size

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = available_width
        _w, self.height = self.title.wrap(available_width - NUMBER_WIDTH, available_height)
        return self.width, self.height

    def draw(self) -> None:
        self.title.drawOn(self.canv, 0, 0)
        canvas = self.canv
        if isinstance(canvas, PageCanvas):
            right, top = canvas.absolutePosition(self.width, self.height)
            baseline = top - self.size - 1
            canvas.slots.append(Slot(self.key, canvas.page(), right, baseline, self.font,
                                     self.size))
