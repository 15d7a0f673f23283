"""The application's icons: plain-stroke SVGs drawn in the palette's text colour.

The files say ``stroke="currentColor"``. Each icon is drawn from its SVG when
it is painted, at the size and device pixel ratio asked for (sharp on a
high-DPI screen) and in the colour of the palette at that moment (normal or
disabled), so the icons follow a light or dark scheme, even one that changes
while Prewire runs, without a colour written anywhere.
"""

from __future__ import annotations

import logging
from functools import cache

from PySide6.QtCore import QByteArray, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QGuiApplication, QIcon, QIconEngine, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer

from app.paths import resources_dir

logger = logging.getLogger(__name__)


def icon_path(name: str) -> str:
    return str(resources_dir() / "icons" / f"{name}.svg")


@cache
def _source(name: str) -> bytes | None:
    try:
        with open(icon_path(name), "rb") as handle:
            return handle.read()
    except OSError:
        logger.warning("icon %s is missing", name)
        return None


def _colour(mode: QIcon.Mode) -> str:
    group = (QPalette.ColorGroup.Disabled if mode == QIcon.Mode.Disabled
             else QPalette.ColorGroup.Active)
    return QGuiApplication.palette().color(group, QPalette.ColorRole.WindowText).name()


class SvgIconEngine(QIconEngine):
    """Draws one SVG in the palette's colour for the mode, at whatever size is asked."""

    def __init__(self, source: bytes) -> None:
        super().__init__()
        self._source = source

    def _renderer(self, mode: QIcon.Mode) -> QSvgRenderer:
        return QSvgRenderer(QByteArray(self._source.replace(b"currentColor",
                                                            _colour(mode).encode())))

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode,
              state: QIcon.State) -> None:
        self._renderer(mode).render(painter, QRectF(rect))

    def scaledPixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State,
                     scale: float) -> QPixmap:
        # drawn at the device's pixels, then told its ratio: sharp at 150% and 200%
        pixmap = QPixmap(size * scale)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        self._renderer(mode).render(painter, QRectF(0, 0, pixmap.width(), pixmap.height()))
        painter.end()
        pixmap.setDevicePixelRatio(scale)
        return pixmap

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        return self.scaledPixmap(size, mode, state, 1.0)

    def clone(self) -> QIconEngine:
        return SvgIconEngine(self._source)


def icon(name: str) -> QIcon:
    """The icon ``name`` (a file in resources/icons), in the palette's text colour."""
    source = _source(name)
    return QIcon() if source is None else QIcon(SvgIconEngine(source))
