"""The pre-read as a recorded fact, and nobody with power surprised in the room."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from app.domain.attention import unbriefed
from app.domain.enums import Channel, DecisionRight, Language
from app.services import (
    departments,
    engagement,
    meeting_document,
    meetings,
    participation,
    people,
    preread,
    touchpoints,
)
from app.services.errors import InvalidInput
from app.storage import Workspace

DAY = date(2026, 11, 18)


def test_recording_the_pre_read_adds_one_dated_email_per_department_and_undo_removes_them(
        workspace: Workspace) -> None:
    m = meetings.create(workspace, title="Compras", language=Language.es).id or 0
    parts = [participation.add(workspace, m, departments.create(workspace, name=n).id or 0).id
             or 0 for n in ("Finanzas", "Ventas", "Legal")]
    record = preread.record_sent(workspace, m, parts[:2], DAY)
    found = [touchpoints.get(workspace, key) for key in record.touchpoint_ids]
    assert [(t.participation_id, t.date, t.channel, t.summary, t.preread_sent) for t in found] == [
        (parts[0], DAY, Channel.email, "Documentación previa enviada", True),
        (parts[1], DAY, Channel.email, "Documentación previa enviada", True)]
    assert preread.departments_sent(workspace, m) == set(parts[:2])
    snapshots = preread.unrecord(workspace, record)
    assert preread.departments_sent(workspace, m) == set()
    preread.rerecord(workspace, snapshots)
    assert preread.departments_sent(workspace, m) == set(parts[:2])


def test_a_department_of_another_meeting_is_refused_and_nothing_is_recorded(
        workspace: Workspace) -> None:
    m = meetings.create(workspace, title="One").id or 0
    other = meetings.create(workspace, title="Two").id or 0
    mine = participation.add(workspace, m, departments.create(workspace, name="A").id or 0).id
    theirs = participation.add(workspace, other,
                               departments.create(workspace, name="B").id or 0).id
    with pytest.raises(InvalidInput):
        preread.record_sent(workspace, m, [mine or 0, theirs or 0], DAY)
    assert preread.departments_sent(workspace, m) == set()


def test_people_who_decide_agree_or_hold_influence_must_be_briefed_in_person(
        workspace: Workspace) -> None:
    m = meetings.create(workspace, title="Sign-off",
                        scheduled_at=datetime(2026, 12, 1, 9, tzinfo=UTC)).id or 0
    ops = departments.create(workspace, name="Operations").id or 0
    part = participation.add(workspace, m, ops).id or 0
    decider = people.add(workspace, ops, name="Dana", influence=2).id or 0
    agreer = people.add(workspace, ops, name="Abel").id or 0
    mighty = people.add(workspace, ops, name="Mia", influence=4).id or 0
    people.add(workspace, ops, name="Ina", influence=3)  # input only, not high: not needed
    engagement.add_stakeholder(workspace, part, decider, decision_right=DecisionRight.decide)
    engagement.add_stakeholder(workspace, part, agreer, decision_right=DecisionRight.agree)
    touchpoints.add(workspace, part, date=DAY)  # the department, not a person: not enough
    touchpoints.add(workspace, part, date=DAY, person_id=agreer)
    touchpoints.add(workspace, part, date=date(2026, 11, 25), person_id=mighty)  # planned

    def missing(today: date) -> list[str]:
        package = meeting_document.load(workspace, m).package
        return [u.person.name for u in unbriefed(package, today)]

    assert missing(DAY) == ["Dana", "Mia"]
    assert missing(date(2026, 11, 26)) == ["Dana"]
    # after the meeting, a talk that came later does not count as before it
    touchpoints.add(workspace, part, date=date(2026, 12, 2), person_id=decider)
    assert missing(date(2026, 12, 5)) == ["Dana"]
