"""Text that fits on one line of its table column, drawn as a one-line paragraph is.

Most cells of a pack's tables are short (a date, a name, a stance, "4/5"); a
Paragraph would break each into lines and draw it fragment by fragment on
every page it is laid out. A :class:`OneLine` is measured once, when the
table is built, and drawn as one text object, its characters where the
paragraph would have put them: the same baseline (a font size under the
top), each run in the font that draws it, synthetic bold included
(the canvas's text object strokes it).
"""

from __future__ import annotations

from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable

from app.briefing.text import Marker


class OneLine(Flowable):  # type: ignore[misc]  # reportlab has no type hints
    """``text`` on a single line in ``style`` (left-aligned, no indent, no background)."""

    def __init__(self, text: str, style: ParagraphStyle, runs: list[tuple[str, str]]) -> None:
        super().__init__()
        self.text = text
        self.style = style
        self.runs = runs
        self.height = style.leading
        self.spaceBefore = style.spaceBefore
        self.spaceAfter = style.spaceAfter

    @classmethod
    def fitting(cls, text: str, style: ParagraphStyle, marker: Marker, width: float
                ) -> OneLine | None:
        """``text`` as one line if it fits in ``width`` (measured once, here), else None."""
        if "\n" in text or style.leftIndent or style.rightIndent or style.firstLineIndent \
                or style.backColor or style.alignment:
            return None
        runs = marker.font_runs(text, bold=style.fontName == marker.fonts.bold)
        size = style.fontSize
        if sum(stringWidth(chars, name, size) for name, chars in runs) > width:
            return None
        return cls(text, style, runs)

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return available_width, self.height

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        return []  # one line: it moves on whole

    def draw(self) -> None:
        canvas = self.canv
        size = self.style.fontSize
        canvas.setFillColor(self.style.textColor)
        # ReportLab puts a paragraph's first baseline one font size under its top
        # (rl_config.paraFontSizeHeightOffset)
        text = canvas.beginText(0, self.height - size)
        for name, chars in self.runs:
            text.setFont(name, size)
            text.textOut(chars)
        canvas.drawText(text)
