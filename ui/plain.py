"""Text from a workspace or a package is shown as plain text, never as markup.

Qt guesses whether a label's, a tooltip's or a message box's text is rich
text (``Qt::mightBeRichText``): a department named ``<img src="/dev/zero">``
would be loaded as an image. Every widget that shows user or package text
goes through these helpers, which fix the format instead of letting Qt guess.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QEvent, QObject, QRect, Qt
from PySide6.QtGui import QFont, QHelpEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QLabel,
    QMessageBox,
    QToolTip,
    QWidget,
)

#: a tooltip is always taken as rich text when it starts like this, so escaped text in it
#: shows as the characters typed (and keeps its line breaks and spaces)
_TOOLTIP = '<p style="white-space:pre-wrap">{}</p>'


def plain_label(text: str = "", parent: QWidget | None = None) -> QLabel:
    """A label that shows ``text`` as typed, never as markup."""
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setText(text)
    return label


def plain_tooltip(text: str | None) -> str:
    """``text`` as a tooltip shows it literally ("" stays "": no tooltip)."""
    return _TOOLTIP.format(html.escape(text)) if text else ""


class PlainToolTips(QObject):
    """Shows every tooltip of the application as plain text, widgets' and table cells' alike.

    Tooltips hold names and notes (a table cell's full text); Qt would take one that
    looks like markup for rich text. Installed on the application by the main window,
    it answers each tooltip request itself, with the text escaped.
    """

    def install(self) -> None:
        app = QApplication.instance()
        assert app is not None
        app.installEventFilter(self)  # removed by Qt when this object is deleted

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.ToolTip or not isinstance(event, QHelpEvent) \
                or not isinstance(watched, QWidget):
            return False
        view = watched.parentWidget()
        if isinstance(view, QAbstractItemView) and watched is view.viewport():
            index = view.indexAt(event.pos())
            text = index.data(Qt.ItemDataRole.ToolTipRole) if index.isValid() else None
            area = view.visualRect(index)
        else:
            text, area = watched.toolTip(), QRect()
        if not text:
            if isinstance(view, QAbstractItemView) and watched is view.viewport():
                QToolTip.hideText()
                return True
            return False  # the parent's tooltip, if it has one
        QToolTip.showText(event.globalPos(), plain_tooltip(str(text)), watched, area)
        return True


def message_box(icon: QMessageBox.Icon, title: str, text: str,
                buttons: QMessageBox.StandardButton = QMessageBox.StandardButton.Ok,
                parent: QWidget | None = None) -> QMessageBox:
    """A message box whose text (a title, a path, a reason) shows as plain text."""
    box = QMessageBox(icon, title, text, buttons, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    return box


def heading(text: str, parent: QWidget | None = None) -> QLabel:
    """A section's title: plain text, bold and a little larger."""
    label = plain_label(text, parent)
    font = QFont(label.font())
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * 1.15)
    label.setFont(font)
    return label
