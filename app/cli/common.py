"""What every command shares: exit statuses, the refusal, and how messages are written."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from app.paths import default_workspace

EXIT_OK, EXIT_FAILED, EXIT_REFUSED = 0, 1, 2


class Refused(Exception):
    """The command's input was refused (exit status 2); the message says why."""


def one_line(text: str) -> str:
    """``text`` on one line, for a tab-separated field."""
    return " ".join(text.split())


def complain(message: str) -> None:
    """Write ``message`` to standard error, each line marked as Prewire's."""
    for line in message.splitlines() or [""]:
        print(f"prewire: {line}", file=sys.stderr)


def workspace_path(args: argparse.Namespace) -> Path:
    """The workspace file the command works on: ``--workspace``, or the default one."""
    return Path(args.workspace).expanduser() if args.workspace else default_workspace()
