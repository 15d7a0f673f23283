"""A Paragraph that wraps Chinese by the line-breaking rules and keeps its measurements.

ReportLab's CJK wrapping lets a closing mark that overflows hang into the
margin (so cell text runs into the next column) and, after a Latin word it
pulls back, can start a line with "，" or "；" (its list of marks that may not
start a line is Japanese and lacks both). Here a line never starts with a mark
that may not start one ("，" "。" "、" "；" "：" "）" "》"...)
nor ends with one that may not end one ("（" "《" "“"...): the break moves
back instead, so nothing overflows. A Latin word inside Chinese text moves
to the next line whole, unless it is longer than the line itself.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import accumulate
from typing import Any

from reportlab.lib.textsplit import ALL_CANNOT_START, CANNOT_END_LINE
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Paragraph
from reportlab.platypus.paragraph import ParaLines, cjkU, makeCJKParaLine

# ReportLab's lists are Japanese; Chinese adds its full-width comma, semicolon, colon,
# question and exclamation marks and closing book-title marks (W3C clreq, GB/T 15834)
_CANNOT_END = frozenset("".join(CANNOT_END_LINE) + "（「『《〈【〔〖〘〚‘“([{")
_CANNOT_START = frozenset(ALL_CANNOT_START + "，。、；：！？）」』》〉】〕〗〙〛’”…‥—～·％‰"
                          ",.;:!?)]}%")
_FUZZ = 1e-6


def _in_word(char: str) -> bool:
    """A character of a Latin word or number: no break inside one."""
    return len(char) == 1 and ord(char) < 0x2E80 and not char.isspace()


def _bad_break(chars: Sequence[str], point: int) -> bool:
    """Whether breaking before ``chars[point]`` starts or ends a line with a forbidden mark."""
    return (point < len(chars) and chars[point] in _CANNOT_START) or (
        chars[point - 1] in _CANNOT_END)


def break_point(chars: Sequence[str], start: int, end: int) -> int:
    """Where the line that runs from ``start`` and overflows at ``end`` should end.

    Returns the index of the first character of the next line (``start`` < it <= ``end``).
    """
    point = end
    for _round in range(3):  # each rule may move the break; a few rounds settle it
        moved = point
        if point < len(chars) and _in_word(chars[point]) and _in_word(chars[point - 1]):
            back = point - 1
            while back > start and _in_word(chars[back - 1]):
                back -= 1
            if back > start:
                point = back
        while point - 1 > start and _bad_break(chars, point):
            point -= 1
        if point == moved:
            break
    return point


#: character widths by (font, size): a CJK text measures each character, and they recur
_WIDTHS: dict[tuple[str, float], dict[str, float]] = {}


def _units(frag: Any) -> list[Any]:
    """The frag's characters as ReportLab's CJK units (a str with its frag and width)."""
    text = frag.text
    if not text or hasattr(frag, "cbDefn"):
        return [cjkU(text, frag, "utf8")]
    widths = _WIDTHS.setdefault((frag.fontName, frag.fontSize), {})
    out = []
    for char in text:
        width = widths.get(char)
        if width is None:
            width = widths[char] = stringWidth(char, frag.fontName, frag.fontSize)
        unit = str.__new__(cjkU, char)
        unit._frag = frag
        unit._width = width
        out.append(unit)
    return out


def split_cjk(frags: Sequence[Any], max_widths: Sequence[float], calc_bounds: bool) -> Any:
    """The frags broken into lines of at most ``max_widths`` (ReportLab's ParaLines)."""
    units: list[Any] = []
    for frag in frags:
        units += _units(frag)
    # widths up to each unit, so that any stretch is measured in one subtraction
    upto = [0.0, *accumulate(u.width for u in units)]
    lines: list[Any] = []
    start = index = 0
    used = 0.0
    width = max_widths[0]

    def close(end: int, line_break: bool) -> None:
        nonlocal start, used, width, index
        taken = upto[end] - upto[start]
        lines.append(makeCJKParaLine(units[start:end], width, taken, width - taken, line_break,
                                     calc_bounds))
        width = max_widths[min(len(lines), len(max_widths) - 1)]
        start = end
        while start < len(units) and units[start] == " " and not line_break:
            start += 1  # a space that ended a line does not start the next
        index = max(index, start)
        used = upto[index] - upto[start]

    while index < len(units):
        unit = units[index]
        if hasattr(unit.frag, "lineBreak"):
            index += 1
            close(index, True)
            continue
        if used + unit.width > width + _FUZZ and index > start:
            close(break_point(units, start, index), False)
            continue
        used += unit.width
        index += 1
    if start < len(units):
        close(len(units), False)
    return ParaLines(kind=1, lines=lines)


class BriefingParagraph(Paragraph):  # type: ignore[misc]  # reportlab has no type hints
    """A Paragraph with the line-breaking rules above that keeps its line breaks per width.

    A table measures, splits and draws each cell, wrapping it every time;
    breaking the lines once per width makes long tables several times faster.
    """

    _wrapped: tuple[float, tuple[float, float]] | None = None

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        wrapped = self._wrapped
        # ReportLab drops the line breaks when it splits a paragraph: measure again then
        if wrapped is not None and wrapped[0] == available_width and "blPara" in self.__dict__:
            return wrapped[1]
        size: tuple[float, float] = super().wrap(available_width, available_height)
        self._wrapped = (available_width, size)
        return size

    def breakLinesCJK(self, maxWidths: float | Sequence[float]) -> Any:
        widths = [maxWidths] if isinstance(maxWidths, int | float) else list(maxWidths)
        self.height = 0
        if hasattr(self, "blPara") and getattr(self, "_splitpara", False):
            return self.blPara  # the second half of a split keeps its lines
        if not self.frags:
            style = self.style
            return ParaLines(kind=0, fontSize=style.fontSize, fontName=style.fontName,
                             textColor=style.textColor, lines=[], ascent=style.fontSize,
                             descent=-0.2 * style.fontSize)
        auto = getattr(self, "autoLeading", getattr(self.style, "autoLeading", ""))
        return split_cjk(self.frags, widths, auto not in ("", "off"))
