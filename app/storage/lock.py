"""One writer per workspace: an operating-system lock, and a note beside it saying who holds it.

The lock is ``<workspace>.lock``, held with ``flock`` (``LockFileEx`` on
Windows) through :mod:`filelock`: the operating system grants it to one
process at a time and drops it when that process ends, however it ends, so
a crash never leaves a lock to be guessed stale. The lock file itself stays
in place (waiters must share its inode); it holds nothing.

Who holds it is written beside it, ``<workspace>.holder`` (host, process,
user, start time), replaced atomically so that a reader never sees half of
it, and removed on release. A note from another host left behind while the
operating-system lock is free means that host crashed, or that the shared
folder does not pass locks between machines: the user is shown its age and
may take over.
"""

from __future__ import annotations

import contextlib
import getpass
import json
import logging
import os
import socket
import tempfile
from datetime import UTC, datetime
from pathlib import Path

from filelock import FileLock, Timeout

from app.storage.errors import LockHolder, WorkspaceLockedError

logger = logging.getLogger(__name__)


def lock_path(workspace: Path) -> Path:
    return workspace.with_name(workspace.name + ".lock")


def holder_path(workspace: Path) -> Path:
    return workspace.with_name(workspace.name + ".holder")


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


def read_holder(workspace: Path) -> LockHolder | None:
    """Who wrote the holder note, or None when there is no readable note."""
    try:
        data = json.loads(holder_path(workspace).read_text(encoding="utf-8"))
        return LockHolder(
            host=str(data["host"]), pid=int(data["pid"]),
            user=str(data.get("user", "")), since=str(data.get("since", "")),
        )
    except (OSError, ValueError, KeyError, TypeError):
        return None


def _write_holder(workspace: Path, holder: LockHolder) -> None:
    """Replace the note whole (a temporary file renamed), flushed to disk."""
    target = holder_path(workspace)
    handle, temporary = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent)
    try:
        with contextlib.suppress(OSError):  # others on a shared folder read who holds it
            os.chmod(temporary, 0o644)
        with os.fdopen(handle, "w", encoding="utf-8") as stream:
            json.dump(holder.__dict__, stream)
            stream.flush()
            os.fsync(stream.fileno())
        Path(temporary).replace(target)
    except BaseException:
        with contextlib.suppress(OSError):
            Path(temporary).unlink()
        raise


class WorkspaceLock:
    """The writer's lock on one workspace; release it when done (the OS does on exit)."""

    def __init__(self, workspace: Path) -> None:
        self.workspace = workspace
        self.path = lock_path(workspace)
        self.holder: LockHolder | None = None
        # not thread-local: the window takes the lock on one thread and may close on another
        self._lock = FileLock(str(self.path), timeout=0, thread_local=False)

    def acquire(self, *, take_over: bool = False) -> None:
        """Take the lock, or raise WorkspaceLockedError naming who holds it.

        Raises OSError when the lock or its note cannot be written (a read-only
        folder or medium, a full disk): the caller opens read-only then.
        ``take_over`` ignores a note another host left behind (see the module).
        """
        try:
            self._lock.acquire()
        except Timeout:
            holder = read_holder(self.workspace)
            raise WorkspaceLockedError(self.workspace, holder) from None
        try:
            me = _me()
            left = read_holder(self.workspace)
            if left is not None and left.host != me.host and not take_over:
                raise WorkspaceLockedError(self.workspace, left, elsewhere=True)
            if left is not None and left != me:
                logger.info("taking over %s, left by %s", self.workspace, left.describe())
            _write_holder(self.workspace, me)
        except BaseException:
            self._lock.release()
            raise
        self.holder = me

    def release(self) -> None:
        if self.holder is None:
            return
        if read_holder(self.workspace) == self.holder:
            with contextlib.suppress(OSError):
                holder_path(self.workspace).unlink()
        self._lock.release()
        self.holder = None
