"""Files that are not a workspace are refused with a message naming the file and
what to do, and are left byte for byte as they were."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from app.storage import open_workspace
from app.storage.errors import (
    CannotWriteError,
    LockHolder,
    NotAWorkspaceError,
    NotSQLiteError,
    WorkspaceError,
    WorkspaceLockedError,
    describe_age,
)
from app.storage.workspace import open_reading


def refused(path: Path, kind: type[WorkspaceError], **options: bool) -> WorkspaceError:
    before = path.read_bytes() if path.is_file() else None
    with pytest.raises(kind) as caught:
        open_workspace(path, **options)
    if before is not None:
        assert path.read_bytes() == before
    return caught.value


def test_a_text_file_is_not_a_workspace(tmp_path: Path) -> None:
    path = tmp_path / "notes.prewire"
    path.write_text("meeting notes\n" * 20)
    error = refused(path, NotSQLiteError)
    assert str(error) == (f"{path} is not a Prewire workspace (it is not a database file). "
                          "Choose a workspace file, or a new file name to create one.")
    assert error.exit_status == 2


@pytest.mark.parametrize("statement", [
    "CREATE TABLE song (title TEXT)",
    "PRAGMA user_version = 7",  # empty, but stamped by its program
])
def test_another_programs_database_is_left_untouched(tmp_path: Path, statement: str) -> None:
    path = tmp_path / "other.db"
    with sqlite3.connect(path) as connection:
        connection.execute(statement)
    connection.close()
    error = refused(path, NotAWorkspaceError)
    assert str(error) == (
        f"{path} is a database of another program, not a Prewire workspace. It was left "
        "untouched; choose a workspace file, or a new file name to create one.")
    assert error.exit_status == 2


def test_a_folder_or_a_missing_file_cannot_be_opened_for_reading(tmp_path: Path) -> None:
    with pytest.raises(CannotWriteError) as caught:
        open_reading(tmp_path)
    assert str(caught.value) == (f"{tmp_path} cannot be written (it is a folder). Check that "
                                 "the folder exists and that you may write there.")
    with pytest.raises(CannotWriteError) as caught:
        open_reading(tmp_path / "missing.prewire")
    assert "(it does not exist yet)" in str(caught.value)
    assert not (tmp_path / "missing.prewire").exists()


@pytest.mark.parametrize(("age", "words"), [
    (timedelta(seconds=-5), "0 minutes"), (timedelta(minutes=1), "1 minute"),
    (timedelta(minutes=59, seconds=59), "59 minutes"), (timedelta(minutes=60), "1 hour"),
    (timedelta(hours=47, minutes=59), "47 hours"), (timedelta(hours=48), "2 days")])
def test_how_long_ago_is_said_in_minutes_hours_or_days(age: timedelta, words: str) -> None:
    assert describe_age(age) == words


def test_a_workspace_held_on_another_computer_says_who_and_since_when(tmp_path: Path) -> None:
    since = (datetime.now(UTC) - timedelta(hours=3, minutes=5)).isoformat()
    holder = LockHolder(host="laptop-7", pid=4242, user="dana", since=since)
    error = WorkspaceLockedError(tmp_path / "w.prewire", holder, elsewhere=True)
    assert str(error) == (
        f"{tmp_path / 'w.prewire'} was opened 3 hours ago on another computer: dana on "
        f"laptop-7 (process 4242, since {since}). If Prewire still runs there, taking it over "
        "here can lose the changes made there. Close it there, or open the workspace "
        "read-only.")
    unknown = LockHolder(host="laptop-7", pid=1, user="", since="yesterday")
    assert "was opened ? ago" in str(WorkspaceLockedError(tmp_path, unknown, elsewhere=True))
    naive = LockHolder(host="laptop-7", pid=1, user="dana", since="2026-01-01T10:00:00")
    assert "was opened ? ago" in str(WorkspaceLockedError(tmp_path, naive, elsewhere=True))
    assert "? on laptop-7" in unknown.describe()
    here = WorkspaceLockedError(tmp_path, holder)
    assert str(here).startswith(f"{tmp_path} is open in another Prewire window: dana on laptop-7")
