"""Which fonts the pack is set in, from what a folder holds: a broken file is passed over, a
Chinese face is embedded with its own bold or a synthetic one, a face without Chinese is
not taken for one. Each case uses file names no other test registers, so each file is read."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest
from reportlab.pdfbase import pdfmetrics

from app.briefing import BriefingDocument, discover
from app.briefing.fonts import SYNTHETIC_BOLD
from tests.briefing import pdf
from tests.briefing.sample import rich_package

TODAY = date(2026, 11, 20)
SHARE = Path("/usr/share/fonts")


def installed(name: str) -> Path:
    found = next(SHARE.rglob(name), None) if SHARE.is_dir() else None
    if found is None:
        pytest.skip(f"{name} is not installed")
    return found


def chinese_pack(fonts: object) -> bytes:
    package = rich_package(departments=1, language="zh_CN")
    return BriefingDocument(package, today=TODAY, fonts=fonts,  # type: ignore[arg-type]
                            sections=["goals"]).render()


def test_a_broken_latin_file_is_passed_over_for_the_next_family(tmp_path: Path) -> None:
    (tmp_path / "LiberationSans-Regular.ttf").write_bytes(b"not a font at all" * 10)
    shutil.copy(installed("DejaVuSans.ttf"), tmp_path / "NotoSans-Regular.ttf")
    shutil.copy(installed("DejaVuSans-Bold.ttf"), tmp_path / "NotoSans-Bold.ttf")
    fonts = discover(search_dirs=[tmp_path])
    assert fonts.latin_file == "NotoSans-Regular.ttf"
    # ReportLab registers a second file of a face it knows (these are DejaVu's, copied)
    # under the first one's font: run again in one process, the names are DejaVu's
    assert fonts.bold != fonts.regular
    assert pdfmetrics.getFont(fonts.bold).face.name == b"DejaVuSans-Bold"
    assert ord("é") in fonts.latin_chars


def test_a_chinese_face_without_a_bold_is_embedded_and_made_bold_by_stroking(
        tmp_path: Path) -> None:
    shutil.copy(installed("wqy-microhei.ttc"), tmp_path / "wqy-zenhei.ttc")
    fonts = discover(search_dirs=[tmp_path])
    assert fonts.cjk_file == "wqy-zenhei.ttc" and fonts.cjk_embedded
    assert fonts.cjk_bold == fonts.cjk + SYNTHETIC_BOLD and fonts.cjk_synthetic_bold
    assert fonts.cjk_chars is not None and ord("中") in fonts.cjk_chars
    assert fonts.describe() == "Vera.ttf; wqy-zenhei.ttc"  # no Latin face here: ReportLab's
    data = chinese_pack(fonts)
    used = pdf.fonts(data)
    assert any("WenQuanYi" in name and embedded for name, embedded in used.items())
    assert "目标与指标" in pdf.text(data)


def test_a_chinese_family_with_a_bold_face_uses_it(tmp_path: Path) -> None:
    shutil.copy(installed("wqy-microhei.ttc"), tmp_path / "msyh.ttc")
    shutil.copy(installed("wqy-microhei.ttc"), tmp_path / "msyhbd.ttc")
    fonts = discover(search_dirs=[tmp_path])
    assert fonts.cjk_file == "msyh.ttc" and not fonts.cjk_synthetic_bold
    data = chinese_pack(fonts)
    assert b" 2 Tr" not in pdf.content(data, 0)  # a real bold face: nothing stroked
    assert "目标与指标" in pdf.text(data)


def test_a_face_without_chinese_is_not_taken_for_a_chinese_one(tmp_path: Path) -> None:
    shutil.copy(installed("DejaVuSans.ttf"), tmp_path / "simhei.ttf")
    shutil.copy(installed("wqy-microhei.ttc"), tmp_path / "STHeiti Medium.ttc")
    fonts = discover(search_dirs=[tmp_path])
    assert fonts.cjk_file == "STHeiti Medium.ttc"  # the next candidate, not DejaVu
    assert fonts.cjk_chars is not None and ord("中") in fonts.cjk_chars
