"""A meeting as package data and the package ids of its rows, without SQL.

Both readers build it: :mod:`app.services.meeting_document` through the ORM (the export,
the pack) and :mod:`app.views.document` through plain sqlite3 (the window), so the
window can show a meeting's assessment without importing SQLAlchemy at start.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from app.domain import package as pkg

# package id prefixes, one per list, so that an action's source id is unambiguous
PREFIX = {
    "goal": "g", "department": "dep", "person": "p", "touchpoint": "t", "demand": "d",
    "suggestion": "s", "agenda_item": "a", "decision": "dec", "action_item": "act",
    "open_issue": "i", "team_member": "tm",
}


@dataclass
class MeetingDocument:
    """A meeting as package data, with the database row behind each package id."""

    meeting_id: int
    package: pkg.MeetingPackage
    #: package id → (table name, database id); departments map to their profile
    rows: dict[str, tuple[str, int]] = field(default_factory=dict)
    #: department package id → the database id of its part in this meeting
    participations: dict[str, int] = field(default_factory=dict)
