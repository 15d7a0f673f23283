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

from ui.printing import PrintError, pdf_pages, print_pdf, selected_pages

#: each sample page carries a black band this many points high for each of its number
BAND = 40


def sample_pdf(pages: int) -> bytes:
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4)
    width, height = A4
    for number in range(1, pages + 1):
        canvas.setFont("Helvetica", 48)
        canvas.drawString(100, 100, f"Page {number}")
        canvas.rect(0, height - BAND * number, width, BAND * number, stroke=0, fill=1)
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def page_numbers(target: Path) -> list[int]:
    """Which sample page each printed page shows, read from the height of its black band."""
    numbers = []
    for page in PdfReader(target).pages:
        [picture] = page.images
        image = picture.image
        # the page is drawn as ink over a transparent background
        ink = image.getchannel("A") if image.mode == "RGBA" else image.convert("L").point(
            lambda value: 255 - value)
        inked = sum(ink.histogram()[128:]) / (ink.width * ink.height)
        numbers.append(round(inked * A4[1] / BAND))
    return numbers


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
    assert print_pdf(sample_pdf(5), pdf_printer(target), [1, 4, 2]) == 3
    assert page_numbers(target) == [2, 5, 3]        # those pages, in that order


def test_every_page_is_printed_once_in_order(qapp, tmp_path: Path) -> None:
    target = tmp_path / "all.pdf"
    print_pdf(sample_pdf(4), pdf_printer(target))
    assert page_numbers(target) == [1, 2, 3, 4]


def test_the_chosen_pages_saved_as_a_file_keep_their_text(tmp_path: Path) -> None:
    saved = pdf_pages(sample_pdf(5), [3, 1])
    assert [page.extract_text().strip() for page in PdfReader(io.BytesIO(saved)).pages] == [
        "Page 4", "Page 2"]
    whole = sample_pdf(2)
    assert pdf_pages(whole, None) == whole          # all pages: the document as it is


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
