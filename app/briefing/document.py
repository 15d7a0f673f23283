"""The renderer of the pack, the pre-read and the report: plain meeting data in, PDF bytes out.

Built like pretix's invoice renderer: fonts registered once, a stylesheet
built once, page templates for the cover and the body, a header with the
meeting's title, and a canvas that counts the pages so the footer can say
"Page X of Y" in a single layout pass.
"""

from __future__ import annotations

import io
import logging
from collections.abc import Callable, Sequence
from datetime import date
from functools import partial
from typing import Any

from reportlab import rl_config
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
)

from app.briefing import sections as registry
from app.briefing.context import CONTENT_WIDTH, Context, Kind, ReadinessSummary
from app.briefing.fonts import FontSet, default_fonts
from app.briefing.styles import RULE, build
from app.briefing.text import Marker, has_cjk
from app.domain.package import MeetingPackage
from app.i18n import Translator

logger = logging.getLogger(__name__)

# ReportLab wraps every compressed stream in ASCII85 by default, for 7-bit mail
# gateways: a fifth more bytes and a pure-Python encoding pass for nothing today.
rl_config.useA85 = 0

MARGIN = 18 * mm
TOP = 22 * mm
BOTTOM = 18 * mm
_PDF_LANGUAGE = {"en": "en", "es": "es", "zh_CN": "zh-CN"}


class _CountingCanvas(Canvas):  # type: ignore[misc]  # reportlab has no type hints
    """Holds every page back until the end, then stamps "Page X of Y" on each."""

    def __init__(self, *args: Any, footer: Callable[[Canvas, int, int], None],
                 **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._footer = footer
        self._pages: list[dict[str, Any]] = []

    def showPage(self) -> None:
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for number, state in enumerate(self._pages, start=1):
            self.__dict__.update(state)
            self._footer(self, number, total)
            super().showPage()
        super().save()


class BriefingDocument:
    """The private briefing pack, the pre-read, or the report for the leader, of one meeting.

    Every label is in the meeting's language, whatever the interface speaks.
    """

    def __init__(self, package: MeetingPackage, *, kind: Kind = Kind.pack,
                 sections: Sequence[str] | None = None,
                 readiness: ReadinessSummary | None = None, today: date | None = None,
                 fonts: FontSet | None = None) -> None:
        available = registry.BY_KIND[kind]
        chosen = list(available) if sections is None else list(sections)
        refused = [key for key in chosen if key not in available]
        if refused:
            raise ValueError(f"sections not available here: {refused}; valid: {list(available)}")
        self.package = package
        self.kind = kind
        self.sections = [key for key in available if key in chosen]  # print order
        self.fonts = fonts or default_fonts()
        self.styles = build(self.fonts)
        self.marker = Marker(self.fonts)
        self.words = Translator(package.meeting.language)
        self.context = Context(
            package=package, words=self.words, styles=self.styles, marker=self.marker,
            kind=kind, readiness=readiness if kind is Kind.pack else None,
            today=today or date.today(),
        )
        self.page_count = 0
        self._header_parts: list[tuple[Paragraph, float]] | None = None

    @property
    def pre_read(self) -> bool:
        return self.kind is Kind.pre_read

    # -- page decoration -------------------------------------------------
    def marking(self) -> str:
        """What the document is, in the meeting's language: "Pre-read", "Private briefing"..."""
        return self.context.marking()

    def _paragraph(self, text: str, style: str, canvas: Canvas, width: float) -> Paragraph:
        paragraph = Paragraph(self.marker.markup(text), self.styles.for_text(style, has_cjk(text)))
        paragraph.wrapOn(canvas, width, 20 * mm)
        return paragraph

    def _header(self, canvas: Canvas, _doc: BaseDocTemplate) -> None:
        if self._header_parts is None:  # the same on every page: lay it out once
            marking = self.marking()
            marking_width = min(self.marker.width(marking, 8) + 2, CONTENT_WIDTH / 2)
            title_width = CONTENT_WIDTH - marking_width - 6 * mm
            title = self.marker.fit(self.package.meeting.title, title_width - 2, 8)
            self._header_parts = [
                (self._paragraph(title, "header", canvas, title_width), MARGIN),
                (self._paragraph(marking, "header", canvas, marking_width),
                 A4[0] - MARGIN - marking_width),
            ]
        canvas.saveState()
        top = A4[1] - 12 * mm
        for paragraph, x in self._header_parts:
            paragraph.drawOn(canvas, x, top)
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.line(MARGIN, top - 2 * mm, A4[0] - MARGIN, top - 2 * mm)
        canvas.restoreState()

    def _footer(self, canvas: Canvas, number: int, total: int) -> None:
        ctx = self.context
        text = ctx._("Page {page} of {pages}").format(page=ctx.number(number),
                                                     pages=ctx.number(total))
        canvas.saveState()
        self._paragraph(text, "footer", canvas, CONTENT_WIDTH).drawOn(canvas, MARGIN, 9 * mm)
        canvas.restoreState()
        self.page_count = total

    # -- the document ----------------------------------------------------
    def _new_page(self, previous: str) -> bool:
        """Whether the section after ``previous`` starts a page.

        In the pack every section does; the pre-read is short, so after its
        cover the sections run on; the report runs on from its cover too.
        """
        if self.kind is Kind.pack:
            return True
        return self.kind is Kind.pre_read and previous == "cover"

    def story(self) -> list[Flowable]:
        """Every chosen section's flowables, in print order."""
        sections = registry.BY_KIND[self.kind]
        story: list[Flowable] = []
        for index, key in enumerate(self.sections):
            if index:
                new_page = self._new_page(self.sections[index - 1])
                story.append(PageBreak() if new_page else self.context.gap(6 * mm))
            if index == 0 and key == "cover":
                story.append(NextPageTemplate("body"))
            story += sections[key].build(self.context)
        return story

    def render(self) -> bytes:
        """The PDF."""
        buffer = io.BytesIO()
        meeting = self.package.meeting
        doc = BaseDocTemplate(
            buffer, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=TOP,
            bottomMargin=BOTTOM, title=meeting.title, subject=self.marking(),
            creator="Prewire", lang=_PDF_LANGUAGE.get(meeting.language.value, "en"),
            initialFontName=self.fonts.regular,  # else an unembedded Helvetica is listed
        )
        frame = Frame(MARGIN, BOTTOM, CONTENT_WIDTH, A4[1] - TOP - BOTTOM, id="content",
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        body = PageTemplate("body", frames=[frame], onPage=self._header)
        cover = PageTemplate("cover", frames=[frame])
        starts_with_cover = bool(self.sections) and self.sections[0] == "cover"
        doc.addPageTemplates([cover, body] if starts_with_cover else [body, cover])
        doc.build(self.story() or [self.context.empty("")],
                  canvasmaker=partial(_CountingCanvas, footer=self._footer))
        logger.info("%s: %d pages, %d bytes", self.kind, self.page_count, buffer.tell())
        return buffer.getvalue()
