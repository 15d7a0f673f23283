"""Meetings, department profiles, their people and their part in a meeting."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from sqlmodel import func, select

from app.domain.enums import Engagement, Language, MeetingStatus, Readiness, Relationship
from app.domain.models import Goal, Participation
from app.services import demands, departments, goals, meetings, participation, people, touchpoints
from app.services.errors import InUse, InvalidInput, NotFound
from app.services.trash import restore
from app.storage import Workspace

SHANGHAI = timezone(timedelta(hours=8))


def test_meeting_create_update_list_sorted_by_date(workspace: Workspace) -> None:
    later = meetings.create(workspace, title="Compras 2027",
                            scheduled_at=datetime(2026, 12, 10, 9, 0, tzinfo=SHANGHAI))
    undated = meetings.create(workspace, title="Someday")
    soon = meetings.create(workspace, title="客户数据平台 & <CRM>", language="zh_CN",
                           scheduled_at=datetime(2026, 12, 3, 10, 0, tzinfo=SHANGHAI),
                           duration_minutes=90)
    assert soon.language is Language.zh_CN
    meetings.update(workspace, later.id, status="ready", location="Sala 3")
    listed = meetings.list_summaries(workspace)
    assert [m.title for m in listed] == ["客户数据平台 & <CRM>", "Compras 2027", "Someday"]
    assert listed[1].status is MeetingStatus.ready
    again = meetings.get_meeting(workspace, soon.id)
    assert again.scheduled_at == datetime(2026, 12, 3, 10, 0, tzinfo=SHANGHAI)
    assert again.scheduled_at.utcoffset() == timedelta(hours=8), "the offset is kept"
    assert undated.scheduled_at is None


@pytest.mark.parametrize(("values", "field"), [
    ({"title": "   "}, "title"),
    ({"title": "ok", "duration_minutes": -5}, "duration_minutes"),
    ({"title": "ok", "language": "fr"}, "language"),
    ({"title": "ok", "status": "done"}, "status"),
    ({"title": "ok", "colour": "red"}, "colour"),
])
def test_meeting_validation_names_the_field_and_writes_nothing(
    workspace: Workspace, values: dict, field: str
) -> None:
    with pytest.raises(InvalidInput) as caught:
        meetings.create(workspace, **values)
    assert caught.value.fields == [field]
    assert meetings.list_summaries(workspace) == []


def test_meeting_update_refused_keeps_the_row(workspace: Workspace, meeting_id: int) -> None:
    with pytest.raises(InvalidInput) as caught:
        meetings.update(workspace, meeting_id, title="", duration_minutes=30)
    assert caught.value.fields == ["title"]
    kept = meetings.get_meeting(workspace, meeting_id)
    assert kept.title == "Customer data platform" and kept.duration_minutes is None


def test_unknown_meeting_is_not_found(workspace: Workspace) -> None:
    with pytest.raises(NotFound):
        meetings.update(workspace, 999, title="x")


def test_department_profile_and_people(workspace: Workspace) -> None:
    finance = departments.create(workspace, name="Finance", okrs=["Close in 5 days", "Cut 3%"])
    with pytest.raises(InvalidInput) as caught:
        departments.create(workspace, name="  FINANCE ")
    assert caught.value.fields == ["name"]
    assert "already exists" in caught.value.problems[0].message
    departments.update(workspace, finance.id, focus="Year-end close")
    assert departments.get_department(workspace, finance.id).okrs == ["Close in 5 days", "Cut 3%"]

    ana = people.add(workspace, finance.id, name="Begoña Ibáñez", role="CFO", influence=5,
                     interest=3)
    wang = people.add(workspace, finance.id, name="王芳", influence=2)
    people.move(workspace, wang.id, 0)
    assert [p.name for p in people.list_for(workspace, finance.id)] == ["王芳", "Begoña Ibáñez"]
    for bad in ({"influence": 6}, {"interest": 0}, {"name": ""}):
        with pytest.raises(InvalidInput) as caught:
            people.update(workspace, ana.id, **bad)
        assert caught.value.fields == list(bad)
    assert caught.value.problems[0].message == "must not be blank"
    with pytest.raises(InvalidInput) as caught:
        people.add(workspace, finance.id, name="X", influence=9)
    assert str(caught.value) == "influence: must be 1-5"
    assert len(people.list_for(workspace, finance.id)) == 2


def test_participation_is_per_meeting_and_profiles_are_shared(
    workspace: Workspace, meeting_id: int
) -> None:
    other = meetings.create(workspace, title="Second").id
    sales = departments.create(workspace, name="Sales")
    part = participation.add(workspace, meeting_id, sales.id, relationship="downstream",
                             engagement="neutral")
    participation.add(workspace, other, sales.id)
    with pytest.raises(InvalidInput):
        participation.add(workspace, meeting_id, sales.id)
    participation.update(workspace, part.id, readiness="aligned", engagement_at_start="resistant")
    [(row, dept)] = participation.list_with_departments(workspace, meeting_id)
    assert dept.name == "Sales"
    assert (row.relationship, row.engagement, row.engagement_at_start, row.readiness) == (
        Relationship.downstream, Engagement.neutral, Engagement.resistant, Readiness.aligned)
    with pytest.raises(InvalidInput) as caught:
        participation.update(workspace, part.id, engagement="angry")
    assert caught.value.fields == ["engagement"]


def test_deleting_a_department_in_use_is_refused_without_orphans(
    workspace: Workspace, meeting_id: int
) -> None:
    legal = departments.create(workspace, name="Legal")
    people.add(workspace, legal.id, name="Chen Jing")
    part = participation.add(workspace, meeting_id, legal.id)
    with pytest.raises(InUse) as caught:
        departments.delete(workspace, legal.id)
    assert caught.value.users == ["Customer data platform"]
    assert departments.get_department(workspace, legal.id).name == "Legal"
    participation.remove(workspace, part.id)
    snapshot = departments.delete(workspace, legal.id)
    assert snapshot.count("person") == 1
    assert departments.list_all(workspace) == []
    restore(workspace, snapshot)
    assert [p.name for p in people.list_for(workspace, legal.id)] == ["Chen Jing"]


def test_deleting_a_meeting_can_be_undone_exactly(workspace: Workspace, meeting_id: int) -> None:
    from app.services import agenda, goals

    it = departments.create(workspace, name="IT")
    boss = people.add(workspace, it.id, name="Li Wei")
    participation.add(workspace, meeting_id, it.id)
    goal = goals.add(workspace, meeting_id, statement="Cut churn", indicator="churn %")
    item = agenda.add(workspace, meeting_id, title="Plan", presenter_id=boss.id, goal_id=goal.id)
    snapshot = meetings.delete(workspace, meeting_id)
    assert meetings.list_summaries(workspace) == []
    assert departments.list_all(workspace)[0].name == "IT", "profiles outlive the meeting"
    restore(workspace, snapshot)
    again = agenda.get(workspace, item.id)
    assert (again.presenter_id, again.goal_id, again.title) == (boss.id, goal.id, "Plan")


def _meeting_with_parts(workspace: Workspace, meeting_id: int) -> tuple[int, int]:
    meetings.update(workspace, meeting_id, purpose="One customer record",
                    scheduled_at=datetime(2026, 12, 3, 10, 0, tzinfo=SHANGHAI),
                    duration_minutes=90, language="es", status="ready", notes="Mine only")
    goals.add(workspace, meeting_id, statement="Fewer duplicates", indicator="dupes %",
              target="5%")
    goals.add(workspace, meeting_id, statement="Faster alerts")
    sales = departments.create(workspace, name="Sales")
    legal = departments.create(workspace, name="Legal")
    part = participation.add(workspace, meeting_id, sales.id, relationship="downstream",
                             serves_their_goals="Fewer calls", engagement_at_start="resistant",
                             engagement="neutral")
    participation.add(workspace, meeting_id, legal.id)
    touchpoints.add(workspace, part.id, date=datetime(2026, 11, 2).date(), summary="Coffee")
    demands.add(workspace, part.id, kind="objection", text="No time")
    return sales.id or 0, legal.id or 0


def test_duplicate_copies_fields_goals_and_parts(workspace: Workspace, meeting_id: int) -> None:
    sales, legal = _meeting_with_parts(workspace, meeting_id)
    copy = meetings.duplicate(workspace, meeting_id)
    assert copy.id != meeting_id
    again = meetings.get_meeting(workspace, copy.id)
    original = meetings.get_meeting(workspace, meeting_id)
    assert again.title == "Copy of Customer data platform"
    assert again.scheduled_at == original.scheduled_at
    assert (again.purpose, again.duration_minutes, again.language, again.status,
            again.notes) == ("One customer record", 90, Language.es, MeetingStatus.ready,
                             "Mine only")
    assert [(g.statement, g.indicator, g.target) for g in goals.list_for(workspace, copy.id)] == [
        ("Fewer duplicates", "dupes %", "5%"), ("Faster alerts", "", "")]
    parts = participation.list_for(workspace, copy.id)
    assert [p.department_id for p in parts] == [sales, legal]
    assert (parts[0].relationship, parts[0].serves_their_goals, parts[0].engagement_at_start,
            parts[0].engagement) == (Relationship.downstream, "Fewer calls", Engagement.resistant,
                                 Engagement.neutral)
    # the log and what was said stay with the original
    assert touchpoints.list_for(workspace, parts[0].id) == []
    assert demands.list_for(workspace, parts[0].id) == []
    # the original is untouched
    assert len(goals.list_for(workspace, meeting_id)) == 2
    assert len(participation.list_for(workspace, meeting_id)) == 2
    named = meetings.duplicate(workspace, meeting_id, title="Compras 2027")
    assert meetings.get_meeting(workspace, named.id).title == "Compras 2027"


def test_duplicate_that_fails_writes_nothing(workspace: Workspace, meeting_id: int,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    _meeting_with_parts(workspace, meeting_id)
    before = meetings.list_summaries(workspace)
    goal_count = len(goals.list_for(workspace, meeting_id))

    def broken(*_args: object, **_kwargs: object) -> None:
        raise RuntimeError("disk gone")

    # the departments are copied last: by then the meeting and its goals are written
    monkeypatch.setattr(participation.rows, "add_in", broken)
    with pytest.raises(RuntimeError):
        meetings.duplicate(workspace, meeting_id)
    assert meetings.list_summaries(workspace) == before
    assert len(goals.list_for(workspace, meeting_id)) == goal_count
    with workspace.session() as session:
        assert session.exec(select(func.count()).select_from(Goal)).one() == goal_count
        assert session.exec(select(func.count()).select_from(Participation)).one() == 2
    with pytest.raises(InvalidInput) as caught:
        meetings.duplicate(workspace, meeting_id, title="  ")
    assert caught.value.fields == ["title"]
    assert meetings.list_summaries(workspace) == before
    with pytest.raises(NotFound):
        meetings.duplicate(workspace, 999)
