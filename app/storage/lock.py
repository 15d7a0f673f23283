"""One writer per workspace: a lock file beside it, saying who holds it.

The lock is a small JSON file, ``<workspace>.lock``, created exclusively. A
lock whose process is gone (same host, pid no longer running) was left by a
crash and is taken over. A lock from another host cannot be checked, so it is
respected: the user is told who holds it and may open read-only.
"""

from __future__ import annotations

import contextlib
import getpass
import json
import os
import socket
from datetime import UTC, datetime
from pathlib import Path

from app.storage.errors import CannotWriteError, LockHolder, WorkspaceLockedError


def lock_path(workspace: Path) -> Path:
    return workspace.with_name(workspace.name + ".lock")


def _me() -> LockHolder:
    try:
        user = getpass.getuser()
    except (KeyError, OSError):  # no login name (a container, a service account)
        user = ""
    return LockHolder(
        host=socket.gethostname(),
        pid=os.getpid(),
        user=user,
        since=datetime.now(UTC).astimezone().isoformat(timespec="seconds"),
    )


def _pid_alive(pid: int) -> bool:
    if pid <= 0:
        return False
    if os.name == "nt":  # pragma: no cover - exercised on Windows only
        import ctypes

        handle = ctypes.windll.kernel32.OpenProcess(0x1000, False, pid)  # type: ignore[attr-defined]
        if not handle:
            return False
        ctypes.windll.kernel32.CloseHandle(handle)  # type: ignore[attr-defined]
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # alive, but another user's
        return True
    return True


def read_holder(workspace: Path) -> LockHolder | None:
    """Who holds the lock, or None when there is no readable lock."""
    try:
        data = json.loads(lock_path(workspace).read_text(encoding="utf-8"))
        return LockHolder(
            host=str(data["host"]), pid=int(data["pid"]),
            user=str(data.get("user", "")), since=str(data.get("since", "")),
        )
    except (OSError, ValueError, KeyError, TypeError):
        return None


def is_stale(holder: LockHolder) -> bool:
    """A lock of this host whose process is gone was left by a crash."""
    return holder.host == socket.gethostname() and not _pid_alive(holder.pid)


class WorkspaceLock:
    """The writer's lock on one workspace; release it when done (also on exit)."""

    def __init__(self, workspace: Path) -> None:
        self.workspace = workspace
        self.path = lock_path(workspace)
        self.holder: LockHolder | None = None

    def acquire(self) -> None:
        """Take the lock, taking over a stale one; raise WorkspaceLockedError if held."""
        me = _me()
        for _attempt in range(2):
            try:
                fd = os.open(self.path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
            except FileExistsError:
                holder = read_holder(self.workspace)
                if holder is None or is_stale(holder):
                    # unreadable (half-written by a crash) or its process is gone
                    with contextlib.suppress(FileNotFoundError):
                        self.path.unlink()
                    continue
                raise WorkspaceLockedError(self.workspace, holder) from None
            except OSError as error:
                raise CannotWriteError(self.workspace, error.strerror or str(error)) from error
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                json.dump(me.__dict__, handle)
                handle.flush()
                os.fsync(handle.fileno())
            self.holder = me
            return
        holder = read_holder(self.workspace) or me
        raise WorkspaceLockedError(self.workspace, holder)

    def release(self) -> None:
        if self.holder is None:
            return
        if read_holder(self.workspace) == self.holder:
            with contextlib.suppress(FileNotFoundError):
                self.path.unlink()
        self.holder = None
