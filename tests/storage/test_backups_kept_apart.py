"""Two workspaces from before identities, opened read-only, keep their backups apart."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from app.services import meetings
from app.storage import backups as backup_store
from app.storage import open_workspace


def old_read_only_workspace(path: Path, title: str) -> None:
    with open_workspace(path) as workspace:
        meetings.create(workspace, title=title)
    connection = sqlite3.connect(path)
    connection.execute("PRAGMA user_version = 0")  # as the first release wrote them
    connection.close()
    path.chmod(0o444)


def test_each_old_workspace_lists_only_its_own_backups(tmp_path: Path) -> None:
    budget, audit = tmp_path / "budget.prewire", tmp_path / "audit.prewire"
    old_read_only_workspace(budget, "Budget")
    old_read_only_workspace(audit, "Audit")
    with open_workspace(budget) as first, open_workspace(audit) as second:
        made = backup_store.make_backup(budget, first.identity, "manual")
        assert backup_store.list_backups(first.identity) == [made]
        assert backup_store.list_backups(second.identity) == []
