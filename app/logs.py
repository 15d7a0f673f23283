"""The rotating log file in the user's log folder (every entry point calls configure)."""

from __future__ import annotations

import logging
import logging.handlers

from app.paths import log_dir


def configure(level: int = logging.INFO) -> None:
    """Log to ``prewire.log`` in the log folder; quietly do without it if that is impossible."""
    root = logging.getLogger()
    if any(getattr(h, "_prewire", False) for h in root.handlers):
        return
    try:
        folder = log_dir()
        folder.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = logging.handlers.RotatingFileHandler(
            folder / "prewire.log", maxBytes=1_000_000, backupCount=3, encoding="utf-8"
        )
    except OSError:  # a read-only home must not stop the program
        handler = logging.NullHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler._prewire = True  # type: ignore[attr-defined]
    root.addHandler(handler)
    root.setLevel(level)
