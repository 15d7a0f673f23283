"""The cases measured on services alone: one durable edit, and the briefing packs, each
beside its floor (plain sqlite3, plain ReportLab laying out the same text)."""

from __future__ import annotations

import io
import shutil
import sqlite3
import time
from collections.abc import Callable
from dataclasses import astuple
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table

from app.briefing import BriefingDocument, default_fonts
from app.briefing.grid import PowerGrid
from app.briefing.line import OneLine
from app.briefing.outline import ContentsLine
from app.briefing.tables import KeepWithFirstRow, RowFeed
from app.briefing.text import has_cjk
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


#: a text the pack lays out, and the pack's style for it
Printed = tuple[str, ParagraphStyle]


def _printed(document: BriefingDocument) -> list[Printed]:
    """Every text the pack lays out, in print order, in the style it is printed in: headings,
    labels, table headings (once a table), the grid's names and words, repeats included
    (a demand is in its dossier and among the objections)."""
    out: list[Printed] = []
    cell = document.styles["cell"]

    def walk(item: object) -> None:
        if isinstance(item, Paragraph | OneLine):
            out.append((item.text, item.style))
        elif isinstance(item, str):
            if item:
                out.append((item, cell))
        elif isinstance(item, list | tuple):
            for part in item:
                walk(part)
        elif isinstance(item, RowFeed):
            walk(item._make([], None)._cellvalues)  # its heading row
            walk([cells for cells, _last in item._rows])
        elif isinstance(item, Table):
            walk(item._cellvalues)
        elif isinstance(item, ContentsLine):
            walk(item.title)
        elif isinstance(item, PowerGrid):
            walk([*astuple(item.words), *(person.name for person in item.people)])

    for flowable in document.story():
        if not isinstance(flowable, KeepWithFirstRow):  # its heading is the next flowable
            walk(flowable)
    return out


def _floor_styles(printed: list[Printed]) -> list[tuple[str, ParagraphStyle]]:
    """Each text with a plain style of the same face, size and leading (the CJK face for a
    text with Chinese in it): no keep-with-next, no colours, no padding."""
    fonts = default_fonts()
    styles: dict[tuple[str, bool], ParagraphStyle] = {}
    out = []
    for text, style in printed:
        cjk = has_cjk(text)
        plain = styles.get((style.name, cjk))
        if plain is None:
            bold = style.fontName == fonts.bold
            face = (fonts.cjk_bold if bold else fonts.cjk) if cjk else style.fontName
            plain = styles[style.name, cjk] = ParagraphStyle(
                f"{style.name}-{cjk}", fontName=face, fontSize=style.fontSize,
                leading=style.leading, wordWrap="CJK" if cjk else None)
        out.append((escape(text), plain))
    return out


def _plain_reportlab(texts: list[tuple[str, ParagraphStyle]], header: tuple[str, str]
                     ) -> tuple[bytes, int]:
    """The floor: each text a Paragraph, one after the other down the page, in one face,
    with a header (the title and the marking) and the page number on every page, drawn as
    plain strings. The PDF and its number of pages."""
    fonts = default_fonts()
    title, marking = header

    def decorate(canvas: Canvas, doc: SimpleDocTemplate) -> None:
        canvas.saveState()
        for text, x, draw in ((title, doc.leftMargin, canvas.drawString),
                              (marking, A4[0] - doc.rightMargin, canvas.drawRightString)):
            canvas.setFont(fonts.cjk if has_cjk(text) else fonts.regular, 8)
            draw(x, A4[1] - 12 * mm, text)
        canvas.setFont(fonts.regular, 8)
        canvas.drawCentredString(A4[0] / 2, 9 * mm, str(doc.page))
        canvas.restoreState()

    buffer = io.BytesIO()
    doc = SimpleDocTemplate(buffer, pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm,
                            topMargin=22 * mm, bottomMargin=18 * mm)
    doc.build([Paragraph(text, style) for text, style in texts], onFirstPage=decorate,
              onLaterPages=decorate)
    return buffer.getvalue(), doc.page


def _cpu(action: Callable[[], object]) -> float:
    """The processor time ``action`` takes in this process: on a shared, loaded machine the
    wall clock also counts the time spent waiting for a core, which swings from run to run
    (the same Chinese pack measured 129 ms and 347 ms in two runs a few minutes apart)."""
    start = time.process_time()
    action()
    return time.process_time() - start


def _pack(case: str, workspace_path: Path, meeting_id: int, out: Path, rounds: int,
          budget: float) -> Row:
    """The pack beside its floor, a round of each in turn (a busy spell slows both), in
    processor time."""
    workspace = open_workspace(workspace_path)
    try:
        default_fonts()  # found once per process, not part of a pack
        document = briefing.prepare(workspace, meeting_id)
        texts = _floor_styles(_printed(document))
        header = (document.package.meeting.title, document.marking())
        result: list[briefing.PdfResult] = []
        floor: list[tuple[bytes, int]] = []
        made: list[float] = []
        plain: list[float] = []
        for round_ in range(rounds + 1):  # the first of each warms up, not counted
            pack = _cpu(lambda: result.append(briefing.export_pdf(workspace, meeting_id, out)))
            base = _cpu(lambda: floor.append(_plain_reportlab(texts, header)))
            if round_:
                made.append(pack)
                plain.append(base)
    finally:
        workspace.close()
    return ratio_row(f"{case} ({result[-1].pages} pages), processor time", median(made),
                     median(plain), budget,
                     baseline_text=f"plain ReportLab, same text ({floor[-1][1]} pages) "
                                   f"{ms(median(plain))}")


def packs(years: Years, work: Path) -> list[Row]:
    """The 60-department meeting's pack, and the Chinese demo meeting's."""
    rows = [_pack("briefing pack, 60 departments", years.path, years.largest,
                  work / "large.pdf", 4, 1.3)]
    demo_path = work / "demo.prewire"
    with open_workspace(demo_path) as workspace:
        chinese = next(r.meeting_id for r in demo.load_demo(workspace)
                       if meeting_document.load(workspace, r.meeting_id)
                       .package.meeting.language == "zh_CN")
    rows.append(_pack("briefing pack, the Chinese demo meeting", demo_path, chinese,
                      work / "chinese.pdf", 9, 1.5))
    return rows
