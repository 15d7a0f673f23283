"""Text from a workspace or a package is shown as plain text, never as markup.

Qt guesses whether a label's, a tooltip's or a message box's text is rich
text (``Qt::mightBeRichText``): a department named ``<img src="/dev/zero">``
would be loaded as an image. Every widget that shows user or package text
goes through these helpers, which fix the format instead of letting Qt guess.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

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


def set_plain_tooltip(widget: QWidget, text: str | None) -> None:
    widget.setToolTip(plain_tooltip(text))


def message_box(icon: QMessageBox.Icon, title: str, text: str,
                buttons: QMessageBox.StandardButton = QMessageBox.StandardButton.Ok,
                parent: QWidget | None = None) -> QMessageBox:
    """A message box whose text (a title, a path, a reason) shows as plain text."""
    box = QMessageBox(icon, title, text, buttons, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    return box
