"""Importing: linking to the workspace's profiles, all or nothing; the schema; the demos."""

from __future__ import annotations

import json

import pytest

from app.domain.enums import Language
from app.services import demo, departments, meetings, packages, people
from app.services.packages import importing
from app.storage import Workspace
from tests.services.test_packages_sample import sample, sample_bytes


def test_a_known_department_is_linked_and_only_its_empty_fields_are_filled(
        workspace: Workspace) -> None:
    finance = departments.create(workspace, name="Finance", function="Pays the bills",
                                 workflow="", okrs=[]).id or 0
    ana = people.add(workspace, finance, name="Ana López", role="", influence=4).id
    data = sample()
    data["departments"][0]["name"] = "  FINANCE "
    data["departments"][0]["workflow"] = "Monthly close"
    data["departments"][0]["people"][0]["name"] = "ana lópez"
    package = packages.read_package(sample_bytes(data))

    report = packages.import_document(workspace, package)

    profile = departments.get_department(workspace, finance)
    assert (profile.name, profile.function, profile.workflow) == (
        "Finance", "Pays the bills", "Monthly close")
    assert profile.okrs == ["Close in 3 days", "财务 OKR"]
    team = people.list_for(workspace, finance)
    assert [(p.id, p.name, p.role, p.influence) for p in team] == [
        (ana, "Ana López", "CFO", 4), (team[1].id, "Bo Chen", "", None)]
    lines = report.lines()
    assert lines[0] == f"Imported {data['meeting']['title']} as meeting {report.meeting_id}."
    assert "1 new department profile; 2 new people" in lines
    assert "Linked Finance to the department profile already in the workspace." in lines
    assert "Linked Ana López (FINANCE) to the person already in the workspace." in lines
    assert "Finance: filled workflow, OKRs, pressures from the package." not in lines
    assert any(line.startswith("Finance: filled workflow, focus, OKRs, pressures")
               for line in lines)
    assert "Finance: kept the workspace's name; the package differs." in lines
    assert "Finance: kept the workspace's function; the package differs." in lines
    assert "Ana López (FINANCE): filled role, contact, interest, notes from the package." \
        in lines
    assert "Ana López (FINANCE): kept the workspace's influence; the package differs." in lines
    # the meeting's own view of the department comes from the package
    exported = json.loads(packages.package_bytes(workspace, report.meeting_id))
    assert exported["departments"][0]["engagement"] == "neutral"  # "concerned" in version 1
    assert [p["name"] for p in exported["departments"][0]["people"]] == ["Ana López", "Bo Chen"]


def test_a_failure_halfway_writes_nothing(workspace: Workspace,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    package = packages.read_package(sample_bytes())

    def broken(self: object) -> None:
        raise RuntimeError("disk trouble")

    monkeypatch.setattr(importing._Importer, "_meeting_rows", broken)
    with pytest.raises(RuntimeError):
        packages.import_document(workspace, package)
    assert meetings.list_summaries(workspace) == []
    assert departments.list_all(workspace) == []


def test_a_package_built_in_code_is_checked_before_anything_is_written(
        workspace: Workspace) -> None:
    package = packages.read_package(sample_bytes())
    package.touchpoints[0].department = "nowhere"
    with pytest.raises(packages.PackageError) as caught:
        packages.import_document(workspace, package)
    assert caught.value.lines() == ['touchpoints[0].department: no department has the id '
                                    '"nowhere"']
    assert meetings.list_summaries(workspace) == []


def test_the_shipped_schema_is_the_generated_one() -> None:
    shipped = packages.schema_path()
    assert shipped.name == "prewire-meeting-2.schema.json"
    assert shipped.read_bytes() == packages.schema_bytes(), (
        "the schema is stale: run .venv/bin/python -c "
        "'from app.services.packages import write_schema; write_schema()'")
    schema = json.loads(shipped.read_bytes())
    assert schema["additionalProperties"] is False
    assert schema["required"] == ["meeting"]


def test_the_demo_meetings_import_in_three_languages(workspace: Workspace) -> None:
    files = demo.demo_files()
    found = {packages.read_package_file(path).meeting.language for path in files}
    assert len(files) == 3 and found == {Language.en, Language.es, Language.zh_CN}
    for path in files:
        package = packages.read_package_file(path)
        assert len(package.departments) >= 4, path
        assert package.goals and package.demands and package.suggestions and package.agenda
    reports = demo.load_demo(workspace)
    titles = {m.title for m in meetings.list_summaries(workspace)}
    assert titles == {report.title for report in reports} and len(titles) == 3
