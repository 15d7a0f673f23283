"""A pre-read written or printed is recorded as sent: one dated touchpoint per department it
went to ("Pre-read sent", by e-mail), all in one undoable action."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date

from PySide6.QtWidgets import QWidget

from app.domain.enums import Channel
from app.domain.models import Touchpoint
from app.i18n import N_, ngettext, translator
from app.services import meetings, touchpoints
from app.views.engagement_window import department_names
from ui.context import AppContext
from ui.undo import AddCommand, MacroCommand, UndoableCommand

#: the touchpoint's summary, in the meeting's language (its log is the meeting's record)
SUMMARY = N_("Pre-read sent")


def sent_to_choices(context: AppContext, meeting_id: int) -> list[tuple[int, str]]:
    """The departments a pre-read may be recorded as sent to: (participation id, name)."""
    from app.services.briefing import MAX_PRINTED_DEPARTMENTS  # ReportLab: with the document

    with context.reader.snapshot() as db:
        return department_names(db, meeting_id, MAX_PRINTED_DEPARTMENTS)


def pre_read_command(context: AppContext, meeting_id: int, sent_to: Sequence[int],
                     day: date) -> UndoableCommand:
    """One touchpoint per department, dated ``day``, marked as delivering the pre-read."""
    workspace = context.workspace
    summary = translator(meetings.get_meeting(workspace, meeting_id).language)(SUMMARY)
    text = ngettext("Record the pre-read as sent to {n} department",
                    "Record the pre-read as sent to {n} departments", len(sent_to)).format(
        n=len(sent_to))

    def record(part: int) -> Callable[[], Touchpoint]:
        return lambda: touchpoints.add(workspace, part, date=day, channel=Channel.email,
                                       summary=summary, preread_sent=True)

    return MacroCommand(text, [AddCommand(text, workspace, record(part), touchpoints.delete)
                               for part in sent_to])


def record_pre_read_sent(context: AppContext, parent: QWidget, meeting_id: int,
                         sent_to: Sequence[int], day: date | None = None) -> bool:
    """Record that the pre-read went to ``sent_to`` today; False when refused (shown)."""
    command = pre_read_command(context, meeting_id, sent_to, day or date.today())
    # recorded for the meeting it was written for, whichever the window shows by now
    shown, context.meeting_id = context.meeting_id, meeting_id
    try:
        return context.run(command, parent)
    finally:
        context.meeting_id = shown
