"""The meeting list's readiness, counted in SQL, is the full assessment's on any meeting:
the same score (caps and the engagement gap included) and the same number of items."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings

from app.domain import package as pkg
from app.domain.enums import DecisionRight, Engagement, Readiness
from app.services import packages
from app.services.readiness import assess_meeting
from app.storage import Workspace
from app.views.meetings import meeting_items
from app.views.reader import open_reader
from app.views.readiness import readiness_by_meeting
from benchmarks.years import generate
from tests.services.test_packages_roundtrip import (  # noqa: F401 (template is a fixture)
    canonical_packages,
    fresh_workspace,
    template,
)
from tests.services.test_readiness import TODAY, ready_before
from tests.services.test_readiness_calibration import thin, with_legal, with_people


def listed_and_assessed(workspace: Workspace, package: pkg.MeetingPackage
                        ) -> tuple[tuple[int, int], tuple[int, int]]:
    """(score, missing) in the list and in the full assessment of the imported package."""
    meeting_id = packages.import_document(workspace, package).meeting_id
    assessment, _document = assess_meeting(workspace, meeting_id, today=TODAY)
    reader = open_reader(workspace.path)
    try:
        (item,) = [i for i in meeting_items(reader.connection(), TODAY) if i.id == meeting_id]
    finally:
        reader.close()
    assert item.readiness is not None
    return ((item.readiness.score, item.readiness.missing),
            (assessment.score, len(assessment.items)))


def capped(change: str) -> pkg.MeetingPackage:
    p = ready_before()
    if change == "far over":
        p.agenda[1].minutes = 46
    elif change == "over":
        p.agenda[1].minutes = 45
    elif change == "no measurable goal":
        p.goals[0].indicator = "\u3000"
    elif change == "uncontacted":
        p.departments[0].readiness = Readiness.not_contacted
        p.touchpoints = []
    return p


@pytest.mark.parametrize(("change", "score"), [
    ("over", 85), ("far over", 70), ("no measurable goal", 70), ("uncontacted", 60),
])
def test_the_list_applies_the_same_caps(workspace: Workspace, change: str, score: int) -> None:
    listed, assessed = listed_and_assessed(workspace, capped(change))
    assert listed == assessed and listed[0] == score


def _touched() -> pkg.MeetingPackage:
    p = thin()
    p.touchpoints = [pkg.TouchpointDoc(id="t1", department="dep1", date=date(2026, 11, 10))]
    p.agenda = [pkg.AgendaItemDoc(id="a1", title="Plan")]
    return p


def _powerful() -> pkg.MeetingPackage:
    p = with_people(pkg.PersonDoc(id="p1", name="Ana Ruiz", influence=2),
                    pkg.PersonDoc(id="p2", name="Li Wei", influence=5),
                    pkg.PersonDoc(id="p3", name="Bo Ek", influence=None))
    p.departments[0].decision_right = DecisionRight.decide
    p.departments[0].engagement = Engagement.resistant
    p.stakeholders = [
        pkg.StakeholderDoc(person="p1", engagement=Engagement.neutral,
                           engagement_desired=Engagement.leading,
                           decision_right=DecisionRight.agree),
        pkg.StakeholderDoc(person="p3", engagement=Engagement.resistant,
                           decision_right=DecisionRight.perform)]
    p.meeting.scheduled_at = datetime(2026, 11, 13, 10, tzinfo=UTC)
    p.touchpoints += [
        pkg.TouchpointDoc(id="t2", department="dep1", person="p1", date=date(2026, 11, 12)),
        pkg.TouchpointDoc(id="t3", department="dep1", person="p2", date=date(2026, 11, 14))]
    p.demands[0].response = "  "
    return p


@pytest.mark.parametrize("build", [
    thin, _touched, _powerful,
    lambda: with_legal(DecisionRight.decide, Engagement.neutral),
    lambda: with_legal(None, Engagement.resistant),
    lambda: with_legal(DecisionRight.agree, Engagement.leading),
    lambda: with_legal(DecisionRight.agree, Engagement.resistant),
])
def test_the_list_weighs_the_gap_and_counts_people_as_the_assessment(
        workspace: Workspace, build: Callable[[], pkg.MeetingPackage]) -> None:
    listed, assessed = listed_and_assessed(workspace, build())
    assert listed == assessed


@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(package=canonical_packages())
def test_the_list_agrees_with_the_assessment_on_any_meeting(
        template: Path, package: pkg.MeetingPackage) -> None:  # noqa: F811
    with fresh_workspace(template) as workspace:
        listed, assessed = listed_and_assessed(workspace, package)
    assert listed == assessed


def test_the_scores_take_eleven_statements_whatever_the_size(tmp_path: Path) -> None:
    counts = []
    for n, size in enumerate((1, 6)):
        years = generate(tmp_path / f"{n}.prewire", meetings=6, departments=20 * size,
                         people=80 * size, demands=100 * size, suggestions=100 * size,
                         touchpoints=120 * size, largest=10 * size)
        reader = open_reader(years.path)
        statements: list[str] = []
        reader.connection().set_trace_callback(statements.append)
        try:
            for meeting in (None, years.largest):
                statements.clear()
                scores = readiness_by_meeting(reader.connection(), TODAY, meeting)
                counts.append(len(statements))
                assert scores and all(0 <= s.score <= 100 for s in scores.values())
        finally:
            reader.close()
    assert counts == [11, 11, 11, 11]
