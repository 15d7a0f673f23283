"""The meeting, its action items' due dates and its open issues' follow-ups as calendar entries.

Written as iCalendar (.ics) with icalendar. Every entry has a UID that stays
the same from one export to the next (so importing a newer export updates the
entries in a calendar instead of duplicating them) and that no other
workspace has: the meeting and each action store a random one, carried by
packages; an open issue's is made from its row and the meeting's.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from icalendar import Calendar, Event

from app import __version__
from app.domain.enums import ActionStatus
from app.i18n import translator
from app.services import atomic, meeting_document
from app.services.meeting_document import MeetingDocument
from app.storage import Workspace


def meeting_uid(document: MeetingDocument) -> str:
    """The meeting's stored UID (a package read from elsewhere may lack one: then by row)."""
    return document.package.meeting.uid or f"meeting-{document.meeting_id}@prewire"


def _uid(document: MeetingDocument, package_id: str, stored: str | None = None) -> str:
    if stored:
        return stored
    table, key = document.rows[package_id]
    return f"{table}-{key}.{meeting_uid(document)}"


def _all_day(summary: str, day: date, uid: str, description: str, stamp: datetime) -> Event:
    event = Event()
    event.add("uid", uid)
    event.add("dtstamp", stamp)
    event.add("summary", summary)
    event.add("dtstart", day)
    event.add("dtend", day + timedelta(days=1))
    if description:
        event.add("description", description)
    return event


def calendar_bytes(document: MeetingDocument, *, now: datetime | None = None) -> bytes:
    """The .ics text for a meeting, in the meeting's language."""
    package = document.package
    _ = translator(package.meeting.language)  # named `_` for the extractor
    stamp = now or datetime.now(UTC)
    calendar = Calendar()
    calendar.add("prodid", f"-//Prewire//Prewire {__version__}//EN")
    calendar.add("version", "2.0")
    meeting = package.meeting
    if meeting.scheduled_at is not None:
        event = Event()
        event.add("uid", meeting_uid(document))
        event.add("dtstamp", stamp)
        event.add("summary", meeting.title)
        # in UTC: a fixed offset has no time-zone name a calendar could look up,
        # and a time without one would float to the reader's clock
        start = meeting.scheduled_at.astimezone(UTC)
        event.add("dtstart", start)
        event.add("dtend", start + timedelta(minutes=meeting.duration_minutes or 60))
        if meeting.location:
            event.add("location", meeting.location)
        if meeting.purpose:
            event.add("description", meeting.purpose)
        calendar.add_component(event)
    people = {p.id: p.name for d in package.departments for p in d.people}
    departments = {d.id: d.name for d in package.departments}
    for action in package.actions:
        if action.due is None or action.status != ActionStatus.open:
            continue
        who = [n for n in (people.get(action.owner or ""), departments.get(action.department or ""))
               if n]
        calendar.add_component(_all_day(
            _("Due: {action}").format(action=action.text), action.due,
            _uid(document, action.id, action.uid), " — ".join(who), stamp))
    for issue in package.open_issues:
        if issue.due is None:
            continue
        calendar.add_component(_all_day(
            _("Follow up: {issue}").format(issue=issue.text), issue.due,
            _uid(document, issue.id), issue.follow_up, stamp))
    return bytes(calendar.to_ical())


def export_calendar(workspace: Workspace, meeting_id: int, path: Path) -> int:
    """Write the meeting's calendar file atomically; returns how many entries it holds."""
    data = calendar_bytes(meeting_document.load(workspace, meeting_id))
    atomic.write_bytes(path, data)
    return data.count(b"BEGIN:VEVENT")
