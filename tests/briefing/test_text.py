"""Escaping, font runs and the emoji replacement."""

from __future__ import annotations

import pytest
from reportlab.lib.styles import ParagraphStyle

from app.briefing.fonts import default_fonts
from app.briefing.text import REPLACEMENT, Marker, chunks, has_cjk


def marker() -> Marker:
    return Marker(default_fonts())


STYLE = ParagraphStyle("t", fontName=default_fonts().regular)


def runs(text: str, style: ParagraphStyle = STYLE) -> list[tuple[str, str, bool]]:
    """(font, text, line break) of each fragment."""
    return [(f.fontName, f.text, bool(getattr(f, "lineBreak", False)))
            for f in marker().frags(text, style)]


def test_user_text_is_never_markup_and_line_breaks_stay() -> None:
    regular = default_fonts().regular
    assert runs('<b>bold?</b> & "x"\nnext') == [
        (regular, '<b>bold?</b> & "x"', False), (regular, "", True), (regular, "next", False)]


def test_cjk_runs_get_the_cjk_font_and_latin_stays_in_the_latin_font() -> None:
    fonts = default_fonts()
    assert runs("陈静 — Begoña Ibáñez, 500 €") == [
        (fonts.cjk, "陈静", False), (fonts.regular, " — Begoña Ibáñez, 500 €", False)]


def test_bold_text_takes_the_bold_faces_of_both_scripts() -> None:
    fonts = default_fonts()
    bold = ParagraphStyle("b", fontName=fonts.bold)
    assert runs("市场部的 4 名新人", bold) == [
        (fonts.cjk_bold, "市场部的", False), (fonts.bold, " 4 ", False),
        (fonts.cjk_bold, "名新人", False)]
    assert fonts.cjk_bold != fonts.cjk


def text_of(text: str) -> str:
    return "".join(f.text for f in marker().frags(text, STYLE))


def test_emoji_no_font_draws_become_one_replacement_character_each() -> None:
    fonts = default_fonts()
    assert not {ord("🦄"), ord("👍")} & (fonts.latin_chars | (fonts.cjk_chars or set()))
    # a joined family, a flag, a thumbs-up with skin tone, and a plain emoji
    assert text_of("a 👨‍👩‍👧 b 🇪🇸 c 👍🏽 d 🦄🦄") == (
        f"a {REPLACEMENT} b {REPLACEMENT} c {REPLACEMENT} d {REPLACEMENT}{REPLACEMENT}")
    assert "\ufffd" not in text_of("🦄")


def test_an_emoji_a_font_has_is_drawn_not_replaced() -> None:
    fonts = default_fonts()
    drawn = [c for c in "😀☺✔" if ord(c) in fonts.latin_chars]
    if not drawn:
        pytest.skip(f"{fonts.latin_file} draws none of these symbols")
    assert text_of(drawn[0] + "\ufe0f") == drawn[0]  # the variation selector goes


def test_control_characters_are_dropped_and_tabs_become_spaces() -> None:
    assert runs("a\tb\x00c\r\nd\x07") == [
        (STYLE.fontName, "a bc", False), (STYLE.fontName, "", True), (STYLE.fontName, "d", False)]


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


def test_chinese_lines_keep_every_character_fit_and_break_where_typed() -> None:
    from app.briefing.paragraph import split_cjk

    text = ("预算评审会议 Customer data platform 需要财务部、法务部和销售部的支持；"
            "我们先说明目标，再回答问题。\n第二段：ISO-27001 认证（2027 年）")
    lines = split_cjk(marker().frags(text, STYLE), [60.0], False).lines
    printed = ["".join(word.text for word in line.words) for line in lines]
    # nothing lost: only the spaces that ended a line are left out
    assert "".join(printed).replace(" ", "") == text.replace(" ", "").replace("\n", "")
    assert all(line.currentWidth <= 60.0 + 1e-6 for line in lines)
    assert [line.lineBreak for line in lines].count(True) == 1
    assert printed[[line.lineBreak for line in lines].index(True) + 1].startswith("第二段")
    assert not any(line.startswith(("，", "。", "、", "；", "：", "）")) for line in printed)
    assert "Customer" in " ".join(printed).split()  # a Latin word is never cut
