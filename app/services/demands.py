"""A department's demands, objections and risks, with our prepared responses."""

from __future__ import annotations

from app.domain.models import Demand, DemandBase
from app.services._owned import OwnedRows

rows = OwnedRows(Demand, DemandBase, owner="participation_id")
add = rows.add
update = rows.update
delete = rows.delete
move = rows.move
get = rows.get
list_for = rows.list_for
