"""Benchmarks: ``make bench`` runs every ``bench_*.py`` here with pytest-benchmark.

They are named bench_*.py so that the test run never collects them; the bench
target tells pytest that pattern.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from app import paths


@pytest.fixture(autouse=True)
def isolated_home(tmp_path: Path) -> Iterator[Path]:
    """Nothing a benchmark does reaches the real user folders."""
    paths.redirect(tmp_path / "home")
    yield tmp_path / "home"
    paths.redirect(None)
