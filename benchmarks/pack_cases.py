"""The cases measured on services alone: one durable edit, and the briefing packs, each
beside its floor (plain sqlite3, plain ReportLab laying out the same text)."""

from __future__ import annotations

import io
import shutil
import sqlite3
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, SimpleDocTemplate

from app.briefing import default_fonts
from app.briefing.text import has_cjk
from app.domain.package import MeetingPackage
from app.services import briefing, demands, demo, meeting_document
from app.storage import open_workspace
from benchmarks.measure import Row, median, ms, p95, ratio_row, timed
from benchmarks.years import Years

EDITS = 60


def durable_edit(years: Years, work: Path) -> Row:
    """``demands.update`` on the years workspace against one UPDATE, same pragmas, committed."""
    path = work / "edits.prewire"
    shutil.copyfile(years.path, path)
    workspace = open_workspace(path)
    connection = sqlite3.connect(work / "plain.prewire", isolation_level=None)
    try:
        with workspace.engine.connect() as probe:
            demand_id = probe.exec_driver_sql("SELECT min(id) FROM demand").scalar_one()
        counter = iter(range(10**6))
        service = timed(lambda: demands.update(workspace, demand_id,
                                               response=f"Answer {next(counter)}"), EDITS)
        shutil.copyfile(years.path, work / "plain.prewire")
        for pragma in ("foreign_keys = ON", "journal_mode = DELETE", "synchronous = FULL"):
            connection.execute(f"PRAGMA {pragma}")

        def update() -> None:
            with connection:  # BEGIN ... COMMIT: fsync'ed as the service's commit is
                connection.execute("BEGIN")
                connection.execute("UPDATE demand SET response = ? WHERE id = ?",
                                   (f"Answer {next(counter)}", demand_id))

        plain = timed(update, EDITS)
    finally:
        connection.close()
        workspace.close()
    return ratio_row("one durable edit through a service, p95", p95(service), p95(plain), 1.5,
                     baseline_text=f"plain sqlite3 UPDATE {ms(p95(plain))}")


def _texts(package: MeetingPackage) -> list[str]:
    """Every user string the pack prints, once, in print order."""
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


def _plain_reportlab(strings: list[str]) -> bytes:
    """The floor: each text a Paragraph in one face (the CJK one when it has Chinese)."""
    fonts = default_fonts()
    latin = ParagraphStyle("latin", fontName=fonts.regular, fontSize=10, leading=13)
    cjk = ParagraphStyle("cjk", parent=latin, fontName=fonts.cjk, wordWrap="CJK")
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer, pagesize=A4).build(
        [Paragraph(escape(s), cjk if has_cjk(s) else latin) for s in strings])
    return buffer.getvalue()


def _pack(case: str, workspace_path: Path, meeting_id: int, out: Path, rounds: int,
          budget: float) -> Row:
    workspace = open_workspace(workspace_path)
    try:
        default_fonts()  # found once per process, not part of a pack
        result: list[briefing.PdfResult] = []
        made = timed(lambda: result.append(briefing.export_pdf(workspace, meeting_id, out)),
                     rounds)
        strings = _texts(meeting_document.load(workspace, meeting_id).package)
        plain = timed(lambda: _plain_reportlab(strings), rounds)
    finally:
        workspace.close()
    return ratio_row(f"{case} ({result[-1].pages} pages)", median(made), median(plain), budget,
                     baseline_text=f"plain ReportLab, same text {ms(median(plain))}")


def packs(years: Years, work: Path) -> list[Row]:
    """The 60-department meeting's pack, and the Chinese demo meeting's."""
    rows = [_pack("briefing pack, 60 departments", years.path, years.largest,
                  work / "large.pdf", 2, 1.3)]
    demo_path = work / "demo.prewire"
    with open_workspace(demo_path) as workspace:
        chinese = next(r.meeting_id for r in demo.load_demo(workspace)
                       if meeting_document.load(workspace, r.meeting_id)
                       .package.meeting.language == "zh_CN")
    rows.append(_pack("briefing pack, the Chinese demo meeting", demo_path, chinese,
                      work / "chinese.pdf", 5, 1.5))
    return rows
