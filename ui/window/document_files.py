"""Where the meeting's documents go: a safe file name, the print dialog, and the message
when a file could not be written."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QLineEdit, QWidget

from app.i18n import _

_UNSAFE = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f]+')  # refused by Windows, macOS or Linux
#: in UTF-8 bytes: file systems limit a name to 255 bytes, and a Chinese character takes 3
_STEM_LIMIT = 120


def _safe(text: str) -> str:
    # leading and trailing dots and spaces are dropped: Windows strips them, Unix hides them
    return " ".join(_UNSAFE.sub(" ", text).split()).strip(" .")


def document_name(title: str, kind: str, suffix: str) -> str:
    """A file name from the meeting's title and the document's kind, safe on every system."""
    clipped = _safe(title).encode("utf-8")[:_STEM_LIMIT].decode("utf-8", errors="ignore")
    stem = clipped.rstrip(" .") or _safe(_("meeting"))
    kind = _safe(kind)
    return f"{stem} – {kind}{suffix}" if kind else f"{stem}{suffix}"


def not_written(path: Path, error: OSError) -> str:
    """Why ``path`` was not written, and what to check (the file left as it was)."""
    return _("{path} could not be written: {reason}.\n\nNothing was written there. Check "
             "that the folder exists, that you may write to it and that the disk has room, "
             "then try again.").format(path=path, reason=error.strerror or str(error))


def ask_printer(parent: QWidget, printer: QPrinter, page_count: int, file: Path) -> bool:
    """The system's print dialog, with the page range limited to the document's pages.

    Printing to a file is offered as ``file`` (a safe name in the export folder): left
    alone, Qt's own dialog would build the name from the document's title, in the home
    folder, and a title with "/" in it would name a folder that does not exist.
    """
    printer.setDocName(file.stem)
    dialog = QPrintDialog(printer, parent)
    dialog.setObjectName("print_dialog")
    dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintPageRange, True)
    dialog.setMinMax(1, page_count)
    file_field = dialog.findChild(QLineEdit, "filename")  # (Qt's dialog on Linux)
    if file_field is not None:
        file_field.setText(str(file))
    return dialog.exec() == QDialog.DialogCode.Accepted
