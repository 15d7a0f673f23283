"""The application's icons: plain-stroke SVGs drawn in the palette's text colour.

The files say ``stroke="currentColor"``; each is rendered with the colour of
the current palette (normal and disabled), so the icons follow a light or dark
theme without a colour written anywhere.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QByteArray, QRectF, Qt
from PySide6.QtGui import QGuiApplication, QIcon, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer

from app.paths import resources_dir

logger = logging.getLogger(__name__)

_SIZES = (16, 20, 24, 32, 48)
_cache: dict[tuple[str, str, str], QIcon] = {}


def icon_path(name: str) -> str:
    return str(resources_dir() / "icons" / f"{name}.svg")


def _pixmap(svg: bytes, size: int) -> QPixmap:
    renderer = QSvgRenderer(QByteArray(svg))
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    return pixmap


def icon(name: str) -> QIcon:
    """The icon ``name`` (a file in resources/icons), in the palette's text colour."""
    palette = QGuiApplication.palette()
    normal = palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.WindowText).name()
    disabled = palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText).name()
    key = (name, normal, disabled)
    if key in _cache:
        return _cache[key]
    try:
        with open(icon_path(name), "rb") as handle:
            source = handle.read()
    except OSError:
        logger.warning("icon %s is missing", name)
        return QIcon()
    result = QIcon()
    for colour, mode in ((normal, QIcon.Mode.Normal), (disabled, QIcon.Mode.Disabled)):
        svg = source.replace(b"currentColor", colour.encode())
        for size in _SIZES:
            result.addPixmap(_pixmap(svg, size), mode)
    _cache[key] = result
    return result
