"""The stylesheet of the briefing pack, built once per renderer from its fonts."""

from __future__ import annotations

from dataclasses import dataclass, field

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import TableStyle

from app.briefing.fonts import FontSet

INK = colors.HexColor("#1F2933")
MUTED = colors.HexColor("#616E7C")
RULE = colors.HexColor("#CBD2D9")
HEADER_FILL = colors.HexColor("#E4E7EB")
ACCENT = colors.HexColor("#1F4E79")
PRIVATE = colors.HexColor("#9B1C1C")
WARNING_FILL = colors.HexColor("#FDE8E8")
WARNING_INK = colors.HexColor("#9B1C1C")


@dataclass
class Styles:
    """Named paragraph styles, each with a CJK-wrapping twin made on demand."""

    fonts: FontSet
    by_name: dict[str, ParagraphStyle] = field(default_factory=dict)
    _cjk: dict[str, ParagraphStyle] = field(default_factory=dict)

    def __getitem__(self, name: str) -> ParagraphStyle:
        return self.by_name[name]

    def for_text(self, name: str, cjk: bool) -> ParagraphStyle:
        """The style, with CJK line wrapping when the text holds CJK characters."""
        if not cjk:
            return self.by_name[name]
        twin = self._cjk.get(name)
        if twin is None:
            twin = ParagraphStyle(f"{name}-cjk", parent=self.by_name[name], wordWrap="CJK")
            self._cjk[name] = twin
        return twin


def build(fonts: FontSet) -> Styles:
    """Every style the sections use."""
    regular, bold = fonts.regular, fonts.bold
    body = ParagraphStyle("body", fontName=regular, fontSize=9.5, leading=13, textColor=INK,
                          spaceAfter=3)
    specs: list[ParagraphStyle] = [
        body,
        ParagraphStyle("title", parent=body, fontName=bold, fontSize=24, leading=30,
                       textColor=ACCENT, spaceAfter=10),
        ParagraphStyle("h1", parent=body, keepWithNext=1, fontName=bold, fontSize=16,
                       leading=20, textColor=ACCENT, spaceBefore=4, spaceAfter=8),
        ParagraphStyle("h2", parent=body, keepWithNext=1, fontName=bold, fontSize=12,
                       leading=15, textColor=ACCENT, spaceBefore=10, spaceAfter=4),
        ParagraphStyle("h3", parent=body, keepWithNext=1, fontName=bold, fontSize=10,
                       leading=13, spaceBefore=6, spaceAfter=2),
        ParagraphStyle("label", parent=body, keepWithNext=1, fontName=bold, fontSize=8.5,
                       leading=11, textColor=MUTED, spaceBefore=4, spaceAfter=1),
        ParagraphStyle("meta", parent=body, fontSize=8.5, leading=11, textColor=MUTED),
        ParagraphStyle("bullet", parent=body, leftIndent=12, bulletIndent=2),
        ParagraphStyle("answer", parent=body, leftIndent=14),
        ParagraphStyle("cell", parent=body, fontSize=8.5, leading=11, spaceAfter=0),
        ParagraphStyle("cell_bold", parent=body, fontName=bold, fontSize=8.5, leading=11,
                       spaceAfter=0),
        ParagraphStyle("cell_meta", parent=body, fontSize=7.5, leading=10, textColor=MUTED,
                       spaceAfter=0),
        ParagraphStyle("cell_warning", parent=body, fontName=bold, fontSize=8.5, leading=11,
                       textColor=WARNING_INK, spaceAfter=0),
        ParagraphStyle("head", parent=body, fontName=bold, fontSize=8, leading=10,
                       textColor=INK, spaceAfter=0),
        ParagraphStyle("warning", parent=body, fontName=bold, textColor=WARNING_INK,
                       backColor=WARNING_FILL, borderPadding=3, spaceBefore=3, spaceAfter=6),
        ParagraphStyle("score", parent=body, fontName=bold, fontSize=28, leading=32,
                       textColor=ACCENT),
        ParagraphStyle("marking", parent=body, fontName=bold, fontSize=11, leading=14,
                       textColor=colors.white, alignment=TA_CENTER, spaceAfter=0),
        ParagraphStyle("header", parent=body, fontSize=8, leading=10, textColor=MUTED,
                       spaceAfter=0),
        ParagraphStyle("footer", parent=body, fontSize=8, leading=10, textColor=MUTED,
                       alignment=TA_CENTER, spaceAfter=0),
    ]
    return Styles(fonts, {style.name: style for style in specs})


def table_style(fonts: FontSet, *commands: tuple[object, ...]) -> TableStyle:
    """A table style in our font: every table sets its font before its first cell,
    and the default (Helvetica) would put an unembedded font into the PDF."""
    return TableStyle([("FONTNAME", (0, 0), (-1, -1), fonts.regular), *commands])
