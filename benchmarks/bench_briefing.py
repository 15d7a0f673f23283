"""The briefing pack of a 60-department meeting and of the Chinese demo meeting, each
against plain ReportLab laying out its text.

The baseline puts the same user text (every field the pack prints, once) in
the same fonts into Paragraphs in a SimpleDocTemplate, in the same run, the
way ReportLab is usually fed mixed scripts: ``<font name=…>`` markup around
each run. The pack does more on top of that floor: tables with repeated
headers, labels, the summary page and the grid, two page templates, "Page X
of Y", bookmarks, and some text twice (a demand is in its dossier and on the
Q&A sheet).
"""

from __future__ import annotations

import io
from datetime import date
from xml.sax.saxutils import escape

import pytest
from pytest_benchmark.fixture import BenchmarkFixture
from reportlab.lib.pagesizes import A4
from reportlab.platypus import Paragraph, SimpleDocTemplate

from app.briefing import BriefingDocument, default_fonts
from app.briefing.styles import build
from app.briefing.text import Marker, has_cjk
from app.domain.package import MeetingPackage
from app.paths import resources_dir
from app.services.packages import read_package_file
from tests.briefing.sample import rich_package

DEPARTMENTS = 60
ROUNDS = 5


def texts(package: MeetingPackage) -> list[str]:
    """Every user string the pack prints, in print order."""
    m = package.meeting
    out = [m.title, m.purpose, m.expectations, m.location, m.notes]
    for g in package.goals:
        out += [g.statement, g.indicator, g.baseline, g.target, g.benefits, g.evidence]
    for d in package.departments:
        out += [d.name, d.function, d.workflow, d.focus, *d.okrs, d.pressures, d.history,
                d.serves_their_goals, d.private_notes]
        out += [f for p in d.people for f in (p.name, p.role, p.contact, p.notes)]
    out += [f for t in package.touchpoints for f in (t.summary, t.next_step)]
    out += [f for x in package.demands for f in (x.text, x.response)]
    out += [f for s in package.suggestions for f in (s.text, s.incorporation)]
    out += [f for a in package.agenda for f in (a.section, a.title, a.notes)]
    return [t for t in out if t]


def markup(marker: Marker, text: str) -> str:
    """``text`` as ReportLab markup: escaped, each run of another font in a ``<font>`` tag."""
    regular = marker.fonts.regular
    return "".join(escape(chars) if name == regular else f'<font name="{name}">{escape(chars)}'
                   "</font>" for name, chars in marker.font_runs(text))


def plain_reportlab(strings: list[str]) -> bytes:
    fonts = default_fonts()
    styles = build(fonts)
    marker = Marker(fonts)
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(buffer, pagesize=A4, initialFontName=fonts.regular)
    doc.build([Paragraph(markup(marker, s), styles.for_text("body", has_cjk(s)))
               for s in strings])
    return buffer.getvalue()


@pytest.fixture(scope="module")
def package() -> MeetingPackage:
    default_fonts()  # font discovery is once per process, not part of a render
    return rich_package(departments=DEPARTMENTS)


@pytest.fixture(scope="module")
def chinese() -> MeetingPackage:
    default_fonts()
    return read_package_file(resources_dir() / "demo" / "xinpin-shangshi.zh_CN.prewire.json")


@pytest.mark.benchmark(group="briefing pack, Chinese demo meeting")
def test_briefing_pack_chinese(benchmark: BenchmarkFixture, chinese: MeetingPackage) -> None:
    def render() -> bytes:
        return BriefingDocument(chinese, today=date(2026, 11, 20)).render()

    data = benchmark.pedantic(render, rounds=ROUNDS * 2, warmup_rounds=1)
    assert data.startswith(b"%PDF")


@pytest.mark.benchmark(group="briefing pack, Chinese demo meeting")
def test_plain_reportlab_same_chinese_text(benchmark: BenchmarkFixture,
                                          chinese: MeetingPackage) -> None:
    strings = texts(chinese)
    data = benchmark.pedantic(plain_reportlab, args=(strings,), rounds=ROUNDS * 2,
                              warmup_rounds=1)
    assert data.startswith(b"%PDF")


@pytest.mark.benchmark(group="briefing pack, 60 departments")
def test_briefing_pack(benchmark: BenchmarkFixture, package: MeetingPackage) -> None:
    def render() -> bytes:
        return BriefingDocument(package, today=date(2026, 11, 20)).render()

    data = benchmark.pedantic(render, rounds=ROUNDS, warmup_rounds=1)
    assert data.startswith(b"%PDF")


@pytest.mark.benchmark(group="briefing pack, 60 departments")
def test_plain_reportlab_same_text(benchmark: BenchmarkFixture,
                                   package: MeetingPackage) -> None:
    strings = texts(package)
    data = benchmark.pedantic(plain_reportlab, args=(strings,), rounds=ROUNDS, warmup_rounds=1)
    assert data.startswith(b"%PDF")
