"""A tab widget that lays its page out again only when something it measures has changed.

A label given a new text (a count under a table after an edit) asks every layout above
it to lay out again: each ``QLayout.activate`` passes the request on to its parent,
whether or not a size hint changed. ``QTabWidget`` answers by placing its tab bar and
page again and repainting its whole area, the page and all it holds: 5–8 ms of each
edit on a 60-department meeting, where the label alone needed a few hundred
microseconds. Here such a request stops when the tab bar's size hint, the widget's own
hints and its size are those of the last layout: nothing would move.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtWidgets import QTabWidget, QWidget

Measures = tuple[QSize, ...]


class SteadyTabWidget(QTabWidget):
    """A ``QTabWidget`` that skips a layout request when no measure it lays out by changed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._laid_out_for: Measures | None = None

    def _measures(self) -> Measures:
        corners = (self.cornerWidget(corner) for corner in (Qt.Corner.TopLeftCorner,
                                                            Qt.Corner.TopRightCorner))
        return (self.size(), self.tabBar().sizeHint(), self.minimumSizeHint(), self.sizeHint(),
                *(corner.sizeHint() for corner in corners if corner is not None))

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LayoutRequest:
            measures = self._measures()
            if measures == self._laid_out_for:
                return True  # the same places again, and nothing above needs to know
            self._laid_out_for = measures
        return super().event(event)
