"""The writer's lock: held by the operating system, with the holder's note beside it."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from app.storage import WorkspaceLockedError, open_workspace
from app.storage.lock import holder_path, read_holder


def test_a_note_left_by_another_computer_is_shown_with_its_age_and_may_be_taken_over(
        tmp_path: Path) -> None:
    path = tmp_path / "shared.prewire"
    open_workspace(path).close()
    since = (datetime.now(UTC) - timedelta(hours=5, minutes=3)).isoformat(timespec="seconds")
    holder_path(path).write_text(json.dumps(
        {"host": "laptop-of-ana", "pid": 4242, "user": "ana", "since": since}), encoding="utf-8")
    with pytest.raises(WorkspaceLockedError) as caught:
        open_workspace(path)
    error = caught.value
    assert error.elsewhere
    assert "laptop-of-ana" in str(error) and "5 hours ago" in str(error)
    assert "another computer" in str(error)
    with open_workspace(path, take_over=True) as workspace:
        holder = read_holder(path)
        assert holder is not None and holder.host != "laptop-of-ana"
        assert not workspace.read_only
    assert not holder_path(path).exists()


def test_a_huge_pid_in_a_note_is_harmless(tmp_path: Path) -> None:
    path = tmp_path / "odd.prewire"
    open_workspace(path).close()
    holder_path(path).write_text(json.dumps({"host": "x", "pid": 10**30}), encoding="utf-8")
    with pytest.raises(WorkspaceLockedError):
        open_workspace(path)  # another host's note: the user decides


def test_a_half_written_note_does_not_free_a_held_lock(tmp_path: Path) -> None:
    path = tmp_path / "busy.prewire"
    with open_workspace(path):
        holder_path(path).write_text("{", encoding="utf-8")
        with pytest.raises(WorkspaceLockedError) as caught:
            open_workspace(path)
        assert "still starting" in str(caught.value)
