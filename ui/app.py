"""Start the application: QApplication, translations, the workspace, the main window."""

from __future__ import annotations

import argparse
import logging
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLibraryInfo, QLocale, Qt, QTimer, QTranslator
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from app import __version__
from app.i18n import _, current_language
from app.paths import resources_dir
from app.storage import (
    DamagedWorkspaceError,
    Workspace,
    WorkspaceError,
    WorkspaceLockedError,
    backups,
    open_reading,
    open_workspace,
)
from ui import dialogs
from ui.fonts import apply_interface_font
from ui.jobs import freeze_start
from ui.termination import quit_on_termination

if TYPE_CHECKING:
    from ui.window.main_window import MainWindow

logger = logging.getLogger(__name__)


def load_qt_translations(app: QApplication, language: str) -> QTranslator | None:
    """Qt's own catalogue, so standard dialogs and buttons speak the interface language.

    Returns the installed translator (``None`` for English or when Qt ships none).
    """
    if language == "en":
        return None
    translator = QTranslator(app)
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    # QLocale("zh_CN") looks for qtbase_zh_CN.qm, QLocale("es") for qtbase_es_ES then qtbase_es
    if not translator.load(QLocale(language), "qtbase", "_", folder):
        logger.warning("Qt has no translation for %s in %s", language, folder)
        translator.deleteLater()
        return None
    app.installTranslator(translator)
    return translator


def open_with_dialogs(path: Path | None, parent: QWidget | None = None) -> Workspace | None:
    """Open a workspace, asking what to do when it is held, or damaged.

    Held by another window: open read-only. Held by a note from another
    computer: take over after a warning, or open read-only. Damaged (it was
    moved aside): restore the newest good backup.
    """
    try:
        return open_workspace(path)
    except WorkspaceLockedError as error:
        return _when_locked(path, error)
    except DamagedWorkspaceError as error:
        return _when_damaged(error)
    except WorkspaceError as error:
        dialogs.error(None, _("Cannot open the workspace"), error.message)
        return None


def _ask(title: str, text: str, choices: list[tuple[str, QMessageBox.ButtonRole]],
         icon: QMessageBox.Icon = QMessageBox.Icon.Question) -> int:
    """A message box with plain text and the given buttons; the index of the one pressed."""
    box = QMessageBox(icon, title, text)
    box.setTextFormat(Qt.TextFormat.PlainText)
    buttons = [box.addButton(label, role) for label, role in choices]
    box.exec()
    clicked = box.clickedButton()
    return next((i for i, button in enumerate(buttons) if button is clicked), -1)


def _open_or_say_why(opener: Callable[[], Workspace]) -> Workspace | None:
    try:
        return opener()
    except WorkspaceError as error:
        dialogs.error(None, _("Cannot open the workspace"), error.message)
        return None


def _when_locked(path: Path | None, error: WorkspaceLockedError) -> Workspace | None:
    reason = _("another Prewire window has it open")
    if not error.elsewhere:
        if not dialogs.question(None, _("Workspace in use"),
                                error.message + "\n\n" + _("Open it read-only?")):
            return None
        return _open_or_say_why(lambda: open_reading(path, reason=reason))
    choice = _ask(_("Workspace in use on another computer"),
                  error.message + "\n\n" + _(
                      "Take it over only if you are sure Prewire is closed there."),
                  [(_("Open read-only"), QMessageBox.ButtonRole.AcceptRole),
                   (_("Take over"), QMessageBox.ButtonRole.DestructiveRole),
                   (_("Cancel"), QMessageBox.ButtonRole.RejectRole)],
                  QMessageBox.Icon.Warning)
    if choice == 0:
        return _open_or_say_why(lambda: open_reading(path, reason=reason))
    if choice != 1:
        return None
    return _open_or_say_why(lambda: open_workspace(path, take_over=True))


def _when_damaged(error: DamagedWorkspaceError) -> Workspace | None:
    if error.backup is None or error.set_aside is None:
        dialogs.error(None, _("Damaged workspace"), error.message)
        return None
    if not dialogs.question(None, _("Damaged workspace"),
                            error.message + "\n\n" + _("Restore the backup of {date} now?"
                                                        ).format(
                                date=error.backup.taken_at_text())):
        return None
    try:
        backups.restore(error.path, error.backup.path)
        workspace = open_workspace(error.path)
    except WorkspaceError as again:
        dialogs.error(None, _("Not restored"), again.message)
        return None
    dialogs.info(None, _("Restored"), _(
        "The backup of {date} was restored. The damaged file is kept as {aside}.").format(
            date=error.backup.taken_at_text(), aside=error.set_aside))
    return workspace


def _after_first_paint(window: MainWindow) -> None:
    """What the window does once it is painted: load the services on a thread, then take
    the daily backup and check the file's integrity in a worker. Started beside the first
    paint, these threads took the interpreter lock from it (300 ms of a 200-meeting start)."""
    freeze_start()
    threading.Thread(target=_load_the_rest, name="load-services", daemon=True).start()
    window.files.backups.check_after_open()


def _load_the_rest() -> None:
    from ui.launch import load_services

    load_services()
    freeze_start()  # the modules just loaded live as long as the window too


def run(args: argparse.Namespace) -> int:
    """Open the window on the workspace of ``args`` (the default one when none is given)."""
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    app.setApplicationName("Prewire")
    app.setOrganizationName("Prewire")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("org.prewire.Prewire")
    app.setWindowIcon(QIcon(str(resources_dir() / "icons" / "app" / "org.prewire.Prewire.svg")))
    load_qt_translations(app, current_language())
    apply_interface_font(app)  # Chinese in a Simplified Chinese face, whatever the locale
    dialogs.install_excepthook()
    quit_on_termination(app)

    workspace = open_with_dialogs(args.workspace)
    if workspace is None:
        return 1
    window = None
    try:
        from ui.window.main_window import MainWindow

        # built inside the guard: a workspace the window cannot show is a bug reported to
        # the user, and its lock is released all the same
        window = MainWindow(workspace)
        window.show()
        shown = window
        # two turns of the loop: the first paints the window, the second starts the work
        QTimer.singleShot(0, lambda: QTimer.singleShot(0, lambda: _after_first_paint(shown)))
        logger.info("window open on %s", workspace.path)
        package = getattr(args, "package_file", None)
        if package is not None:  # a package double-clicked in the file manager
            opened = window
            QTimer.singleShot(0, lambda: opened.files.offer_import(package))
        return app.exec()
    except Exception as error:
        dialogs.report_bug(error, closing=True)
        return 1
    finally:
        if window is not None:
            window.context.workspace.close()  # one the user switched to (File ▸ Open)
        workspace.close()
