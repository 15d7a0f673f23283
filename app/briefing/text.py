"""User text made safe for Paragraph markup, with each run of text in a font that draws it.

Escaping: ``&``, ``<`` and ``>`` are escaped before any markup is added, so
typed text can never become a tag. Line breaks become ``<br/>``.

Fonts: each character goes to the Latin face if it has the glyph, else to
the CJK face (Han, kana, Hangul and full-width forms go to the CJK face
first, so CJK punctuation matches the characters around it).

Emoji and any other character neither embedded font can draw are replaced
by U+FFFD (the Unicode replacement character, "�"), one per emoji: a visible
mark that something was typed there, instead of an empty box or a silently
dropped character. Joiners, variation selectors and skin-tone modifiers of an
emoji sequence are dropped with it. When neither font has U+FFFD, "?" is used.
"""

from __future__ import annotations

import re
from xml.sax.saxutils import escape

from reportlab.pdfbase.pdfmetrics import stringWidth

from app.briefing.fonts import FontSet

REPLACEMENT = "\ufffd"
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

    def markup(self, text: str) -> str:
        """Escaped Paragraph markup for ``text``, CJK runs in the CJK font."""
        text = clean(text)
        if self._ascii_ok and text.isascii() and "\n" not in text:
            return escape(text)
        parts: list[str] = []
        for kind, chars in self.runs(text):
            if kind == _BREAK:
                parts.append("<br/>" * len(chars))
            elif kind == _CJK:
                parts.append(f'<font name="{self.fonts.cjk}">{escape(chars)}</font>')
            else:
                parts.append(escape(chars))
        return "".join(parts)

    def width(self, text: str, size: float, bold: bool = False) -> float:
        """The printed width of ``text`` (one line) at ``size`` points."""
        latin = self.fonts.bold if bold else self.fonts.regular
        total = 0.0
        for kind, chars in self.runs(clean(text).replace("\n", " ")):
            name = self.fonts.cjk if kind == _CJK else latin
            total += stringWidth(chars, name, size)
        return total

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
