"""The one-to-one sheet of one department, as PDF: what to take into a conversation with them."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from app.briefing import BriefingDocument, Kind
from app.i18n import _
from app.services import guidance
from app.services.briefing import PdfResult, coordinator, write
from app.services.errors import InvalidInput, Problem
from app.services.meeting_document import MeetingDocument, load
from app.storage import Workspace


class UnknownDepartment(InvalidInput):
    """No department of the meeting has that name or ID."""

    def __init__(self, key: str, names: list[str]) -> None:
        message = _("The meeting has no department named or numbered {key}; its departments: "
                    "{names}.").format(key=key, names=", ".join(names))
        super().__init__([Problem("department", message)])


def department_key(document: MeetingDocument, key: str) -> str:
    """The package id of the meeting's department named ``key`` (any case), or of ID ``key``."""
    wanted = key.strip()
    departments = document.package.departments
    for department in departments:
        if department.name.strip().casefold() == wanted.casefold():
            return department.id
    if wanted.isdigit():
        for department in departments:
            if document.rows.get(department.id) == ("department", int(wanted)):
                return department.id
    raise UnknownDepartment(key, [d.name for d in departments])


def prepare_sheet(workspace: Workspace, meeting_id: int, department: str, *,
                  today: date | None = None) -> BriefingDocument:
    """Read the meeting now; ``render()`` then touches no database."""
    document = load(workspace, meeting_id)
    package = document.package
    language = package.meeting.language.value
    questions = guidance.for_step("departments", language).questions
    return BriefingDocument(package, kind=Kind.one_to_one, today=today, author=coordinator(),
                            department=department_key(document, department),
                            questions=questions)


def export_sheet(workspace: Workspace, meeting_id: int, department: str, path: Path
                 ) -> PdfResult:
    """Write the sheet to ``path`` atomically: whole, or the old file kept."""
    return write(prepare_sheet(workspace, meeting_id, department), path)
