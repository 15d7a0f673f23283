"""The ``prewire`` entry point: a command runs without Qt; no command opens the window."""

from __future__ import annotations

import argparse
import sys

from app import cli


def _open_window(args: argparse.Namespace) -> int:
    from ui.app import run  # Qt is loaded only when a window is wanted

    return run(args)


def main() -> None:
    sys.exit(cli.main(open_window=_open_window))


if __name__ == "__main__":  # pragma: no cover
    main()
