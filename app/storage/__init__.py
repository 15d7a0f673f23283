"""The workspace file: engine, pragmas, migrations, backups and the writer's lock."""

from app.storage.errors import (
    BackupError,
    CannotWriteError,
    DamagedWorkspaceError,
    DiskFullError,
    NeedsRecoveryError,
    NeedsUpgradeError,
    NotAWorkspaceError,
    NotSQLiteError,
    TooNewError,
    UpgradeFailedError,
    WorkspaceError,
    WorkspaceLockedError,
    WorkspaceReadOnlyError,
)
from app.storage.workspace import Workspace, open_reading, open_workspace

__all__ = [
    "BackupError",
    "CannotWriteError",
    "DamagedWorkspaceError",
    "DiskFullError",
    "NeedsRecoveryError",
    "NeedsUpgradeError",
    "NotAWorkspaceError",
    "NotSQLiteError",
    "TooNewError",
    "UpgradeFailedError",
    "Workspace",
    "WorkspaceError",
    "WorkspaceLockedError",
    "WorkspaceReadOnlyError",
    "open_reading",
    "open_workspace",
]
