"""Fixtures for every test: user folders redirected into tmp_path, a fresh workspace each."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from app import paths
from app.i18n import set_language
from app.storage import Workspace, open_workspace


@pytest.fixture(autouse=True)
def isolated_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """Nothing a test does reaches the real data, config or log folders."""
    home = tmp_path / "home"
    paths.redirect(home)
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    set_language("en")
    yield home
    paths.redirect(None)
    set_language("en")


@pytest.fixture
def workspace(tmp_path: Path) -> Iterator[Workspace]:
    ws = open_workspace(tmp_path / "test.prewire")
    yield ws
    ws.close()


@pytest.fixture
def meeting_id(workspace: Workspace) -> int:
    from app.services import meetings

    return meetings.create(workspace, title="Customer data platform").id or 0
