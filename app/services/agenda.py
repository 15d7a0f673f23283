"""The agenda, in order, with time boxes and presenters."""

from __future__ import annotations

from app.domain.models import AgendaItem, AgendaItemBase
from app.services._owned import OwnedRows

rows = OwnedRows(AgendaItem, AgendaItemBase, owner="meeting_id")
add = rows.add
update = rows.update
delete = rows.delete
move = rows.move
get = rows.get
list_for = rows.list_for
