"""The briefing pack, the pre-read and the report for the leader, as PDF bytes or a file."""

from __future__ import annotations

import logging
import os
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlmodel import func, select

from app.briefing import (
    KEYS,
    SHARED_KEYS,
    BriefingDocument,
    Kind,
    ReadinessSummary,
    default_fonts,
)
from app.domain.models import Participation
from app.domain.package import MeetingPackage
from app.formatting import number
from app.i18n import Translator, _
from app.services import atomic, readiness
from app.services.errors import InvalidInput, Problem
from app.services.meeting_document import load
from app.storage import Workspace

logger = logging.getLogger(__name__)

#: every section of the private pack, in print order
SECTIONS: tuple[str, ...] = KEYS
#: the sections a pre-read may have (each leaves out the coordinator's own assessment)
PRE_READ_SECTIONS: tuple[str, ...] = SHARED_KEYS
#: the most departments a pack or pre-read prints: both list every department (cover,
#: glance table, dossiers), so 10,000 make a 3,700-page pack that takes a minute and
#: 300 MB to render, and 100,000 ten times that; nobody reads such a pack, so it is
#: refused up front with what to send instead (the report lists no department: no limit)
MAX_PRINTED_DEPARTMENTS = 2_000


class TooManyDepartments(InvalidInput):
    """A pack or pre-read asked for a meeting with more departments than a reader can use."""

    def __init__(self, count: int) -> None:
        self.count = count
        message = _("This meeting has {count} departments; a briefing pack or pre-read "
                    "prints at most {limit}. Share the meeting as a package, or export "
                    "its actions as CSV, instead.").format(
            count=number(count), limit=number(MAX_PRINTED_DEPARTMENTS))
        super().__init__([Problem("departments", message)])


class UnknownSection(InvalidInput):
    """A section name that is not one of the pack's (or not one a pre-read may have)."""

    def __init__(self, names: list[str], valid: Sequence[str]) -> None:
        self.names = names
        self.valid = tuple(valid)
        message = _("Unknown section {names}; choose among: {valid}.").format(
            names=", ".join(names), valid=", ".join(valid))
        super().__init__([Problem("sections", message)])


@dataclass(frozen=True)
class PdfResult:
    """What was written, and whether the Chinese font travels inside the file."""

    path: Path
    pages: int
    size: int
    #: False: no embeddable CJK font was found; Chinese text relies on the reader's fonts
    cjk_embedded: bool
    fonts: str
    #: what the coordinator should know before sending it (in the interface language)
    warnings: tuple[str, ...] = ()


def _sections(pre_read: bool, sections: Sequence[str] | None) -> list[str]:
    valid = PRE_READ_SECTIONS if pre_read else SECTIONS
    if sections is None:
        return list(valid)
    if isinstance(sections, str):  # a lone name would otherwise be read letter by letter
        sections = [sections]
    unknown = [name for name in sections if name not in valid]
    if unknown or not sections:
        raise UnknownSection(unknown, valid)
    return list(sections)


def coordinator() -> str:
    """The user's full name as the system knows it (the PDF's Author), or "" when unknown.

    What a word processor puts there too: the name of the account, on POSIX the
    passwd entry's first comment field ("Begoña Ibáñez,Room 4,..." → "Begoña Ibáñez").
    """
    try:
        import pwd  # POSIX only

        return pwd.getpwuid(os.getuid()).pw_gecos.split(",")[0].strip()
    except (ImportError, KeyError, AttributeError):
        return ""


def _names(package: MeetingPackage) -> dict[str, str]:
    """What each package id is called, to name the subjects of a missing item."""
    names = {d.id: d.name for d in package.departments}
    names |= {g.id: g.statement for g in package.goals}
    names |= {d.id: d.text for d in package.demands}
    names |= {s.id: s.text for s in package.suggestions}
    names |= {a.id: a.title for a in package.agenda}
    names |= {a.id: a.text for a in package.actions}
    names |= {i.id: i.text for i in package.open_issues}
    return {key: " ".join(value.split()) for key, value in names.items()}


def missing_lines(package: MeetingPackage, assessment: readiness.Assessment) -> list[str]:
    """What is still missing, as facts: one line per rule, naming every subject.

    The assessment's own messages may say how to fix a thing in the window
    ("log it as a touchpoint…"); a printed page states what is missing and where.
    """
    names = _names(package)
    groups: dict[str, list[readiness.MissingItem]] = {}
    for item in assessment.items:
        groups.setdefault(item.rule, []).append(item)
    lines = []
    for (rule, items), line in zip(groups.items(), assessment.summary, strict=True):
        subjects = [names[item.ref] for item in items if item.ref in names]
        if rule == "preread.sent" or (len(items) > 1 and subjects):
            line = f"{_preread(package, len(items)) if rule == 'preread.sent' else line}: " + \
                   "; ".join(subjects)
        lines.append(line)
    return lines


def _preread(package: MeetingPackage, count: int) -> str:
    words = Translator(package.meeting.language)
    return words.ngettext("{n} department without the pre-read",
                          "{n} departments without the pre-read", count).format(n=count)


def _readiness(package: MeetingPackage, today: date) -> ReadinessSummary:
    assessment = readiness.assess(package, today=today,
                                  gettext=Translator(package.meeting.language))
    return ReadinessSummary(assessment.score, missing_lines(package, assessment))


def prepare(workspace: Workspace, meeting_id: int, *, pre_read: bool = False,
            sections: Sequence[str] | None = None, today: date | None = None
            ) -> BriefingDocument:
    """Read the meeting now (in the caller's thread); ``render()`` then touches no database.

    The window prepares on the GUI thread and renders on a worker thread.
    """
    return _document(workspace, meeting_id, pre_read, sections, today)


def _document(workspace: Workspace, meeting_id: int, pre_read: bool,
              sections: Sequence[str] | None, today: date | None) -> BriefingDocument:
    chosen = _sections(pre_read, sections)
    # counted before the meeting is read: reading 100,000 departments takes seconds
    with workspace.session() as session:
        count = session.exec(select(func.count()).select_from(Participation)
                             .where(Participation.meeting_id == meeting_id)).one()
    if count > MAX_PRINTED_DEPARTMENTS:
        raise TooManyDepartments(count)
    package = load(workspace, meeting_id).package
    day = today or date.today()
    summary = None if pre_read else _readiness(package, day)
    return BriefingDocument(package, kind=Kind.pre_read if pre_read else Kind.pack,
                            sections=chosen, readiness=summary, today=day,
                            author=coordinator())


def render(workspace: Workspace, meeting_id: int, *, pre_read: bool = False,
           sections: Sequence[str] | None = None, today: date | None = None) -> bytes:
    """The PDF of the briefing pack (or the pre-read) of one meeting."""
    return _document(workspace, meeting_id, pre_read, sections, today).render()


def export_pdf(workspace: Workspace, meeting_id: int, path: Path, *, pre_read: bool = False,
               sections: Sequence[str] | None = None) -> PdfResult:
    """Write the PDF to ``path`` atomically: the old file stays whole if anything fails."""
    return write(_document(workspace, meeting_id, pre_read, sections, None), path)


def prepare_report(workspace: Workspace, meeting_id: int, *, today: date | None = None
                   ) -> BriefingDocument:
    """The report for the leader, read now; ``render()`` then touches no database.

    A meeting not held yet still gets its report: the cover says so and each
    section says what is not recorded yet (a leader may ask where things stand).
    """
    package = load(workspace, meeting_id).package
    return BriefingDocument(package, kind=Kind.report, today=today, author=coordinator())


def export_report(workspace: Workspace, meeting_id: int, path: Path) -> PdfResult:
    """Write the report for the leader to ``path`` atomically."""
    return write(prepare_report(workspace, meeting_id), path)


def warnings(document: BriefingDocument) -> list[str]:
    """What the coordinator should hear before a document goes out.

    The pre-read prints the agenda's total beside the planned duration, where
    participants see it; an agenda over time is the coordinator's to fix first.
    """
    if document.kind is not Kind.pre_read or "agenda" not in document.sections:
        return []
    meeting = document.package.meeting
    total = sum(item.minutes or 0 for item in document.package.agenda)
    if meeting.duration_minutes is None or total <= meeting.duration_minutes:
        return []
    return [_("The pre-read's agenda adds up to {total} minutes, over the {planned} planned: "
              "participants will see it. Shorten the agenda or the pre-read goes out like "
              "this.").format(total=total, planned=meeting.duration_minutes)]


def write(document: BriefingDocument, path: Path) -> PdfResult:
    """Render ``document`` and write it to ``path`` atomically: whole, or the old file kept."""
    data = document.render()
    atomic.write_bytes(Path(path), data)
    fonts = document.fonts
    logger.info("wrote %s (%d pages, fonts: %s)", path, document.page_count, fonts.describe())
    return PdfResult(Path(path), document.page_count, len(data), fonts.cjk_embedded,
                     fonts.describe(), tuple(warnings(document)))


__all__ = ["MAX_PRINTED_DEPARTMENTS", "PRE_READ_SECTIONS", "SECTIONS", "PdfResult",
           "TooManyDepartments", "UnknownSection", "default_fonts",
           "export_pdf", "export_report", "missing_lines", "prepare", "prepare_report", "render",
           "warnings", "write"]
