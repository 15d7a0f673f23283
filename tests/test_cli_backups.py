"""`prewire backup`, `backups`, `restore BACKUP` and `check`, as cli.md specifies them."""

from __future__ import annotations

from pathlib import Path

import pytest

from app import cli
from app.services import meetings
from app.storage import open_workspace


@pytest.fixture
def path(tmp_path: Path) -> Path:
    path = tmp_path / "work.prewire"
    with open_workspace(path) as workspace:
        meetings.create(workspace, title="Budget")
    return path


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    status = cli.main(list(args))
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def test_backup_prints_its_path_last_and_backups_lists_it(
        path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _err = run(capsys, "--workspace", str(path), "backup")
    assert status == 0
    made = Path(out.splitlines()[-1])
    assert made.exists()
    status, out, err = run(capsys, "--workspace", str(path), "backup")
    assert status == 0 and Path(out.splitlines()[-1]) == made
    assert "not copied again" in err
    status, out, _err = run(capsys, "--workspace", str(path), "backups")
    assert status == 0
    [line] = out.splitlines()
    listed, taken_at, size, count = line.split("\t")
    assert (Path(listed), int(size), count) == (made, made.stat().st_size, "1")
    assert taken_at[:4].isdigit() and "T" in taken_at


def test_restore_sets_the_current_file_aside_then_restores(
        path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _status, out, _err = run(capsys, "--workspace", str(path), "backup")
    backup = out.splitlines()[-1]
    with open_workspace(path) as workspace:
        meetings.create(workspace, title="After the backup")
    status, out, _err = run(capsys, "--workspace", str(path), "restore", backup)
    assert status == 0
    aside = next(path.parent.glob("work.prewire.before-restore-*"))
    assert str(aside) in out
    _status, out, _err = run(capsys, "--workspace", str(path), "list")
    assert [line.split("\t")[1] for line in out.splitlines()] == ["Budget"]
    _status, out, _err = run(capsys, "--workspace", str(aside), "list")
    assert len(out.splitlines()) == 2


def test_restore_refuses_a_missing_backup_with_2(
        path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    missing = tmp_path / "nothing.prewire"
    status, _out, err = run(capsys, "--workspace", str(path), "restore", str(missing))
    assert status == 2 and str(missing) in err
    assert not list(path.parent.glob("work.prewire.before-restore-*"))


def test_restore_while_the_window_writes_exits_1(
        path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _status, out, _err = run(capsys, "--workspace", str(path), "backup")
    with open_workspace(path):
        status, _out, err = run(capsys, "--workspace", str(path), "restore",
                                out.splitlines()[-1])
    assert status == 1 and "open in another Prewire window" in err


def test_check_of_a_stranger_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    junk = tmp_path / "junk"
    junk.write_bytes(b"not a database" * 20)
    status, _out, err = run(capsys, "--workspace", str(junk), "check")
    assert status == 2 and "not a Prewire workspace" in err
