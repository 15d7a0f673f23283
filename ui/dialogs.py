"""The one place that logs and then shows: messages, questions and the crash dialog.

Every text here is shown as plain text: a message often quotes a meeting's
title or a file name, and those are the user's (or a package's) text.
"""

from __future__ import annotations

import logging
import sys
import traceback
from types import TracebackType

from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from app.i18n import _
from app.paths import log_dir
from ui.plain import message_box

logger = logging.getLogger(__name__)


def info(parent: QWidget | None, title: str, text: str) -> None:
    logger.info("%s: %s", title, text)
    message_box(QMessageBox.Icon.Information, title, text, parent=parent).exec()


def warn(parent: QWidget | None, title: str, text: str) -> None:
    logger.warning("%s: %s", title, text)
    message_box(QMessageBox.Icon.Warning, title, text, parent=parent).exec()


def error(parent: QWidget | None, title: str, text: str) -> None:
    logger.error("%s: %s", title, text)
    message_box(QMessageBox.Icon.Critical, title, text, parent=parent).exec()


def question(parent: QWidget | None, title: str, text: str) -> bool:
    logger.info("asked %s: %s", title, text)
    box = message_box(QMessageBox.Icon.Question, title, text,
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, parent)
    box.setDefaultButton(QMessageBox.StandardButton.Yes)
    return box.exec() == QMessageBox.StandardButton.Yes


def crash_box(details: str, *, closing: bool = False) -> QMessageBox:
    """The bug dialog: what happened, that the work is safe, the details to copy, the log."""
    if closing:
        text = _("Something went wrong that Prewire did not expect, and it has to close. "
                 "Your last saved edit is safe in the workspace. The details are below, to "
                 "copy, and in the log in {folder}; please send them to us.")
    else:
        text = _("Something went wrong that Prewire did not expect. Your last saved edit is "
                 "safe in the workspace, and you can go on working. The details are below, "
                 "to copy, and in the log in {folder}; please send them to us.")
    box = message_box(QMessageBox.Icon.Critical, _("Prewire ran into a bug"),
                      text.format(folder=log_dir()), parent=QApplication.activeWindow())
    box.setObjectName("crash_dialog")
    box.setDetailedText(details)
    return box


def _crash(kind: type[BaseException], value: BaseException, tb: TracebackType | None, *,
           closing: bool = False) -> None:
    if issubclass(kind, KeyboardInterrupt):
        sys.__excepthook__(kind, value, tb)
        return
    details = "".join(traceback.format_exception(kind, value, tb))
    logger.critical("unexpected error\n%s", details)
    if QApplication.instance() is None:  # before the window's start, or after its end
        sys.__excepthook__(kind, value, tb)
        return
    # the event loop goes on afterwards: one failed action does not end the session
    crash_box(details, closing=closing).exec()


def report_bug(error: BaseException, *, closing: bool = False) -> None:
    """A bug caught where it was raised: logged, then the bug dialog (``closing``: the
    application cannot go on, and says so)."""
    _crash(type(error), error, error.__traceback__, closing=closing)


def install_excepthook() -> None:
    """A bug reaches a dialog and the log, never a silent exit."""
    sys.excepthook = _crash
