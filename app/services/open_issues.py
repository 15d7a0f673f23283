"""Issues left unresolved by the meeting, with their follow-up."""

from __future__ import annotations

from app.domain.models import OpenIssue, OpenIssueBase
from app.services._owned import OwnedRows

rows = OwnedRows(OpenIssue, OpenIssueBase, owner="meeting_id")
add = rows.add
update = rows.update
delete = rows.delete
move = rows.move
get = rows.get
list_for = rows.list_for
