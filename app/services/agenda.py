"""The agenda, in order, with time boxes and presenters."""

from __future__ import annotations

from typing import Any

from app.domain.models import AgendaItem, AgendaItemBase
from app.domain.rules import BOTH_PRESENTERS
from app.i18n import _
from app.services._owned import OwnedRows
from app.services.errors import InvalidInput
from app.storage import Workspace

rows = OwnedRows(AgendaItem, AgendaItemBase, owner="meeting_id")
delete = rows.delete
move = rows.move
get = rows.get
list_for = rows.list_for


def _one_presenter(values: dict[str, Any]) -> dict[str, Any]:
    """An item has one presenter: the coordinator or a person of the meeting, never both.

    Saying the coordinator presents clears the person; choosing a person clears the flag.
    """
    coordinator = bool(values.get("presenter_is_coordinator"))
    person = values.get("presenter_id")
    if coordinator and person is not None:
        raise InvalidInput.one(
            "presenter_id", _(BOTH_PRESENTERS))
    if coordinator:
        return {**values, "presenter_id": None}
    if person is not None:
        return {**values, "presenter_is_coordinator": False}
    return values


def add(workspace: Workspace, meeting_id: int, /, **values: Any) -> AgendaItem:
    """Append an agenda item; raise InvalidInput naming each refused field."""
    return rows.add(workspace, meeting_id, **_one_presenter(values))


def update(workspace: Workspace, row_id: int, /, **changes: Any) -> AgendaItem:
    """Change some fields of an agenda item, keeping it to one presenter."""
    return rows.update(workspace, row_id, **_one_presenter(changes))
