"""Printing a rendered PDF: each page drawn onto a QPrinter, scaled to fit the paper.

QtPdf only renders pages to images, so pages are printed as images. They are
rendered at the printer's resolution but at most ``MAX_DPI``: a 1200 dpi A4
page would be a 550 MB image, and 300 dpi already prints text crisply.

"Print to file" is not printed at all: the chosen pages of the rendered PDF are
saved as they are (:func:`pdf_pages`), with their text, fonts and small size,
instead of a file of page images.
"""

from __future__ import annotations

import io
import logging
from collections.abc import Callable, Iterable, Sequence

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, QSize
from PySide6.QtGui import QImage, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter

from app.i18n import _

logger = logging.getLogger(__name__)

MAX_DPI = 300


class PrintError(OSError):
    """The PDF could not be read, or the printer could not be started."""


def _page_image(document: QPdfDocument, index: int, dpi: int) -> QImage:
    size = document.pagePointSize(index)  # in points: 72 to the inch
    pixels = QSize(max(1, round(size.width() * dpi / 72)), max(1, round(size.height() * dpi / 72)))
    return document.render(index, pixels)


def _fit(image: QImage, area: QRectF) -> QRectF:
    """The largest rectangle of the image's shape inside ``area``, centred."""
    scale = min(area.width() / image.width(), area.height() / image.height())
    width, height = image.width() * scale, image.height() * scale
    return QRectF(area.x() + (area.width() - width) / 2, area.y() + (area.height() - height) / 2,
                  width, height)


def print_pdf(pdf: bytes, printer: QPrinter, pages: Iterable[int] | None = None, *,
              cancelled: Callable[[], bool] | None = None) -> int:
    """Print the pages of ``pdf`` (0-based indices; all when None); returns how many printed.

    Pages past the end are skipped. ``cancelled`` is asked before each page; when
    it says so, the print job is aborted. Safe on a worker thread (it touches no widget).
    """
    buffer = QBuffer()
    buffer.setData(QByteArray(pdf))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    document.load(buffer)
    if document.status() != QPdfDocument.Status.Ready:
        raise PrintError(_("The document to print could not be read."))
    count = document.pageCount()
    chosen = [i for i in (range(count) if pages is None else pages) if 0 <= i < count]
    if not chosen:
        return 0
    # the printer's own copies when it can make them; else each copy is printed here
    copies = 1 if printer.supportsMultipleCopies() else max(1, printer.copyCount())
    dpi = min(printer.resolution(), MAX_DPI)
    painter = QPainter()
    if not painter.begin(printer):
        raise PrintError(_("The printer {name} could not be started.").format(
            name=printer.printerName() or printer.outputFileName()))
    printed = 0
    try:
        area = QRectF(0, 0, printer.width(), printer.height())
        for _copy in range(copies):
            for index in chosen:
                if cancelled is not None and cancelled():
                    printer.abort()
                    logger.info("printing cancelled after %d pages", printed)
                    return printed
                if printed:
                    printer.newPage()
                image = _page_image(document, index, dpi)
                painter.drawImage(_fit(image, area), image)
                printed += 1
    finally:
        if painter.isActive():
            painter.end()
        document.close()
    logger.info("printed %d pages on %s", printed, printer.printerName() or "a file")
    return printed


def selected_pages(printer: QPrinter, count: int) -> list[int] | None:
    """The pages chosen in the print dialog as 0-based indices, in print order (None: all)."""
    pages: list[int] | None = None
    if printer.printRange() == QPrinter.PrintRange.PageRange:
        ranges = printer.pageRanges()
        if not ranges.isEmpty():
            pages = [i for i in range(count) if ranges.contains(i + 1)]
        elif printer.fromPage() > 0:
            pages = list(range(printer.fromPage() - 1, min(printer.toPage(), count)))
    if printer.pageOrder() == QPrinter.PageOrder.LastPageFirst:
        pages = list(reversed(pages if pages is not None else range(count)))
    return pages


def prints_to_file(printer: QPrinter) -> bool:
    """Whether the user chose to print into a PDF file rather than on paper."""
    return (printer.outputFormat() == QPrinter.OutputFormat.PdfFormat
            and bool(printer.outputFileName()))


def pdf_pages(pdf: bytes, pages: Sequence[int] | None) -> bytes:
    """The pages of ``pdf`` (0-based, in this order; all when None) as a PDF of their own."""
    if pages is None:
        return pdf
    # pypdf is loaded when pages are chosen, not with the window (it takes a while)
    from pypdf import PdfReader, PdfWriter
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(io.BytesIO(pdf))
        writer = PdfWriter()
        for index in pages:
            if 0 <= index < len(reader.pages):
                writer.add_page(reader.pages[index])
    except PdfReadError as error:
        raise PrintError(_("The document to print could not be read.")) from error
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()
