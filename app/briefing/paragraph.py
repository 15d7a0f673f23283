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

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from itertools import accumulate
from typing import Any

from reportlab.lib.textsplit import ALL_CANNOT_START, CANNOT_END_LINE
from reportlab.pdfbase.pdfmetrics import getAscentDescent, stringWidth
from reportlab.platypus import Paragraph
from reportlab.platypus.paragraph import FragLine, ParaLines, imgNormV, imgVRange

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


class _Widths(dict[str, float]):
    """Character → width in one font and size, measured on first sight (they recur)."""

    def __init__(self, font: str, size: float) -> None:
        super().__init__()
        self.font, self.size = font, size

    def __missing__(self, char: str) -> float:
        width: float = stringWidth(char, self.font, self.size)
        self[char] = width
        return width


#: character widths by (font, size): a CJK text measures each character
_WIDTHS: dict[tuple[str, float], _Widths] = {}


class _Units:
    """The frags' characters side by side: each one's text, frag and width, and the width up
    to each, so that a line is found by bisection and built one slice per frag.

    ReportLab's own splitter makes a ``str`` object per character and compares
    the frags of every neighbouring pair while it builds a line; here a frag's
    characters are a slice, found from where each frag starts.
    """

    def __init__(self, frags: Sequence[Any]) -> None:
        self.frags = frags
        self.chars: list[str] = []
        #: where each frag's characters start (one more entry: where the last ends)
        self.firsts: list[int] = []
        #: the positions of line breaks (frags of their own, with no text)
        self.breaks: list[int] = []
        widths: list[float] = []
        for frag in frags:
            first = len(self.chars)
            self.firsts.append(first)
            text = frag.text
            picture: Any = getattr(frag, "cbDefn", None)
            if not text or picture is not None:  # one unit: a break, an empty run, an image
                self.chars.append(text or "")
                widths.append(getattr(picture, "width", 0) if picture is not None
                              else stringWidth(text, frag.fontName, frag.fontSize))
            else:
                key = (frag.fontName, frag.fontSize)
                known = _WIDTHS.get(key) or _WIDTHS.setdefault(key, _Widths(*key))
                widths.extend(map(known.__getitem__, text))
                self.chars.extend(text)
            if hasattr(frag, "lineBreak"):
                self.breaks.extend(range(first, len(self.chars)))
        self.firsts.append(len(self.chars))
        self.upto = [0.0, *accumulate(widths)]

    def line(self, start: int, end: int, max_width: float, line_break: bool,
             calc_bounds: bool) -> Any:
        """Characters ``start`` to ``end`` as one line: a word per frag, as ReportLab draws."""
        words = []
        size = ascent = descent = 0.0
        first_frag = bisect_right(self.firsts, start) - 1
        last_frag = bisect_right(self.firsts, end - 1) - 1
        for number in range(first_frag, last_frag + 1):
            frag = self.frags[number]
            word = frag.clone()
            word.text = "".join(self.chars[max(start, self.firsts[number]):
                                           min(end, self.firsts[number + 1])])
            words.append(word)
            font_size = frag.fontSize
            picture: Any = getattr(frag, "cbDefn", None) if calc_bounds else None
            if getattr(picture, "width", 0):
                low, high = imgVRange(imgNormV(picture.height, font_size), picture.valign,
                                      font_size)
            else:
                high, low = getAscentDescent(frag.fontName, font_size)
            size, ascent, descent = max(size, font_size), max(ascent, high), min(descent, low)
        used = self.upto[end] - self.upto[start]
        return FragLine(kind=1, extraSpace=max_width - used, wordCount=1, words=words,
                        fontSize=size, ascent=ascent, descent=descent, maxWidth=max_width,
                        currentWidth=used, lineBreak=line_break)


def _breaks(units: _Units, max_widths: Sequence[float]) -> list[tuple[int, int, float, bool]]:
    """Each line as (first character, end, width available, whether a line break ends it)."""
    chars, upto, breaks = units.chars, units.upto, units.breaks
    count = len(chars)
    lines: list[tuple[int, int, float, bool]] = []
    start = 0
    while start < count:
        width = max_widths[min(len(lines), len(max_widths) - 1)]
        # the characters that fit from ``start`` (at least one, however wide)
        fit = min(count, max(start + 1, bisect_right(upto, upto[start] + width + _FUZZ) - 1))
        stop = bisect_left(breaks, start)
        if stop < len(breaks) and breaks[stop] < fit:  # a line break comes first
            end, line_break = breaks[stop] + 1, True
        elif fit == count:
            end, line_break = count, False
        else:
            end, line_break = break_point(chars, start, fit), False
        lines.append((start, end, width, line_break))
        start = end
        while not line_break and start < count and chars[start] == " ":
            start += 1  # a space that ended a line does not start the next
    return lines


def split_cjk(frags: Sequence[Any], max_widths: Sequence[float], calc_bounds: bool) -> Any:
    """The frags broken into lines of at most ``max_widths`` (ReportLab's ParaLines)."""
    units = _Units(frags)
    return ParaLines(kind=1, lines=[units.line(start, end, width, line_break, calc_bounds)
                                    for start, end, width, line_break in _breaks(units,
                                                                                max_widths)])


def _one_run(frags: Sequence[Any]) -> bool:
    """Whether the frags are one run of text in one font: no line break, no image."""
    if len(frags) != 1:
        return False
    frag = frags[0]
    return bool(frag.text) and not hasattr(frag, "lineBreak") and not hasattr(frag, "cbDefn")


def split_run(frag: Any, max_widths: Sequence[float]) -> Any:
    """One run of text broken into lines of at most ``max_widths``: ReportLab's plain kind
    of lines (a string each), which it draws with one text operation per line."""
    units = _Units([frag])
    text, upto = frag.text, units.upto
    spans = _breaks(units, max_widths)
    ascent, descent = getAscentDescent(frag.fontName, frag.fontSize)
    return ParaLines(kind=0, fontName=frag.fontName, fontSize=frag.fontSize,
                     textColor=frag.textColor, us_lines=[], link=[], ascent=ascent,
                     descent=descent, source=frag, spans=spans,
                     lines=[(width - (upto[end] - upto[start]), [text[start:end]])
                            for start, end, width, _break in spans])


def _split_run(lines: Any, start: int, stop: int) -> list[Any]:
    """The frag of lines ``start`` to ``stop`` of :func:`split_run`'s lines, for a split."""
    spans = lines.spans
    last = len(lines.source.text) if stop == len(spans) else spans[stop - 1][1]
    return [lines.source.clone(text=lines.source.text[spans[start][0]:last])]


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
        if _one_run(self.frags):  # (the first part of a split holds just its lines' text)
            return split_run(self.frags[0], widths)
        if hasattr(self, "blPara") and getattr(self, "_splitpara", False):
            return self.blPara  # the first part of a split keeps its lines
        if not self.frags:
            style = self.style
            return ParaLines(kind=0, fontSize=style.fontSize, fontName=style.fontName,
                             textColor=style.textColor, lines=[], ascent=style.fontSize,
                             descent=-0.2 * style.fontSize)
        auto = getattr(self, "autoLeading", getattr(self.style, "autoLeading", ""))
        return split_cjk(self.frags, widths, auto not in ("", "off"))

    def _get_split_blParaFunc(self) -> Any:
        if getattr(self.blPara, "spans", None) is not None:
            return _split_run
        return super()._get_split_blParaFunc()
