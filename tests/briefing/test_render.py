"""The briefing pack and the pre-read, read back from the PDF."""

from __future__ import annotations

import io
import re
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import inch, mm
from reportlab.platypus import SimpleDocTemplate, Spacer

from app.briefing import BriefingDocument, Kind, ReadinessSummary, discover
from app.briefing.fonts import CID_FALLBACK, default_fonts
from app.briefing.text import REPLACEMENT
from tests.briefing import pdf
from tests.briefing.sample import MIXED, rich_package

TODAY = date(2026, 11, 20)


def render(**kwargs: object) -> bytes:
    package = kwargs.pop("package", None) or rich_package()
    return BriefingDocument(package, today=TODAY, **kwargs).render()  # type: ignore[arg-type]


def test_text_comes_back_exactly_as_typed() -> None:
    package = rich_package()
    typed = f"{MIXED} 🦄 done"
    package.departments[0].history = typed
    data = render(package=package)
    expected = typed.replace("🦄", REPLACEMENT)
    assert expected in pdf.text(data)
    assert expected in pdf.poppler_text(data)
    # the title mixes Spanish and Chinese on the cover
    assert "Plataforma de datos de clientes — 客户数据平台" in pdf.text(data).replace("\n", " ")


def test_every_font_is_embedded() -> None:
    fonts = pdf.fonts(render(readiness=ReadinessSummary(40, ["x"])))
    assert fonts and all(fonts.values()), fonts
    assert len(fonts) >= 3  # regular, bold and the CJK face (at least one subset each)


def test_header_has_the_title_and_footer_counts_pages() -> None:
    pages = pdf.page_texts(render())
    total = len(pages)
    assert total > 3
    for number, page in enumerate(pages, start=1):
        assert f"Page {number} of {total}" in page
    assert "Plataforma de datos de clientes" in pages[1].splitlines()[0]
    assert "Private briefing — do not distribute" in pages[0]


def test_only_the_chosen_sections_are_printed() -> None:
    text = pdf.text(render(sections=["agenda", "goals"]))
    assert "Goals and indicators" in text and "Agenda" in text
    assert text.index("Goals and indicators") < text.index("Agenda")  # print order, not ours
    for heading in ("Departments at a glance", "Objections and prepared responses",
                    "Follow-up sheet", "Purpose"):
        assert heading not in text


def test_unknown_or_private_section_is_refused_by_the_renderer() -> None:
    with pytest.raises(ValueError, match="nonsense"):
        BriefingDocument(rich_package(), sections=["nonsense"])
    with pytest.raises(ValueError, match="dossiers"):
        BriefingDocument(rich_package(), kind=Kind.pre_read, sections=["dossiers"])


def test_cover_shows_readiness_in_the_pack_and_never_in_the_pre_read() -> None:
    readiness = ReadinessSummary(63, ["Call the warehouse", "Answer the audit objection"])
    cover, *summary_pages = pdf.page_texts(render(readiness=readiness))[:3]
    summary = "\n".join(summary_pages)  # the summary may run onto a second page
    assert "63 / 100" in cover
    assert "Where things stand" in summary
    assert "Call the warehouse" in summary and "Answer the audit objection" in summary
    pre = pdf.text(render(readiness=readiness, kind=Kind.pre_read))
    assert "63 / 100" not in pre and "Call the warehouse" not in pre
    assert "Pre-read" in pre


def test_agenda_starts_follow_the_scheduled_time_and_warn_when_over() -> None:
    text = pdf.text(render(sections=["agenda"]))
    for start in ("10:00", "10:10", "10:50", "11:20"):
        assert start in text
    assert "Total: 125 min of 120 min" in text
    assert "Over time by 5 min" in text
    assert "Over time" not in pdf.text(render(sections=["agenda"], kind=Kind.pre_read))


def test_objections_without_a_response_stand_out() -> None:
    text = pdf.text(render(sections=["objections"]))
    assert "6 objections and risks; 3 without a prepared response." in text
    assert text.count("No prepared response yet.") == 3


def test_touchpoints_are_newest_first() -> None:
    text = pdf.text(render(sections=["dossiers"]))
    first = text[: text.index("Demands, objections and risks")]
    days = re.findall(r"(?<!\d)\d{1,2} Nov 2026", first)
    assert days[:3] == ["11 Nov 2026", "6 Nov 2026", "1 Nov 2026"]


def test_without_a_cjk_font_the_cid_fallback_is_used_and_latin_stays_embedded(
        tmp_path: Path) -> None:
    fonts = discover(search_dirs=[tmp_path])  # an empty folder: no system font at all
    assert not fonts.cjk_embedded and fonts.cjk == CID_FALLBACK
    assert fonts.latin_file == "Vera.ttf"  # ReportLab's own, always there
    data = render(fonts=fonts)
    used = pdf.fonts(data)
    assert used[f"/{CID_FALLBACK}"] is False or any(
        CID_FALLBACK in name and not embedded for name, embedded in used.items())
    assert all(embedded for name, embedded in used.items() if CID_FALLBACK not in name)
    # poppler reads an unembedded CID font's text only when its substitute is TrueType
    # (with Noto Sans CJK installed it is not): the Chinese is read back with pypdf
    assert "客户数据平台" in pdf.text(data)
    assert "Begoña Ibáñez" in pdf.poppler_text(data)


def test_fonts_found_in_a_given_folder_are_used(tmp_path: Path) -> None:
    source = Path(default_fonts().latin_file)
    if source.name != "DejaVuSans.ttf":
        pytest.skip("DejaVu Sans is not installed")
    folder = tmp_path / "fonts" / "truetype"
    folder.mkdir(parents=True)
    dejavu = next(Path("/usr/share/fonts").rglob("DejaVuSans.ttf"))
    (folder / "DejaVuSans.ttf").write_bytes(dejavu.read_bytes())
    fonts = discover(search_dirs=[tmp_path / "fonts"])
    assert fonts.latin_file == "DejaVuSans.ttf" and fonts.bold == fonts.regular


def test_font_set_replacement_falls_back_to_a_question_mark() -> None:
    fonts = replace(default_fonts(), latin_chars=frozenset(range(0x20, 0x7F)), cjk_chars=None)
    from app.briefing.text import Marker

    assert [f.text for f in Marker(fonts).frags("a🦄", ParagraphStyle("x"))] == ["a?"]



@pytest.mark.parametrize(("room", "heading_page"), [(60 * mm, 1), (35 * mm, 2)])
def test_a_heading_moves_with_its_tables_first_row(room: float, heading_page: int) -> None:
    """With too little room for the heading and a tall first row, both go to the next page."""
    ctx = BriefingDocument(rich_package()).context
    first_row = "ZQXFIRSTROW " + "word " * 30  # about eight lines (30 mm) in its column
    frame_height = A4[1] - 2 * inch  # SimpleDocTemplate's default margins
    story = [Spacer(1, frame_height - room),
             *ctx.titled_table("ZQXHEADING", ["Item", "Note"], [[first_row, "x"]],
                               [40 * mm, 40 * mm])]
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer, pagesize=A4, initialFontName=ctx.styles.fonts.regular).build(
        story)
    pages = pdf.page_texts(buffer.getvalue())
    assert "ZQXHEADING" in pages[heading_page - 1] and "ZQXFIRSTROW" in pages[heading_page - 1]
