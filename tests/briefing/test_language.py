"""Every label of the PDFs comes from the meeting's catalogue; dates and numbers as it writes them.

The catalogues are translated by a person, later: these tests put a fake
catalogue in their place that upper-cases every message (outside its
``{placeholders}``) and records what it was asked. A Chinese meeting whose
typed text is upper case then prints no lower-case Latin letter at all: one
that shows up is a label that bypassed the catalogue.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any, ClassVar

import pytest
from babel.messages.extract import extract_from_dir

from app.briefing import BriefingDocument, Kind, ReadinessSummary, document
from app.domain.package import MeetingPackage
from app.i18n import normalise, set_language
from tests.briefing import pdf
from tests.briefing.sample import held_package

TODAY = date(2026, 11, 20)
APP = Path(__file__).resolve().parents[2] / "app"
#: the fields whose words are enumeration values, not typed text
ENUM_KEYS = frozenset({"kind", "root_cause", "status", "decision", "relationship", "engagement",
                       "engagement_at_start", "engagement_desired", "decision_right",
                       "from_level", "to_level", "plan_channel", "readiness", "channel",
                       "language", "format"})
_PLACEHOLDER = re.compile(r"(\{[^}]*\})")


def shout(message: str) -> str:
    """``message`` upper-cased, its ``{placeholders}`` kept so that ``format()`` still works."""
    return "".join(part if _PLACEHOLDER.fullmatch(part) else part.upper()
                   for part in _PLACEHOLDER.split(message))


class Shouting:
    """A fake :class:`app.i18n.Translator`: upper case, and a record of what was asked."""

    made: ClassVar[list[Shouting]] = []

    def __init__(self, language: str) -> None:
        self.language = normalise(language)
        self.asked: set[str] = set()
        Shouting.made.append(self)

    def gettext(self, message: str) -> str:
        self.asked.add(message)
        return shout(message)

    def ngettext(self, singular: str, plural: str, n: int) -> str:
        self.asked.update((singular, plural))
        return shout(singular if n == 1 else plural)


@pytest.fixture
def shouting(monkeypatch: pytest.MonkeyPatch) -> Iterator[type[Shouting]]:
    Shouting.made = []
    monkeypatch.setattr(document, "Translator", Shouting)
    yield Shouting


def upper_case_text(package: MeetingPackage, language: str) -> MeetingPackage:
    """The same meeting in ``language``, every typed text (and id) in upper case."""

    def walk(value: Any, key: str = "") -> Any:
        if isinstance(value, dict):
            return {k: walk(v, k) for k, v in value.items()}
        if isinstance(value, list):
            return [walk(v, key) for v in value]
        if isinstance(value, str) and key not in ENUM_KEYS:
            return value.upper()
        return value

    data = walk(package.model_dump(mode="json"))
    data["meeting"]["language"] = language
    return MeetingPackage.model_validate(data, strict=False)


def render_all(package: MeetingPackage) -> dict[Kind, str]:
    readiness = ReadinessSummary(57, ["CALL THE WAREHOUSE"])
    return {kind: pdf.text(BriefingDocument(package, kind=kind, readiness=readiness,
                                            today=TODAY,
                                            department=package.departments[0].id).render())
            for kind in Kind}


def test_no_label_bypasses_the_meetings_catalogue(shouting: type[Shouting]) -> None:
    set_language("es")  # the interface speaks Spanish; the meeting is Chinese
    texts = render_all(upper_case_text(held_package(), "zh_CN"))
    assert {t.language for t in shouting.made} == {"zh_CN"}
    for kind, text in texts.items():
        stray = [text[max(0, m.start() - 30):m.end() + 30]
                 for m in re.finditer(r"[a-z]+", text)]
        assert stray == [], f"{kind}: text that did not go through the catalogue: {stray}"
    # enumeration labels, the header's marking and the footer went through it too
    assert "SUPPORTIVE" in texts[Kind.pack] and "DONE" in texts[Kind.report]
    assert "PRIVATE BRIEFING — DO NOT DISTRIBUTE" in texts[Kind.pack]
    assert "REPORT FOR THE LEADER" in texts[Kind.report] and "PRE-READ" in texts[Kind.pre_read]
    assert re.search(r"PAGE 1 OF \d+", texts[Kind.pack])


def test_every_message_asked_for_is_in_the_extracted_catalogue(
        shouting: type[Shouting]) -> None:
    """What the renderer translates is what ``make extract`` finds (same keywords)."""
    render_all(held_package())
    asked = set().union(*(t.asked for t in shouting.made))
    keywords = {"_": None, "N_": None, "ngettext": (1, 2)}
    extracted: set[str] = set()
    for _file, _line, message, _comments, _context in extract_from_dir(
            str(APP), method_map=[("**.py", "python")], keywords=keywords):
        extracted.update([message] if isinstance(message, str) else message)
    assert len(asked) > 100
    assert sorted(asked - extracted) == []


@pytest.mark.parametrize(("language", "expected"), [
    ("en", ["Thursday, 3 December 2026, 10:00 (UTC+08:00)", "30 Jun 2026",
            "Prepared on 20 Nov 2026", "10:50", "125 min"]),
    ("es", ["jueves, 3 de diciembre de 2026, 10:00 (UTC+08:00)", "30 jun 2026",
            "20 nov 2026", "10:50"]),
    ("zh_CN", ["2026年12月3日星期四 10:00 (UTC+08:00)", "2026年6月30日", "2026年11月20日",
               "10:50"]),
])
def test_dates_times_and_numbers_follow_the_meetings_language(
        language: str, expected: list[str]) -> None:
    set_language("en")
    package = held_package(language)
    text = " ".join(pdf.text(BriefingDocument(package, today=TODAY).render()).split())
    report = " ".join(pdf.text(BriefingDocument(package, kind=Kind.report, today=TODAY)
                               .render()).split())
    for form in expected:
        assert form in text
    assert expected[1] in report  # the goals' due days in the report too
    assert "2026-" not in text + report  # no ISO date left


def test_counts_are_written_in_the_meetings_language(shouting: type[Shouting]) -> None:
    package = held_package("es")
    package.demands = package.demands * 200  # 1,200 objections and risks: a grouped count
    text = pdf.text(BriefingDocument(package, sections=["objections"], today=TODAY).render())
    assert "1.200 OBJECTIONS AND RISKS; 600 WITHOUT A PREPARED RESPONSE." in text
