"""The action items as CSV, for a spreadsheet (UTF-8 with a byte-order mark so that
spreadsheet programs read Chinese and accented names correctly).

Every cell that a spreadsheet would read as a formula (it begins with ``=``,
``+``, ``-``, ``@``, a tab or a carriage return) is prefixed with ``'``, as
OWASP recommends against CSV injection: typed text stays text.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from pathlib import Path

from app.domain.enums import DemandKind, label
from app.domain.package import MeetingPackage
from app.i18n import N_, translator
from app.services import atomic, meeting_document
from app.services.meeting_document import MeetingDocument
from app.storage import Workspace

#: characters that make a spreadsheet cell a formula (OWASP "CSV Injection")
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
#: how much of a source's text the "Came from" column quotes
SOURCE_CHARACTERS = 50
_KIND = {DemandKind.demand: N_("Demand"), DemandKind.objection: N_("Objection"),
         DemandKind.risk: N_("Risk")}


def neutralise(cell: str) -> str:
    """``cell`` as text a spreadsheet will not evaluate."""
    return "'" + cell if cell.startswith(FORMULA_STARTS) else cell


def _short(text: str) -> str:
    one_line = " ".join(text.split())
    if len(one_line) <= SOURCE_CHARACTERS:
        return one_line
    return one_line[:SOURCE_CHARACTERS].rstrip() + "…"


def sources(package: MeetingPackage, _: Callable[[str], str]) -> dict[str, str]:
    """A short reference to each row an action may come from: "Objection (Finanzas): …"."""
    departments = {d.id: d.name for d in package.departments}
    out = {d.id: _("{kind} ({department}): {text}").format(
        kind=_(_KIND[d.kind]), department=departments.get(d.department, ""), text=_short(d.text))
        for d in package.demands}
    out |= {s.id: _("Suggestion ({department}): {text}").format(
        department=departments.get(s.department, ""), text=_short(s.text))
        for s in package.suggestions}
    out |= {i.id: _("Open issue: {text}").format(text=_short(i.text))
            for i in package.open_issues}
    return out


def actions_csv(document: MeetingDocument) -> str:
    """The meeting's actions, one row each, headings in the meeting's language."""
    package = document.package
    _ = translator(package.meeting.language)  # named `_` for the extractor
    people = {p.id: p.name for d in package.departments for p in d.people}
    departments = {d.id: d.name for d in package.departments}
    came_from = sources(package, _)
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow([_("Meeting"), _("Action"), _("Owner"), _("Department"), _("Due"),
                     _("Status"), _("Came from")])
    for action in package.actions:
        writer.writerow([neutralise(cell) for cell in (
            package.meeting.title,
            action.text,
            people.get(action.owner or "", ""),
            departments.get(action.department or "", ""),
            action.due.isoformat() if action.due else "",
            label(action.status, _),
            came_from.get(action.source or "", ""),
        )])
    return out.getvalue()


def export_actions(workspace: Workspace, meeting_id: int, path: Path) -> int:
    """Write the CSV atomically; returns how many actions it lists."""
    document = meeting_document.load(workspace, meeting_id)
    atomic.write_bytes(path, ("\ufeff" + actions_csv(document)).encode("utf-8"))
    return len(document.package.actions)
