"""The renderer of the pack, the pre-read and the report: plain meeting data in, PDF bytes out.

Built like pretix's invoice renderer: fonts registered once, a stylesheet
built once, page templates for the cover and the body, a header with the
meeting's title, and a canvas that counts the pages so the footer can say
"Page X of Y" and the contents can give page numbers in a single layout pass.
Every section and every department is a bookmark; the paper is the user's
locale's (Letter in the Americas' Letter countries, else A4).
"""

from __future__ import annotations

import io
import logging
from collections.abc import Sequence
from datetime import date
from functools import partial

from reportlab import rl_config
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
from app.briefing.canvas import PageCanvas
from app.briefing.context import CONTENT_WIDTH, Context, Kind, ReadinessSummary
from app.briefing.fonts import FontSet, default_fonts
from app.briefing.grid import draw_text
from app.briefing.outline import Anchor
from app.briefing.paper import preferred_paper
from app.briefing.paragraph import BriefingParagraph
from app.briefing.styles import RULE, build
from app.briefing.text import has_cjk, marker_for
from app.domain.package import MeetingPackage
from app.i18n import Translator

logger = logging.getLogger(__name__)

# ReportLab wraps every compressed stream in ASCII85 by default, for 7-bit mail
# gateways: a fifth more bytes and a pure-Python encoding pass for nothing today.
rl_config.useA85 = 0

TOP = 22 * mm
BOTTOM = 18 * mm
_PDF_LANGUAGE = {"en": "en", "es": "es", "zh_CN": "zh-CN"}


class BriefingDocument:
    """The private briefing pack, the pre-read, or the report for the leader, of one meeting.

    Every label is in the meeting's language, whatever the interface speaks.
    """

    def __init__(self, package: MeetingPackage, *, kind: Kind = Kind.pack,
                 sections: Sequence[str] | None = None,
                 readiness: ReadinessSummary | None = None, today: date | None = None,
                 fonts: FontSet | None = None, paper: tuple[float, float] | None = None,
                 author: str = "", department: str | None = None,
                 questions: Sequence[str] = ()) -> None:
        available = registry.BY_KIND[kind]
        chosen = list(available) if sections is None else list(sections)
        refused = [key for key in chosen if key not in available]
        if refused:
            raise ValueError(f"sections not available here: {refused}; valid: {list(available)}")
        self.package = package
        self.kind = kind
        self.sections = [key for key in available if key in chosen]  # print order
        self.paper = paper or preferred_paper()
        #: who prepared it, for the PDF's Author: the coordinator, else "Prewire"
        self.author = author.strip() or "Prewire"
        self.fonts = fonts or default_fonts()
        self.styles = build(self.fonts)
        self.marker = marker_for(self.fonts)
        self.words = Translator(package.meeting.language)
        self.context = Context(
            package=package, words=self.words, styles=self.styles, marker=self.marker,
            kind=kind, readiness=readiness if kind is Kind.pack else None,
            today=today or date.today(), department=department, questions=list(questions),
            coordinator=author.strip(),
            contents=[(key, self.words.gettext(available[key].title)) for key in self.sections
                      if available[key].title],
        )
        self.page_count = 0
        self._header_parts: list[tuple[Paragraph, float]] | None = None

    @property
    def pre_read(self) -> bool:
        return self.kind is Kind.pre_read

    @property
    def margin(self) -> float:
        """The left margin: the text block is centred on any paper."""
        width: float = self.paper[0]
        return float(width - CONTENT_WIDTH) / 2

    # -- page decoration -------------------------------------------------
    def marking(self) -> str:
        """What the document is, in the meeting's language: "Pre-read", "Private briefing"..."""
        return self.context.marking()

    def subject(self) -> str:
        """The PDF's Subject: what the document is, and of which meeting."""
        return f"{self.marking()}: {self.package.meeting.title}"

    def _paragraph(self, text: str, style: str, canvas: Canvas, width: float) -> Paragraph:
        chosen = self.styles.for_text(style, has_cjk(text))
        paragraph = BriefingParagraph(text, chosen, frags=self.marker.frags(text, chosen))
        paragraph.wrapOn(canvas, width, 20 * mm)
        return paragraph

    def _header(self, canvas: Canvas, _doc: BaseDocTemplate) -> None:
        if self._header_parts is None:  # the same on every page: lay it out once
            marking = self.marking()
            marking_width = min(self.marker.width(marking, 8) + 2, CONTENT_WIDTH / 2)
            title_width = CONTENT_WIDTH - marking_width - 6 * mm
            title = self.marker.fit(self.package.meeting.title, title_width - 2, 8)
            self._header_parts = [
                (self._paragraph(title, "header", canvas, title_width), self.margin),
                (self._paragraph(marking, "header", canvas, marking_width),
                 self.margin + CONTENT_WIDTH - marking_width),
            ]
        canvas.saveState()
        top = self.paper[1] - 12 * mm
        for paragraph, x in self._header_parts:
            paragraph.drawOn(canvas, x, top)
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.line(self.margin, top - 2 * mm, self.margin + CONTENT_WIDTH, top - 2 * mm)
        canvas.restoreState()

    def _footer(self, canvas: Canvas, number: int, total: int) -> None:
        ctx = self.context
        text = ctx._("Page {page} of {pages}").format(page=ctx.number(number),
                                                     pages=ctx.number(total))
        # one short line, drawn where a centred footer paragraph puts it (no paragraph to
        # lay out on every page)
        style = self.styles["footer"]
        size = style.fontSize
        x = self.margin + (CONTENT_WIDTH - self.marker.width(text, size)) / 2
        canvas.saveState()
        canvas.setFillColor(style.textColor)
        # a paragraph's first baseline is a font size under its top
        draw_text(canvas, self.marker, text, x, 9 * mm + style.leading - size, size)
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
        previous: str | None = None
        for key in self.sections:
            built = sections[key].build(self.context)
            if not built:  # nothing to say (a report before the meeting): no empty heading
                continue
            if previous is not None:
                story.append(PageBreak() if self._new_page(previous)
                             else self.context.gap(6 * mm))
            elif key == "cover":
                story.append(NextPageTemplate("body"))
            title = sections[key].title
            if title:
                story.append(Anchor(key, self.words.gettext(title)))
            story += built
            previous = key
        return story

    def render(self) -> bytes:
        """The PDF."""
        buffer = io.BytesIO()
        meeting = self.package.meeting
        height = self.paper[1]
        doc = BaseDocTemplate(
            buffer, pagesize=self.paper, leftMargin=self.margin, rightMargin=self.margin,
            topMargin=TOP, bottomMargin=BOTTOM, title=meeting.title, subject=self.subject(),
            author=self.author, creator="Prewire",
            lang=_PDF_LANGUAGE.get(meeting.language.value, "en"),
            initialFontName=self.fonts.regular,  # else an unembedded Helvetica is listed
        )
        frame = Frame(self.margin, BOTTOM, CONTENT_WIDTH, height - TOP - BOTTOM, id="content",
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        body = PageTemplate("body", frames=[frame], onPage=self._header)
        cover = PageTemplate("cover", frames=[frame])
        starts_with_cover = bool(self.sections) and self.sections[0] == "cover"
        doc.addPageTemplates([cover, body] if starts_with_cover else [body, cover])
        synthetic = frozenset({self.fonts.cjk_bold} if self.fonts.cjk_synthetic_bold else ())
        doc.build(self.story() or [self.context.empty("")],
                  canvasmaker=partial(PageCanvas, stamp=self._footer, synthetic=synthetic))
        logger.info("%s: %d pages, %d bytes", self.kind, self.page_count, buffer.tell())
        return buffer.getvalue()
