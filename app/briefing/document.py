"""The briefing pack renderer: plain meeting data in, PDF bytes out.

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
from app.briefing.context import CONTENT_WIDTH, Context, ReadinessSummary
from app.briefing.fonts import FontSet, default_fonts
from app.briefing.styles import RULE, build
from app.briefing.text import Marker, has_cjk
from app.domain.package import MeetingPackage
from app.i18n import translator

logger = logging.getLogger(__name__)

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
    """The private briefing pack, or the pre-read, of one meeting."""

    def __init__(self, package: MeetingPackage, *, pre_read: bool = False,
                 sections: Sequence[str] | None = None,
                 readiness: ReadinessSummary | None = None, today: date | None = None,
                 fonts: FontSet | None = None) -> None:
        allowed = registry.SHARED_KEYS if pre_read else registry.KEYS
        chosen = list(allowed) if sections is None else list(sections)
        refused = [key for key in chosen if key not in allowed]
        if refused:
            raise ValueError(f"sections not available here: {refused}; valid: {allowed}")
        self.package = package
        self.pre_read = pre_read
        self.sections = [key for key in registry.KEYS if key in chosen]  # print order
        self.fonts = fonts or default_fonts()
        self.styles = build(self.fonts)
        self.marker = Marker(self.fonts)
        self.gettext = translator(package.meeting.language)
        self.context = Context(
            package=package, gettext=self.gettext, styles=self.styles, marker=self.marker,
            pre_read=pre_read, readiness=None if pre_read else readiness,
            today=today or date.today(),
        )
        self.page_count = 0
        self._header_parts: list[tuple[Paragraph, float]] | None = None

    # -- page decoration -------------------------------------------------
    def _marking(self) -> str:
        t = self.gettext
        return t("Pre-read") if self.pre_read else t("Private briefing — do not distribute")

    def _paragraph(self, text: str, style: str, canvas: Canvas, width: float) -> Paragraph:
        paragraph = Paragraph(self.marker.markup(text), self.styles.for_text(style, has_cjk(text)))
        paragraph.wrapOn(canvas, width, 20 * mm)
        return paragraph

    def _header(self, canvas: Canvas, _doc: BaseDocTemplate) -> None:
        if self._header_parts is None:  # the same on every page: lay it out once
            marking = self._marking()
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
        text = self.gettext("Page {page} of {pages}").format(page=number, pages=total)
        canvas.saveState()
        self._paragraph(text, "footer", canvas, CONTENT_WIDTH).drawOn(canvas, MARGIN, 9 * mm)
        canvas.restoreState()
        self.page_count = total

    # -- the document ----------------------------------------------------
    def story(self) -> list[Flowable]:
        """Every section's flowables; in the private pack each section starts a page."""
        story: list[Flowable] = []
        for index, key in enumerate(self.sections):
            if index:
                # the pre-read is short: after its cover, the sections run on
                after_cover = self.sections[index - 1] == "cover"
                story.append(PageBreak() if after_cover or not self.pre_read
                             else self.context.gap(6 * mm))
            if index == 0 and key == "cover":
                story.append(NextPageTemplate("body"))
            story += registry.BY_KEY[key].build(self.context)
        return story

    def render(self) -> bytes:
        """The PDF."""
        buffer = io.BytesIO()
        meeting = self.package.meeting
        doc = BaseDocTemplate(
            buffer, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=TOP,
            bottomMargin=BOTTOM, title=meeting.title, subject=self._marking(),
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
        logger.info("briefing pack: %d pages, %d bytes", self.page_count, buffer.tell())
        return buffer.getvalue()
