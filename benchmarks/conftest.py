"""Benchmarks: ``make bench`` runs every ``bench_*.py`` here with pytest-benchmark."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from app import paths


def pytest_collect_file(file_path: Path, parent: pytest.Collector) -> pytest.Module | None:
    # benchmarks are named bench_*.py so that the test run never collects them
    if file_path.suffix == ".py" and file_path.name.startswith("bench_"):
        return pytest.Module.from_parent(parent, path=file_path)
    return None


@pytest.fixture(autouse=True)
def isolated_home(tmp_path: Path) -> Iterator[Path]:
    """Nothing a benchmark does reaches the real user folders."""
    paths.redirect(tmp_path / "home")
    yield tmp_path / "home"
    paths.redirect(None)
