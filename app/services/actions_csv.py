"""The action items as CSV, for a spreadsheet (UTF-8 with a byte-order mark so that
spreadsheet programs read Chinese and accented names correctly)."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from app.domain.enums import label
from app.i18n import translator
from app.services import atomic, meeting_document
from app.services.meeting_document import MeetingDocument
from app.storage import Workspace


def actions_csv(document: MeetingDocument) -> str:
    """The meeting's actions, one row each, headings in the meeting's language."""
    package = document.package
    _ = translator(package.meeting.language)  # named `_` for the extractor
    people = {p.id: p.name for d in package.departments for p in d.people}
    departments = {d.id: d.name for d in package.departments}
    sources = {
        **{d.id: d.text for d in package.demands},
        **{s.id: s.text for s in package.suggestions},
        **{i.id: i.text for i in package.open_issues},
    }
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow([_("Action"), _("Owner"), _("Department"), _("Due"), _("Status"),
                     _("Came from")])
    for action in package.actions:
        writer.writerow([
            action.text,
            people.get(action.owner or "", ""),
            departments.get(action.department or "", ""),
            action.due.isoformat() if action.due else "",
            label(action.status, _),
            sources.get(action.source or "", ""),
        ])
    return out.getvalue()


def export_actions(workspace: Workspace, meeting_id: int, path: Path) -> int:
    """Write the CSV atomically; returns how many actions it lists."""
    document = meeting_document.load(workspace, meeting_id)
    atomic.write_bytes(path, ("\ufeff" + actions_csv(document)).encode("utf-8"))
    return len(document.package.actions)
