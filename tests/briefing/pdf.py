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
