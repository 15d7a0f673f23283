"""A line that warns: the style's warning sign, then plain text a screen reader reads as a
warning."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QApplication, QHBoxLayout, QLabel, QStyle, QWidget

from app.i18n import _


class WarningLine(QWidget):
    """Hidden until :meth:`warn` gives it something to say."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.icon = QLabel(self)
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
        sign = QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        self.icon.setPixmap(sign.pixmap(QSize(size, size), self.devicePixelRatioF()))
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.text, 1)
        self.hide()

    def warn(self, text: str) -> None:
        """Say ``text`` as a warning; an empty text hides the line."""
        self.text.setText(text)
        self.setAccessibleName(_("Warning: {text}").format(text=text) if text else "")
        self.setVisible(bool(text))
