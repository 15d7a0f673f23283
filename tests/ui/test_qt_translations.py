"""Qt's own strings (standard buttons, dialogs) follow the interface language."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLibraryInfo, QTranslator
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from ui.app import load_qt_translations


@pytest.fixture
def installed(qapp: QApplication) -> Iterator[list[QTranslator]]:
    """Translators a test installs, removed again so that other tests see English."""
    translators: list[QTranslator] = []
    yield translators
    for translator in translators:
        qapp.removeTranslator(translator)


@pytest.mark.parametrize("language", ["es", "zh_CN"])
def test_qt_ships_our_languages(language: str) -> None:
    folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    assert (folder / f"qtbase_{language}.qm").is_file()


@pytest.mark.parametrize(("language", "cancel"), [("es", "Cancelar"), ("zh_CN", "取消")])
def test_standard_buttons_speak_the_interface_language(
        qapp: QApplication, installed: list[QTranslator], language: str, cancel: str) -> None:
    translator = load_qt_translations(qapp, language)
    assert translator is not None
    installed.append(translator)
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    button = box.button(QDialogButtonBox.StandardButton.Cancel)
    assert button.text().replace("&", "") == cancel


def test_english_needs_no_qt_translation(qapp: QApplication) -> None:
    assert load_qt_translations(qapp, "en") is None
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text().replace("&", "") == "Cancel"
