"""Opening, creating, refusing and upgrading workspace files."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from app.domain.models import Meeting
from app.storage import (
    NotAWorkspaceError,
    NotSQLiteError,
    TooNewError,
    WorkspaceLockedError,
    WorkspaceReadOnlyError,
    open_workspace,
)
from app.storage.engine import APPLICATION_ID
from app.storage.lock import holder_path, lock_path, read_holder
from app.storage.migrate import head_revision


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def pragma(path: Path, name: str) -> object:
    with sqlite3.connect(path) as connection:
        return connection.execute(f"PRAGMA {name}").fetchone()[0]


def test_new_workspace_is_created_at_head_with_its_identity(tmp_path: Path) -> None:
    path = tmp_path / "sub" / "new.prewire"
    with open_workspace(path) as ws, ws.session() as session:
        session.add(Meeting(title="Budget 2027"))
    assert pragma(path, "application_id") == APPLICATION_ID
    with sqlite3.connect(path) as connection:
        assert connection.execute("SELECT version_num FROM alembic_version").fetchone()[0] == (
            head_revision()
        )
        assert connection.execute("SELECT title FROM meeting").fetchall() == [("Budget 2027",)]
    assert not holder_path(path).exists(), "closing removes the holder's note"
    with open_workspace(path):
        pass  # and the lock is free again


def test_connection_pragmas_make_commits_durable(workspace) -> None:
    with workspace.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "delete"
        assert connection.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL


def test_default_workspace_lives_in_the_data_folder(isolated_home: Path) -> None:
    with open_workspace() as ws:
        assert ws.path == isolated_home / "data" / "workspace.prewire"
        assert ws.path.exists()


@pytest.mark.parametrize("kind", ["zero bytes", "empty database"])
def test_migration_from_an_empty_file(tmp_path: Path, kind: str) -> None:
    path = tmp_path / "empty.prewire"
    if kind == "zero bytes":
        path.write_bytes(b"")
    else:
        sqlite3.connect(path).execute("VACUUM").connection.close()
        assert path.stat().st_size > 0
    with open_workspace(path) as ws:
        if kind == "empty database":
            assert ws.backup is not None and ws.backup.exists(), "copied aside before upgrading"
    assert pragma(path, "application_id") == APPLICATION_ID


def test_random_bytes_are_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "photo.prewire"
    path.write_bytes(os.urandom(4096))
    before = digest(path)
    with pytest.raises(NotSQLiteError) as caught:
        open_workspace(path)
    assert str(path) in str(caught.value)
    assert digest(path) == before
    assert not lock_path(path).exists()


def test_a_foreign_sqlite_file_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "contacts.db"
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE contact (name TEXT)")
        connection.execute("INSERT INTO contact VALUES ('Ana')")
    connection.close()
    before = digest(path)
    with pytest.raises(NotAWorkspaceError) as caught:
        open_workspace(path)
    assert "another program" in str(caught.value)
    assert digest(path) == before
    with pytest.raises(NotAWorkspaceError):
        open_workspace(path, read_only=True)
    assert digest(path) == before


def test_a_workspace_from_a_newer_version_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "future.prewire"
    open_workspace(path).close()
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    connection.close()
    before = digest(path)
    with pytest.raises(TooNewError) as caught:
        open_workspace(path)
    assert str(caught.value) == (
        f"{path} was saved by a newer version of Prewire (schema 9999_from_the_future). "
        "It was left untouched; update Prewire to open it.")
    assert caught.value.exit_status == 2  # refused input, for the command line
    assert caught.value.path == path
    assert digest(path) == before
    assert not list(tmp_path.glob("future.prewire.before-upgrade*"))


def test_a_second_writer_is_told_who_holds_the_workspace(tmp_path: Path) -> None:
    path = tmp_path / "shared.prewire"
    with open_workspace(path):
        with pytest.raises(WorkspaceLockedError) as caught:
            open_workspace(path)
        holder = read_holder(path)
        assert holder is not None and holder.pid == os.getpid()
        assert str(os.getpid()) in str(caught.value)
        assert holder.host in str(caught.value)
        with open_workspace(path, read_only=True) as reader:
            with reader.session() as session:
                assert session.get(Meeting, 1) is None
            with pytest.raises(WorkspaceReadOnlyError), reader.session() as session:
                session.add(Meeting(title="not saved"))


def test_a_lock_left_by_a_crashed_process_is_taken_over(tmp_path: Path) -> None:
    path = tmp_path / "crashed.prewire"
    open_workspace(path).close()
    # a process that has exited, as after a crash: the OS dropped its lock, its note stays
    script = (
        "import sys, os;"
        "from app.storage.lock import WorkspaceLock; from pathlib import Path;"
        "WorkspaceLock(Path(sys.argv[1])).acquire(); os._exit(0)"
    )
    subprocess.run([sys.executable, "-c", script, str(path)], check=True)
    stale = read_holder(path)
    assert stale is not None and stale.pid != os.getpid()
    with open_workspace(path):
        holder = read_holder(path)
        assert holder is not None and holder.pid == os.getpid()


def test_connections_are_kept_and_their_pragmas_set_once(workspace) -> None:
    from sqlalchemy import event

    from app.services import meetings

    opened: list[object] = []
    event.listen(workspace.engine, "connect", lambda connection, _record: opened.append(1))
    first = meetings.create(workspace, title="Budget")
    for n in range(20):
        meetings.update(workspace, first.id, title=f"Budget {n}")
    assert len(opened) <= 1, "one kept connection, its pragmas set when it was opened"
    with sqlite3.connect(workspace.path) as reader:  # committed before the call returned
        assert reader.execute("SELECT title FROM meeting").fetchone()[0] == "Budget 19"
    reader.close()
