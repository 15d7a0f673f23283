"""`prewire list` on its short way: sqlite3 alone, the file's quick check beside the reading,
and nothing printed from a file the check finds damaged."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from app import cli
from app.services import meetings
from app.storage import migrate, open_workspace
from app.views.meetings import meeting_items
from app.views.reader import open_reader
from tests.storage.test_damage import digest, overwrite_page
from tests.storage.test_engagement_migration import _workspace_at_0006


def held_open(path: Path) -> int:
    """How many of this process's file descriptors are on ``path`` (its connections)."""
    fds = Path("/proc/self/fd")
    if not fds.is_dir():
        pytest.skip("needs /proc to see the open files")
    return sum(1 for fd in fds.iterdir() if os.path.realpath(fd) == str(path.resolve()))


@pytest.fixture
def listed(tmp_path: Path) -> Path:
    path = tmp_path / "w.prewire"
    with open_workspace(path) as workspace:
        meetings.create(workspace, title="Budget", scheduled_at="2026-12-03T10:00:00+08:00")
        meetings.create(workspace, title="Roadmap")
    return path


def test_nothing_is_listed_from_a_file_the_quick_check_finds_damaged(
        listed: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # a page the list never reads: the meetings themselves are still readable
    with sqlite3.connect(listed) as db:
        [[page]] = db.execute("SELECT rootpage FROM sqlite_schema WHERE name = 'department'")
    db.close()
    overwrite_page(listed, page)
    with sqlite3.connect(f"{listed.as_uri()}?mode=ro", uri=True) as db:
        assert [title for (title,) in db.execute("SELECT title FROM meeting")] == [
            "Budget", "Roadmap"]
    db.close()
    before = digest(listed)
    assert cli.main(["--workspace", str(listed), "list"]) == 1
    out, err = capsys.readouterr()
    assert out == ""
    assert str(listed) in err and "damaged" in err
    assert digest(listed) == before


def test_a_file_due_an_upgrade_is_upgraded_then_listed(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "old.prewire"
    _workspace_at_0006(path)
    assert cli.main(["--workspace", str(path), "list"]) == 0
    assert capsys.readouterr().out == "1\tCompras\t\n"
    with sqlite3.connect(path) as db:
        assert db.execute("SELECT version_num FROM alembic_version").fetchone()[0] == (
            migrate.head_revision())
    db.close()


@pytest.mark.parametrize("argv", [
    ["--workspace", "{path}", "list"],
    ["--lang", "es", "--workspace", "{path}", "list"],
    ["--workspace={path}", "--lang=zh_CN", "list"],
])
def test_the_list_is_the_same_however_it_is_asked_for_and_leaves_nothing_open(
        listed: Path, capsys: pytest.CaptureFixture[str], argv: list[str]) -> None:
    threads = threading.active_count()
    assert cli.main([part.format(path=listed) for part in argv]) == 0
    assert capsys.readouterr().out.splitlines() == [
        "1\tBudget\t2026-12-03T10:00:00+08:00", "2\tRoadmap\t"]
    assert (threading.active_count(), held_open(listed)) == (threads, 0)


def test_a_usage_error_after_the_check_began_lists_nothing_and_leaves_nothing_open(
        listed: Path, capsys: pytest.CaptureFixture[str]) -> None:
    threads = threading.active_count()
    with pytest.raises(SystemExit) as caught:
        cli.main(["list", "--workspace", str(listed)])  # options go before the command
    assert caught.value.code == 2
    out, err = capsys.readouterr()
    assert out == "" and "unrecognized arguments: --workspace" in err
    assert (threading.active_count(), held_open(listed)) == (threads, 0)


def test_the_list_loads_no_service_storage_other_command_or_heavy_module(
        listed: Path, tmp_path: Path) -> None:
    # run as the installed command runs it; the modules are read when it exits
    code = (
        "import atexit, runpy, sys; from pathlib import Path; from app import paths;"
        "paths.redirect(Path(sys.argv[2]));"  # preferences and logs stay in tmp_path
        "loaded = lambda: print(sorted(k for k in sys.modules if k.split('.')[0] in {"
        "'sqlalchemy', 'sqlmodel', 'alembic', 'reportlab', 'icalendar', 'pydantic', 'babel',"
        " 'PySide6', 'dataclasses', 'logging'} or k.startswith(('app.services', 'app.storage',"
        " 'app.briefing', 'app.cli.commands', 'app.cli.exports', 'app.views.readiness'))),"
        " file=sys.stderr);"
        "atexit.register(loaded);"
        "sys.argv = ['prewire', '--workspace', sys.argv[1], 'list'];"
        "runpy.run_module('ui.launch', run_name='__main__')"
    )
    done = subprocess.run([sys.executable, "-c", code, str(listed), str(tmp_path / "home")],
                          capture_output=True, text=True, check=False, cwd=tmp_path)
    assert (done.returncode, done.stdout.splitlines()[0]) == (0, "1\tBudget\t"
                                                               "2026-12-03T10:00:00+08:00")
    assert done.stderr.strip() == "[]"


def test_meetings_are_listed_by_instant_then_undated_by_title_as_the_window_lists_them(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "w.prewire"
    with open_workspace(path) as workspace:
        for title, when in (("zeta", None), ("Late in Madrid", "2026-12-03T10:00:00+01:00"),
                            ("Early in Shanghai", "2026-12-03T16:00:00+08:00"),
                            ("Alpha", None)):
            meetings.create(workspace, title=title, scheduled_at=when)
    assert cli.main(["--workspace", str(path), "list"]) == 0
    lines = capsys.readouterr().out.splitlines()
    # 16:00 in Shanghai is 08:00 UTC, before 09:00 UTC in Madrid
    assert [line.split("\t")[1] for line in lines] == [
        "Early in Shanghai", "Late in Madrid", "Alpha", "zeta"]
    reader = open_reader(path)
    try:
        assert [str(item.id) for item in meeting_items(reader.connection())] == [
            line.split("\t")[0] for line in lines]
    finally:
        reader.close()


def test_a_check_that_cannot_open_its_connection_sends_the_list_the_long_way(
        listed: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    def refused(*_args: object, **_kwargs: object) -> sqlite3.Connection:
        raise sqlite3.OperationalError("unable to open database file")

    monkeypatch.setattr("app.views.reader._check_connection", refused)
    assert cli.main(["--workspace", str(listed), "list"]) == 0
    assert capsys.readouterr().out.splitlines() == [
        "1\tBudget\t2026-12-03T10:00:00+08:00", "2\tRoadmap\t"]
    assert held_open(listed) == 0
