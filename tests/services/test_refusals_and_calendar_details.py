"""Details a user meets that no other test pinned: the reason a decision's or a stance
move's link is refused, under the field the form shows it at, and a calendar file that
names its format version and keeps each action's own UID."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from icalendar import Calendar

from app.services import (
    actions,
    decisions,
    departments,
    engagement,
    meeting_document,
    meetings,
    participation,
    people,
    suggestions,
    touchpoints,
)
from app.services.calendar_export import export_calendar
from app.services.errors import InvalidInput
from app.storage import Workspace


def test_a_decision_agreed_by_a_department_not_in_the_meeting_is_refused(
        workspace: Workspace) -> None:
    meeting = meetings.create(workspace, title="Budget").id or 0
    outsider = departments.create(workspace, name="Legal").id or 0
    with pytest.raises(InvalidInput) as caught:
        decisions.add(workspace, meeting, agreed_by=[outsider], text="Freeze hiring")
    assert [(p.field, p.message) for p in caught.value.problems] == [
        ("agreed_by", "must be departments in this meeting")]
    assert decisions.list_for(workspace, meeting) == []


def test_a_stance_move_credited_to_another_departments_touchpoint_is_refused(
        workspace: Workspace) -> None:
    meeting = meetings.create(workspace, title="Budget").id or 0
    finance = participation.add(
        workspace, meeting, departments.create(workspace, name="Finance").id or 0).id or 0
    sales = participation.add(
        workspace, meeting, departments.create(workspace, name="Sales").id or 0).id or 0
    call = touchpoints.add(workspace, sales, date=date(2026, 11, 2), channel="call").id
    with pytest.raises(InvalidInput) as caught:
        engagement.set_level(workspace, finance, "supportive", touchpoint_id=call)
    assert [(p.field, p.message) for p in caught.value.problems] == [
        ("touchpoint_id", "must be a touchpoint of this department")]


def test_the_calendar_names_its_version_and_keeps_each_actions_uid(
        workspace: Workspace, tmp_path: Path) -> None:
    meeting = meetings.create(workspace, title="Budget",
                              scheduled_at="2026-11-12T09:00:00+01:00").id or 0
    actions.add(workspace, meeting, text="Send the figures", due="2026-12-01")
    path = tmp_path / "budget.ics"
    export_calendar(workspace, meeting, path)
    calendar = Calendar.from_ical(path.read_bytes())
    assert str(calendar["version"]) == "2.0"  # RFC 5545: calendars refuse a file without it
    stored = meeting_document.load(workspace, meeting).package.actions[0].uid
    due = next(e for e in calendar.walk("VEVENT") if str(e["summary"]).startswith("Due"))
    assert stored and str(due["uid"]) == stored


def test_a_reference_outside_the_department_or_meeting_and_an_unknown_field_are_refused(
        workspace: Workspace) -> None:
    meeting = meetings.create(workspace, title="Budget").id or 0
    finance = departments.create(workspace, name="Finance").id or 0
    sales = departments.create(workspace, name="Sales").id or 0
    part = participation.add(workspace, meeting, finance).id or 0
    participation.add(workspace, meeting, sales)
    bo = people.add(workspace, sales, name="Bo Lee").id
    legal = departments.create(workspace, name="Legal").id

    def refused(attempt: Callable[[], object]) -> list[tuple[str, str]]:
        with pytest.raises(InvalidInput) as caught:
            attempt()
        return [(p.field, p.message) for p in caught.value.problems]

    assert refused(lambda: suggestions.add(workspace, part, text="Pilot", person_id=bo)) == [
        ("person_id", "must be one of this department's people")]
    assert refused(lambda: actions.add(workspace, meeting, text="Ask", department_id=legal)) == [
        ("department_id", "must be a department in this meeting")]
    assert refused(lambda: meetings.update(workspace, meeting, colour="red")) == [
        ("colour", "is not a known field")]
    assert suggestions.list_for(workspace, part) == []
    assert meetings.get_meeting(workspace, meeting).title == "Budget"
