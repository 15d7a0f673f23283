"""The leader's report as plain text, in the meeting's language: to paste into an e-mail
or a chat message. What the leader reads of the review is its lessons, never the
coordinator's notes about people (the same rule as the printed report)."""

from __future__ import annotations

from datetime import date

from app import formatting
from app.domain.enums import ActionStatus, label
from app.formatting import one_line
from app.i18n import translator
from app.services import meeting_document
from app.storage import Workspace


def summary(workspace: Workspace, meeting_id: int, *, today: date | None = None) -> str:
    """Decisions, actions (open ones first, soonest due first), unresolved issues, lessons."""
    today = today or date.today()
    package = meeting_document.load(workspace, meeting_id).package
    meeting = package.meeting
    language = str(meeting.language)
    _ = translator(language)  # named `_` for the extractor

    people = package.people_by_id()  # one scan, not one per action
    departments = package.departments_by_id()

    def person(key: str | None) -> str:
        found = None if key is None else people.get(key)
        return "" if found is None else found[1].name

    def department(key: str | None) -> str:
        found = None if key is None else departments.get(key)
        return "" if found is None else found.name

    lines = [one_line(meeting.title)]
    when = formatting.meeting_moment(meeting.scheduled_at, language)
    if when:
        lines.append(when)
    lines.append(label(meeting.status, _))

    def section(title: str, items: list[str]) -> None:
        if items:
            lines.extend(["", title, *(f"• {item}" for item in items)])

    section(_("Decisions"), [
        one_line(d.text) + (" — " + _("agreed by {departments}").format(
            departments=formatting.listing([department(k) for k in d.agreed_by], language))
            if d.agreed_by else "")
        for d in package.decisions])
    ordered = sorted(package.actions, key=lambda a: (
        a.status != ActionStatus.open, a.due or date.max))
    actions = []
    for action in ordered:
        who = person(action.owner) or department(action.department)
        details = [who] if who else []
        if action.due is not None:
            details.append(_("due {day}").format(day=formatting.day(action.due, language)))
        status = label(action.status, _)
        if action.status == ActionStatus.open and action.due is not None and action.due < today:
            status = _("Overdue")
        details.append(status)
        actions.append(f"{one_line(action.text)} ({', '.join(details)})")
    section(_("Action items"), actions)
    section(_("Unresolved issues"), [
        one_line(i.text) + (f" — {one_line(i.follow_up)}" if i.follow_up.strip() else "")
        for i in package.open_issues])
    lessons = package.review.lessons if package.review is not None else ""
    if lessons.strip():
        lines.extend(["", _("Lessons"), lessons.strip()])
    return "\n".join(lines) + "\n"
