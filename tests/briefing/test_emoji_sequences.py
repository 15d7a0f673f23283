"""Emoji no font draws: each stands for one square, however they follow each other."""

from __future__ import annotations

import pytest

from app.briefing import BriefingDocument
from app.briefing.fonts import default_fonts
from app.briefing.text import REPLACEMENT, Marker
from tests.briefing import pdf
from tests.briefing.sample import rich_package

SQUARE = REPLACEMENT


def drawn(text: str) -> str:
    return "".join(chars for _font, chars in Marker(default_fonts()).font_runs(text))


@pytest.mark.parametrize(("typed", "shown"), [
    ("🇪🇸🇫🇷", SQUARE * 2),  # two flags side by side: two squares, not one nor four
    ("🦄🇯🇵", SQUARE * 2),  # a flag right after another emoji is still its own
    ("🇯🇵🦄", SQUARE * 2),
    ("👍🏽🇪🇸x", SQUARE * 2 + "x"),
    ("🇪x🇸", f"{SQUARE}x{SQUARE}"),  # letters apart are two
])
def test_each_emoji_becomes_one_square(typed: str, shown: str) -> None:
    fonts = default_fonts()
    assert not {ord(c) for c in typed if not c.isascii()} & (
        fonts.latin_chars | (fonts.cjk_chars or set()))
    assert drawn(typed) == shown


def test_flags_in_a_department_name_reach_the_pdf_as_one_square_each() -> None:
    package = rich_package(departments=1)
    package.departments[0].name = "Ventas 🇪🇸🇲🇽 LatAm"
    data = BriefingDocument(package, sections=["dossiers"]).render()
    assert f"Ventas {SQUARE * 2} LatAm" in " ".join(pdf.text(data).split())
