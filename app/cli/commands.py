"""The commands that open the workspace through app.storage (SQLAlchemy, the lock, the
upgrade); each imports the services it needs when it runs."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from app.cli.common import (
    EXIT_FAILED,
    EXIT_OK,
    EXIT_REFUSED,
    Refused,
    complain,
    one_line,
    workspace_path,
)
from app.cli.exports import EXPORT_KINDS, EXPORTERS
from app.cli.listing import list_read
from app.i18n import _, current_language, ngettext
from app.services.errors import InvalidInput, NotFound
from app.views.reader import Reader

if TYPE_CHECKING:
    from app.storage import Workspace


def cmd_list(workspace: Workspace, _args: argparse.Namespace) -> int:
    reader = Reader(workspace.path)
    try:
        return list_read(reader)
    finally:
        reader.close()


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
        complain(_("The demo meetings are missing from this installation; reinstall Prewire."))
        return EXIT_FAILED
    for report in demo.load_demo(workspace):
        print(f"{report.meeting_id}\t{one_line(report.title)}")
    return EXIT_OK


def cmd_search(workspace: Workspace, args: argparse.Namespace) -> int:
    from app.services import search

    if args.limit < 1:
        raise Refused(_("--limit must be 1 or more."))
    for hit in search.search(workspace, args.text, limit=args.limit):
        meeting = "" if hit.meeting_id is None else str(hit.meeting_id)
        print(f"{hit.kind}\t{meeting}\t{hit.row_id}\t{one_line(hit.snippet)}")
    return EXIT_OK


def cmd_readiness(workspace: Workspace, args: argparse.Namespace) -> int:
    """The score, then one line per point withheld: POINTS<TAB>REASON, most points first."""
    from app.services import readiness

    result, _document = readiness.assess_meeting(workspace, find_meeting(workspace, args.meeting))
    print(result.score)
    for line in result.withheld:
        print(f"{line.points}\t{one_line(line.reason)}")
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
        print(f"{due}\t{item.meeting_id}\t{one_line(item.owner)}\t{one_line(item.text)}")
    return EXIT_OK


def cmd_backup(workspace: Workspace, _args: argparse.Namespace) -> int:
    from app.storage import backups as backup_store

    newest = next(iter(backup_store.list_backups(workspace.identity)), None)
    info = backup_store.make_backup(workspace.path, workspace.identity, "manual")
    if newest is not None and info.path == newest.path:
        complain(_("{path} has not changed since its backup of {date}; "
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
        complain(_("{path} is damaged; the integrity check found:").format(path=path))
        for problem in problems[:50]:
            complain("  " + one_line(problem))
        if len(problems) > 50:
            complain("  ...")
        complain(_("Restore a backup (`prewire backups`, then `prewire restore BACKUP`)."))
        return EXIT_FAILED
    print(_("{path}: sound").format(path=path))
    return EXIT_OK


COMMANDS: dict[str, Callable[[Workspace, argparse.Namespace], int]] = {
    "list": cmd_list,
    "import": cmd_import, "export": cmd_export, "demo": cmd_demo,
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


def _refuse_package(error: Exception) -> int:
    complain(str(error))
    complain(_("Nothing was imported; correct the file and try again."))
    return EXIT_REFUSED


def run_on_workspace(args: argparse.Namespace) -> int:
    """Open the workspace, run one command, close it; map errors to exit statuses."""
    from app.services import packages
    from app.storage import WorkspaceError, open_workspace
    from app.storage import backups as backup_store
    from app.storage.workspace import open_for_reading

    try:
        prepare = PREPARE.get(args.command)
        if prepare is not None:
            prepare(args)
    except Refused as error:
        complain(str(error))
        return EXIT_REFUSED
    except packages.PackageError as error:
        return _refuse_package(error)
    except OSError as error:
        complain(f"{error.filename or ''}: {error.strerror or error}")
        return EXIT_FAILED
    try:
        if args.command in FILE_COMMANDS:
            return FILE_COMMANDS[args.command](args)
        if args.command in READING:
            workspace = open_for_reading(args.workspace)
        else:
            workspace = open_workspace(args.workspace)
    except WorkspaceError as error:
        complain(str(error))
        return error.exit_status
    except OSError as error:
        complain(f"{error.filename or workspace_path(args)}: {error.strerror or error}")
        return EXIT_FAILED
    if args.command not in ("backup", "backups"):
        backup_store.safety_backup(workspace.path, workspace.identity, "daily")
    try:
        return COMMANDS[args.command](workspace, args)
    except Refused as error:
        complain(str(error))
        return EXIT_REFUSED
    except packages.PackageError as error:
        return _refuse_package(error)
    except (InvalidInput, NotFound) as error:
        complain(str(error))
        return EXIT_REFUSED
    except WorkspaceError as error:
        complain(str(error))
        return error.exit_status
    except OSError as error:
        complain(f"{error.filename or ''}: {error.strerror or error}")
        return EXIT_FAILED
    finally:
        workspace.close()
