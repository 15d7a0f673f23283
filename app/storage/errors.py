"""Expected trouble with a workspace file: each error names the file and says what to do."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from app.i18n import _


class WorkspaceError(Exception):
    """A workspace could not be opened or written; the message is for the user."""

    #: exit status for the command line: 2 when the input was refused, 1 otherwise
    exit_status = 1

    def __init__(self, path: Path, message: str) -> None:
        super().__init__(message)
        self.path = path
        self.message = message

    def __str__(self) -> str:
        return self.message


class NotSQLiteError(WorkspaceError):
    exit_status = 2

    def __init__(self, path: Path) -> None:
        super().__init__(
            path,
            _("{path} is not a Prewire workspace (it is not a database file). "
              "Choose a workspace file, or a new file name to create one.").format(path=path),
        )


class NotAWorkspaceError(WorkspaceError):
    exit_status = 2

    def __init__(self, path: Path) -> None:
        super().__init__(
            path,
            _("{path} is a database of another program, not a Prewire workspace. "
              "It was left untouched; choose a workspace file, or a new file name to create one."
              ).format(path=path),
        )


class TooNewError(WorkspaceError):
    exit_status = 2

    def __init__(self, path: Path, revision: str) -> None:
        super().__init__(
            path,
            _("{path} was saved by a newer version of Prewire (schema {revision}). "
              "It was left untouched; update Prewire to open it.").format(
                path=path, revision=revision
            ),
        )
        self.revision = revision


@dataclass(frozen=True)
class LockHolder:
    """Who holds a workspace open for writing."""

    host: str
    pid: int
    user: str
    since: str

    def describe(self) -> str:
        return _("{user} on {host} (process {pid}, since {since})").format(
            user=self.user or "?", host=self.host, pid=self.pid, since=self.since
        )


class WorkspaceLockedError(WorkspaceError):
    def __init__(self, path: Path, holder: LockHolder) -> None:
        super().__init__(
            path,
            _("{path} is open in another Prewire window: {holder}. "
              "Close it there, or open the workspace read-only.").format(
                path=path, holder=holder.describe()
            ),
        )
        self.holder = holder


class WorkspaceReadOnlyError(WorkspaceError):
    def __init__(self, path: Path) -> None:
        super().__init__(
            path,
            _("{path} is open read-only, so this change was not saved. "
              "Reopen the workspace for writing once no one else has it open.").format(path=path),
        )


class DiskFullError(WorkspaceError):
    def __init__(self, path: Path) -> None:
        super().__init__(
            path,
            _("The disk holding {path} is full, so this change was not saved. "
              "Free some space and try again.").format(path=path),
        )


class CannotWriteError(WorkspaceError):
    def __init__(self, path: Path, reason: str) -> None:
        super().__init__(
            path,
            _("{path} cannot be written ({reason}). "
              "Check that the folder exists and that you may write there.").format(
                path=path, reason=reason
            ),
        )
