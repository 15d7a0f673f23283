"""A calm ring showing a score out of 100, painted in the palette's colours."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QFont, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from app.i18n import _


class ScoreBadge(QWidget):
    """A ring filled to the score, the percentage in its middle."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._score = 0
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(_("Readiness score"))
        self._describe()

    def score(self) -> int:
        return self._score

    def set_score(self, score: int) -> None:
        self._score = max(0, min(100, score))
        self._describe()
        self.update()

    def _describe(self) -> None:
        percent = _("{score}%").format(score=self._score)  # not in "{score}% ready": see overview
        self.setAccessibleDescription(_("{percent} ready").format(percent=percent))
        self.setToolTip(self.accessibleDescription())

    def sizeHint(self) -> QSize:
        # sized from the font, so it grows with the user's text size
        side = self.fontMetrics().height() * 6
        return QSize(side, side)

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        side = min(self.width(), self.height())
        thickness = max(4.0, side / 11)
        ring = QRectF((self.width() - side) / 2, (self.height() - side) / 2, side, side)
        ring.adjust(thickness / 2, thickness / 2, -thickness / 2, -thickness / 2)

        track = QPen(palette.color(QPalette.ColorRole.Mid), thickness)
        painter.setPen(track)
        painter.drawEllipse(ring)
        if self._score:
            arc = QPen(palette.color(QPalette.ColorRole.Highlight), thickness)
            arc.setCapStyle(Qt.PenCapStyle.RoundCap)
            painter.setPen(arc)
            # Qt angles are in 1/16 degree, counter-clockwise; start at 12 o'clock, go clockwise
            painter.drawArc(ring, 90 * 16, -int(self._score * 360 * 16 / 100))

        font = QFont(self.font())
        font.setPointSizeF(max(8.0, font.pointSizeF() * side / (self.fontMetrics().height() * 4)))
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(palette.color(QPalette.ColorRole.WindowText))
        painter.drawText(ring, Qt.AlignmentFlag.AlignCenter,
                         _("{score}%").format(score=self._score))
        painter.end()
