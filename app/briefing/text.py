"""User text as Paragraph fragments, with each run of text in a font that draws it.

No markup: the fragments are built directly from the plain text, so typed
``<``, ``>`` and ``&`` can never become a tag, and ReportLab's markup parser
(the costliest part of a paragraph with font runs) never runs. Line breaks
become line-break fragments.

Fonts: each character goes to the Latin face if it has the glyph, else to
the CJK face (Han, kana, Hangul and full-width forms go to the CJK face
first, so CJK punctuation matches the characters around it).

Bold text takes the bold Latin face and the CJK bold face (or its
synthetic-bold alias), so a Latin word inside a Chinese heading is as heavy
as the Chinese around it.

Emoji and any other character neither embedded font can draw are replaced
by a white square "□" (U+25A1), one per emoji: a plain mark that something
was typed there, rather than the "�" of a decoding error or a silently
dropped character. Joiners, variation selectors and skin-tone modifiers of
an emoji sequence are dropped with it. When neither font has the square, "?"
is used.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus.paraparser import ParaFrag

from app.briefing.fonts import FontSet

REPLACEMENT = "\u25a1"
_LATIN, _CJK, _MISSING, _DROP, _BREAK = range(5)

_CJK_RANGES = (
    (0x2E80, 0x9FFF),  # radicals, CJK punctuation, kana, Bopomofo, Hangul letters, Han
    (0xAC00, 0xD7AF),  # Hangul syllables
    (0xF900, 0xFAFF),  # compatibility ideographs
    (0xFE30, 0xFE4F),  # compatibility forms
    (0xFF00, 0xFFEF),  # half-width and full-width forms
    (0x20000, 0x3FFFF),  # supplementary ideographs
)
# parts of an emoji sequence that carry no glyph of their own
_JOINERS = frozenset([0x200D, 0xFE0E, 0xFE0F, 0x20E3, *range(0x1F3FB, 0x1F400),
                      *range(0xE0020, 0xE0080)])
_REGIONAL = range(0x1F1E6, 0x1F200)
_CONTROL = re.compile("[\x00-\x09\x0b-\x1f\x7f]")


_CJK_PATTERN = re.compile("[" + "".join(f"{chr(low)}-{chr(high)}" for low, high in _CJK_RANGES)
                          + "]")


def is_cjk(code: int) -> bool:
    return any(low <= code <= high for low, high in _CJK_RANGES)


def has_cjk(text: str) -> bool:
    """Whether ``text`` needs CJK line wrapping."""
    return not text.isascii() and _CJK_PATTERN.search(text) is not None


def clean(text: str) -> str:
    """Newlines unified, tabs as spaces, other control characters removed."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", " ")
    return _CONTROL.sub("", text)


#: a kind as one letter (``_LATIN`` is "a"...), so that a text's kinds are a string
_FIRST_LETTER = ord("a")
_SLOW_LETTERS = frozenset(chr(_FIRST_LETTER + kind) for kind in (_MISSING, _DROP))
_SAME_LETTERS = re.compile(r"(.)\1*", re.DOTALL)


class _Letters(dict[int, str]):
    """Code point → the letter of its font kind, classified on first sight."""

    def __init__(self, kind: Callable[[int], int]) -> None:
        super().__init__()
        self._kind = kind

    def __missing__(self, code: int) -> str:
        letter = self[code] = chr(_FIRST_LETTER + self._kind(code))
        return letter


class Marker:
    """Turns plain text into Paragraph markup for one :class:`FontSet`."""

    def __init__(self, fonts: FontSet) -> None:
        self.fonts = fonts
        latin = fonts.latin_chars
        cjk = fonts.cjk_chars
        if ord(REPLACEMENT) in latin:
            self.replacement = (REPLACEMENT, _LATIN)
        elif cjk is not None and ord(REPLACEMENT) in cjk:
            self.replacement = (REPLACEMENT, _CJK)
        else:
            self.replacement = ("?", _LATIN)
        self._kinds: dict[int, int] = {}  # code point → font kind, learnt as text comes
        #: code point → its kind as a letter, for ``str.translate`` (learnt as text comes)
        self._letters = _Letters(self._kind)
        # plain ASCII the Latin face fully covers needs no per-character work
        self._ascii_ok = all(c in latin for c in range(0x20, 0x7F))

    def _kind(self, code: int) -> int:
        kind = self._kinds.get(code)
        if kind is None:
            kind = self._kinds[code] = self._classify(code)
        return kind

    def _classify(self, code: int) -> int:
        if code == 0x0A:
            return _BREAK
        if code in _JOINERS:
            return _DROP
        cjk = self.fonts.cjk_chars
        if is_cjk(code) and (cjk is None or code in cjk):
            return _CJK
        if code in self.fonts.latin_chars:
            return _LATIN
        if cjk is None:
            # the CID fallback: trust it with the Basic Multilingual Plane, not with emoji
            return _CJK if code < 0x2600 or 0x3000 <= code < 0xE000 else _MISSING
        return _CJK if code in cjk else _MISSING

    def runs(self, text: str) -> list[tuple[int, str]]:
        """The text as (font kind, characters) runs, replacements made."""
        # each character's kind as a letter, in one pass in C; a text with nothing to
        # replace or drop (nearly all) is then cut into runs by a regular expression
        letters = text.translate(self._letters)
        if _SLOW_LETTERS.isdisjoint(letters):
            return [(ord(found.group()[0]) - _FIRST_LETTER, text[found.start():found.end()])
                    for found in _SAME_LETTERS.finditer(letters)]
        return self._runs_replacing(text)

    def _runs_replacing(self, text: str) -> list[tuple[int, str]]:
        runs: list[tuple[int, str]] = []
        kind_now = -1
        buffer: list[str] = []
        in_emoji = after_joiner = pending_flag = False
        for char in text:
            code = ord(char)
            kind = self._kind(code)
            if kind == _DROP:
                after_joiner = code == 0x200D
                continue
            joined, after_joiner = after_joiner, False
            if kind == _MISSING:
                # a joined sequence or a flag's second letter is one emoji, not two
                if in_emoji and (joined or (pending_flag and code in _REGIONAL)):
                    pending_flag = False
                    continue
                pending_flag = code in _REGIONAL
                in_emoji = True
                char, kind = self.replacement
            else:
                in_emoji = pending_flag = False
            if kind != kind_now and buffer:
                runs.append((kind_now, "".join(buffer)))
                buffer = []
            kind_now = kind
            buffer.append(char)
        if buffer:
            runs.append((kind_now, "".join(buffer)))
        return runs

    def frags(self, text: str, style: ParagraphStyle) -> list[ParaFrag]:
        """The Paragraph fragments of ``text`` in ``style``: one per font run or line break."""
        text = clean(text)
        latin = style.fontName
        cjk = self.fonts.cjk_bold if latin == self.fonts.bold else self.fonts.cjk

        def frag(name: str, chars: str, **extra: object) -> ParaFrag:
            return ParaFrag(fontName=name, text=chars, fontSize=style.fontSize,
                            textColor=style.textColor, rise=0, greek=0, link=[], us_lines=[],
                            bold=0, italic=0, **extra)

        if self._ascii_ok and text.isascii() and "\n" not in text:
            return [frag(latin, text)] if text else []
        out: list[ParaFrag] = []
        for kind, chars in self.runs(text):
            if kind == _BREAK:
                out += [frag(latin, "", lineBreak=True) for _ in chars]
            else:
                out.append(frag(cjk if kind == _CJK else latin, chars))
        return out

    def font_runs(self, text: str, bold: bool = False) -> list[tuple[str, str]]:
        """One line of ``text`` as (font name, characters) runs, for drawing on a canvas."""
        latin = self.fonts.bold if bold else self.fonts.regular
        cjk = self.fonts.cjk_bold if bold else self.fonts.cjk
        return [(cjk if kind == _CJK else latin, chars)
                for kind, chars in self.runs(clean(text).replace("\n", " "))]

    def width(self, text: str, size: float, bold: bool = False) -> float:
        """The printed width of ``text`` (one line) at ``size`` points."""
        return float(sum(stringWidth(chars, name, size)
                         for name, chars in self.font_runs(text, bold)))

    def fit(self, text: str, width: float, size: float, bold: bool = False) -> str:
        """``text`` cut with an ellipsis so that it fits on one line of ``width``."""
        text = " ".join(clean(text).split())
        if self.width(text, size, bold) <= width:
            return text
        low, high = 0, len(text)
        while low < high:  # the longest prefix that fits with its ellipsis
            middle = (low + high + 1) // 2
            if self.width(text[:middle] + "…", size, bold) <= width:
                low = middle
            else:
                high = middle - 1
        return text[:low].rstrip() + "…"


@cache
def marker_for(fonts: FontSet) -> Marker:
    """The one :class:`Marker` of ``fonts``: what it learns of each character (which face
    draws it) then serves every later document, not only the one being made."""
    return Marker(fonts)


def chunks(text: str, limit: int) -> list[str]:
    """``text`` cut into pieces of at most ``limit`` characters, at line ends or spaces if it can.

    Long text goes into several paragraphs or table rows, so that no single
    one is taller than a page and layout stays fast.
    """
    if len(text) <= limit:
        return [text]
    pieces: list[str] = []
    current = ""
    for line in text.split("\n"):
        while len(line) > limit:
            cut = line.rfind(" ", limit // 2, limit)
            cut = limit if cut < 0 else cut
            if current:
                pieces.append(current)
                current = ""
            pieces.append(line[:cut])
            line = line[cut:].lstrip(" ")
        if current and len(current) + 1 + len(line) > limit:
            pieces.append(current)
            current = line
        else:
            current = f"{current}\n{line}" if current else line
    if current:
        pieces.append(current)
    return pieces
