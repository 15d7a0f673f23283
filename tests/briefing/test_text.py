"""Escaping, font runs and the emoji replacement."""

from __future__ import annotations

import pytest

from app.briefing.fonts import default_fonts
from app.briefing.text import REPLACEMENT, Marker, chunks, has_cjk


def marker() -> Marker:
    return Marker(default_fonts())


def test_markup_escapes_user_text_and_keeps_line_breaks() -> None:
    out = marker().markup('<b>bold?</b> & "x"\nnext')
    assert out == '&lt;b&gt;bold?&lt;/b&gt; &amp; "x"<br/>next'


def test_cjk_runs_get_the_cjk_font_and_latin_stays_in_the_latin_font() -> None:
    fonts = default_fonts()
    out = Marker(fonts).markup("陈静 — Begoña Ibáñez, 500 €")
    assert out.startswith(f'<font name="{fonts.cjk}">陈静</font>')
    assert out.endswith(" — Begoña Ibáñez, 500 €")
    assert out.count("<font") == 1


def test_emoji_no_font_draws_become_one_replacement_character_each() -> None:
    fonts = default_fonts()
    assert not {ord("🦄"), ord("👍")} & (fonts.latin_chars | (fonts.cjk_chars or set()))
    # a joined family, a flag, a thumbs-up with skin tone, and a plain emoji
    out = Marker(fonts).markup("a 👨‍👩‍👧 b 🇪🇸 c 👍🏽 d 🦄🦄")
    assert out.replace(f'<font name="{fonts.cjk}">', "").replace("</font>", "") == (
        f"a {REPLACEMENT} b {REPLACEMENT} c {REPLACEMENT} d {REPLACEMENT}{REPLACEMENT}")


def test_an_emoji_a_font_has_is_drawn_not_replaced() -> None:
    fonts = default_fonts()
    drawn = [c for c in "😀☺✔" if ord(c) in fonts.latin_chars]
    if not drawn:
        pytest.skip(f"{fonts.latin_file} draws none of these symbols")
    assert Marker(fonts).markup(drawn[0] + "\ufe0f") == drawn[0]  # the variation selector goes


def test_control_characters_are_dropped_and_tabs_become_spaces() -> None:
    assert marker().markup("a\tb\x00c\r\nd\x07") == "a bc<br/>d"


def test_has_cjk_only_for_cjk_text() -> None:
    assert has_cjk("会议 plan")
    assert not has_cjk("Begoña — 500 €")


def test_fit_cuts_with_an_ellipsis() -> None:
    m = marker()
    long = "客户数据平台 " * 40
    cut = m.fit(long, 200, 8)
    assert cut.endswith("…") and m.width(cut, 8) <= 200
    assert m.fit("short", 200, 8) == "short"


def test_chunks_cut_at_lines_then_spaces_and_lose_nothing() -> None:
    text = "\n".join(["word " * 50] * 10)
    pieces = chunks(text, 300)
    assert all(len(p) <= 300 for p in pieces)
    assert "".join(pieces).replace(" ", "").replace("\n", "") == (
        text.replace(" ", "").replace("\n", ""))
    assert chunks("短" * 1000, 300) == ["短" * 300] * 3 + ["短" * 100]
