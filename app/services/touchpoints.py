"""The log of every conversation with a department before the meeting."""

from __future__ import annotations

from app.domain.models import Touchpoint, TouchpointBase
from app.services._owned import OwnedRows

rows = OwnedRows(Touchpoint, TouchpointBase, owner="participation_id")
add = rows.add
update = rows.update
delete = rows.delete
move = rows.move
get = rows.get
list_for = rows.list_for
