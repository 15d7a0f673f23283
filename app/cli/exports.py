"""``prewire export MEETING --KIND OUT``: one writer per kind of output file.

Each loads the services it needs when it runs (ReportLab for the PDFs, icalendar for
the calendar), so no other command pays for them.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from app.cli.common import EXIT_OK, complain
from app.i18n import _, ngettext

if TYPE_CHECKING:
    from app.services import briefing
    from app.storage import Workspace

#: the export options, one output file each
EXPORT_KINDS = ("json", "pdf", "report", "ics", "csv", "one_to_one")


def export_json(workspace: Workspace, meeting_id: int, out: Path,
                _args: argparse.Namespace) -> int:
    from app.services import packages

    packages.export_package(workspace, meeting_id, out)
    return EXIT_OK


def _pdf_written(result: briefing.PdfResult) -> int:
    """Say what was written, and warn when Chinese text relies on the reader's fonts."""
    for warning in result.warnings:
        complain(warning)
    if not result.cjk_embedded:
        complain(_("No Chinese font was found to embed: Chinese text in {path} relies on "
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
