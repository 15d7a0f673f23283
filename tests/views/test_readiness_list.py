"""The meeting list's readiness, counted in SQL, is the full assessment's on any meeting:
the same score (caps and the engagement gap included) and the same number of items."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings

from app.domain import package as pkg
from app.domain.enums import Readiness
from app.services import packages
from app.services.readiness import assess_meeting
from app.storage import Workspace
from app.views.meetings import meeting_items
from app.views.reader import open_reader
from tests.services.test_packages_roundtrip import (  # noqa: F401 (template is a fixture)
    canonical_packages,
    fresh_workspace,
    template,
)
from tests.services.test_readiness import TODAY, ready_before


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
    elif change == "no departments":
        p.departments, p.touchpoints, p.demands, p.suggestions = [], [], [], []
    return p


@pytest.mark.parametrize(("change", "score"), [
    ("over", 85), ("far over", 70), ("no measurable goal", 70), ("uncontacted", 60),
    ("no departments", 40),
])
def test_the_list_applies_the_same_caps(workspace: Workspace, change: str, score: int) -> None:
    listed, assessed = listed_and_assessed(workspace, capped(change))
    assert listed == assessed and listed[0] == score


@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(package=canonical_packages())
def test_the_list_agrees_with_the_assessment_on_any_meeting(
        template: Path, package: pkg.MeetingPackage) -> None:  # noqa: F811
    with fresh_workspace(template) as workspace:
        listed, assessed = listed_and_assessed(workspace, package)
    assert listed == assessed
