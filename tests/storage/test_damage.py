"""Damage and crashes found at open: recovered on its own, or set aside and restored."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import struct
import subprocess
import sys
from pathlib import Path

import pytest

from app import cli
from app.services import meetings
from app.storage import (
    DamagedWorkspaceError,
    NeedsRecoveryError,
    NotAWorkspaceError,
    Workspace,
    open_reading,
    open_workspace,
)
from app.storage import backups as backup_store
from app.storage.sqlite_file import journal_path


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def crash_inside_a_transaction(path: Path) -> None:
    """A writer killed inside a large transaction: pages already written, its journal hot."""
    script = """
import os, signal, sqlite3, sys
connection = sqlite3.connect(sys.argv[1], isolation_level=None)
connection.execute("PRAGMA cache_size = 5")  # spill pages to the file before the commit
connection.execute("BEGIN")
for n in range(3000):
    connection.execute("INSERT INTO meeting (title, purpose, expectations, location, language,"
                       " status, notes, created_at) VALUES (?, '', '', '', 'en', 'preparing',"
                       " ?, '2026-01-01')", (f"uncommitted {n}", "x" * 500))
connection.execute("UPDATE meeting SET title = 'half renamed'")
os.kill(os.getpid(), signal.SIGKILL)
"""
    result = subprocess.run([sys.executable, "-c", script, str(path)], check=False)
    assert result.returncode == -9
    assert journal_path(path).stat().st_size > 0


@pytest.fixture
def crashed(tmp_path: Path) -> Path:
    path = tmp_path / "crashed.prewire"
    with open_workspace(path) as workspace:
        for title in ("Budget", "Roadmap"):
            meetings.create(workspace, title=title)
    crash_inside_a_transaction(path)
    return path


def titles(workspace: Workspace) -> list[str]:
    return sorted(m.title for m in meetings.list_summaries(workspace))


def test_a_hot_journal_opens_with_the_committed_state(crashed: Path) -> None:
    with open_workspace(crashed) as workspace:
        assert workspace.recovered
        assert titles(workspace) == ["Budget", "Roadmap"]
    assert open_workspace(crashed).close() is None


def test_the_command_line_recovers_a_hot_journal_and_lists(
        crashed: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["--workspace", str(crashed), "list"]) == 0
    assert sorted(line.split("\t")[1] for line in capsys.readouterr().out.splitlines()) == [
        "Budget", "Roadmap"]


def test_a_hot_journal_that_may_not_be_written_is_explained(crashed: Path) -> None:
    crashed.chmod(0o444)
    try:
        with pytest.raises(NeedsRecoveryError) as caught:
            open_reading(crashed)
    finally:
        crashed.chmod(0o644)
    assert "middle of a save" in str(caught.value) and "not a" not in str(caught.value)


def overwrite_page(path: Path, page: int) -> None:
    """Overwrite the header and cell pointers of one b-tree page with garbage."""
    size = struct.unpack(">H", path.read_bytes()[16:18])[0]
    with open(path, "r+b") as handle:
        handle.seek((page - 1) * size)
        handle.write(b"\xff" * 48)


def btree_pages(path: Path) -> list[int]:
    """The pages past the first that hold a table or index (their first byte says which)."""
    data = path.read_bytes()
    size = struct.unpack(">H", data[16:18])[0]
    return [n + 1 for n in range(1, len(data) // size) if data[n * size] in (2, 5, 10, 13)]


def test_damaged_pages_are_found_at_open_set_aside_and_the_backup_restored(
        tmp_path: Path) -> None:
    path = tmp_path / "precious.prewire"
    with open_workspace(path) as workspace:
        for n in range(40):
            meetings.create(workspace, title=f"Meeting {n}", notes="n" * 2000)
        identity = workspace.identity
    good = backup_store.make_backup(path, identity, "manual")
    pristine = path.read_bytes()
    pages = btree_pages(path)
    assert len(pages) >= 8
    recovered = 0
    for page in pages:
        path.write_bytes(pristine)
        overwrite_page(path, page)
        damaged = digest(path)
        with pytest.raises(DamagedWorkspaceError) as caught:
            open_workspace(path)
        error = caught.value
        assert not path.exists() and error.set_aside is not None
        assert digest(error.set_aside) == damaged, "nothing was written to the damaged file"
        assert error.backup is not None and error.backup.path == good.path
        assert good.taken_at_text() in str(error) and str(good.path) in str(error)
        assert backup_store.restore(path, error.backup.path) is None
        with open_workspace(path) as workspace:
            assert len(meetings.list_summaries(workspace)) == 40
        error.set_aside.unlink()
        recovered += 1
    print(f"\ndamage: {len(pages)} pages damaged one at a time, {recovered} found and restored")


def test_reading_a_damaged_file_changes_nothing_and_says_so(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "damaged.prewire"
    with open_workspace(path) as workspace:
        for n in range(30):
            meetings.create(workspace, title=f"Meeting {n}", notes="n" * 2000)
    overwrite_page(path, btree_pages(path)[-1])
    before = digest(path)
    assert cli.main(["--workspace", str(path), "check"]) == 1
    assert "damaged" in capsys.readouterr().err
    assert cli.main(["--workspace", str(path), "list"]) == 1
    err = capsys.readouterr().err
    assert str(path) in err and "There is no backup of it yet" in err
    assert digest(path) == before
    assert set(os.listdir(tmp_path)) - {"home"} == {"damaged.prewire", "damaged.prewire.lock"}


def test_check_says_sound(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "fine.prewire"
    open_workspace(path).close()
    assert cli.main(["--workspace", str(path), "check"]) == 0
    assert "sound" in capsys.readouterr().out


def test_an_empty_foreign_file_with_a_user_version_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    connection = sqlite3.connect(path)
    connection.execute("PRAGMA user_version = 7")
    connection.close()
    before = digest(path)
    with pytest.raises(NotAWorkspaceError, match="another program"):
        open_workspace(path)
    assert digest(path) == before
    assert set(os.listdir(tmp_path)) - {"home"} == {"other.db"}
