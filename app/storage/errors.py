"""Expected trouble with a workspace file: each error names the file and says what to do."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from app.i18n import _, ngettext

if TYPE_CHECKING:
    from app.storage.backups import BackupInfo


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

    def age(self, now: datetime | None = None) -> timedelta | None:
        """How long ago the holder opened the workspace (None when its time is unreadable)."""
        try:
            since = datetime.fromisoformat(self.since)
        except ValueError:
            return None
        if since.tzinfo is None:
            return None
        return (now or datetime.now(UTC)) - since


def describe_age(age: timedelta) -> str:
    """A duration in words, to the minute or to the day."""
    minutes = max(0, int(age.total_seconds() // 60))
    if minutes < 60:
        return ngettext("{count} minute", "{count} minutes", minutes).format(count=minutes)
    hours = minutes // 60
    if hours < 48:
        return ngettext("{count} hour", "{count} hours", hours).format(count=hours)
    days = hours // 24
    return ngettext("{count} day", "{count} days", days).format(count=days)


class WorkspaceLockedError(WorkspaceError):
    """Another process writes the workspace (``holder`` None while it is still starting).

    ``elsewhere``: the operating-system lock was free but another host's note
    is there; that host may still have the file open on a shared folder whose
    locks do not reach this machine, so the user may take over only after a warning.
    """

    def __init__(self, path: Path, holder: LockHolder | None, *,
                 elsewhere: bool = False) -> None:
        if holder is None:
            message = _("{path} is open in another Prewire window that is still starting. "
                        "Close it there, or open the workspace read-only.").format(path=path)
        elif elsewhere:
            age = holder.age()
            message = _("{path} was opened {age} ago on another computer: {holder}. If Prewire "
                        "still runs there, taking it over here can lose the changes made "
                        "there. Close it there, or open the workspace read-only.").format(
                path=path, holder=holder.describe(),
                age=describe_age(age) if age is not None else "?")
        else:
            message = _("{path} is open in another Prewire window: {holder}. "
                        "Close it there, or open the workspace read-only.").format(
                path=path, holder=holder.describe())
        super().__init__(path, message)
        self.holder = holder
        self.elsewhere = elsewhere


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


class NeedsRecoveryError(WorkspaceError):
    """A crash left a transaction to roll back, and this open may not write to do it."""

    def __init__(self, path: Path) -> None:
        super().__init__(
            path,
            _("{path} was left in the middle of a save (Prewire or the computer stopped). "
              "Nothing is lost, but it must be opened once with permission to write so that "
              "the unfinished save is undone. Open it for writing, or copy it to a folder "
              "where you may write.").format(path=path),
        )


class NeedsUpgradeError(WorkspaceError):
    """An older schema: only a writable open upgrades it."""

    def __init__(self, path: Path) -> None:
        super().__init__(path, _(
            "{path} must be upgraded before it can be read; open it for writing once."
        ).format(path=path))


class DamagedWorkspaceError(WorkspaceError):
    """The file failed its integrity check; it was not written, maybe set aside."""

    def __init__(self, path: Path, problems: list[str], *, set_aside: Path | None,
                 backup: BackupInfo | None) -> None:
        parts = [_("{path} is damaged: its contents no longer hang together, "
                   "so Prewire will not write to it.").format(path=path)]
        if set_aside is not None:
            parts.append(_("It was moved aside, untouched, to {aside}.").format(aside=set_aside))
        if backup is not None:
            parts.append(ngettext(
                "The newest good backup is from {date} ({count} meeting): {backup}. Restore it "
                "with File ▸ Restore from backup, or `prewire restore {backup}`.",
                "The newest good backup is from {date} ({count} meetings): {backup}. Restore it "
                "with File ▸ Restore from backup, or `prewire restore {backup}`.",
                backup.meetings).format(date=backup.taken_at_text(), count=backup.meetings,
                                        backup=backup.path))
        else:
            parts.append(_("There is no backup of it yet. Keep the damaged file: "
                           "a database tool may still rescue part of it."))
        super().__init__(path, " ".join(parts))
        self.problems = problems
        self.set_aside = set_aside
        self.backup = backup


class UpgradeFailedError(WorkspaceError):
    """Upgrading the schema failed; the original file is as it was."""

    def __init__(self, path: Path, reason: str, backup: Path | None) -> None:
        message = _("{path} could not be upgraded to this version of Prewire ({reason}). "
                    "The file was left exactly as it was, so the previous version of Prewire "
                    "still opens it.").format(path=path, reason=reason)
        if backup is not None:
            message += " " + _("A copy made before the upgrade is at {backup}.").format(
                backup=backup)
        super().__init__(path, message)
        self.backup = backup


class BackupError(WorkspaceError):
    """A backup could not be made, read or restored; the message says which file."""


class UnusableBackupError(BackupError):
    """The file given as a backup cannot be restored (refused input: nothing changed)."""

    exit_status = 2
