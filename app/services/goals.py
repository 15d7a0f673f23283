"""The meeting's goals, each with a measurable indicator."""

from __future__ import annotations

from app.domain.models import Goal, GoalBase
from app.services._owned import OwnedRows

rows = OwnedRows(Goal, GoalBase, owner="meeting_id")
add = rows.add
update = rows.update
delete = rows.delete
move = rows.move
get = rows.get
list_for = rows.list_for
