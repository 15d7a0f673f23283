"""The ``prewire`` entry point: a command runs without Qt; no command opens the window."""

from __future__ import annotations

import argparse
import importlib
import sys

from app import cli

#: what the window's first paint needs that needs no Qt (the meeting list and the Overview
#: read through plain sqlite3 and pydantic), imported before Qt is: once PySide6 is loaded,
#: it reads the source of every Python module imported after it (for its ``__feature__``
#: switches), which made pydantic some 100 ms slower to import; SQLAlchemy, SQLModel and
#: the services that write load after the first paint (see load_services)
BEFORE_QT = ("app.storage", "app.services.readiness", "app.services.guidance",
             "app.views.document")


def load_before_qt() -> None:
    """Import what the window needs that needs no Qt (see BEFORE_QT)."""
    for name in BEFORE_QT:
        importlib.import_module(name)


def load_services() -> None:
    """Import every service, with SQLAlchemy and SQLModel: what the first write, the other
    steps and the exports need. The window calls it on a thread once it is shown, so that
    neither the start nor the first edit waits for these imports."""
    import pkgutil

    import app.services

    for module in pkgutil.iter_modules(app.services.__path__, "app.services."):
        importlib.import_module(module.name)


def _open_window(args: argparse.Namespace) -> int:
    load_before_qt()
    from ui.app import run  # Qt is loaded only when a window is wanted

    return run(args)


def main() -> None:
    sys.exit(cli.main(open_window=_open_window))


if __name__ == "__main__":  # pragma: no cover
    main()
