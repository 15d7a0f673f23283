"""Suggestions from a department, what we decided, and whom to credit."""

from __future__ import annotations

from app.domain.models import Suggestion, SuggestionBase
from app.services._owned import OwnedRows

rows = OwnedRows(Suggestion, SuggestionBase, owner="participation_id")
add = rows.add
update = rows.update
delete = rows.delete
move = rows.move
get = rows.get
list_for = rows.list_for
