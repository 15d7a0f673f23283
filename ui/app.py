"""Start the application: QApplication, translations, the workspace, the main window."""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication, QMessageBox

from app import __version__
from app.i18n import _, current_language
from app.storage import Workspace, WorkspaceError, WorkspaceLockedError, open_workspace
from ui import dialogs
from ui.plain import message_box

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


def open_with_dialogs(path: Path | None, parent: object = None) -> Workspace | None:
    """Open a workspace, asking to go read-only when another window holds it."""
    try:
        return open_workspace(path)
    except WorkspaceLockedError as error:
        answer = message_box(
            QMessageBox.Icon.Question, _("Workspace in use"),
            error.message + "\n\n" + _("Open it read-only?"),
            QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Cancel,
        ).exec()
        if answer != QMessageBox.StandardButton.Open:
            return None
        try:
            return open_workspace(path, read_only=True)
        except WorkspaceError as again:
            dialogs.error(None, _("Cannot open the workspace"), again.message)
            return None
    except WorkspaceError as error:
        dialogs.error(None, _("Cannot open the workspace"), error.message)
        return None


def run(args: argparse.Namespace) -> int:
    """Open the window on the workspace of ``args`` (the default one when none is given)."""
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    app.setApplicationName("Prewire")
    app.setOrganizationName("Prewire")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("org.prewire.Prewire")
    load_qt_translations(app, current_language())
    dialogs.install_excepthook()

    workspace = open_with_dialogs(args.workspace)
    if workspace is None:
        return 1
    window = None
    try:
        from ui.main_window import MainWindow

        # built inside the guard: a workspace the window cannot show is a bug reported to
        # the user, and its lock is released all the same
        window = MainWindow(workspace)
        window.show()
        return app.exec()
    except Exception as error:
        dialogs.report_bug(error, closing=True)
        return 1
    finally:
        if window is not None:
            window.context.workspace.close()  # one the user switched to (File ▸ Open)
        workspace.close()
