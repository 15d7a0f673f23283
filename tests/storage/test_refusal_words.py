"""The words the user reads when a workspace cannot be written: why it opened read-only, and
each message naming the file and what to do."""

from __future__ import annotations

import errno
from pathlib import Path

import pytest

from app.services import meetings
from app.storage import lock, open_workspace
from app.storage.errors import (
    DiskFullError,
    NeedsRecoveryError,
    UpgradeFailedError,
    WorkspaceLockedError,
    WorkspaceReadOnlyError,
)
from tests.storage.test_read_only import filled  # noqa: F401  (a fixture)


@pytest.mark.parametrize(("code", "reason"), [
    (errno.ENOSPC, "the disk is full"),
    (errno.EROFS, "the disk it is on is read-only"),
    (errno.EACCES, "its folder is read-only"),
    (errno.EPERM, "its folder is read-only"),
    (errno.EIO, "Input/output error"),
])
def test_why_a_workspace_opened_read_only_is_said_in_words(
        filled: Path, monkeypatch: pytest.MonkeyPatch, code: int,  # noqa: F811
        reason: str) -> None:
    def refused(*_args: object) -> None:
        raise OSError(code, "Input/output error" if code == errno.EIO else "")

    monkeypatch.setattr(lock, "_write_holder", refused)
    with open_workspace(filled) as workspace:
        assert workspace.read_only_reason == reason


def test_an_edit_refused_on_a_read_only_file_says_so_and_changes_nothing(
        filled: Path) -> None:  # noqa: F811
    filled.chmod(0o444)
    try:
        with open_workspace(filled) as workspace:
            with pytest.raises(WorkspaceReadOnlyError) as caught:
                meetings.update(workspace, 1, title="Renamed")
            assert str(caught.value) == (
                f"{filled} is open read-only, so this change was not saved. Reopen the "
                "workspace for writing once no one else has it open.")
            assert caught.value.path == filled
            assert meetings.get_meeting(workspace, 1).title == "Budget"
    finally:
        filled.chmod(0o644)


def test_each_message_names_the_file_and_what_to_do(tmp_path: Path) -> None:
    path = tmp_path / "w.prewire"
    assert str(DiskFullError(path)) == (
        f"The disk holding {path} is full, so this change was not saved. Free some space and "
        "try again.")
    assert DiskFullError(path).path == path
    assert str(NeedsRecoveryError(path)) == (
        f"{path} was left in the middle of a save (Prewire or the computer stopped). Nothing "
        "is lost, but it must be opened once with permission to write so that the unfinished "
        "save is undone. Open it for writing, or copy it to a folder where you may write.")
    assert str(WorkspaceLockedError(path, None)) == (
        f"{path} is open in another Prewire window that is still starting. Close it there, "
        "or open the workspace read-only.")
    failed = UpgradeFailedError(path, "disk I/O error", tmp_path / "w.before-upgrade")
    assert str(failed) == (
        f"{path} could not be upgraded to this version of Prewire (disk I/O error). The file "
        "was left exactly as it was, so the previous version of Prewire still opens it. "
        f"A copy made before the upgrade is at {tmp_path / 'w.before-upgrade'}.")
    assert str(UpgradeFailedError(path, "disk I/O error", None)).endswith("still opens it.")
