"""The one place that logs and then shows: messages, questions and the crash dialog."""

from __future__ import annotations

import logging
import sys
import traceback
from types import TracebackType

from PySide6.QtWidgets import QMessageBox, QWidget

from app.i18n import _
from app.paths import log_dir

logger = logging.getLogger(__name__)


def info(parent: QWidget | None, title: str, text: str) -> None:
    logger.info("%s: %s", title, text)
    QMessageBox.information(parent, title, text)


def warn(parent: QWidget | None, title: str, text: str) -> None:
    logger.warning("%s: %s", title, text)
    QMessageBox.warning(parent, title, text)


def error(parent: QWidget | None, title: str, text: str) -> None:
    logger.error("%s: %s", title, text)
    QMessageBox.critical(parent, title, text)


def question(parent: QWidget | None, title: str, text: str) -> bool:
    logger.info("asked %s: %s", title, text)
    answer = QMessageBox.question(parent, title, text)
    return answer == QMessageBox.StandardButton.Yes


def _crash(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
    if issubclass(kind, KeyboardInterrupt):
        sys.__excepthook__(kind, value, tb)
        return
    details = "".join(traceback.format_exception(kind, value, tb))
    logger.critical("unexpected error\n%s", details)
    box = QMessageBox(QMessageBox.Icon.Critical, _("Prewire ran into a bug"), _(
        "Something went wrong that Prewire did not expect. Your last saved edit is safe in "
        "the workspace. The details are in the log in {folder}; please send them to us."
    ).format(folder=log_dir()))
    box.setDetailedText(details)
    box.exec()


def install_excepthook() -> None:
    """A bug reaches a dialog and the log, never a silent exit."""
    sys.excepthook = _crash
