"""Icons sharp at any scale and in the palette's colours; the window under a dark palette."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, QSize
from PySide6.QtGui import QColor, QIcon, QPalette
from PySide6.QtWidgets import QApplication

from ui.icons import icon
from ui.widgets.power_grid import GridPerson, PowerGrid

DARK = {QPalette.ColorRole.Window: "#202124", QPalette.ColorRole.WindowText: "#e8eaed",
        QPalette.ColorRole.Base: "#161719", QPalette.ColorRole.Text: "#e8eaed",
        QPalette.ColorRole.Highlight: "#8ab4f8"}


@pytest.fixture
def dark(qapp: QApplication) -> Iterator[QPalette]:
    before = qapp.palette()
    palette = QPalette(before)
    for role, colour in DARK.items():
        palette.setColor(role, QColor(colour))
    palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText,
                     QColor("#80868b"))
    qapp.setPalette(palette)
    yield palette
    qapp.setPalette(before)


def inked(image) -> list[QColor]:  # type: ignore[no-untyped-def]
    """The fully opaque pixels of an image (not the antialiased edges)."""
    return [image.pixelColor(x, y) for x in range(image.width()) for y in range(image.height())
            if image.pixelColor(x, y).alpha() == 255]


def test_an_icon_is_drawn_at_the_device_s_pixels(qapp: QApplication) -> None:
    for scale in (1.0, 1.5, 2.0):
        pixmap = icon("add").pixmap(QSize(16, 16), scale)
        assert pixmap.devicePixelRatio() == scale
        assert pixmap.size() == QSize(round(16 * scale), round(16 * scale))
        assert inked(pixmap.toImage())                          # something was drawn


def test_icons_follow_the_palette_even_as_it_changes(qapp: QApplication) -> None:
    add = icon("add")                                    # made under the light palette
    light = qapp.palette().color(QPalette.ColorRole.WindowText)
    assert all(p.rgb() == light.rgb() for p in inked(add.pixmap(QSize(24, 24)).toImage()))
    before = qapp.palette()
    palette = QPalette(before)
    palette.setColor(QPalette.ColorRole.WindowText, QColor(DARK[QPalette.ColorRole.WindowText]))
    qapp.setPalette(palette)                             # the system turns dark
    try:
        pixels = inked(add.pixmap(QSize(24, 24)).toImage())
        assert pixels and all(p.rgb() == QColor("#e8eaed").rgb() for p in pixels)
    finally:
        qapp.setPalette(before)


def test_a_disabled_icon_takes_the_disabled_text_colour(qapp: QApplication,
                                                        dark: QPalette) -> None:
    text = dark.color(QPalette.ColorRole.WindowText)
    pixels = inked(icon("add").pixmap(QSize(24, 24), 1.0).toImage())
    assert pixels and all(p.rgb() == text.rgb() for p in pixels)
    disabled = icon("add").pixmap(QSize(24, 24), 1.0, QIcon.Mode.Disabled).toImage()
    wanted = dark.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText)
    assert all(p.rgb() == wanted.rgb() for p in inked(disabled))


def test_the_grid_paints_in_the_palette_s_colours(qtbot, dark: QPalette) -> None:
    grid = PowerGrid()
    qtbot.addWidget(grid)
    grid.set_people([GridPerson("Lee", "Finance", 2, 2)])
    grid.resize(600, 400)
    image = grid.plot.grab().toImage()
    # a point of the low-interest half, away from lines and names: the dark base shows
    _outer, cells, _band = grid.plot._areas()
    spot = QPoint(int(cells.left() + cells.width() * 0.05), int(cells.top() + cells.height() * 0.3))
    assert image.pixelColor(spot).rgb() == dark.color(QPalette.ColorRole.Base).rgb()
