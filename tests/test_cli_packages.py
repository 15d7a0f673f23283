"""prewire import / export / demo: exit statuses, messages with places, nothing half-done."""

from __future__ import annotations

import errno
import json
import os
from collections.abc import Callable
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

from app import cli
from app.services import atomic, demo, departments, meetings
from app.storage import open_workspace
from tests.services.test_packages_sample import sample, sample_bytes


def changed(edit: Callable[[dict[str, Any]], None]) -> bytes:
    data = sample()
    edit(data)
    return sample_bytes(data)


def put(path: list[Any], value: Any) -> Callable[[dict[str, Any]], None]:
    def edit(data: dict[str, Any]) -> None:
        target = data
        for key in path[:-1]:
            target = target[key]
        target[path[-1]] = value
    return edit


BAD_PACKAGES = {
    "unknown key": (changed(put(["meeting", "titel"], "x")),
                    "meeting.titel: is not a known field"),
    "bad enum": (changed(put(["demands", 0, "status"], "closed")),
                 "demands[0].status: must be one of"),
    "dangling reference": (changed(put(["touchpoints", 1, "department"], "hr")),
                           'touchpoints[1].department: no department has the id "hr"'),
    "out of range": (changed(put(["departments", 1, "people", 0, "influence"], 6)),
                     "departments[1].people[0].influence: must be 1-5"),
    "blank title": (changed(put(["meeting", "title"], " \n ")),
                    "meeting.title: must not be blank"),
    "duplicate id": (changed(put(["goals", 1, "id"], "goal-a")),
                     'goals[1].id: "goal-a" is already the id of goals[0]'),
    "duplicate department name": (changed(put(["departments", 1, "name"], "  fINANCE ")),
                                  "departments[1].name: \"  fINANCE \" is already the name of "
                                  "departments[0]"),
    "bad date": (changed(put(["goals", 0, "due"], "2026-02-30")),
                 "goals[0].due: must be a date such as 2026-12-01"),
    "wrong type": (changed(put(["meeting", "duration_minutes"], "90")),
                   "meeting.duration_minutes: must be a whole number"),
    "invalid UTF-8": (sample_bytes().replace("López".encode(), b"L\xf3pez"),
                      "not UTF-8 text (line"),
    "truncated": (sample_bytes()[:1000], "ends too early (line"),
    "empty": (b"", "The file is empty"),
    "JSON array": (json.dumps([sample()]).encode(), "The file holds a list"),
    "unknown format": (changed(put(["format"], "prewire.agenda")),
                       'format: "prewire.agenda" is not a format Prewire knows'),
    "missing format": (changed(lambda data: data.pop("format")), "format: is missing"),
    "future version": (changed(put(["version"], 3)),
                       "version: is 3: the package was made by a newer Prewire. Update Prewire"),
}


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = cli.main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


@pytest.mark.parametrize("case", list(BAD_PACKAGES))
def test_a_bad_package_is_refused_with_its_place_and_changes_nothing(
        case: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data, expected = BAD_PACKAGES[case]
    workspace = tmp_path / "w.prewire"
    with open_workspace(workspace) as ws:
        meetings.create(ws, title="Already here")
    before = workspace.read_bytes()
    listed = run(capsys, "--workspace", str(workspace), "list")
    package = tmp_path / "bad.prewire.json"
    package.write_bytes(data)

    status, out, err = run(capsys, "--workspace", str(workspace), "import", str(package))

    assert status == 2 and out == ""
    assert f"prewire: {package}: " in err and expected in err
    assert "Nothing was imported" in err
    assert run(capsys, "--workspace", str(workspace), "list") == listed
    assert workspace.read_bytes() == before


def test_a_refused_package_does_not_even_create_the_workspace(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    package = tmp_path / "empty.prewire.json"
    package.write_bytes(b"")
    workspace = tmp_path / "new.prewire"
    assert run(capsys, "--workspace", str(workspace), "import", str(package))[0] == 2
    assert not workspace.exists()


def test_a_missing_package_file_is_refused(tmp_path: Path,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    missing = tmp_path / "nope.prewire.json"
    status, _out, err = run(capsys, "--workspace", str(tmp_path / "w.prewire"), "import",
                            str(missing))
    assert status == 2 and f"{missing} does not exist" in err


def test_import_prints_the_report_then_the_new_id_and_export_writes_it_back(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    workspace, package = str(tmp_path / "w.prewire"), tmp_path / "in.prewire.json"
    package.write_bytes(sample_bytes())
    status, out, err = run(capsys, "--workspace", workspace, "import", str(package))
    assert (status, err) == (0, "")
    lines = out.splitlines()
    assert lines[0] == f"Imported {sample()['meeting']['title']} as meeting 1."
    assert lines[-1] == "1"
    assert run(capsys, "--workspace", workspace, "list")[1] == (
        f"1\t{sample()['meeting']['title']}\t2026-12-03T10:00:00+08:00\n")

    by_title = tmp_path / "by-title.prewire.json"
    assert run(capsys, "--workspace", workspace, "export", sample()["meeting"]["title"],
               "--json", str(by_title)) == (0, "", "")
    by_id = tmp_path / "by-id.prewire.json"
    assert run(capsys, "--workspace", workspace, "export", "1", "--json", str(by_id))[0] == 0
    assert by_id.read_bytes() == by_title.read_bytes()
    assert json.loads(by_id.read_bytes())["meeting"]["title"] == sample()["meeting"]["title"]


@pytest.mark.parametrize("key", ["7", "No such meeting"])
def test_export_of_an_unknown_meeting_is_refused_and_writes_nothing(
        key: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "out.prewire.json"
    status, _out, err = run(capsys, "--workspace", str(tmp_path / "w.prewire"), "export", key,
                            "--json", str(out))
    assert status == 2 and key in err and "prewire list" in err
    assert list(tmp_path.glob("*.json*")) == [] and not out.exists()


def test_export_of_an_ambiguous_title_names_the_ids(tmp_path: Path,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "w.prewire"
    with open_workspace(path) as ws:
        first = meetings.create(ws, title="Budget").id
        second = meetings.create(ws, title="Budget").id
    status, _out, err = run(capsys, "--workspace", str(path), "export", "Budget",
                            "--json", str(tmp_path / "out.json"))
    assert status == 2 and "2 meetings are titled Budget" in err
    assert f"{first}, {second}" in err and not (tmp_path / "out.json").exists()


def test_a_failed_export_leaves_no_file(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "w.prewire"
    with open_workspace(path) as ws:
        meetings.create(ws, title="Budget")
    folder = tmp_path / "out"
    folder.mkdir()

    def disk_full(_fd: int) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    # the disk fills up while the package is written (and only then)
    monkeypatch.setattr(atomic, "os", SimpleNamespace(fdopen=os.fdopen, fsync=disk_full))
    status, _out, err = run(capsys, "--workspace", str(path), "export", "Budget",
                            "--json", str(folder / "budget.prewire.json"))
    assert status == 1 and os.strerror(errno.ENOSPC) in err
    assert list(folder.iterdir()) == []


def test_export_options_exclude_each_other(tmp_path: Path,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    for extra in (["--json", "a.json", "--csv", "a.csv"], ["--json", "a.json", "--pre-read"], []):
        with pytest.raises(SystemExit) as caught:
            cli.main(["--workspace", str(tmp_path / "w.prewire"), "export", "1", *extra])
        assert caught.value.code == 2
    assert "usage:" in capsys.readouterr().err
    assert not (tmp_path / "w.prewire").exists()


def test_demo_adds_the_demo_meetings_and_prints_their_ids(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "w.prewire"
    status, out, err = run(capsys, "--workspace", str(path), "demo")
    assert (status, err) == (0, "")
    with open_workspace(path) as ws:
        summaries = meetings.list_summaries(ws)
        assert len(departments.list_all(ws)) >= 12
    assert len(summaries) == len(demo.demo_files()) == 3
    assert sorted(out.splitlines()) == sorted(f"{s.id}\t{s.title}" for s in summaries)
