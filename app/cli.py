"""The command line: ``prewire [--workspace PATH] [--lang L] COMMAND``, thin over the services.

Exit status: 0 done; 2 the input was refused; 1 any other failure. Messages
go to standard error and name the file.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from app import __version__, preferences
from app.i18n import LANGUAGES, _, set_language, system_language
from app.logs import configure as configure_logging
from app.services import meetings
from app.storage import Workspace, WorkspaceError, open_workspace

logger = logging.getLogger(__name__)

EXIT_OK, EXIT_FAILED, EXIT_REFUSED = 0, 1, 2


class Refused(Exception):
    """The command's input was refused (exit status 2); the message says why."""


def _one_line(text: str) -> str:
    return " ".join(text.split())


def cmd_list(workspace: Workspace, _args: argparse.Namespace) -> int:
    for summary in meetings.list_summaries(workspace):
        when = summary.scheduled_at.isoformat() if summary.scheduled_at else ""
        print(f"{summary.id}\t{_one_line(summary.title)}\t{when}")
    return EXIT_OK


COMMANDS: dict[str, Callable[[Workspace, argparse.Namespace], int]] = {"list": cmd_list}


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="prewire",
        description=_("Prepare a cross-department meeting so that it is won before it starts."),
    )
    parser.add_argument("--version", action="version", version=f"prewire {__version__}")
    parser.add_argument("--workspace", type=Path, metavar="PATH",
                        help=_("the workspace file (created if it does not exist)"))
    parser.add_argument("--lang", choices=LANGUAGES, help=_("the interface language"))
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    commands.add_parser("list", help=_("one line per meeting: ID, title, date"))
    return parser


def run_command(args: argparse.Namespace) -> int:
    """Open the workspace, run one command, close it; map errors to exit statuses."""
    try:
        workspace = open_workspace(args.workspace)
    except WorkspaceError as error:
        print(f"prewire: {error}", file=sys.stderr)
        return error.exit_status
    try:
        return COMMANDS[args.command](workspace, args)
    except Refused as error:
        print(f"prewire: {error}", file=sys.stderr)
        return EXIT_REFUSED
    except WorkspaceError as error:
        print(f"prewire: {error}", file=sys.stderr)
        return error.exit_status
    except OSError as error:
        print(f"prewire: {error.filename or ''} {error.strerror or error}".strip(), file=sys.stderr)
        return EXIT_FAILED
    finally:
        workspace.close()


def main(argv: Sequence[str] | None = None,
         open_window: Callable[[argparse.Namespace], int] | None = None) -> int:
    """Run ``prewire``; with no command, ``open_window`` (from the ui layer) opens the window."""
    argv = list(sys.argv[1:] if argv is None else argv)
    # parse once for --lang, so that help and errors are in the chosen language
    early = argparse.ArgumentParser(add_help=False)
    early.add_argument("--lang", choices=LANGUAGES)
    known, _rest = early.parse_known_args(argv)
    set_language(known.lang or preferences.load().language or system_language())
    args = build_parser().parse_args(argv)
    configure_logging()
    if args.command is None:
        if open_window is None:
            build_parser().print_usage(sys.stderr)
            return EXIT_REFUSED
        return open_window(args)
    return run_command(args)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
