"""The ``prewire`` entry point: a command runs without Qt; no command opens the window."""

from __future__ import annotations

import argparse
import importlib
import sys

from app import cli

#: what the window needs that needs no Qt, imported before Qt is: once PySide6 is loaded,
#: it reads the source of every Python module imported after it (for its ``__feature__``
#: switches), which made SQLAlchemy, SQLModel and pydantic some 200 ms slower to import
BEFORE_QT = ("app.storage", "app.services.meeting_document", "app.services.readiness",
             "app.services.packages", "app.services.guidance", "app.views.document")


def load_before_qt() -> None:
    """Import what the window needs that needs no Qt (see BEFORE_QT)."""
    for name in BEFORE_QT:
        importlib.import_module(name)


def _open_window(args: argparse.Namespace) -> int:
    load_before_qt()
    from ui.app import run  # Qt is loaded only when a window is wanted

    return run(args)


def main() -> None:
    sys.exit(cli.main(open_window=_open_window))


if __name__ == "__main__":  # pragma: no cover
    main()
