"""Render the application icon (resources/icons/app/org.prewire.Prewire.svg) for every platform.

``python packaging/render_icons.py OUT`` writes, from the one SVG:

* ``OUT/hicolor/SIZExSIZE/apps/org.prewire.Prewire.png`` for the freedesktop sizes, and
  ``OUT/hicolor/scalable/apps/org.prewire.Prewire.svg``;
* ``OUT/org.prewire.Prewire.png`` (256 px, the window's icon in the bundle);
* ``OUT/prewire.ico`` (Windows, 16 to 256 px) and ``OUT/prewire.icns`` (macOS).

Qt draws the SVG (QtSvg); the .ico and .icns are containers of PNG images, written here
(Qt's own writers store one image per file), so the build needs nothing beyond the
application's own dependencies.
"""

from __future__ import annotations

import shutil
import struct
import sys
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

APP_ID = "org.prewire.Prewire"
SOURCE = Path(__file__).resolve().parent.parent / "resources" / "icons" / "app" / f"{APP_ID}.svg"
HICOLOR_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
#: the icns entry types that hold PNG data, by pixel size
ICNS_TYPES = {16: b"icp4", 32: b"icp5", 64: b"icp6", 128: b"ic07", 256: b"ic08",
              512: b"ic09", 1024: b"ic10"}


def render(renderer: QSvgRenderer, size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    return image


def png(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def ico(images: dict[int, bytes]) -> bytes:
    """A Windows icon: a directory of PNG entries (a size of 256 is written as 0)."""
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = len(header) + 16 * len(images)
    entries, blobs = b"", b""
    for size, data in images.items():
        side = 0 if size >= 256 else size
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(data), offset)
        offset += len(data)
        blobs += data
    return header + entries + blobs


def icns(images: dict[int, bytes]) -> bytes:
    """A macOS icon: typed PNG entries, lengths big-endian and counting their own header."""
    body = b"".join(ICNS_TYPES[size] + struct.pack(">I", len(data) + 8) + data
                    for size, data in images.items())
    return b"icns" + struct.pack(">I", len(body) + 8) + body


def main(out: Path) -> None:
    renderer = QSvgRenderer(str(SOURCE))
    if not renderer.isValid():
        raise SystemExit(f"{SOURCE}: not a valid SVG")
    scalable = out / "hicolor" / "scalable" / "apps"
    scalable.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(SOURCE, scalable / f"{APP_ID}.svg")
    for size in HICOLOR_SIZES:
        folder = out / "hicolor" / f"{size}x{size}" / "apps"
        folder.mkdir(parents=True, exist_ok=True)
        render(renderer, size).save(str(folder / f"{APP_ID}.png"))
    render(renderer, 256).save(str(out / f"{APP_ID}.png"))
    (out / "prewire.ico").write_bytes(ico({s: png(render(renderer, s)) for s in ICO_SIZES}))
    (out / "prewire.icns").write_bytes(icns({s: png(render(renderer, s)) for s in ICNS_TYPES}))


if __name__ == "__main__":
    if len(sys.argv) != 2:
        raise SystemExit("usage: render_icons.py OUT")
    app = QGuiApplication(["render_icons", "-platform", "offscreen"])
    main(Path(sys.argv[1]))
