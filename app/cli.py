"""The command line: ``prewire [--workspace PATH] [--lang L] COMMAND``, thin over the services.

``prewire [--lang L] FILE`` opens the window on a workspace file, or on the default
workspace offering to import a meeting package: what a file manager runs on a double-click.

Exit status: 0 done; 2 the input was refused; 1 any other failure. Messages
go to standard error and name the file (and, for a package, the place in it).
A refused command changes nothing: a package is read and checked before the
workspace is even opened, and output files are written whole or not at all.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

import app
from app import preferences
from app.i18n import LANGUAGES, _, current_language, ngettext, set_language, system_language
from app.logs import configure as configure_logging
from app.paths import PACKAGE_SUFFIX, WORKSPACE_SUFFIX, default_workspace
from app.services.errors import InvalidInput, NotFound
from app.views.meetings import meeting_items
from app.views.reader import NotReadable, Reader, open_reader

# Each command imports the services it needs when it runs: `prewire list` reads with
# sqlite3 alone, without SQLAlchemy, Alembic, ReportLab or icalendar (a second or so).
if TYPE_CHECKING:
    from app.services import briefing
    from app.storage import Workspace

logger = logging.getLogger(__name__)

EXIT_OK, EXIT_FAILED, EXIT_REFUSED = 0, 1, 2

#: the export options, one output file each
EXPORT_KINDS = ("json", "pdf", "report", "ics", "csv", "one_to_one")


class Refused(Exception):
    """The command's input was refused (exit status 2); the message says why."""


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _complain(message: str) -> None:
    for line in message.splitlines() or [""]:
        print(f"prewire: {line}", file=sys.stderr)


def print_list(reader: Reader) -> int:
    with reader.snapshot() as db:
        items = meeting_items(db, scored=False)
    for item in items:
        when = item.scheduled_at.isoformat() if item.scheduled_at else ""
        print(f"{item.id}\t{_one_line(item.title)}\t{when}")
    return EXIT_OK


def cmd_list(workspace: Workspace, _args: argparse.Namespace) -> int:
    reader = Reader(workspace.path)
    try:
        return print_list(reader)
    finally:
        reader.close()


#: commands that only read, and run on a current workspace file without opening it
READERS: dict[str, Callable[[Reader, argparse.Namespace], int]] = {
    "list": lambda reader, _args: print_list(reader),
}


def read_import_file(args: argparse.Namespace) -> None:
    """Read and check the package before the workspace is opened (a refusal creates nothing)."""
    from app.services import packages

    path: Path = args.file
    if not path.exists():
        raise Refused(_("{path} does not exist; give the path of a .prewire.json file.").format(
            path=path))
    if path.is_dir():
        raise Refused(_("{path} is a folder; give the path of a .prewire.json file.").format(
            path=path))
    args.package = packages.read_package_file(path)


def cmd_import(workspace: Workspace, args: argparse.Namespace) -> int:
    from app.services import packages

    report = packages.import_document(workspace, args.package)
    for line in report.lines():
        print(line)
    print(report.meeting_id)
    return EXIT_OK


def find_meeting(workspace: Workspace, key: str) -> int:
    """The ID of the one meeting whose ID or exact title is ``key``; refuse none or several."""
    from app.services import meetings

    found = meetings.find(workspace, key)
    if not found:
        raise Refused(_("{workspace} has no meeting with the ID or title {key}; "
                        "`prewire list` shows them.").format(workspace=workspace.path, key=key))
    if len(found) > 1:
        raise Refused(_("{count} meetings are titled {key}; give the ID of one instead: {ids}."
                        ).format(count=len(found), key=key,
                                 ids=", ".join(str(m.id) for m in found)))
    return found[0].id or 0


def export_json(workspace: Workspace, meeting_id: int, out: Path,
                _args: argparse.Namespace) -> int:
    from app.services import packages

    packages.export_package(workspace, meeting_id, out)
    return EXIT_OK


def _pdf_written(result: briefing.PdfResult) -> int:
    """Say what was written, and warn when Chinese text relies on the reader's fonts."""
    for warning in result.warnings:
        _complain(warning)
    if not result.cjk_embedded:
        _complain(_("No Chinese font was found to embed: Chinese text in {path} relies on "
                    "the fonts of the reader that opens it.").format(path=result.path))
    print(ngettext("{path}: {count} page", "{path}: {count} pages", result.pages).format(
        path=result.path, count=result.pages))
    return EXIT_OK


def export_pdf(workspace: Workspace, meeting_id: int, out: Path,
               args: argparse.Namespace) -> int:
    from app.services import briefing

    return _pdf_written(briefing.export_pdf(workspace, meeting_id, out,
                                            pre_read=args.pre_read, sections=args.sections))


def export_report(workspace: Workspace, meeting_id: int, out: Path,
                  _args: argparse.Namespace) -> int:
    from app.services import briefing

    return _pdf_written(briefing.export_report(workspace, meeting_id, out))


def export_one_to_one(workspace: Workspace, meeting_id: int, out: Path,
                     args: argparse.Namespace) -> int:
    from app.services import one_to_one

    return _pdf_written(one_to_one.export_sheet(workspace, meeting_id, args.department, out))


def export_ics(workspace: Workspace, meeting_id: int, out: Path,
               _args: argparse.Namespace) -> int:
    from app.services import calendar_export

    count = calendar_export.export_calendar(workspace, meeting_id, out)
    print(ngettext("{path}: {count} calendar entry", "{path}: {count} calendar entries",
                   count).format(path=out, count=count))
    return EXIT_OK


def export_csv(workspace: Workspace, meeting_id: int, out: Path,
               _args: argparse.Namespace) -> int:
    from app.services import actions_csv

    count = actions_csv.export_actions(workspace, meeting_id, out)
    print(ngettext("{path}: {count} action", "{path}: {count} actions", count).format(
        path=out, count=count))
    return EXIT_OK


Exporter = Callable[["Workspace", int, Path, argparse.Namespace], int]
EXPORTERS: dict[str, Exporter] = {
    "json": export_json,
    "pdf": export_pdf,
    "report": export_report,
    "ics": export_ics,
    "csv": export_csv,
    "one_to_one": export_one_to_one,
}


def cmd_export(workspace: Workspace, args: argparse.Namespace) -> int:
    kind = next(k for k in EXPORT_KINDS if getattr(args, k) is not None)
    out: Path = getattr(args, kind)
    if kind == "one_to_one":  # --one-to-one DEPARTMENT OUT
        args.department, out = args.one_to_one[0], Path(args.one_to_one[1])
    if out.is_dir():
        raise Refused(_("{path} is a folder; give the name of the file to write.").format(
            path=out))
    meeting_id = find_meeting(workspace, args.meeting)
    args.export_kind = kind
    try:
        return EXPORTERS[kind](workspace, meeting_id, out, args)
    except OSError as error:
        if not error.filename:  # a failed write says no file: it is the output, not the workspace
            error.filename = str(out)
        raise


def cmd_demo(workspace: Workspace, _args: argparse.Namespace) -> int:
    from app.services import demo

    if not demo.demo_files():
        _complain(_("The demo meetings are missing from this installation; reinstall Prewire."))
        return EXIT_FAILED
    for report in demo.load_demo(workspace):
        print(f"{report.meeting_id}\t{_one_line(report.title)}")
    return EXIT_OK


def cmd_search(workspace: Workspace, args: argparse.Namespace) -> int:
    from app.services import search

    if args.limit < 1:
        raise Refused(_("--limit must be 1 or more."))
    for hit in search.search(workspace, args.text, limit=args.limit):
        meeting = "" if hit.meeting_id is None else str(hit.meeting_id)
        print(f"{hit.kind}\t{meeting}\t{hit.row_id}\t{_one_line(hit.snippet)}")
    return EXIT_OK


def cmd_readiness(workspace: Workspace, args: argparse.Namespace) -> int:
    """The score, then one line per point withheld: POINTS<TAB>REASON, most points first."""
    from app.services import readiness

    result, _document = readiness.assess_meeting(workspace, find_meeting(workspace, args.meeting))
    print(result.score)
    for line in result.withheld:
        print(f"{line.points}\t{_one_line(line.reason)}")
    return EXIT_OK


def cmd_actions(workspace: Workspace, args: argparse.Namespace) -> int:
    from app.services import open_items

    if args.csv is not None:
        if args.csv.is_dir():
            raise Refused(_("{path} is a folder; give the name of the file to write.").format(
                path=args.csv))
        count = open_items.export_csv(workspace, args.csv, current_language())
        print(ngettext("{path}: {count} open item", "{path}: {count} open items",
                       count).format(path=args.csv, count=count))
        return EXIT_OK
    for item in open_items.open_items(workspace):
        due = item.due.isoformat() if item.due else ""
        print(f"{due}\t{item.meeting_id}\t{_one_line(item.owner)}\t{_one_line(item.text)}")
    return EXIT_OK


def cmd_backup(workspace: Workspace, _args: argparse.Namespace) -> int:
    from app.storage import backups as backup_store

    newest = next(iter(backup_store.list_backups(workspace.identity)), None)
    info = backup_store.make_backup(workspace.path, workspace.identity, "manual")
    if newest is not None and info.path == newest.path:
        _complain(_("{path} has not changed since its backup of {date}; "
                    "it was not copied again.").format(path=workspace.path,
                                                       date=info.taken_at_text()))
    print(info.path)
    return EXIT_OK


def cmd_backups(workspace: Workspace, _args: argparse.Namespace) -> int:
    from app.storage import backups as backup_store

    for info in backup_store.list_backups(workspace.identity):
        taken_at = info.taken_at.astimezone().isoformat(timespec="seconds")
        print(f"{info.path}\t{taken_at}\t{info.bytes}\t{info.meetings}")
    return EXIT_OK


def cmd_restore(args: argparse.Namespace) -> int:
    """Keep the current file aside, put the backup in its place, and open it once to check."""
    from app.storage import backups as backup_store
    from app.storage import open_workspace

    path = workspace_path(args)
    aside = backup_store.restore(path, args.backup)
    if aside is not None:
        print(_("The previous {path} was kept as {aside}").format(path=path, aside=aside))
    open_workspace(path).close()  # upgrades a backup from an older version, checks it
    print(_("{path} restored from {backup}").format(path=path, backup=args.backup))
    return EXIT_OK


def cmd_check(args: argparse.Namespace) -> int:
    from app.storage.workspace import integrity_report

    path = workspace_path(args)
    problems = integrity_report(path)
    if problems:
        _complain(_("{path} is damaged; the integrity check found:").format(path=path))
        for problem in problems[:50]:
            _complain("  " + _one_line(problem))
        if len(problems) > 50:
            _complain("  ...")
        _complain(_("Restore a backup (`prewire backups`, then `prewire restore BACKUP`)."))
        return EXIT_FAILED
    print(_("{path}: sound").format(path=path))
    return EXIT_OK


def workspace_path(args: argparse.Namespace) -> Path:
    return Path(args.workspace).expanduser() if args.workspace else default_workspace()


COMMANDS: dict[str, Callable[[Workspace, argparse.Namespace], int]] = {
    "list": cmd_list, "import": cmd_import, "export": cmd_export, "demo": cmd_demo,
    "backup": cmd_backup, "backups": cmd_backups, "search": cmd_search, "actions": cmd_actions,
    "readiness": cmd_readiness,
}
#: commands that work on the file itself, not on an open workspace
FILE_COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "restore": cmd_restore, "check": cmd_check,
}
#: commands that only read: no write lock, so they work while the window writes
READING = {"list", "export", "backup", "backups", "check", "readiness", "search", "actions"}
#: checks a command makes before the workspace is opened
PREPARE: dict[str, Callable[[argparse.Namespace], None]] = {"import": read_import_file}


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


def _refuse_package(error: Exception) -> int:
    _complain(str(error))
    _complain(_("Nothing was imported; correct the file and try again."))
    return EXIT_REFUSED


def run_command(args: argparse.Namespace) -> int:
    """Open the workspace, run one command, close it; map errors to exit statuses."""
    reading = READERS.get(args.command)
    if reading is not None:
        try:  # a current file is read as it is; anything else is opened below, which
            # says what is wrong with it or upgrades it
            reader = open_reader(Path(args.workspace or default_workspace()).expanduser())
        except NotReadable:
            pass
        else:
            try:
                return reading(reader, args)
            finally:
                reader.close()
    from app.services import packages
    from app.storage import WorkspaceError, open_workspace
    from app.storage import backups as backup_store
    from app.storage.workspace import open_for_reading

    try:
        prepare = PREPARE.get(args.command)
        if prepare is not None:
            prepare(args)
    except Refused as error:
        _complain(str(error))
        return EXIT_REFUSED
    except packages.PackageError as error:
        return _refuse_package(error)
    except OSError as error:
        _complain(f"{error.filename or ''}: {error.strerror or error}")
        return EXIT_FAILED
    try:
        if args.command in FILE_COMMANDS:
            return FILE_COMMANDS[args.command](args)
        if args.command in READING:
            workspace = open_for_reading(args.workspace)
        else:
            workspace = open_workspace(args.workspace)
    except WorkspaceError as error:
        _complain(str(error))
        return error.exit_status
    except OSError as error:
        _complain(f"{error.filename or workspace_path(args)}: {error.strerror or error}")
        return EXIT_FAILED
    if args.command not in ("backup", "backups"):
        backup_store.safety_backup(workspace.path, workspace.identity, "daily")
    try:
        return COMMANDS[args.command](workspace, args)
    except Refused as error:
        _complain(str(error))
        return EXIT_REFUSED
    except packages.PackageError as error:
        return _refuse_package(error)
    except (InvalidInput, NotFound) as error:
        _complain(str(error))
        return EXIT_REFUSED
    except WorkspaceError as error:
        _complain(str(error))
        return error.exit_status
    except OSError as error:
        _complain(f"{error.filename or ''}: {error.strerror or error}")
        return EXIT_FAILED
    finally:
        workspace.close()


def _opened_document(rest: Sequence[str]) -> Path | None:
    """The workspace or package a file manager passed alone, with no command."""
    if len(rest) != 1 or rest[0] in COMMANDS:
        return None
    name = rest[0].lower()
    return Path(rest[0]) if name.endswith((PACKAGE_SUFFIX, WORKSPACE_SUFFIX)) else None


def main(argv: Sequence[str] | None = None,
         open_window: Callable[[argparse.Namespace], int] | None = None) -> int:
    """Run ``prewire``; with no command, ``open_window`` (from the ui layer) opens the window."""
    argv = list(sys.argv[1:] if argv is None else argv)
    # parse once for --lang, so that help and errors are in the chosen language
    early = argparse.ArgumentParser(add_help=False)
    early.add_argument("--lang", choices=LANGUAGES)
    early.add_argument("--workspace")
    known, rest = early.parse_known_args(argv)
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
    configure_logging()
    if args.command is None:
        if open_window is None:
            parser.print_usage(sys.stderr)
            return EXIT_REFUSED
        return open_window(args)
    return run_command(args)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
