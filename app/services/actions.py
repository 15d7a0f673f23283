"""Action items agreed in the meeting, each with an owner and a source."""

from __future__ import annotations

from app.domain.models import ActionItem, ActionItemBase
from app.services._owned import OwnedRows

rows = OwnedRows(ActionItem, ActionItemBase, owner="meeting_id")
add = rows.add
update = rows.update
delete = rows.delete
move = rows.move
get = rows.get
list_for = rows.list_for
