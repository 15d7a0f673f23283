"""Read-only files, folders and full disks open read-only, say why, and still export."""

from __future__ import annotations

import errno
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import event

from app import cli
from app.services import meetings, packages
from app.storage import DiskFullError, WorkspaceReadOnlyError, lock, open_workspace


@pytest.fixture
def filled(tmp_path: Path) -> Path:
    path = tmp_path / "shelf" / "kept.prewire"
    with open_workspace(path) as workspace:
        meetings.create(workspace, title="Budget")
    return path


@pytest.fixture
def read_only_folder(filled: Path) -> Iterator[Path]:
    filled.parent.chmod(0o555)
    yield filled
    filled.parent.chmod(0o755)


def exports_elsewhere(path: Path, out: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["--workspace", str(path), "export", "Budget", "--json", str(out)]) == 0, (
        capsys.readouterr().err)
    assert json.loads(out.read_text(encoding="utf-8"))["meeting"]["title"] == "Budget"


def test_a_read_only_file_opens_read_only_and_says_why(
        filled: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    filled.chmod(0o444)
    with open_workspace(filled) as workspace:
        assert workspace.read_only_reason == "the file is read-only"
        with pytest.raises(WorkspaceReadOnlyError):
            meetings.update(workspace, 1, title="Renamed")
        assert meetings.get_meeting(workspace, 1).title == "Budget"
    exports_elsewhere(filled, tmp_path / "out.prewire.json", capsys)


def test_a_read_only_folder_opens_read_only_and_says_why(
        read_only_folder: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with open_workspace(read_only_folder) as workspace:
        assert workspace.read_only_reason == "its folder is read-only"
        assert [m.title for m in meetings.list_summaries(workspace)] == ["Budget"]
    exports_elsewhere(read_only_folder, tmp_path / "out.prewire.json", capsys)


def test_a_full_disk_still_opens_read_only(
        filled: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    def disk_full(*_args: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(lock, "_write_holder", disk_full)
    with open_workspace(filled) as workspace:
        assert workspace.read_only_reason == "the disk is full"
    exports_elsewhere(filled, tmp_path / "out.prewire.json", capsys)


def test_an_edit_that_fills_the_disk_rolls_back_whole(filled: Path) -> None:
    with open_workspace(filled) as workspace:
        pages = workspace.engine.connect()
        count = pages.exec_driver_sql("PRAGMA page_count").scalar()
        pages.close()
        workspace.engine.dispose()

        @event.listens_for(workspace.engine, "connect")
        def tiny_disk(connection: object, _record: object) -> None:
            connection.execute(f"PRAGMA max_page_count = {count}")  # type: ignore[attr-defined]

        with pytest.raises(DiskFullError) as caught:
            meetings.update(workspace, 1, title="Budget 2027", notes="typed " * 200_000)
        assert str(filled) in str(caught.value)
        meeting = meetings.get_meeting(workspace, 1)
        assert (meeting.title, meeting.notes) == ("Budget", "")


def test_export_to_a_full_disk_names_the_output_not_the_workspace(
        filled: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    def disk_full(_path: Path, _data: bytes) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(packages.exporting.atomic, "write_bytes", disk_full)
    out = tmp_path / "stick" / "out.prewire.json"
    assert cli.main(["--workspace", str(filled), "export", "Budget", "--json", str(out)]) == 1
    err = capsys.readouterr().err
    assert str(out) in err and "No space left" in err and str(filled) not in err


def test_reading_commands_work_while_another_process_writes(
        filled: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with open_workspace(filled) as writer:
        meetings.create(writer, title="Roadmap")
        assert cli.main(["--workspace", str(filled), "list"]) == 0
        assert len(capsys.readouterr().out.splitlines()) == 2
        exports_elsewhere(filled, tmp_path / "out.prewire.json", capsys)
        assert cli.main(["--workspace", str(filled), "check"]) == 0
        assert cli.main(["--workspace", str(filled), "backup"]) == 0
        assert cli.main(["--workspace", str(filled), "backups"]) == 0
        assert "\t2" in capsys.readouterr().out
        meetings.create(writer, title="Still writing")
