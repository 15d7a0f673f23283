"""What every section builder gets: the plain data, the language, and flowable helpers."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum
from functools import cached_property
from typing import Any, Protocol, TypeVar

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, Paragraph, Spacer, Table

from app import formatting
from app.briefing.line import OneLine
from app.briefing.paragraph import BriefingParagraph
from app.briefing.phrases import KIND_STATUS
from app.briefing.styles import HEADER_FILL, RULE, Styles, table_style
from app.briefing.tables import KeepWithFirstRow, Maker, Row, feed
from app.briefing.text import Marker, chunks, has_cjk
from app.domain.enums import DemandKind, DemandStatus, MeetingStatus, label
from app.domain.package import (
    AgendaItemDoc,
    DemandDoc,
    DepartmentDoc,
    MeetingPackage,
    PersonDoc,
    SuggestionDoc,
    TouchpointDoc,
)
from app.i18n import N_

#: longest text in one Paragraph; longer text becomes several (fast layout, page-sized pieces)
PARAGRAPH_LIMIT = 2000
#: longest text in one table cell; a longer cell continues on the next rows
CELL_LIMIT = 500
#: the text block: A4 less 18 mm margins (centred on Letter, which is wider)
CONTENT_WIDTH = 210 * mm - 2 * 18 * mm
#: the longest text measured to see whether it fits on one line of its column
ONE_LINE_LIMIT = 120
#: a table cell's left and right padding, in points
CELL_PADDING = 3
#: a table column of days: the longest form on one line ("2026年12月31日", "30 Sept 2026")
DATE_WIDTH = 28 * mm

#: a table cell: plain text in the "cell" style, or (text, style name) parts stacked
Cell = str | Sequence[tuple[str, str]]


class _OfDepartment(Protocol):
    department: str


_Row = TypeVar("_Row", bound=_OfDepartment)


def _by_department(rows: Sequence[_Row]) -> dict[str, list[_Row]]:
    """``rows`` grouped by their department, each group in order: a dossier per department
    then finds its rows at once, not by scanning every row of the meeting."""
    out: dict[str, list[_Row]] = {}
    for row in rows:
        out.setdefault(row.department, []).append(row)
    return out


class Kind(StrEnum):
    """Which document: the private pack, the participants' pre-read, the leader's report."""

    pack = "pack"
    pre_read = "pre_read"
    report = "report"
    one_to_one = "one_to_one"


#: what the header of every page says the document is (and the cover's banner)
MARKING: dict[Kind, str] = {
    Kind.pack: N_("Private briefing — do not distribute"),
    Kind.pre_read: N_("Pre-read"),
    Kind.report: N_("Report for the leader"),
    Kind.one_to_one: N_("Private one-to-one sheet — do not distribute"),
}


class Words(Protocol):
    """The translation functions of one language (:class:`app.i18n.Translator`)."""

    language: str

    def gettext(self, message: str) -> str: ...

    def ngettext(self, singular: str, plural: str, n: int) -> str: ...


@dataclass(frozen=True)
class ReadinessSummary:
    """How ready the meeting is, as the cover shows it (plain input to the renderer)."""

    score: int
    missing: list[str] = field(default_factory=list)


@dataclass
class Context:
    """The meeting and the means to turn its text into flowables."""

    package: MeetingPackage
    #: the meeting's language, whatever the interface speaks
    words: Words
    styles: Styles
    marker: Marker
    kind: Kind
    readiness: ReadinessSummary | None
    today: date
    #: the department of a one-to-one sheet (its package id)
    department: str | None = None
    #: the questions worth asking in a one-to-one (the guidance's, in the meeting's language)
    questions: list[str] = field(default_factory=list)
    #: (section key, title) of the sections printed, for the table of contents
    contents: list[tuple[str, str]] = field(default_factory=list)
    #: the coordinator's name, "" when the system does not know it
    coordinator: str = ""
    #: Paragraph fragments by (text, style): labels, table headers and names
    #: recur on every page, and ReportLab parses each Paragraph's markup anew
    _fragments: dict[tuple[str, str], list[Any]] = field(default_factory=dict, repr=False)
    #: column widths fitted to their headings, by (headings, widths asked for)
    _widths: dict[tuple[tuple[str, ...], tuple[float, ...]], tuple[float, ...]] = field(
        default_factory=dict, repr=False)

    @property
    def pre_read(self) -> bool:
        return self.kind is Kind.pre_read

    @property
    def held(self) -> bool:
        """Whether the meeting took place: marked held or closed, or a review written."""
        meeting = self.package.meeting
        return meeting.status in (MeetingStatus.held, MeetingStatus.closed) or (
            self.package.review is not None)

    # -- words, in the meeting's language ----------------------------------
    # Named ``_`` and ``ngettext`` so that ``pybabel extract`` finds every label.
    def _(self, message: str) -> str:
        """``message`` in the meeting's language."""
        return self.words.gettext(message)

    def ngettext(self, singular: str, plural: str, n: int) -> str:
        """The singular or plural form for ``n``, in the meeting's language."""
        return self.words.ngettext(singular, plural, n)

    def marking(self) -> str:
        """What the document is: "Private briefing — do not distribute", "Pre-read"..."""
        return self._(MARKING[self.kind])

    def word(self, value: StrEnum | None) -> str:
        """An enumeration value's label (a stance, a status...) in the meeting's language."""
        return "" if value is None else label(value, self.words.gettext)

    def kind_status(self, kind: DemandKind, status: DemandStatus) -> str:
        """A demand's kind and status as one phrase that agrees: "Open risk"."""
        return self._(KIND_STATUS[(kind, status)])

    def day(self, value: date | None) -> str:
        """``3 Dec 2026`` / ``3 dic 2026`` / ``2026年12月3日``."""
        return formatting.day(value, self.words.language)

    def moment(self, value: datetime) -> str:
        """A date and time in its own UTC offset, as the meeting's language writes it."""
        return formatting.meeting_moment(value, self.words.language)

    def clock(self, value: datetime) -> str:
        """The time of day (24-hour where the language uses it)."""
        return formatting.time_of_day(value, self.words.language)

    def number(self, value: int | float) -> str:
        return formatting.number(value, self.words.language)

    def listing(self, items: Sequence[str]) -> str:
        """Names joined as the meeting's language joins a list: ``A, B and C``, ``A、B和C``."""
        return formatting.listing([item for item in items if item], self.words.language)

    def minutes(self, value: int) -> str:
        return self._("{minutes} min").format(minutes=self.number(value))

    # indexed once per document: a lookup per row by scanning 100,000 departments is
    # quadratic (a report with 1,000 actions spent 20 s here)
    @cached_property
    def _people(self) -> dict[str, tuple[DepartmentDoc, PersonDoc]]:
        return self.package.people_by_id()

    @cached_property
    def _departments(self) -> dict[str, DepartmentDoc]:
        return self.package.departments_by_id()

    @cached_property
    def _touchpoints(self) -> dict[str, list[TouchpointDoc]]:
        return _by_department(self.package.touchpoints)

    @cached_property
    def _demands(self) -> dict[str, list[DemandDoc]]:
        return _by_department(self.package.demands)

    @cached_property
    def _suggestions(self) -> dict[str, list[SuggestionDoc]]:
        return _by_department(self.package.suggestions)

    def touchpoints_of(self, department: str) -> list[TouchpointDoc]:
        """A department's touchpoints, in the package's order."""
        return self._touchpoints.get(department, [])

    def demands_of(self, department: str) -> list[DemandDoc]:
        """A department's demands, objections and risks, in the package's order."""
        return self._demands.get(department, [])

    def suggestions_of(self, department: str) -> list[SuggestionDoc]:
        """A department's suggestions, in the package's order."""
        return self._suggestions.get(department, [])

    def person(self, key: str | None) -> tuple[DepartmentDoc, PersonDoc] | None:
        return None if key is None else self._people.get(key)

    def person_name(self, key: str | None, with_department: bool = True) -> str:
        found = self.person(key)
        if found is None:
            return ""
        department, person = found
        return f"{person.name} ({department.name})" if with_department else person.name

    def presenter_name(self, item: AgendaItemDoc) -> str:
        """Who presents an agenda item: a person with their department, or the coordinator."""
        if not item.presenter_is_coordinator:
            return self.person_name(item.presenter)
        if not self.coordinator:
            return self._("The coordinator")
        return self._("{name} (coordinator)").format(name=self.coordinator)

    def department_name(self, key: str | None) -> str:
        department = None if key is None else self._departments.get(key)
        return "" if department is None else department.name

    def goal_tag(self, key: str | None) -> str:
        """``G2`` for the second goal: the number the goals page shows."""
        for number, goal in enumerate(self.package.goals, start=1):
            if goal.id == key:
                return f"G{number}"
        return ""

    # -- flowables -------------------------------------------------------
    def p(self, text: str, style: str = "body") -> Flowable:
        """One paragraph of user or translated text, escaped."""
        paragraph_style = self.styles.for_text(style, has_cjk(text))
        key = (text, paragraph_style.name)
        fragments = self._fragments.get(key)
        if fragments is None:
            # ReportLab only reads the fragments (it clones one before changing it),
            # so paragraphs with the same text and style can share them
            fragments = self._fragments[key] = self.marker.frags(text, paragraph_style)
        return BriefingParagraph(text, paragraph_style, frags=fragments)

    def paras(self, text: str, style: str = "body") -> list[Flowable]:
        """Text of any length as paragraphs that split across pages."""
        return [self.p(piece, style) for piece in chunks(text, PARAGRAPH_LIMIT)]

    def field(self, caption: str, text: str) -> list[Flowable]:
        """A captioned block, or nothing when ``text`` is empty."""
        if not text.strip():
            return []
        return [self.p(caption, "label"), *self.paras(text)]

    def heading(self, text: str, style: str = "h1") -> Paragraph:
        return self.p(text, style)

    def opening(self, title: str) -> list[Flowable]:
        """A section's heading, on the next page unless its first lines fit under it."""
        return [CondPageBreak(35 * mm), self.heading(title)]

    def empty(self, message: str) -> Paragraph:
        return self.p(message, "meta")

    def table(self, header: Sequence[str], rows: Sequence[Sequence[Cell]],
              widths: Sequence[float]) -> Flowable:
        """A table whose header repeats on every page and whose long cells run on.

        A cell longer than :data:`CELL_LIMIT` continues on the next physical
        rows (the rule is drawn under the last one), so no row is taller than
        a page.
        """
        make, physical = self._table(header, rows, widths)
        return feed(make, physical)

    def titled_table(self, title: str, header: Sequence[str], rows: Sequence[Sequence[Cell]],
                     widths: Sequence[float], style: str = "h2") -> list[Flowable]:
        """A heading and its table; the heading never stays alone at the foot of a page."""
        heading = self.p(title, style)
        heading.keepWithNext = 0  # KeepWithFirstRow keeps it with the table, row by row
        make, physical = self._table(header, rows, widths)
        return [KeepWithFirstRow([heading], lambda: make(physical[:1], None)), heading,
                feed(make, physical)]

    def _table(self, header: Sequence[str], rows: Sequence[Sequence[Cell]],
               widths: Sequence[float]) -> tuple[Maker, list[Row]]:
        """How to make a table of some of the physical rows, and all the physical rows."""
        head = [self.p(h, "head") for h in header]
        widths = self.fit_widths(header, widths)
        physical: list[Row] = []
        for row in rows:
            columns = [self._cell_pieces(cell, width - 2 * CELL_PADDING)
                       for cell, width in zip(row, widths, strict=True)]
            height = max(len(pieces) for pieces in columns)
            for index in range(height):
                cells = [pieces[index] if index < len(pieces) else "" for pieces in columns]
                physical.append((cells, index == height - 1))

        def make(part: Sequence[Row], heights: Sequence[float] | None) -> Table:
            commands: list[tuple[object, ...]] = [
                ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, 0), 0.8, RULE),
                ("LEFTPADDING", (0, 0), (-1, -1), CELL_PADDING),
                ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PADDING),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ]
            commands += [("LINEBELOW", (0, n), (-1, n), 0.4, RULE)
                         for n, (_cells, last) in enumerate(part, start=1) if last]
            table = Table([head, *(cells for cells, _last in part)], colWidths=list(widths),
                          rowHeights=None if heights is None else list(heights), repeatRows=1,
                          hAlign="LEFT")
            table.setStyle(table_style(self.styles.fonts, *commands))
            return table

        return make, physical

    def fit_widths(self, header: Sequence[str], widths: Sequence[float]) -> list[float]:
        """``widths`` widened where a heading word would not fit whole ("Influencia" in
        Spanish), taking the room from the widest column."""
        key = (tuple(header), tuple(widths))
        known = self._widths.get(key)
        if known is not None:  # every dossier has the same tables: measure their heads once
            return list(known)
        style = self.styles["head"]
        out = list(widths)
        for index, heading in enumerate(header):
            words = [w for w in heading.split() if not has_cjk(w)]  # CJK breaks anywhere
            need = max((self.marker.width(w, style.fontSize, bold=True) for w in words),
                       default=0.0) + 2 * CELL_PADDING + 1
            short = need - out[index]
            if short > 0:
                widest = max(range(len(out)), key=lambda i: out[i])
                if widest != index and out[widest] - short > 30 * mm:
                    out[widest] -= short
                    out[index] += short
        self._widths[key] = tuple(out)
        return out

    def _cell_pieces(self, cell: Cell, width: float) -> list[list[Flowable]]:
        parts = [(cell, "cell")] if isinstance(cell, str) else list(cell)
        groups: list[list[Flowable]] = []
        current: list[Flowable] = []
        size = 0
        for text, style in parts:
            if not text:
                continue
            for piece in chunks(text, CELL_LIMIT):
                if current and size + len(piece) > CELL_LIMIT:
                    groups.append(current)
                    current, size = [], 0
                current.append(self._cell_text(piece, style, width))
                size += len(piece)
        if current:
            groups.append(current)
        return groups or [[]]

    def _cell_text(self, text: str, style: str, width: float) -> Flowable:
        """A cell's text: one line when it fits in the column's ``width``, else a paragraph."""
        if len(text) <= ONE_LINE_LIMIT:
            line = OneLine.fitting(text, self.styles.for_text(style, has_cjk(text)),
                                   self.marker, width)
            if line is not None:
                return line
        return self.p(text, style)

    @staticmethod
    def gap(height: float = 4 * mm) -> Spacer:
        return Spacer(1, height)
