"""Reading rendered PDFs back: their text and their fonts."""

from __future__ import annotations

import io
import os
import shutil
import subprocess
from typing import Any

from pypdf import PdfReader


def reader(data: bytes) -> PdfReader:
    return PdfReader(io.BytesIO(data))


def page_texts(data: bytes) -> list[str]:
    return [page.extract_text() for page in reader(data).pages]


def text(data: bytes) -> str:
    return "\n".join(page_texts(data))


def poppler_text(data: bytes) -> str:
    """The text as pypdf reads it, then as poppler does when it is installed.

    Privacy checks must never vanish: without poppler they still assert on
    pypdf's text; on CI (``CI`` set) a missing poppler is a failure.
    """
    read = text(data)
    exe = shutil.which("pdftotext")
    if exe is None:
        assert not os.environ.get("CI"), "poppler's pdftotext must be installed on CI"
        return read
    done = subprocess.run([exe, "-enc", "UTF-8", "-", "-"], input=data, capture_output=True,
                          check=True)
    return read + "\n" + done.stdout.decode("utf-8")


def fonts(data: bytes) -> dict[str, bool]:
    """Every font the pages use: base font name → whether its program is embedded."""
    found: dict[str, bool] = {}

    def visit(font: Any) -> None:
        font = font.get_object()
        name = str(font["/BaseFont"])
        descriptor = font.get("/FontDescriptor")
        if font.get("/Subtype") == "/Type0":
            descendant = font["/DescendantFonts"][0].get_object()
            descriptor = descendant.get("/FontDescriptor")
        embedded = False
        if descriptor is not None:
            descriptor = descriptor.get_object()
            embedded = any(k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3"))
        found[name] = embedded

    for page in reader(data).pages:
        resources = page.get("/Resources")
        if resources is None:
            continue
        for font in resources.get_object().get("/Font", {}).values():
            visit(font)
    return found


def drawn(data: bytes, page: int) -> list[tuple[str, float, float, bool]]:
    """Each text-showing operation of a page: (text, x, y, whether it starts a line).

    A paragraph line starts after ``BT``, ``T*``, ``Td`` or ``Tm``; the font changes
    (``Tf``) between the runs of one line do not start one.
    """
    out: list[tuple[str, float, float, bool]] = []
    state = {"start": True}

    def before(operator: bytes, _args: Any, _cm: Any, _tm: Any) -> None:
        if operator in (b"BT", b"T*", b"Td", b"TD", b"Tm", b"'", b'"'):
            state["start"] = True

    def visit(chars: str, cm: Any, tm: Any, _font: Any, _size: Any) -> None:
        if chars:  # where the text matrix puts it, on the page
            x = cm[0] * tm[4] + cm[2] * tm[5] + cm[4]
            y = cm[1] * tm[4] + cm[3] * tm[5] + cm[5]
            out.append((chars, float(x), float(y), state["start"]))
            state["start"] = False

    reader(data).pages[page].extract_text(visitor_operand_before=before, visitor_text=visit)
    return out


def line_starts(data: bytes) -> list[str]:
    """The first characters of every printed line, on every page."""
    starts: list[str] = []
    for index in range(len(reader(data).pages)):
        starts += [text.lstrip()[:1] for text, _x, _y, first in drawn(data, index)
                   if first and text.strip()]
    return starts


def outline(data: bytes) -> list[tuple[int, str, int]]:
    """The bookmarks: (level, title, page number from 1), in order."""
    pdf = reader(data)
    found: list[tuple[int, str, int]] = []

    def walk(items: list[Any], level: int) -> None:
        for item in items:
            if isinstance(item, list):
                walk(item, level + 1)
            else:
                found.append((level, str(item.title), pdf.get_destination_page_number(item) + 1))

    walk(pdf.outline, 0)
    return found


def content(data: bytes, page: int) -> bytes:
    """The page's drawing operators, decompressed."""
    return bytes(reader(data).pages[page].get_contents().get_data())


def styled(data: bytes, page: int) -> list[tuple[str, str, float, tuple[float, ...]]]:
    """Each text-showing operation of a page: (text, font's base name, size in points,
    fill colour as its operands: one grey, three RGB or four CMYK numbers)."""
    return [(text, font, size, colour) for text, font, size, colour, _x, _y in placed(data, page)]


def placed(data: bytes, page: int
           ) -> list[tuple[str, str, float, tuple[float, ...], float, float]]:
    """Each text-showing operation of a page: as :func:`styled`, then where it starts: x, y."""
    out: list[tuple[str, str, float, tuple[float, ...], float, float]] = []
    colour: list[tuple[float, ...]] = [(0.0,)]  # a stack, as q and Q save and restore it

    def before(operator: bytes, args: Any, _cm: Any, _tm: Any) -> None:
        if operator == b"q":
            colour.append(colour[-1])
        elif operator == b"Q" and len(colour) > 1:
            colour.pop()
        elif operator in (b"g", b"rg", b"k"):
            colour[-1] = tuple(round(float(a), 3) for a in args)

    def visit(chars: str, cm: Any, tm: Any, font: Any, size: Any) -> None:
        if chars.strip() and font is not None:
            scale = (float(tm[2]) ** 2 + float(tm[3]) ** 2) ** 0.5  # the text matrix's height
            x = cm[0] * tm[4] + cm[2] * tm[5] + cm[4]
            y = cm[1] * tm[4] + cm[3] * tm[5] + cm[5]
            out.append((chars, str(font["/BaseFont"]), round(float(size) * scale, 2),
                        colour[-1], float(x), float(y)))

    reader(data).pages[page].extract_text(visitor_operand_before=before, visitor_text=visit)
    return out


def rgb(hex_colour: str) -> tuple[float, ...]:
    """``#1F4E79`` as the fill operands ReportLab writes for it."""
    return tuple(round(int(hex_colour[i:i + 2], 16) / 255, 3) for i in (1, 3, 5))
