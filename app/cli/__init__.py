"""The command line: ``prewire [--workspace PATH] [--lang L] COMMAND``, thin over the services.

``prewire [--lang L] FILE`` opens the window on a workspace file, or on the default
workspace offering to import a meeting package: what a file manager runs on a double-click.

Exit status: 0 done; 2 the input was refused; 1 any other failure. Messages
go to standard error and name the file (and, for a package, the place in it).
A refused command changes nothing: a package is read and checked before the
workspace is even opened, and output files are written whole or not at all.

This module parses and dispatches; the commands load when they run
(:mod:`app.cli.commands`, :mod:`app.cli.exports`), so that ``prewire list`` on a
current workspace reads with sqlite3 alone (:mod:`app.cli.listing`), without
SQLAlchemy, Alembic, ReportLab, icalendar or pydantic.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

import app
from app.cli.common import EXIT_REFUSED, workspace_path
from app.cli.listing import list_checked
from app.i18n import LANGUAGES, _, set_language, system_language
from app.paths import PACKAGE_SUFFIX, WORKSPACE_SUFFIX
from app.views.reader import NotReadable, PendingRead, begin_read


def _sections(text: str) -> list[str]:
    return [part.strip() for part in text.split(",") if part.strip()]


class _Version(argparse.Action):
    """--version: the version is looked up only when it is asked for."""

    def __call__(self, parser: argparse.ArgumentParser, namespace: argparse.Namespace,
                 values: object, option_string: str | None = None) -> None:
        print(f"{parser.prog} {app.__version__}")
        parser.exit()


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="prewire",
        description=_("Prepare a cross-department meeting so that it is won before it starts."),
    )
    parser.add_argument("--version", action=_Version, nargs=0,
                        help=_("show the version and exit"))
    parser.add_argument("--workspace", type=Path, metavar="PATH",
                        help=_("the workspace file (created if it does not exist)"))
    parser.add_argument("--lang", choices=LANGUAGES, help=_("the interface language"))
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    commands.add_parser("list", help=_("one line per meeting: ID, title, date"))
    importing = commands.add_parser("import", help=_("add the meeting in a package file"))
    importing.add_argument("file", type=Path, metavar="FILE",
                           help=_("a meeting package (.prewire.json)"))
    exporting = commands.add_parser("export", help=_("write a meeting's package or documents"))
    exporting.add_argument("meeting", metavar="MEETING", help=_("the meeting's ID or exact title"))
    outputs = exporting.add_mutually_exclusive_group(required=True)
    outputs.add_argument("--json", type=Path, metavar="OUT", help=_("the meeting's package"))
    outputs.add_argument("--pdf", type=Path, metavar="OUT", help=_("its briefing pack (PDF)"))
    outputs.add_argument("--report", type=Path, metavar="OUT",
                         help=_("the report for the leader (PDF); of the review it carries "
                                "the rating and the lessons as written, not your notes on what "
                                "went well"))
    outputs.add_argument("--ics", type=Path, metavar="OUT",
                         help=_("due dates and follow-ups as calendar entries"))
    outputs.add_argument("--csv", type=Path, metavar="OUT",
                         help=_("the action items, for a spreadsheet"))
    outputs.add_argument("--one-to-one", nargs=2, metavar=("DEPARTMENT", "OUT"),
                         help=_("the one-to-one sheet of one department (PDF); DEPARTMENT is "
                                "its name or its ID in the meeting"))
    exporting.add_argument("--pre-read", action="store_true",
                           help=_("with --pdf: the participants' pre-read instead"))
    exporting.add_argument("--sections", type=_sections, metavar="a,b,...",
                           help=_("with --pdf: only these sections"))
    commands.add_parser("demo", help=_("add the demo meetings (en, es, zh_CN)"))
    searching = commands.add_parser("search", help=_("find text in every meeting and profile"))
    searching.add_argument("text", metavar="TEXT", help=_("the words to find"))
    searching.add_argument("--limit", type=int, default=50, metavar="N",
                           help=_("at most N hits (50 unless given)"))
    scoring = commands.add_parser(
        "readiness", help=_("a meeting's readiness score, then each point withheld and why"))
    scoring.add_argument("meeting", metavar="MEETING", help=_("the meeting's ID or exact title"))
    listing = commands.add_parser(
        "actions", help=_("open actions and unresolved issues of every meeting, overdue first"))
    listing.add_argument("--csv", type=Path, metavar="OUT", help=_("write them as CSV instead"))
    commands.add_parser("backup", help=_("make a checked backup now; prints its path last"))
    commands.add_parser("backups", help=_("one line per backup, newest first: path, date, "
                                          "bytes, meetings"))
    restoring = commands.add_parser("restore", help=_("set the current file aside, then "
                                                      "restore a backup"))
    restoring.add_argument("backup", type=Path, metavar="BACKUP",
                           help=_("a backup file, as `prewire backups` lists them"))
    commands.add_parser("check", help=_("full integrity check; exit status 1 when damaged"))
    return parser


def run_command(args: argparse.Namespace, listing: PendingRead | None = None) -> int:
    """Run one command (``listing``: the read of ``list``, begun); map errors to exit
    statuses."""
    if args.command == "list":
        try:  # a current, sound file is read as it is; anything else is opened below,
            # which says what is wrong with it, recovers it or upgrades it
            return list_checked(listing or begin_read(workspace_path(args)))
        except NotReadable:
            pass
    from app.cli.commands import run_on_workspace
    from app.logs import configure as configure_logging

    # what the long way may log (a recovery, an upgrade, a backup) goes to the log file
    configure_logging()
    return run_on_workspace(args)


def _begin_list(path: Path) -> PendingRead | None:
    try:
        return begin_read(path)
    except NotReadable:  # the long way says why, once every argument is parsed
        return None


def _opened_document(rest: Sequence[str]) -> Path | None:
    """The workspace or package a file manager passed alone, with no command."""
    if len(rest) != 1:
        return None
    name = rest[0].lower()
    return Path(rest[0]) if name.endswith((PACKAGE_SUFFIX, WORKSPACE_SUFFIX)) else None


def parse(argv: list[str], known: argparse.Namespace,
          rest: list[str]) -> tuple[argparse.ArgumentParser, argparse.Namespace]:
    """The parser, in the language asked for, and the arguments it read from ``argv``."""
    from app import preferences  # (JSON, typing, platformdirs: after the list's check began)

    set_language(known.lang or preferences.load().language or system_language())
    parser = build_parser()
    document = _opened_document(rest)
    if document is not None:
        argv.remove(rest[0])
    args = parser.parse_args(argv)
    #: a package to offer for import once the window is open
    args.package_file = None
    if document is not None and document.name.lower().endswith(PACKAGE_SUFFIX):
        args.package_file = document
    elif document is not None:
        if args.workspace is not None:
            parser.error(_("give the workspace once: as FILE or with --workspace"))
        args.workspace = document
    if args.command == "export" and args.pdf is None and (args.pre_read or args.sections):
        parser.error(_("--pre-read and --sections go with --pdf"))
    return parser, args


def main(argv: Sequence[str] | None = None,
         open_window: Callable[[argparse.Namespace], int] | None = None) -> int:
    """Run ``prewire``; with no command, ``open_window`` (from the ui layer) opens the window."""
    argv = list(sys.argv[1:] if argv is None else argv)
    # parse once for --lang, so that help and errors are in the chosen language
    early = argparse.ArgumentParser(add_help=False)
    early.add_argument("--lang", choices=LANGUAGES)
    early.add_argument("--workspace")
    known, rest = early.parse_known_args(argv)
    # `prewire list` begins with its longest part, the quick check of the whole file, on a
    # thread: the language, the parser and the list's own statements run beside it
    listing = _begin_list(workspace_path(known)) if rest == ["list"] else None
    try:
        parser, args = parse(argv, known, rest)
        if args.command is not None:
            return run_command(args, listing)
    finally:
        if listing is not None:  # ended by the list, or left unread by a usage error
            listing.close()
    if open_window is None:
        parser.print_usage(sys.stderr)
        return EXIT_REFUSED
    from app.logs import configure as configure_logging

    configure_logging()
    return open_window(args)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
