"""Goals, touchpoints, demands, suggestions, agenda, decisions, actions, open issues, review."""

from __future__ import annotations

from datetime import date

import pytest

from app.domain.enums import ActionStatus, DemandKind, RootCause, SuggestionDecision
from app.services import (
    actions,
    agenda,
    decisions,
    demands,
    departments,
    goals,
    meetings,
    open_issues,
    participation,
    people,
    review,
    suggestions,
    touchpoints,
)
from app.services.errors import InvalidInput
from app.services.trash import restore
from app.storage import Workspace


@pytest.fixture
def setup(workspace: Workspace, meeting_id: int) -> dict[str, int]:
    finance = departments.create(workspace, name="Finance").id
    sales = departments.create(workspace, name="Ventas").id
    outsider = departments.create(workspace, name="Outsider").id
    return {
        "meeting": meeting_id,
        "finance": finance,
        "sales": sales,
        "part": participation.add(workspace, meeting_id, finance).id,
        "sales_part": participation.add(workspace, meeting_id, sales).id,
        "cfo": people.add(workspace, finance, name="陈静").id,
        "seller": people.add(workspace, sales, name="Begoña").id,
        "stranger": people.add(workspace, outsider, name="Nobody").id,
        "other_meeting": meetings.create(workspace, title="Other").id,
    }


def test_goals_add_update_move_delete(workspace: Workspace, setup: dict[str, int]) -> None:
    m = setup["meeting"]
    first = goals.add(workspace, m, statement="Cut onboarding time", indicator="days",
                      baseline="14", target="5", due=date(2027, 3, 31))
    second = goals.add(workspace, m, statement="Single customer ID")
    goals.update(workspace, second.id, due="2027-06-30")
    goals.move(workspace, second.id, 0)
    assert [g.statement for g in goals.list_for(workspace, m)] == [
        "Single customer ID", "Cut onboarding time"]
    assert goals.get(workspace, second.id).due == date(2027, 6, 30)
    with pytest.raises(InvalidInput) as caught:
        goals.add(workspace, m, statement=" \n ")
    assert caught.value.fields == ["statement"]
    with pytest.raises(InvalidInput) as caught:
        goals.update(workspace, first.id, due="2027-02-30")
    assert caught.value.fields == ["due"]
    snapshot = goals.delete(workspace, first.id)
    assert len(goals.list_for(workspace, m)) == 1
    restore(workspace, snapshot)
    assert len(goals.list_for(workspace, m)) == 2


def test_touchpoints_demands_suggestions(workspace: Workspace, setup: dict[str, int]) -> None:
    part = setup["part"]
    touch = touchpoints.add(workspace, part, date="2026-11-20", channel="call",
                            person_id=setup["cfo"], summary="Worried about month-end",
                            next_step="Send the timeline")
    assert touch.person_id == setup["cfo"]
    with pytest.raises(InvalidInput) as caught:
        touchpoints.add(workspace, part, date="2026-11-20", person_id=setup["seller"])
    assert caught.value.fields == ["person_id"]
    with pytest.raises(InvalidInput) as caught:
        touchpoints.add(workspace, part, channel="fax")
    assert set(caught.value.fields) == {"date", "channel"}

    demand = demands.add(workspace, part, kind="objection", text="No staff in December",
                         root_cause="workload", anticipated=True)
    assert (demand.kind, demand.root_cause) == (DemandKind.objection, RootCause.workload)
    demands.update(workspace, demand.id, response="Start in January", status="addressed")
    with pytest.raises(InvalidInput) as caught:
        demands.add(workspace, part, text="x", root_cause="laziness")
    assert caught.value.fields == ["root_cause"]

    idea = suggestions.add(workspace, part, text="Pilot with one region",
                           person_id=setup["cfo"], decision="adopted", credit=True)
    assert idea.decision is SuggestionDecision.adopted and idea.credit is True
    with pytest.raises(InvalidInput):
        suggestions.add(workspace, part, text="")
    assert [d.text for d in demands.list_for(workspace, part)] == ["No staff in December"]
    # removing the department from the meeting takes its log with it, and undo returns it
    snapshot = participation.remove(workspace, part)
    assert snapshot.count("touchpoint") == 1 and snapshot.count("demand") == 1
    restore(workspace, snapshot)
    assert len(suggestions.list_for(workspace, part)) == 1


def test_agenda_refuses_other_meetings_rows(workspace: Workspace, setup: dict[str, int]) -> None:
    m = setup["meeting"]
    foreign_goal = goals.add(workspace, setup["other_meeting"], statement="Elsewhere")
    a = agenda.add(workspace, m, section="Opening", title="Why we are here", minutes=10,
                   presenter_id=setup["cfo"])
    b = agenda.add(workspace, m, title="Decide", minutes=20)
    agenda.move(workspace, b.id, 0)
    assert [i.title for i in agenda.list_for(workspace, m)] == ["Decide", "Why we are here"]
    with pytest.raises(InvalidInput) as caught:
        agenda.update(workspace, a.id, goal_id=foreign_goal.id)
    assert caught.value.fields == ["goal_id"]
    with pytest.raises(InvalidInput) as caught:
        agenda.update(workspace, a.id, presenter_id=setup["stranger"])
    assert caught.value.fields == ["presenter_id"]
    with pytest.raises(InvalidInput) as caught:
        agenda.add(workspace, m, title="Long", minutes=-1)
    assert caught.value.fields == ["minutes"]
    assert agenda.get(workspace, a.id).presenter_id == setup["cfo"]


def test_decisions_actions_issues_review(workspace: Workspace, setup: dict[str, int]) -> None:
    m = setup["meeting"]
    decision = decisions.add(workspace, m, text="Go ahead in Q1",
                             agreed_by=[setup["finance"], setup["sales"]])
    assert decisions.agreed_by(workspace, m) == {decision.id: [setup["finance"], setup["sales"]]}
    outsider = departments.list_all(workspace)[1].id  # "Outsider" takes no part
    with pytest.raises(InvalidInput) as caught:
        decisions.set_agreed_by(workspace, decision.id, [outsider])
    assert caught.value.fields == ["agreed_by"]

    issue = open_issues.add(workspace, m, text="Budget owner unclear", due="2026-12-15",
                            follow_up="Ask the COO")
    demand = demands.add(workspace, setup["part"], text="Needs training")
    action = actions.add(workspace, m, text="Run training", owner_id=setup["cfo"],
                         department_id=setup["finance"], due="2026-12-20",
                         source_demand_id=demand.id)
    actions.update(workspace, action.id, status="done")
    assert actions.get(workspace, action.id).status is ActionStatus.done
    with pytest.raises(InvalidInput) as caught:
        actions.update(workspace, action.id, source_issue_id=issue.id)
    assert "at most one source" in str(caught.value)
    with pytest.raises(InvalidInput) as caught:
        actions.add(workspace, m, text="x", owner_id=setup["stranger"])
    assert caught.value.fields == ["owner_id"]
    other_issue = open_issues.add(workspace, setup["other_meeting"], text="Not ours")
    with pytest.raises(InvalidInput) as caught:
        actions.add(workspace, m, text="x", source_issue_id=other_issue.id)
    assert caught.value.fields == ["source_issue_id"]

    assert review.get_review(workspace, m) is None
    review.save(workspace, m, rating=4, lessons="Talk to Legal earlier")
    review.save(workspace, m, went_well="Finance came prepared")
    saved = review.get_review(workspace, m)
    assert (saved.rating, saved.lessons, saved.went_well) == (
        4, "Talk to Legal earlier", "Finance came prepared")
    with pytest.raises(InvalidInput) as caught:
        review.save(workspace, m, rating=7)
    assert caught.value.fields == ["rating"]
    assert review.get_review(workspace, m).rating == 4


def test_text_is_kept_exactly_as_typed(workspace: Workspace, setup: dict[str, int]) -> None:
    text = "<b>Bold</b> & 'quotes' — 陈静 Begoña 😀\n\tsecond line " + "x" * 100_000
    goal = goals.add(workspace, setup["meeting"], statement=text)
    assert goals.get(workspace, goal.id).statement == text


def test_department_rows_form_one_list_per_meeting(workspace: Workspace,
                                                    setup: dict[str, int]) -> None:
    """As in a package: demands of several departments keep one meeting-wide order."""
    from app.services.meeting_document import load

    first = demands.add(workspace, setup["part"], text="Finance one")
    demands.add(workspace, setup["sales_part"], text="Ventas one")
    demands.add(workspace, setup["part"], text="Finance two")
    assert [d.text for d in load(workspace, setup["meeting"]).package.demands] == [
        "Finance one", "Ventas one", "Finance two"]
    demands.move(workspace, first.id, 2)
    assert [d.text for d in load(workspace, setup["meeting"]).package.demands] == [
        "Ventas one", "Finance two", "Finance one"]
    assert [d.text for d in demands.list_for(workspace, setup["part"])] == [
        "Finance two", "Finance one"]
