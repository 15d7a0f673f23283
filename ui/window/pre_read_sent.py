"""A pre-read written or printed is recorded as sent: one dated touchpoint per department it
went to ("Pre-read sent", by e-mail, in the meeting's language), as one undoable action."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtWidgets import QWidget

from app.i18n import ngettext
from app.services import preread
from app.services.trash import Snapshot
from app.storage import Workspace
from app.views.changes import Changes
from app.views.engagement_window import department_names
from ui.context import AppContext
from ui.undo import UndoableCommand


class PreReadSentCommand(UndoableCommand):
    """Record the pre-read as sent; undo takes the touchpoints away, redo brings the same
    ones back."""

    def __init__(self, workspace: Workspace, meeting_id: int, sent_to: Sequence[int],
                 day: date) -> None:
        super().__init__(ngettext("Record the pre-read as sent to {n} department",
                                  "Record the pre-read as sent to {n} departments",
                                  len(sent_to)).format(n=len(sent_to)))
        self.workspace = workspace
        self.recorded_for = meeting_id
        self.sent_to = tuple(sent_to)
        self.day = day
        self.record: preread.PrereadRecord | None = None
        self._snapshots: list[Snapshot] | None = None

    def do(self) -> None:
        if self.record is None:
            self.record = preread.record_sent(self.workspace, self.recorded_for, self.sent_to,
                                              self.day)
        else:
            assert self._snapshots is not None
            preread.rerecord(self.workspace, self._snapshots)

    def revert(self) -> None:
        assert self.record is not None
        self._snapshots = preread.unrecord(self.workspace, self.record)

    def changes(self) -> Changes:
        ids = () if self.record is None else self.record.touchpoint_ids
        return Changes.of(self.recorded_for, inserted=[("touchpoint", key) for key in ids])


def sent_to_choices(context: AppContext, meeting_id: int) -> list[tuple[int, str]]:
    """The departments a pre-read may be recorded as sent to: (participation id, name)."""
    from app.services.briefing import MAX_PRINTED_DEPARTMENTS  # ReportLab: with the document

    with context.reader.snapshot() as db:
        return department_names(db, meeting_id, MAX_PRINTED_DEPARTMENTS)


def record_pre_read_sent(context: AppContext, parent: QWidget, meeting_id: int,
                         sent_to: Sequence[int], day: date | None = None) -> bool:
    """Record that the pre-read went to ``sent_to`` today; False when refused (shown)."""
    command = PreReadSentCommand(context.workspace, meeting_id, sent_to, day or date.today())
    return context.run(command, parent)
