"""The pack shows where each department stands and must get to, who decides, who must still
be briefed and the plan; the pre-read shows none of it; the one-to-one sheet its department's."""

from __future__ import annotations

from datetime import date

from app.briefing import BriefingDocument, Kind
from app.domain.attention import QUADRANT_LABELS
from app.domain.enums import LABELS, DecisionRight, Engagement
from tests.briefing import pdf
from tests.briefing.sample import COLLEAGUE, PLAN_REASON, rich_package

TODAY = date(2026, 11, 20)


def _text(kind: Kind, language: str = "en", department: str | None = None) -> str:
    document = BriefingDocument(rich_package(language=language), kind=kind, today=TODAY,
                                department=department)
    return " ".join(pdf.text(document.render()).split())


def test_the_pack_shows_now_needed_rights_who_is_not_briefed_and_the_plan() -> None:
    text = _text(Kind.pack)
    assert "Engagement (now → needed)" in text
    assert "Supportive → Leading" in text and "Resistant → Supportive" in text
    assert "Decision right: Decides" in text and "Must agree" in text
    assert "Not yet briefed one-to-one" in text
    assert "Begoña Ibáñez 1 Finanzas y Contabilidad 1 Must agree" in text
    assert "Communication plan" in text and "every 7 days" in text
    assert COLLEAGUE in text and PLAN_REASON.split()[0] in text


def test_the_chinese_pack_says_it_in_chinese() -> None:
    text = _text(Kind.pack, "zh_CN")
    assert "参与度（当前 → 所需）" in text and "尚未单独沟通" in text and "沟通计划" in text
    assert "每 7 天" in text and "须同意" in text


def test_the_pre_read_shows_no_engagement_no_right_and_no_plan() -> None:
    text = _text(Kind.pre_read)
    words = [*LABELS[Engagement].values(), *LABELS[DecisionRight].values(),
             *QUADRANT_LABELS.values()]
    assert [w for w in words if w in text] == []
    for private in ("Engagement", "Decision right", "Not yet briefed", "Communication plan",
                    "ZQXPLANREASON", "ZQXTM"):
        assert private not in text


def test_the_one_to_one_sheet_says_how_far_its_department_must_move() -> None:
    assert "Engagement: Supportive → Leading" in _text(Kind.one_to_one, department="dep1")
    assert "Engagement: Supportive" in _text(Kind.one_to_one, department="dep2")
