"""What the storage layer tells the user, and a number it must keep: the whole warning
about a workspace another computer or window holds, a broken reference named by the table
it points to, an unusable backup refused with where the backups are listed, and the
identity of an old workspace, which finds its backups."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from app.storage.backups import verify
from app.storage.errors import LockHolder, UnusableBackupError, WorkspaceLockedError
from app.storage.sqlite_file import integrity_problems, path_identity


def test_the_warning_before_taking_over_from_another_computer_is_whole() -> None:
    since = (datetime.now(UTC) - timedelta(hours=3, minutes=5)).isoformat()
    error = WorkspaceLockedError(Path("/srv/prewire/team.prewire"),
                                 LockHolder("laptop-7", 4242, "lucia", since), elsewhere=True)
    assert str(error) == (
        f"/srv/prewire/team.prewire was opened 3 hours ago on another computer: lucia on "
        f"laptop-7 (process 4242, since {since}). If Prewire still runs there, taking it "
        "over here can lose the changes made there. Close it there, or open the workspace "
        "read-only.")


def test_a_workspace_open_in_another_window_says_who_and_what_to_do() -> None:
    holder = LockHolder("desk-2", 77, "ana", "2026-12-03T09:00:00+00:00")
    assert str(WorkspaceLockedError(Path("/srv/prewire/team.prewire"), holder)) == (
        "/srv/prewire/team.prewire is open in another Prewire window: ana on desk-2 "
        "(process 77, since 2026-12-03T09:00:00+00:00). Close it there, or open the "
        "workspace read-only.")


def test_a_broken_reference_names_its_table_row_and_the_table_it_points_to(
        tmp_path: Path) -> None:
    connection = sqlite3.connect(tmp_path / "broken.sqlite")
    connection.executescript("""
        CREATE TABLE meeting (id INTEGER PRIMARY KEY);
        CREATE TABLE action_item (id INTEGER PRIMARY KEY,
                                  meeting_id INTEGER REFERENCES meeting (id));
        INSERT INTO action_item VALUES (7, 99);
    """)
    assert integrity_problems(connection) == ["foreign key: action_item row 7 -> meeting"]
    connection.close()


def test_an_old_workspaces_identity_is_what_earlier_versions_computed() -> None:
    # backups of a workspace made before identities are filed under this number: a new
    # way of computing it would lose them
    assert path_identity(Path("/srv/prewire/team.prewire")) == 1159817059


def test_an_empty_or_missing_backup_is_refused_with_where_to_find_the_backups(
        tmp_path: Path) -> None:
    empty = tmp_path / "empty.prewire"
    empty.write_bytes(b"")
    for backup in (empty, tmp_path / "gone.prewire"):
        with pytest.raises(UnusableBackupError) as caught:
            verify(backup)
        assert str(caught.value) == (
            f"{backup} does not exist or is empty; `prewire backups` lists the backups.")
