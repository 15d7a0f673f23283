"""The pre-read as a recorded fact: one dated e-mail touchpoint per department it went to."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlmodel import col, select

from app.domain.enums import Channel
from app.domain.models import Meeting, Participation, Touchpoint
from app.i18n import N_, _, translator
from app.services import touchpoints
from app.services._rows import get
from app.services.errors import InvalidInput
from app.services.trash import Snapshot, delete_row, restore_in
from app.storage import Workspace

#: the touchpoint's summary, in the meeting's language
SENT = N_("Pre-read sent")


@dataclass(frozen=True)
class PrereadRecord:
    """What :func:`record_sent` added, for the window (rows to show) and for undo."""

    meeting_id: int
    #: the touchpoints added, one per department, in the order the departments were given
    touchpoint_ids: tuple[int, ...]


def record_sent(workspace: Workspace, meeting_id: int, participation_ids: Sequence[int],
                day: date) -> PrereadRecord:
    """Record that the pre-read went to each department on ``day``, in one transaction."""
    with workspace.session() as session:
        meeting = get(session, Meeting, meeting_id)
        found = set(session.exec(select(Participation.id).where(
            Participation.meeting_id == meeting_id,
            col(Participation.id).in_(list(participation_ids)))).all())
        if not participation_ids or found != set(participation_ids):
            raise InvalidInput.one("departments", _("choose departments of this meeting"))
        summary = translator(meeting.language.value)(SENT)
        added = [touchpoints.rows.add_in(session, part_id, {
            "date": day, "channel": Channel.email, "summary": summary, "preread_sent": True})
            for part_id in dict.fromkeys(participation_ids)]
        return PrereadRecord(meeting_id, tuple(t.id or 0 for t in added))


def unrecord(workspace: Workspace, record: PrereadRecord) -> list[Snapshot]:
    """Undo :func:`record_sent`: its touchpoints go (the snapshots put them back)."""
    with workspace.session() as session:
        return [delete_row(session, row) for key in record.touchpoint_ids
                if (row := session.get(Touchpoint, key)) is not None]


def rerecord(workspace: Workspace, snapshots: Sequence[Snapshot]) -> None:
    """Redo after :func:`unrecord`: the same touchpoints, ids and all, in one transaction."""
    with workspace.session() as session:
        for snapshot in snapshots:
            restore_in(session, snapshot)


def departments_sent(workspace: Workspace, meeting_id: int) -> set[int]:
    """The meeting's participations that have a recorded pre-read."""
    with workspace.session() as session:
        return set(session.exec(select(Touchpoint.participation_id).join(
            Participation, col(Participation.id) == Touchpoint.participation_id).where(
                Participation.meeting_id == meeting_id, col(Touchpoint.preread_sent))).all())
