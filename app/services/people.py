"""The key people of a department profile (shared by every meeting)."""

from __future__ import annotations

from app.domain.models import Person, PersonBase
from app.services._owned import OwnedRows

rows = OwnedRows(Person, PersonBase, owner="department_id")
add = rows.add
update = rows.update
delete = rows.delete
move = rows.move
get = rows.get
list_for = rows.list_for
