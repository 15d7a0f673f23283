"""File menu ▸ the meeting's documents: briefing pack, pre-read, printing, the leader's
report, calendar entries and the actions as CSV.

A PDF is prepared (the meeting read in the worker's own transaction), rendered
and written on a worker under a hidden name beside the target, and renamed into
place on the GUI thread only if the user did not cancel: a cancelled or failed
export leaves the folder, and any file already there, as it was. The GUI thread
only asks and answers, so the window keeps drawing while a pack is made.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import (
    QFileDialog,
    QMenu,
    QMessageBox,
    QToolBar,
    QWidget,
)

from app.i18n import _, ngettext
from app.services.errors import InvalidInput, NotFound
from app.storage import Workspace, WorkspaceError
from ui import dialogs, settings
from ui.icons import icon
from ui.jobs import Op
from ui.mnemonics import plain
from ui.plain import message_box
from ui.printing import pdf_pages, print_pdf, prints_to_file, selected_pages
from ui.staging import move_into_place, staging_for
from ui.window.document_files import ask_printer, document_name, not_written
from ui.window.parts import WindowParts

if TYPE_CHECKING:  # ReportLab and the rest come when a document is made, not at start
    from app.briefing import BriefingDocument
    from ui.export_dialog import BriefingChoice, BriefingDialog

logger = logging.getLogger(__name__)

# Prepared on the worker: ReportLab loads there on the first export, and the meeting is
# read in the worker's own transaction, so the window keeps drawing meanwhile.
def _pack(workspace: Workspace, meeting_id: int, choice: BriefingChoice) -> BriefingDocument:
    from app.services import briefing

    return briefing.prepare(workspace, meeting_id, pre_read=choice.pre_read,
                            sections=choice.sections)


def _report(workspace: Workspace, meeting_id: int) -> BriefingDocument:
    from app.services import briefing

    return briefing.prepare_report(workspace, meeting_id)


def _one_to_one(workspace: Workspace, meeting_id: int, department_id: int) -> BriefingDocument:
    from app.services import one_to_one

    return one_to_one.prepare_sheet(workspace, meeting_id, str(department_id))


def _notes(document: BriefingDocument) -> tuple[str, ...]:
    """What the coordinator should hear about a written document (found on the worker:
    looking for Chinese reads the whole meeting's text)."""
    from app.briefing.text import has_cjk
    from app.services import briefing

    notes = []
    if not document.fonts.cjk_embedded and has_cjk(document.package.model_dump_json()):
        notes.append(_(
            "No Chinese font could be embedded on this computer, so the Chinese text in "
            "this PDF relies on the fonts of the reader's device and may not show on "
            "every one."))
    return (*notes, *briefing.warnings(document))


@dataclass(frozen=True)
class _Made:
    """A document written under its staging name, and what to say about it."""

    staged: Path
    document: BriefingDocument
    notes: tuple[str, ...]


class DocumentExports:
    """The actions that write or print the meeting's documents; they only read the workspace."""

    def __init__(self, parts: WindowParts) -> None:
        self.parts = parts
        self.export_pack = self._action(
            "export_briefing", _("Export &briefing pack…"), lambda: self.choose_briefing(False),
            QKeySequence("Ctrl+E"), "briefing")
        self.export_pre_read = self._action(
            "export_pre_read", _("Export pre-rea&d…"), lambda: self.choose_briefing(True),
            QKeySequence("Ctrl+Shift+E"), "pre_read")
        self.print_pack = self._action(
            "print_briefing", _("&Print briefing pack…"), self.choose_print,
            QKeySequence(QKeySequence.StandardKey.Print), "print")
        self.export_report = self._action(
            "export_report", _("Export report for the &leader…"), self.choose_report)
        self.export_calendar = self._action(
            "export_calendar", _("Export &calendar (.ics)…"), self.choose_calendar,
            icon_name="meeting")
        self.export_actions = self._action(
            "export_actions", _("Export ac&tions (CSV)…"), self.choose_actions)
        self.actions = [self.export_pack, self.export_pre_read, self.print_pack,
                        self.export_report, self.export_calendar, self.export_actions]
        #: the running job, for tests to wait on
        self.running: Op | None = None
        #: the briefing dialog last opened, and the box that offers to open a written file
        self.dialog: BriefingDialog | None = None
        self.written_box: QMessageBox | None = None
        self._print_pre_read = False
        #: what is being printed: (meeting, choice)
        self._printing: tuple[int, BriefingChoice] | None = None

    def _action(self, name: str, text: str, slot: Callable[[], None],
                keys: QKeySequence | None = None, icon_name: str | None = None) -> QAction:
        action = QAction(text, self.parts.parent)
        action.setObjectName(name)
        action.setIconText(plain(text).rstrip("…"))  # toolbar text, without "(&B)"
        if icon_name:
            action.setIcon(icon(icon_name))
        if keys is not None:
            action.setShortcut(keys)
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def fill_menu(self, menu: QMenu, before: QAction) -> None:
        """Put the actions into ``menu`` before ``before``, in two groups."""
        menu.insertActions(before, self.actions[:3])
        menu.insertSeparator(before)
        menu.insertActions(before, self.actions[3:])
        menu.insertSeparator(before)

    def toolbar(self, parent: QWidget) -> QToolBar:
        bar = QToolBar(_("Briefing"), parent)
        bar.setObjectName("documents_toolbar")
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        for action in self.actions[:3]:
            bar.addAction(action)
        return bar

    def update(self) -> None:
        """Enabled whenever a meeting is shown, also in a read-only workspace (they only read)."""
        for action in self.actions:
            action.setEnabled(self.parts.meeting_id() is not None)

    # -- asking ----------------------------------------------------------------------------
    def _ask_sections(self, pre_read: bool, title: str, verb: str,
                      then: Callable[[int, BriefingChoice], None]) -> None:
        meeting_id = self.parts.meeting_id()
        if meeting_id is None:
            return
        self.parts.flush()
        remembered = {variant: settings.briefing_sections(variant) for variant in (False, True)}
        from ui.export_dialog import BriefingDialog
        from ui.window.pre_read_sent import sent_to_choices  # the services: after the paint

        workspace = self.parts.workspace
        recipients = None if workspace.read_only else (
            lambda: sent_to_choices(self.parts.context(), meeting_id))
        dialog = BriefingDialog(self.parts.parent, title=title, verb=verb, pre_read=pre_read,
                                remembered=remembered, recipients=recipients)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._sections_chosen(dialog.choice(), meeting_id, then))
        self.dialog = dialog
        dialog.open()  # window-modal, without a nested event loop

    @staticmethod
    def _sections_chosen(choice: BriefingChoice, meeting_id: int,
                         then: Callable[[int, BriefingChoice], None]) -> None:
        settings.set_briefing_sections(choice.pre_read, list(choice.sections))
        then(meeting_id, choice)

    def _ask_path(self, meeting_id: int, caption: str, kind: str, suffix: str,
                  file_filter: str) -> Path | None:
        from app.services import meetings  # loaded after the window is shown

        title = meetings.get_meeting(self.parts.workspace, meeting_id).title
        start = settings.last_export_folder() / document_name(title, kind, suffix)
        chosen, _filter = QFileDialog.getSaveFileName(self.parts.parent, caption, str(start),
                                                      file_filter)
        if not chosen:
            return None
        path = Path(chosen)
        if path.suffix.lower() != suffix:
            path = path.with_name(path.name + suffix)
        settings.set_last_export_folder(path.parent)
        return path

    # -- the briefing pack, the pre-read and the report ------------------------------------
    def choose_briefing(self, pre_read: bool) -> None:
        """Ask for the document's sections, then where to save it, then write it."""
        title = _("Export pre-read") if pre_read else _("Export briefing pack")
        self._ask_sections(pre_read, title, _("&Export…"), self._save_briefing)

    def _save_briefing(self, meeting_id: int, choice: BriefingChoice) -> None:
        kind = _("pre-read") if choice.pre_read else _("briefing")
        caption = _("Export pre-read") if choice.pre_read else _("Export briefing pack")
        path = self._ask_path(meeting_id, caption, kind, ".pdf", _("PDF documents (*.pdf)"))
        if path is None:
            return
        workspace = self.parts.workspace
        title = _("Pre-read exported") if choice.pre_read else _("Briefing pack exported")
        self.start_pdf(lambda: _pack(workspace, meeting_id, choice), path, title,
                       written=lambda: self._record_sent(meeting_id, choice))

    def choose_report(self) -> None:
        meeting_id = self.parts.meeting_id()
        if meeting_id is None:
            return
        self.parts.flush()
        path = self._ask_path(meeting_id, _("Export report for the leader"), _("report"),
                              ".pdf", _("PDF documents (*.pdf)"))
        if path is None:
            return
        workspace = self.parts.workspace
        self.start_pdf(lambda: _report(workspace, meeting_id), path,
                       _("Report exported"), note=_(
            "Of the review, the report carries the rating and the lessons as you wrote "
            "them: the leader reads them. Your notes on what went well stay out."))

    def choose_one_to_one(self, department_id: int, name: str) -> None:
        """Ask where to save the department's one-to-one sheet, then write it."""
        meeting_id = self.parts.meeting_id()
        if meeting_id is None:
            return
        self.parts.flush()
        path = self._ask_path(meeting_id, _("Export one-to-one sheet"),
                              _("one-to-one {department}").format(department=name), ".pdf",
                              _("PDF documents (*.pdf)"))
        if path is None:
            return
        workspace = self.parts.workspace
        self.start_pdf(lambda: _one_to_one(workspace, meeting_id, department_id), path,
                       _("One-to-one sheet exported"))

    def start_pdf(self, prepare: Callable[[], BriefingDocument], path: Path, done_title: str,
                  *, content: Callable[[BriefingDocument], bytes] | None = None,
                  pages: int | None = None, note: str = "",
                  written: Callable[[], None] | None = None) -> Op:
        """Prepare the document and make its bytes in the background (``content``: the
        whole document rendered), written under a staging name private to the user;
        renamed to ``path`` once done (``pages`` it holds: all). ``note`` is said when
        it is written, after ``written()`` is called."""
        staging = staging_for(path)

        from app.services import atomic  # loaded after the window is shown

        def work() -> _Made:
            document = prepare()
            if op.is_cancelled():  # cancelled while reading: nothing to render
                return _Made(staging, document, ())
            atomic.write_bytes(staging, document.render() if content is None
                               else content(document))
            return _Made(staging, document, _notes(document))

        op = (Op(self.parts.parent, work)
              .with_progress(_("Writing {name}…").format(name=path.name))
              .success(lambda made: self._pdf_written(made, path, done_title, pages, note,
                                                      written))
              .failure(lambda error: self._failed(path, error))
              .cancelled(lambda made: made.staged.unlink(missing_ok=True)))
        self.running = op
        return op.run_in_background()

    def _pdf_written(self, made: _Made, path: Path, title: str, pages: int | None,
                     note: str = "", written: Callable[[], None] | None = None) -> None:
        document = made.document
        if not move_into_place(made.staged, path, lambda error: self._failed(path, error)):
            return
        if written is not None:
            written()
        pages = pages or document.page_count
        logger.info("wrote %s (%d pages, fonts: %s)", path, pages, document.fonts.describe())
        self.parts.status(ngettext(
            "Wrote {path} ({pages} page)", "Wrote {path} ({pages} pages)", pages).format(
                path=path, pages=pages), 10000)
        text = ngettext("{name} is ready: {pages} page.", "{name} is ready: {pages} pages.",
                        pages).format(name=path.name, pages=pages)
        for warning in [*made.notes, note]:
            if warning:
                text += "\n\n" + warning
        self.offer_open(path, title, text)

    def offer_open(self, path: Path, title: str, text: str) -> None:
        """Say what was written; offer to open it or its folder (without blocking)."""
        box = message_box(QMessageBox.Icon.Information, title, text,
                          QMessageBox.StandardButton.Close, self.parts.parent)
        box.setObjectName("document_written")
        open_button = box.addButton(_("&Open"), QMessageBox.ButtonRole.AcceptRole)
        open_button.setObjectName("open_document")
        open_button.clicked.connect(lambda: self._open_url(path))
        folder_button = box.addButton(_("Show in &folder"), QMessageBox.ButtonRole.ActionRole)
        folder_button.setObjectName("show_folder")
        folder_button.clicked.connect(lambda: self._open_url(path.parent))
        box.setDefaultButton(open_button)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.written_box = box
        box.open()

    def _open_url(self, path: Path) -> None:
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
            dialogs.warn(self.parts.parent, _("Not opened"), _(
                "No program was found to open {path}.").format(path=path))

    # -- printing --------------------------------------------------------------------------
    def choose_print(self) -> None:
        """Ask for the sections, render them, then the print dialog, then print."""
        self._ask_sections(self._print_pre_read, _("Print briefing pack"), _("&Print…"),
                           self._render_for_print)

    def _render_for_print(self, meeting_id: int, choice: BriefingChoice) -> None:
        self._print_pre_read = choice.pre_read
        self._printing = (meeting_id, choice)
        workspace = self.parts.workspace

        def work() -> tuple[bytes, BriefingDocument]:
            document = _pack(workspace, meeting_id, choice)
            return (b"" if op.is_cancelled() else document.render()), document

        op = (Op(self.parts.parent, work)
              .with_progress(_("Preparing the pages…"))
              .success(lambda made: self._ask_and_print(made[0], made[1]))
              .failure(lambda error: self._failed(None, error))
              .cancelled(lambda _data: None))
        self.running = op
        op.run_in_background()

    def _ask_and_print(self, data: bytes, document: BriefingDocument) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        kind = _("pre-read") if self._print_pre_read else _("briefing")
        file = settings.last_export_folder() / document_name(
            document.package.meeting.title, kind, ".pdf")
        if not ask_printer(self.parts.parent, printer, document.page_count, file):
            return
        pages = selected_pages(printer, document.page_count)
        if prints_to_file(printer):
            # the rendered PDF itself, not images of its pages: its text stays text
            path = Path(printer.outputFileName())
            count = document.page_count if pages is None else len(pages)
            self.start_pdf(lambda: document, path, _("Saved as PDF"),
                           content=lambda _whole: pdf_pages(data, pages), pages=count,
                           written=self._record_printed)
            return
        self.start_print(data, printer, pages)

    def start_print(self, data: bytes, printer: QPrinter, pages: list[int] | None) -> Op:
        """Send the pages to ``printer`` in the background; Cancel stops after the current page."""
        op = Op(self.parts.parent,
                lambda: print_pdf(data, printer, pages, cancelled=op.is_cancelled))
        op.with_progress(_("Printing…")).success(self._printed).failure(
            lambda error: self._failed(None, error)).cancelled(
            lambda _count: self.parts.status(_("Printing cancelled"), 8000))
        self.running = op
        return op.run_in_background()

    def _printed(self, count: int) -> None:
        self._record_printed()
        self.parts.status(ngettext(
            "Sent {pages} page to the printer", "Sent {pages} pages to the printer", count
        ).format(pages=count), 10000)

    # -- the pre-read, recorded as sent ---------------------------------------------------
    def _record_printed(self) -> None:
        if self._printing is not None:
            self._record_sent(*self._printing)
            self._printing = None

    def _record_sent(self, meeting_id: int, choice: BriefingChoice) -> None:
        from ui.window.pre_read_sent import record_pre_read_sent

        if choice.pre_read and choice.sent_to:
            record_pre_read_sent(self.parts.context(), self.parts.parent, meeting_id,
                                 choice.sent_to)

    # -- calendar and actions --------------------------------------------------------------
    def choose_calendar(self) -> None:
        from app.services import calendar_export  # icalendar: loaded when asked for

        meeting_id = self.parts.meeting_id()
        if meeting_id is None:
            return
        self.parts.flush()
        path = self._ask_path(meeting_id, _("Export calendar"), "", ".ics",
                              _("Calendar files (*.ics)"))
        if path is not None:
            workspace = self.parts.workspace
            self.start_service(
                lambda: calendar_export.export_calendar(workspace, meeting_id, path), path,
                lambda n: ngettext("Wrote {path}: {count} calendar entry",
                                   "Wrote {path}: {count} calendar entries", n))

    def choose_actions(self) -> None:
        from app.services import actions_csv

        meeting_id = self.parts.meeting_id()
        if meeting_id is None:
            return
        self.parts.flush()
        path = self._ask_path(meeting_id, _("Export actions"), _("actions"), ".csv",
                              _("CSV files (*.csv)"))
        if path is not None:
            workspace = self.parts.workspace
            self.start_service(
                lambda: actions_csv.export_actions(workspace, meeting_id, path), path,
                lambda n: ngettext("Wrote {path}: {count} action",
                                   "Wrote {path}: {count} actions", n))

    def start_service(self, work: Callable[[], int], path: Path,
                      message: Callable[[int], str]) -> Op:
        """Run an export service that writes ``path`` atomically and returns a count.

        No Cancel: the service replaces the file in one step that cannot be taken back.
        """
        op = (Op(self.parts.parent, work)
              .with_progress(_("Writing {name}…").format(name=path.name))
              .success(lambda count: self.parts.status(
                  message(count).format(path=path, count=count), 10000))
              .failure(lambda error: self._failed(path, error)))
        self.running = op
        return op.run_in_background()

    # -- trouble ---------------------------------------------------------------------------
    def _failed(self, path: Path | None, error: Exception) -> None:
        """Expected trouble becomes a message naming the file; anything else is a bug."""
        title = _("Not exported") if path is not None else _("Not printed")
        if isinstance(error, InvalidInput):
            dialogs.warn(self.parts.parent, title, "\n".join(p.message for p in error.problems))
        elif isinstance(error, NotFound | WorkspaceError):
            dialogs.warn(self.parts.parent, title, str(error))
        elif isinstance(error, OSError) and path is not None:
            dialogs.error(self.parts.parent, title, not_written(path, error))
        elif isinstance(error, OSError):
            dialogs.error(self.parts.parent, title, str(error))
        else:
            raise error


__all__ = ["DocumentExports", "ask_printer", "document_name", "not_written"]
