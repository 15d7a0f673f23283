"""Undo commands for engagement: a move of someone's current engagement is kept in its history
(one ``engagement_change`` row, with the touchpoint that made it); its undo takes back the
move and its row, never writes a move back."""

from __future__ import annotations

from collections.abc import Hashable

from PySide6.QtGui import QUndoCommand

from app.domain.enums import Engagement, label
from app.i18n import _
from app.services import engagement
from app.services.engagement import EngagementMove
from app.services.errors import InvalidInput
from app.storage import Workspace
from app.views.changes import Changes
from ui.undo import UndoableCommand


class EngagementCommand(UndoableCommand):
    """Set the current engagement of a department (``person_id`` None) or of one of its
    people in the meeting, optionally as the result of a touchpoint.

    Levels stepped through with the arrow keys, one after the other with the same
    ``merge_key``, are one choice: one undo step, and one move in the history.
    """

    #: the QUndoCommand id of moves that may merge
    MERGING = 2

    def __init__(self, text: str, workspace: Workspace, participation_id: int,
                 person_id: int | None, level: Engagement, *,
                 touchpoint_id: int | None = None) -> None:
        super().__init__(text)
        self.workspace = workspace
        self.participation_id = participation_id
        self.person_id = person_id
        self.level = level
        self.touchpoint_id = touchpoint_id
        #: what the last do changed, for its undo (None: it was the level already)
        self.move: EngagementMove | None = None
        #: set by the form for a choice stepped through (its field, row and focus stay)
        self.merge_key: Hashable | None = None

    def do(self) -> None:
        self.move = engagement.set_level(
            self.workspace, self.participation_id, self.level, person_id=self.person_id,
            touchpoint_id=self.touchpoint_id)

    def revert(self) -> None:
        if self.move is not None:
            engagement.undo_level(self.workspace, self.move)

    def id(self) -> int:
        return -1 if self.merge_key is None else self.MERGING

    def mergeWith(self, other: QUndoCommand) -> bool:
        if (not isinstance(other, EngagementCommand) or self.merge_key is None
                or other.merge_key != self.merge_key):
            return False
        # the steps on the way leave no trace: both moves go, the choice is made once
        if other.move is not None:
            engagement.undo_level(self.workspace, other.move)
        if self.move is not None:
            engagement.undo_level(self.workspace, self.move)
        self.level = other.level
        self.setText(other.text())
        self.do()
        self.setObsolete(self.move is None)   # back where it started
        return True

    def changes(self) -> Changes:
        move = self.move
        updated = [("participation", self.participation_id)]
        inserted = []
        if self.touchpoint_id is not None:
            updated.append(("touchpoint", self.touchpoint_id))
        if move is not None:
            inserted.append(("engagement_change", move.change_id))
            if move.stakeholder_made is not None:
                inserted.append(("stakeholder", move.stakeholder_made))
            elif move.stakeholder_id is not None:
                updated.append(("stakeholder", move.stakeholder_id))
        return Changes.of(self.meeting_id, updated=updated, inserted=inserted)


class RefusedCommand(UndoableCommand):
    """An edit the form cannot make: says why, changes nothing."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__("")
        self._problem = InvalidInput.one(field, message)

    def do(self) -> None:
        raise self._problem

    def revert(self) -> None:
        """Never done, so never undone."""

    def changes(self) -> Changes:
        return Changes(self.meeting_id)


def engagement_command(workspace: Workspace, participation_id: int, person_id: int | None,
                       level: Engagement, *, name: str) -> EngagementCommand:
    """Set ``name``'s engagement now (a department's or a person's)."""
    return EngagementCommand(
        _("Engagement of {name}: {level}").format(name=name, level=label(level)), workspace,
        participation_id, person_id, level)


def move_command(workspace: Workspace, participation_id: int, person_id: int | None,
                 touchpoint_id: int, level: Engagement | None, *,
                 name: str) -> UndoableCommand:
    """A touchpoint moved ``name``'s engagement to ``level``.

    A move once made stays in the history: Undo takes it back, or a later move (on the
    engagement now) follows it; choosing "not moved" afterwards is refused, with that said.
    """
    if level is None:
        return RefusedCommand("moved_to", _(
            "a move stays in the history: use Undo, or set the engagement now in the "
            "department's part in this meeting"))
    return EngagementCommand(
        _("A touchpoint moved {name} to {level}").format(name=name, level=label(level)),
        workspace, participation_id, person_id, level, touchpoint_id=touchpoint_id)
