"""Chinese bold, where the font has no bold face: the heading is filled and stroked in its
own colour, and no regular text after it is stroked (read from the PDF's drawing state)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

import pytest

from app.briefing import BriefingDocument, default_fonts
from app.briefing.canvas import STROKE
from tests.briefing import pdf
from tests.briefing.sample import rich_package

TODAY = date(2026, 11, 20)


@dataclass
class Run:
    text: str
    font: str
    size: float
    mode: int  # 0 filled, 2 filled and stroked
    fill: tuple[float, ...]
    stroke: tuple[float, ...]
    line_width: float


def runs(data: bytes, page: int) -> list[Run]:
    """Every text-showing operation with the graphics state it is drawn in."""
    state: dict[str, Any] = {"mode": 0, "fill": (0.0,), "stroke": (0.0,), "w": 1.0}
    saved: list[dict[str, Any]] = []
    # pypdf hands a run over only at the next font change or line: keep the state it was
    # shown in (a change of mode always comes with a change of font)
    shown: dict[str, Any] = dict(state)
    out: list[Run] = []

    def before(operator: bytes, args: Any, _cm: Any, _tm: Any) -> None:
        if operator == b"q":
            saved.append(dict(state))
        elif operator == b"Q":
            state.update(saved.pop())
        elif operator == b"Tr":
            state["mode"] = int(args[0])
        elif operator in (b"rg", b"g"):
            state["fill"] = tuple(round(float(a), 4) for a in args)
        elif operator in (b"RG", b"G"):
            state["stroke"] = tuple(round(float(a), 4) for a in args)
        elif operator == b"w":
            state["w"] = float(args[0])
        elif operator in (b"Tj", b"TJ", b"'", b'"'):
            shown.update(state)

    def visit(chars: str, _cm: Any, _tm: Any, font: Any, size: Any) -> None:
        if chars.strip() and font is not None:
            out.append(Run(chars.strip(), str(font["/BaseFont"]), float(size), shown["mode"],
                           shown["fill"], shown["stroke"], shown["w"]))

    pdf.reader(data).pages[page].extract_text(visitor_operand_before=before, visitor_text=visit)
    return out


@pytest.mark.skipif(not default_fonts().cjk_synthetic_bold,
                    reason="the Chinese font here has a bold face of its own")
def test_only_the_bold_chinese_text_is_stroked_in_its_own_colour() -> None:
    package = rich_package(departments=2, language="zh_CN")
    data = BriefingDocument(package, today=TODAY, sections=["goals", "dossiers"]).render()
    drawn = [run for page in range(len(pdf.reader(data).pages)) for run in runs(data, page)]
    heading = next(run for run in drawn if run.text == "目标与指标")
    assert heading.mode == 2 and heading.size == 16
    assert heading.stroke == heading.fill != (0.0, 0.0, 0.0)  # stroked in the accent colour
    assert heading.line_width == pytest.approx(16 * STROKE, abs=0.01)
    department = next(run for run in drawn if run.text.startswith("客户服务"))
    assert department.mode == 2 and department.stroke == department.fill
    # regular Chinese text, even just after a bold heading, is only filled
    regular = [run for run in drawn if run.text.startswith(("减少人工对账", "月末结账"))]
    assert regular and all(run.mode == 0 for run in regular)
    # Latin bold has a face of its own: never stroked
    latin_bold = [run for run in drawn if run.font.endswith("DejaVuSans-Bold")]
    assert latin_bold and all(run.mode == 0 for run in latin_bold)
    stroked = [run for run in drawn if run.mode == 2]
    assert all("WenQuanYi" in run.font or "Hei" in run.font or "Song" in run.font
               for run in stroked)
    assert all(run.stroke == run.fill for run in stroked)
