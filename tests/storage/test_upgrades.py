"""Upgrades all or nothing: a broken revision or a kill leaves the original byte for byte."""

from __future__ import annotations

import hashlib
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from app.services import meetings
from app.storage import UpgradeFailedError, migrate, open_workspace
from app.storage import backups as backup_store

ROOT = Path(__file__).resolve().parents[2]

#: a revision after the real head: it changes the schema, then does what the test asks
REVISION = '''
import sqlalchemy as sa
from alembic import op
from pathlib import Path

revision = "9000_injected"
down_revision = "{head}"


def upgrade():
    with op.batch_alter_table("meeting") as batch:
        batch.add_column(sa.Column("injected", sa.Text(), nullable=True))
    op.execute("UPDATE meeting SET title = title || ' (changed)'")
    {then}
'''


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def scripts_with(tmp_path: Path, then: str) -> Path:
    """The real migrations plus one injected revision."""
    folder = tmp_path / "migrations"
    shutil.copytree(migrate.MIGRATIONS, folder,
                    ignore=shutil.ignore_patterns("__pycache__"))
    (folder / "versions" / "9000_injected.py").write_text(
        REVISION.format(head=migrate.head_revision(), then=then), encoding="utf-8")
    return folder


@pytest.fixture
def current(tmp_path: Path) -> Path:
    """A workspace at this version's head, with a meeting in it."""
    path = tmp_path / "current.prewire"
    with open_workspace(path) as workspace:
        meetings.create(workspace, title="Budget")
    return path


def test_a_failing_revision_leaves_the_original_and_says_where_the_copy_is(
        tmp_path: Path, current: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    before = digest(current)
    monkeypatch.setattr(migrate, "MIGRATIONS", scripts_with(
        tmp_path, 'raise RuntimeError("the injected revision fails")'))
    with pytest.raises(UpgradeFailedError) as caught:
        open_workspace(current)
    assert digest(current) == before
    error = caught.value
    assert error.backup is not None and str(error.backup) in str(error)
    assert "left exactly as it was" in str(error)
    assert backup_store.verify(error.backup) == 1
    assert not list(current.parent.glob(".current.prewire.upgrading-*"))
    monkeypatch.undo()  # the version before the upgrade opens it as it was
    with open_workspace(current) as workspace:
        assert [m.title for m in meetings.list_summaries(workspace)] == ["Budget"]


def test_a_working_revision_upgrades_in_one_step(
        tmp_path: Path, current: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(migrate, "MIGRATIONS", scripts_with(tmp_path, "pass"))
    with open_workspace(current) as workspace:
        assert workspace.backup is not None
        assert [m.title for m in meetings.list_summaries(workspace)] == ["Budget (changed)"]


KILLED = """
import sys
from pathlib import Path
from app.storage import migrate, open_workspace
migrate.MIGRATIONS = Path(sys.argv[2])
open_workspace(Path(sys.argv[1]))
"""


def test_a_kill_during_the_upgrade_leaves_the_original(tmp_path: Path, current: Path) -> None:
    before = digest(current)
    marker = tmp_path / "upgrading"
    scripts = scripts_with(tmp_path, f"Path({str(marker)!r}).touch(); import time; "
                                     "time.sleep(60)")
    child = subprocess.Popen([sys.executable, "-c", KILLED, str(current), str(scripts)],
                             cwd=ROOT)
    try:
        for _wait in range(600):
            if marker.exists() or child.poll() is not None:
                break
            time.sleep(0.05)
        assert marker.exists(), "the injected revision ran"
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait()
    assert digest(current) == before
    assert list(current.parent.glob(".current.prewire.upgrading-*")), "the copy was killed"
    with open_workspace(current) as workspace:  # this version: as it was
        assert [m.title for m in meetings.list_summaries(workspace)] == ["Budget"]
    assert not list(current.parent.glob(".current.prewire.upgrading-*")), "and cleaned up"
