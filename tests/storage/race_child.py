"""A child for the race test: opens one workspace at the same instant as eleven others."""

from __future__ import annotations

import time
from multiprocessing.synchronize import Barrier, Lock
from pathlib import Path
from typing import Any

from app.storage import WorkspaceLockedError, open_workspace


def race(path: Path, rounds: int, barrier: Barrier, guard: Lock, writers: Any,
         most: Any, won: Any) -> None:
    """Each round: wait for all, open for writing; a winner counts itself while it holds it."""
    for _round in range(rounds):
        barrier.wait()
        try:
            workspace = open_workspace(path)
        except WorkspaceLockedError:
            pass
        else:
            with guard:
                writers.value += 1
                most.value = max(most.value, writers.value)
                won.value += 1
            time.sleep(0.01)  # hold it while the others are still trying
            with guard:
                writers.value -= 1
            workspace.close()
        barrier.wait()
