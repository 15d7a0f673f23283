"""Exports are written under a staging name beside their target and moved into place only
when they succeeded and were not cancelled: the user's existing file survives a cancel or
a failure of every export."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from pathlib import Path


def staging_for(path: Path) -> Path:
    """A hidden name beside ``path`` for its content while it is being written."""
    # a short name of its own: the target's name may already be near the length limit
    return path.with_name(f".prewire-{uuid.uuid4().hex[:12]}.part")


def move_into_place(staged: Path, path: Path, failed: Callable[[OSError], None]) -> bool:
    """Rename ``staged`` to ``path``; on failure remove it, tell ``failed``, return False."""
    try:
        staged.replace(path)
    except OSError as error:
        staged.unlink(missing_ok=True)
        failed(error)
        return False
    return True
