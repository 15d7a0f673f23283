"""Printing a PDF page by page onto a QPrinter (here one that writes a PDF file)."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtGui import QPageRanges
from PySide6.QtPrintSupport import QPrinter
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from ui.printing import PrintError, print_pdf, selected_pages


def sample_pdf(pages: int) -> bytes:
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4)
    for number in range(1, pages + 1):
        canvas.setFont("Helvetica", 48)
        canvas.drawString(100, 600, f"Page {number}")
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def pdf_printer(target: Path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(target))
    return printer


def printed(target: Path) -> PdfReader:
    assert target.stat().st_size > 10_000, "the pages are empty"
    return PdfReader(target)


def test_every_page_is_printed(qapp, tmp_path: Path) -> None:
    target = tmp_path / "printed.pdf"
    assert print_pdf(sample_pdf(4), pdf_printer(target)) == 4
    reader = printed(target)
    assert len(reader.pages) == 4
    # each page carries the image of the source page, drawn to fill the paper
    assert all(page.images for page in reader.pages)


def test_only_the_chosen_pages_are_printed(qapp, tmp_path: Path) -> None:
    target = tmp_path / "two.pdf"
    assert print_pdf(sample_pdf(5), pdf_printer(target), range(1, 3)) == 2
    assert len(printed(target).pages) == 2


def test_pages_past_the_end_are_skipped(qapp, tmp_path: Path) -> None:
    target = tmp_path / "end.pdf"
    assert print_pdf(sample_pdf(2), pdf_printer(target), range(1, 9)) == 1
    assert len(printed(target).pages) == 1


def test_cancel_stops_between_pages(qapp, tmp_path: Path) -> None:
    asked: list[int] = []

    def cancelled() -> bool:
        asked.append(1)
        return len(asked) > 2

    assert print_pdf(sample_pdf(6), pdf_printer(tmp_path / "part.pdf"),
                     cancelled=cancelled) == 2


def test_a_broken_pdf_is_refused(qapp, tmp_path: Path) -> None:
    target = tmp_path / "never.pdf"
    with pytest.raises(PrintError):
        print_pdf(b"%PDF-1.4 not really", pdf_printer(target))
    assert not target.exists()


def test_the_page_range_of_the_print_dialog(qapp, tmp_path: Path) -> None:
    printer = pdf_printer(tmp_path / "x.pdf")
    assert selected_pages(printer, 5) is None
    printer.setPrintRange(QPrinter.PrintRange.PageRange)
    ranges = QPageRanges()
    ranges.addRange(2, 3)
    ranges.addPage(5)
    printer.setPageRanges(ranges)
    assert selected_pages(printer, 4) == [1, 2]
    assert selected_pages(printer, 6) == [1, 2, 4]
    printer.setPageOrder(QPrinter.PageOrder.LastPageFirst)
    assert selected_pages(printer, 6) == [4, 2, 1]
