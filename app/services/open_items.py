"""Everything still promised across the workspace: open actions and unresolved issues
(what counts as open: :mod:`app.domain.still_open`)."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from pathlib import Path

from sqlalchemy import text

from app.domain.still_open import OPEN_ACTION, UNRESOLVED_ISSUE
from app.i18n import translator
from app.services import atomic
from app.services.csv_cells import safe_cell
from app.storage import Workspace


class ItemKind(StrEnum):
    action = "action"
    issue = "open_issue"


@dataclass(frozen=True)
class OpenItem:
    """One open action or unresolved issue, with what is needed to find and sort it."""

    kind: ItemKind
    row_id: int
    meeting_id: int
    meeting_title: str
    text: str
    due: date | None
    #: the person who owns it, else the department, else ""
    owner: str
    department: str

    def overdue(self, today: date) -> bool:
        return self.due is not None and self.due < today


_ACTIONS = f"""
    SELECT a.id, a.meeting_id, m.title, a.text, a.due,
           coalesce(p.name, ''), coalesce(d.name, '')
    FROM action_item AS a
    JOIN meeting AS m ON m.id = a.meeting_id
    LEFT JOIN person AS p ON p.id = a.owner_id
    LEFT JOIN department AS d ON d.id = coalesce(a.department_id, p.department_id)
    WHERE {OPEN_ACTION}
"""

_ISSUES = f"""
    SELECT i.id, i.meeting_id, m.title, i.text, i.due, '', ''
    FROM open_issue AS i
    JOIN meeting AS m ON m.id = i.meeting_id
    WHERE {UNRESOLVED_ISSUE}
"""


def open_items(workspace: Workspace, *, today: date | None = None) -> list[OpenItem]:
    """Every open action and unresolved issue: overdue first, then by due date, undated last."""
    today = today or date.today()
    items = []
    with workspace.session() as session:
        connection = session.connection()
        for kind, sql in ((ItemKind.action, _ACTIONS), (ItemKind.issue, _ISSUES)):
            for row_id, meeting_id, title, body, due, owner, department in connection.execute(
                    text(sql)):
                items.append(OpenItem(kind, row_id, meeting_id, title, body,
                                      date.fromisoformat(due) if due else None,
                                      owner or department, department))
    return sorted(items, key=lambda item: (
        not item.overdue(today), item.due is None, item.due or today, item.meeting_id,
        item.kind != ItemKind.action, item.row_id))


def items_csv(items: list[OpenItem], language: str) -> str:
    """The list as CSV, headings in ``language``; cells a spreadsheet could run are made inert."""
    _ = translator(language)  # named `_` for the extractor
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow([_("Due"), _("Meeting"), _("Owner"), _("Department"), _("Kind"),
                     _("Text")])
    kinds = {ItemKind.action: _("Action"), ItemKind.issue: _("Unresolved issue")}
    for item in items:
        writer.writerow([safe_cell(value) for value in (
            item.due.isoformat() if item.due else "", item.meeting_title, item.owner,
            item.department, kinds[item.kind], item.text)])
    return out.getvalue()


def export_csv(workspace: Workspace, path: Path, language: str) -> int:
    """Write the whole list as CSV atomically; returns how many items it holds."""
    items = open_items(workspace)
    atomic.write_bytes(path, ("\ufeff" + items_csv(items, language)).encode("utf-8"))
    return len(items)
