"""Backups: checked copies in the user data folder, rotated, not repeated, restored."""

from __future__ import annotations

import hashlib
import os
import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from app.services import meetings, packages
from app.storage import Workspace, WorkspaceError, open_workspace
from app.storage import backups as backup_store
from app.storage.backups import BackupInfo

PACKAGE = Path(__file__).resolve().parents[2] / "resources" / "demo" / (
    "customer-data-platform.en.prewire.json")


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def titles_in(path: Path) -> list[str]:
    with sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True) as connection:
        rows = sorted(row[0] for row in connection.execute("SELECT title FROM meeting"))
    connection.close()
    return rows


def test_a_backup_is_a_checked_copy_in_the_user_data_folder(
        workspace: Workspace, isolated_home: Path) -> None:
    meetings.create(workspace, title="Budget")
    info = backup_store.make_backup(workspace.path, workspace.identity, "manual")
    assert info.path.parent == isolated_home / "data" / "backups" / f"{workspace.identity:08x}"
    assert titles_in(info.path) == ["Budget"]
    assert (info.meetings, info.bytes) == (1, info.path.stat().st_size)
    assert not [name for name in os.listdir(info.path.parent) if name.startswith(".")]
    assert backup_store.list_backups(workspace.identity) == [info]


def test_an_unchanged_workspace_is_not_copied_again(workspace: Workspace) -> None:
    meetings.create(workspace, title="Budget")
    first = backup_store.make_backup(workspace.path, workspace.identity, "manual")
    assert backup_store.make_backup(workspace.path, workspace.identity, "manual") == first
    meetings.create(workspace, title="Roadmap")
    second = backup_store.make_backup(workspace.path, workspace.identity, "manual")
    assert second != first and titles_in(second.path) == ["Budget", "Roadmap"]
    assert len(backup_store.list_backups(workspace.identity)) == 2


def test_every_import_is_preceded_by_a_backup(workspace: Workspace) -> None:
    meetings.create(workspace, title="Before the import")
    packages.import_package(workspace, PACKAGE)
    newest = backup_store.list_backups(workspace.identity)[0]
    assert newest.kind == "before-import" and titles_in(newest.path) == ["Before the import"]


def test_the_daily_backup_waits_a_day(workspace: Workspace) -> None:
    meetings.create(workspace, title="Budget")
    made = backup_store.safety_backup(workspace.path, workspace.identity, "daily")
    assert made is not None and made.kind == "daily"
    meetings.create(workspace, title="Roadmap")
    assert backup_store.safety_backup(workspace.path, workspace.identity, "daily") is None
    tomorrow = datetime.now(UTC) + timedelta(days=1, minutes=1)
    later = backup_store.safety_backup(workspace.path, workspace.identity, "daily", now=tomorrow)
    assert later is not None and later.meetings == 2


def test_an_empty_workspace_gets_no_safety_backup(workspace: Workspace) -> None:
    assert backup_store.safety_backup(workspace.path, workspace.identity, "daily") is None


def fake(folder: Path, taken_at: datetime, kind: str) -> BackupInfo:
    """A backup file with its note, as if taken at ``taken_at``."""
    path = folder / f"{taken_at.strftime('%Y%m%dT%H%M%S%fZ')}-{kind}.prewire"
    path.write_bytes(b"")
    info = BackupInfo(path=path, taken_at=taken_at, kind=kind, bytes=0, meetings=0,
                      fingerprint=str(taken_at))
    backup_store._write_note(info, path)
    return info


def test_rotation_keeps_days_weeks_the_newest_and_every_upgrade(tmp_path: Path) -> None:
    identity = 0x1234
    folder = backup_store.folder_for(identity)
    folder.mkdir(parents=True)
    now = datetime(2026, 12, 3, 12, tzinfo=UTC)
    upgrade = fake(folder, now - timedelta(days=300), "before-upgrade")
    # two a day for sixty days
    made = [fake(folder, now - timedelta(days=d, hours=h), "daily")
            for d in range(60) for h in (0, 6)]
    backup_store.rotate(identity)
    kept = {info.path for info in backup_store.list_backups(identity)}
    assert upgrade.path in kept
    newest_ten = {info.path for info in made[:10]}
    assert newest_ten <= kept
    local_days = {info.taken_at.astimezone().date() for info in made if info.path in kept}
    assert len(local_days) >= 7
    weeks = {info.taken_at.astimezone().isocalendar()[:2] for info in made if info.path in kept}
    assert len(weeks) == 4 or len(weeks) == 5  # the 4 weeks, and a day that opens a fifth
    assert len(kept) <= 1 + 10 + 7 + 4
    assert made[-1].path not in kept, "two months ago is gone"


def test_rotation_removes_what_a_killed_backup_left_once_it_is_old(tmp_path: Path) -> None:
    folder = backup_store.folder_for(0x99)
    folder.mkdir(parents=True)
    old, fresh = folder / ".old.prewire.tmp", folder / ".fresh.prewire.tmp"
    for left in (old, fresh):
        left.write_bytes(b"half")
    two_hours_ago = datetime.now(UTC).timestamp() - 7200
    os.utime(old, (two_hours_ago, two_hours_ago))
    backup_store.rotate(0x99)
    assert (old.exists(), fresh.exists()) == (False, True)


def test_restore_keeps_the_current_file_aside(workspace: Workspace, tmp_path: Path) -> None:
    meetings.create(workspace, title="Budget")
    backup = backup_store.make_backup(workspace.path, workspace.identity, "manual")
    meetings.create(workspace, title="Made after the backup")
    path = workspace.path
    workspace.close()
    current = digest(path)
    aside = backup_store.restore(path, backup.path)
    assert aside is not None and digest(aside) == current
    assert titles_in(path) == ["Budget"]
    with open_workspace(path) as reopened:
        assert reopened.identity == workspace.identity


def test_restore_refuses_a_file_that_is_no_backup(workspace: Workspace, tmp_path: Path) -> None:
    junk = tmp_path / "junk.prewire"
    junk.write_bytes(b"SQLite format 3\x00" + b"\x00" * 200)
    path = workspace.path
    workspace.close()
    before = digest(path)
    with pytest.raises(WorkspaceError, match=r"junk\.prewire"):
        backup_store.restore(path, junk)
    assert digest(path) == before


def test_a_workspace_from_before_identities_keeps_its_backups_once_it_gets_one(
        tmp_path: Path) -> None:
    path = tmp_path / "old.prewire"
    with open_workspace(path) as workspace:
        meetings.create(workspace, title="Budget")
    connection = sqlite3.connect(path)
    connection.execute("PRAGMA user_version = 0")  # as the first release wrote them
    connection.close()
    path.chmod(0o444)
    with open_workspace(path) as reader:
        assert reader.read_only
        made = backup_store.make_backup(path, reader.identity, "manual")
    path.chmod(0o644)
    with open_workspace(path) as writer:
        assert not writer.read_only
        assert backup_store.list_backups(writer.identity) == [made]
    connection = sqlite3.connect(path)
    assert connection.execute("PRAGMA user_version").fetchone()[0] == writer.identity
    connection.close()
