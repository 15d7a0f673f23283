"""Twelve processes open one workspace at the same instant, forty times: one writer at most."""

from __future__ import annotations

import multiprocessing
from pathlib import Path

import pytest

from app.storage import open_workspace
from tests.storage.race_child import race

PROCESSES, ROUNDS = 12, 40


@pytest.mark.slow
def test_never_two_writers(tmp_path: Path) -> None:
    path = tmp_path / "contended.prewire"
    open_workspace(path).close()
    context = multiprocessing.get_context("spawn")  # no fork of a process that may run Qt threads
    barrier = context.Barrier(PROCESSES, timeout=60)
    guard = context.Lock()
    writers, most, won = (context.Value("i", 0) for _ in range(3))
    children = [context.Process(target=race, args=(path, ROUNDS, barrier, guard, writers,
                                                   most, won))
                for _ in range(PROCESSES)]
    for child in children:
        child.start()
    for child in children:
        child.join(timeout=120)
    assert [child.exitcode for child in children] == [0] * PROCESSES
    assert most.value == 1, f"{most.value} processes wrote the workspace at once"
    assert won.value >= ROUNDS, "every round had its writer"
    print(f"\nrace: {PROCESSES} processes x {ROUNDS} rounds, {won.value} writes, "
          f"at most {most.value} writer at once")
