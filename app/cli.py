"""The command line: ``prewire [--workspace PATH] [--lang L] COMMAND``, thin over the services.

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
from app.i18n import LANGUAGES, _, ngettext, set_language, system_language
from app.logs import configure as configure_logging
from app.paths import default_workspace
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
EXPORT_KINDS = ("json", "pdf", "report", "ics", "csv")


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
}


def cmd_export(workspace: Workspace, args: argparse.Namespace) -> int:
    kind = next(k for k in EXPORT_KINDS if getattr(args, k) is not None)
    out: Path = getattr(args, kind)
    if out.is_dir():
        raise Refused(_("{path} is a folder; give the name of the file to write.").format(
            path=out))
    meeting_id = find_meeting(workspace, args.meeting)
    args.export_kind = kind
    return EXPORTERS[kind](workspace, meeting_id, out, args)


def cmd_demo(workspace: Workspace, _args: argparse.Namespace) -> int:
    from app.services import demo

    if not demo.demo_files():
        _complain(_("The demo meetings are missing from this installation; reinstall Prewire."))
        return EXIT_FAILED
    for report in demo.load_demo(workspace):
        print(f"{report.meeting_id}\t{_one_line(report.title)}")
    return EXIT_OK


COMMANDS: dict[str, Callable[[Workspace, argparse.Namespace], int]] = {
    "list": cmd_list, "import": cmd_import, "export": cmd_export, "demo": cmd_demo,
}
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
                         help=_("the report for the leader (PDF)"))
    outputs.add_argument("--ics", type=Path, metavar="OUT",
                         help=_("due dates and follow-ups as calendar entries"))
    outputs.add_argument("--csv", type=Path, metavar="OUT",
                         help=_("the action items, for a spreadsheet"))
    exporting.add_argument("--pre-read", action="store_true",
                           help=_("with --pdf: the participants' pre-read instead"))
    exporting.add_argument("--sections", type=_sections, metavar="a,b,...",
                           help=_("with --pdf: only these sections"))
    commands.add_parser("demo", help=_("add the demo meetings (en, es, zh_CN)"))
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
        workspace = open_workspace(args.workspace)
    except WorkspaceError as error:
        _complain(str(error))
        return error.exit_status
    except OSError as error:
        _complain(f"{error.filename or args.workspace or ''}: {error.strerror or error}")
        return EXIT_FAILED
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


def main(argv: Sequence[str] | None = None,
         open_window: Callable[[argparse.Namespace], int] | None = None) -> int:
    """Run ``prewire``; with no command, ``open_window`` (from the ui layer) opens the window."""
    argv = list(sys.argv[1:] if argv is None else argv)
    # parse once for --lang, so that help and errors are in the chosen language
    early = argparse.ArgumentParser(add_help=False)
    early.add_argument("--lang", choices=LANGUAGES)
    known, _rest = early.parse_known_args(argv)
    set_language(known.lang or preferences.load().language or system_language())
    parser = build_parser()
    args = parser.parse_args(argv)
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
