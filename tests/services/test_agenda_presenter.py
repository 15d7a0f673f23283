"""Who presents an agenda item: a person of the meeting or the coordinator, never both,
kept by the database, the package and its import."""

from __future__ import annotations

import json

import pytest

from app.services import agenda, departments, packages, participation, people
from app.services.errors import InvalidInput
from app.services.packages import PackageError
from app.storage import Workspace
from tests.services.test_packages_sample import sample, sample_bytes


@pytest.fixture
def person_id(workspace: Workspace, meeting_id: int) -> int:
    finance = departments.create(workspace, name="Finance").id or 0
    participation.add(workspace, meeting_id, finance)
    return people.add(workspace, finance, name="Ana Ruiz").id or 0


def test_one_presenter_at_a_time(workspace: Workspace, meeting_id: int, person_id: int) -> None:
    item = agenda.add(workspace, meeting_id, title="Why now", presenter_id=person_id)
    saved = agenda.update(workspace, item.id or 0, presenter_is_coordinator=True)
    assert saved.presenter_is_coordinator and saved.presenter_id is None
    saved = agenda.update(workspace, item.id or 0, presenter_id=person_id)
    assert saved.presenter_id == person_id and not saved.presenter_is_coordinator

    with pytest.raises(InvalidInput) as refused:
        agenda.update(workspace, item.id or 0, presenter_id=person_id,
                      presenter_is_coordinator=True)
    assert refused.value.fields == ["presenter_id"]
    assert agenda.get(workspace, item.id or 0).presenter_id == person_id   # nothing changed


def test_the_package_carries_the_coordinator_as_presenter(workspace: Workspace) -> None:
    data = sample()
    data["agenda"][1]["presenter_is_coordinator"] = True
    meeting_id = packages.import_document(
        workspace, packages.read_package(sample_bytes(data))).meeting_id
    first, second = agenda.list_for(workspace, meeting_id)
    assert first.presenter_id is not None and not first.presenter_is_coordinator
    assert second.presenter_is_coordinator and second.presenter_id is None
    exported = json.loads(packages.package_bytes(workspace, meeting_id))["agenda"]
    assert [a["presenter_is_coordinator"] for a in exported] == [False, True]
    assert exported[1]["presenter"] is None


def test_a_package_written_before_the_field_still_imports(workspace: Workspace) -> None:
    data = sample()
    assert all("presenter_is_coordinator" not in a for a in data["agenda"])
    meeting_id = packages.import_document(
        workspace, packages.read_package(sample_bytes(data))).meeting_id
    assert not any(a.presenter_is_coordinator for a in agenda.list_for(workspace, meeting_id))


def test_a_package_naming_two_presenters_is_refused_at_its_place() -> None:
    data = sample()
    data["agenda"][0]["presenter_is_coordinator"] = True      # ag1 is presented by ana too
    with pytest.raises(PackageError) as refused:
        packages.read_package(sample_bytes(data))
    assert "agenda[0]" in str(refused.value)
    assert "not both" in str(refused.value)
