"""Version 2 of the package format, and version 1 files still importing with their stances."""

from __future__ import annotations

import json

import pytest

from app.domain.enums import Engagement
from app.services import packages
from app.services.packages import PackageError
from app.storage import Workspace
from tests.services.test_packages_sample import sample, sample_bytes

#: stance -> engagement, as revision 0007 maps a workspace's
MAPPED = {"unknown": "unaware", "supportive": "supportive", "neutral": "neutral",
          "concerned": "neutral", "opposed": "resistant"}


@pytest.mark.parametrize(("start", "now"), [(s, n) for s in MAPPED for n in MAPPED])
def test_a_version_1_stance_lands_on_an_engagement_level(start: str, now: str) -> None:
    data = sample()
    data["departments"][0].update(stance=now, stance_at_start=start)
    package = packages.read_package(sample_bytes(data))
    finance = package.departments[0]
    assert (finance.engagement_at_start, finance.engagement, finance.engagement_desired) == (
        Engagement(MAPPED[start]), Engagement(MAPPED[now]), Engagement.supportive)
    history = [c for c in package.engagement_history if c.department == "fin"]
    if start == now and "concerned" not in (start, now):
        assert history == []
    else:  # the move, or the reservations "neutral" alone would lose, dated by the last contact
        [change] = history
        assert (change.from_level, change.to_level, change.date.isoformat()) == (
            Engagement(MAPPED[start]), Engagement(MAPPED[now]), "2026-10-26")
        assert change.note.startswith("启用参与度等级之前记录的立场：")


def test_a_version_1_package_imports_and_exports_as_version_2(workspace: Workspace) -> None:
    data = sample()
    data["touchpoints"][1]["summary"] = "会前材料已发"
    report = packages.import_document(workspace, packages.read_package(sample_bytes(data)))
    exported = json.loads(packages.package_bytes(workspace, report.meeting_id))
    assert exported["version"] == 2
    assert [(d["engagement_at_start"], d["engagement"]) for d in exported["departments"]] == [
        ("resistant", "neutral"), ("unaware", "unaware")]
    assert [t["preread_sent"] for t in exported["touchpoints"]] == [False, True]
    assert [(c["department"], c["from_level"], c["to_level"])
            for c in exported["engagement_history"]] == [("dep1", "resistant", "neutral")]


def test_a_version_1_file_is_checked_as_version_1() -> None:
    data = sample()
    data["departments"][0]["engagement"] = "leading"
    data["departments"][1]["stance"] = "angry"
    with pytest.raises(PackageError) as caught:
        packages.read_package(sample_bytes(data))
    assert [p.field for p in caught.value.problems] == ["departments[0].engagement",
                                                         "departments[1].stance"]


def test_a_version_2_file_keeps_no_stance_and_names_a_missing_colleague() -> None:
    data = sample()
    data["version"] = 2
    for department in data["departments"]:
        department.pop("stance", None)
        department.pop("stance_at_start", None)
    data["departments"][0].update(engagement="supportive", owner="tm9")
    data["stakeholders"] = [{"person": "ana", "decision_right": "decide"},
                            {"person": "ana"}, {"person": "nobody"}]
    data["engagement_history"] = [{"department": "sales", "person": "ana", "date": "2026-10-01",
                                   "to_level": "neutral", "touchpoint": "t-9"}]
    with pytest.raises(PackageError) as caught:
        packages.read_package(sample_bytes(data))
    assert [p.field for p in caught.value.problems] == [
        "departments[0].owner", "stakeholders[1].person", "stakeholders[2].person",
        "engagement_history[0].person", "engagement_history[0].touchpoint"]


@pytest.mark.parametrize("version", [0, 3, 99])
def test_an_unknown_version_is_refused(version: int) -> None:
    data = sample()
    data["version"] = version
    with pytest.raises(PackageError) as caught:
        packages.read_package(sample_bytes(data))
    assert [p.field for p in caught.value.problems] == ["version"]
