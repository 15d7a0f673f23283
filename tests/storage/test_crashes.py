"""Writers killed with SIGKILL at random points: nothing acknowledged is lost, nothing refused.

A forking child (see ``crash_child``) starts writers in milliseconds; the
test kills each after a random delay, then opens the workspace the way the
window does (``open_workspace``) and the way the command line does
(``prewire list``), runs the full integrity check and compares the contents
with what the writer acknowledged.
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from app import cli
from app.paths import resources_dir
from app.services import meetings, packages
from app.storage import backups as backup_store
from app.storage import open_workspace
from app.storage.sqlite_file import needs_recovery
from app.storage.workspace import integrity_report

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]
EDIT_KILLS, IMPORT_KILLS = 150, 60
PACKAGE = resources_dir() / "demo" / "customer-data-platform.en.prewire.json"


class Forker:
    """The child that forks writers; ``kill_after`` starts one and kills it."""

    def __init__(self, home: Path) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-m", "tests.storage.crash_child", str(home), str(PACKAGE)],
            cwd=ROOT,
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)

    def _start(self, command: str) -> int:
        assert self.process.stdin is not None and self.process.stdout is not None
        self.process.stdin.write(command + "\n")
        self.process.stdin.flush()
        return int(self.process.stdout.readline())

    def kill_after(self, command: str, delay: float) -> None:
        pid = self._start(command)
        time.sleep(delay)
        self._kill(pid)

    def first_ack_after(self, command: str, acks: Path) -> float:
        """Seconds from a writer's start to its first acknowledgement (then it is killed).

        The kills are spread over that time and as long again, so that they land
        in the open as in the edits, however fast the machine is.
        """
        before = acks.stat().st_size if acks.exists() else 0
        started = time.monotonic()
        pid = self._start(command)
        while not (acks.exists() and acks.stat().st_size > before):
            assert time.monotonic() - started < 60, "the writer acknowledged nothing"
            time.sleep(0.002)
        elapsed = time.monotonic() - started
        self._kill(pid)
        return elapsed

    def _kill(self, pid: int) -> None:
        assert self.process.stdout is not None
        os.kill(pid, signal.SIGKILL)
        status = int(self.process.stdout.readline().split()[1])
        assert os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL, (
            "the writer stopped on its own (its traceback is above)")

    def close(self) -> None:
        assert self.process.stdin is not None and self.process.stdout is not None
        self.process.stdin.close()
        self.process.wait(timeout=30)
        self.process.stdout.close()


@pytest.fixture
def forker(isolated_home: Path) -> Iterator[Forker]:
    child = Forker(isolated_home)
    yield child
    child.close()


def acknowledged(acks: Path) -> list[tuple[str, str]]:
    if not acks.exists():
        return []
    lines = acks.read_text(encoding="utf-8").splitlines()
    return [tuple(line.split("\t")) for line in lines]  # type: ignore[misc]


def opens_everywhere(path: Path, capsys: pytest.CaptureFixture[str]) -> list[str]:
    """Open as the command line and the window do; return the titles; check the whole file."""
    assert cli.main(["--workspace", str(path), "list"]) == 0, capsys.readouterr().err
    listed = [line.split("\t")[1] for line in capsys.readouterr().out.splitlines()]
    with open_workspace(path) as workspace:
        titles = [m.title for m in meetings.list_summaries(workspace)]
    assert sorted(listed) == sorted(titles)
    assert integrity_report(path) == []
    assert not is_hot(path), "the crashed transaction was rolled back"
    return titles


def is_hot(path: Path) -> bool:
    """Whether a crash left a transaction to roll back (a read-only open cannot read then).

    A journal file may stay behind without being hot (killed before it was
    complete): SQLite ignores it and replaces it at the next write.
    """
    connection = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.OperationalError as error:
        return needs_recovery(error)
    finally:
        connection.close()
    return False


def test_killed_edits_lose_nothing_acknowledged(
        tmp_path: Path, forker: Forker, capsys: pytest.CaptureFixture[str]) -> None:
    path, acks = tmp_path / "edits.prewire", tmp_path / "acks"
    open_workspace(path).close()  # creating one is all or nothing too: test_upgrades kills that
    rng = random.Random(13)
    hot_journals = 0
    startup = forker.first_ack_after(f"edit {path} {acks} 0", acks)
    for kill in range(EDIT_KILLS):
        if kill:
            forker.kill_after(f"edit {path} {acks} {kill}",
                              rng.uniform(0.0, min(2 * startup, 0.3) + 0.05))
        hot_journals += path.exists() and is_hot(path)
        titles = set(opens_everywhere(path, capsys))
        counter = None
        for kind, value in acknowledged(acks):
            if kind == "create":
                assert value in titles, f"kill {kill}: the acknowledged {value} is lost"
            else:
                counter = tuple(int(part) for part in value.split("-"))
        if counter is not None:
            with sqlite3.connect(path) as connection:
                stored = connection.execute(
                    "SELECT notes FROM meeting WHERE title = 'counter'").fetchone()[0]
            connection.close()
            assert tuple(int(part) for part in stored.split("-")) >= counter, (
                f"kill {kill}: the counter went back from {counter} to {stored}")
    assert len(acknowledged(acks)) >= EDIT_KILLS // 3, "the kills hit edits, not only opens"
    print(f"\nedit loop: first edit {startup * 1000:.0f} ms after start; "
          f"{EDIT_KILLS} kills, {EDIT_KILLS} survived, "
          f"{len(acknowledged(acks))} acknowledged edits kept, "
          f"{hot_journals} hot journals recovered")


def rows_per_meeting(path: Path) -> dict[str, dict[int, int]]:
    """For each table that belongs to a meeting, its row count per meeting (the search
    index too: its rows of shared profiles, with no meeting, are left out)."""
    counts = {}
    with sqlite3.connect(path) as connection:
        tables = [row[0] for row in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table'")]
        for table in tables:
            columns = {row[1] for row in connection.execute(f"PRAGMA table_info({table})")}
            if "meeting_id" in columns:
                counts[table] = dict(connection.execute(
                    f"SELECT meeting_id, count(*) FROM {table} WHERE meeting_id IS NOT NULL "
                    "GROUP BY meeting_id").fetchall())
    connection.close()
    return {table: rows for table, rows in counts.items() if rows}


def test_killed_imports_leave_whole_meetings_or_none(
        tmp_path: Path, forker: Forker, capsys: pytest.CaptureFixture[str]) -> None:
    path, acks = tmp_path / "imports.prewire", tmp_path / "acks"
    with open_workspace(tmp_path / "reference.prewire") as reference:
        packages.import_package(reference, PACKAGE)
    per_meeting = rows_per_meeting(reference.path)
    assert len(per_meeting) >= 3 and all(len(counts) == 1 for counts in per_meeting.values())
    open_workspace(path).close()
    rng = random.Random(14)
    hot_journals = 0
    startup = forker.first_ack_after(f"import {path} {acks} {PACKAGE}", acks)
    for kill in range(IMPORT_KILLS):
        if kill:
            forker.kill_after(f"import {path} {acks} {PACKAGE}",
                              rng.uniform(0.0, min(3 * startup, 0.6) + 0.05))
        hot_journals += path.exists() and is_hot(path)
        opens_everywhere(path, capsys)
        with sqlite3.connect(path) as connection:
            ids = {row[0] for row in connection.execute("SELECT id FROM meeting")}
        connection.close()
        for table, counts in rows_per_meeting(path).items():
            expected = next(iter(per_meeting[table].values()))
            assert counts == dict.fromkeys(ids, expected), f"kill {kill}: partial {table}"
        imported = {int(value) for _kind, value in acknowledged(acks)}
        assert imported <= ids, f"kill {kill}: an acknowledged import is lost"
    assert len(acknowledged(acks)) >= IMPORT_KILLS // 4, "the kills hit imports too"
    with open_workspace(path) as workspace:
        kept = backup_store.list_backups(workspace.identity)
    assert kept, "imports are preceded by backups"
    for info in kept:
        assert backup_store.verify(info.path) == info.meetings
    print(f"\nimport loop: first import {startup * 1000:.0f} ms after start; "
          f"{IMPORT_KILLS} kills, {IMPORT_KILLS} survived, "
          f"{len(acknowledged(acks))} acknowledged imports kept, {hot_journals} hot journals, "
          f"{len(kept)} backups all sound")
