"""The workspace file: engine, pragmas, migrations, backups and the writer's lock."""

from app.storage.errors import (
    DiskFullError,
    NotAWorkspaceError,
    NotSQLiteError,
    TooNewError,
    WorkspaceError,
    WorkspaceLockedError,
    WorkspaceReadOnlyError,
)
from app.storage.workspace import Workspace, open_workspace

__all__ = [
    "DiskFullError",
    "NotAWorkspaceError",
    "NotSQLiteError",
    "TooNewError",
    "Workspace",
    "WorkspaceError",
    "WorkspaceLockedError",
    "WorkspaceReadOnlyError",
    "open_workspace",
]
