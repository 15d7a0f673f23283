from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from app import preferences
from app.i18n import set_language
from ui.preferences_dialog import PreferencesDialog


def test_choosing_a_language_is_saved_for_the_next_start(qtbot) -> None:
    dialog = PreferencesDialog()
    qtbot.addWidget(dialog)
    combo = dialog.findChild(type(dialog.language), "language")
    assert combo.currentData() == ""
    combo.setCurrentIndex(combo.findData("zh_CN"))
    assert dialog.needs_restart()
    ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert preferences.load().language == "zh_CN"


def test_the_command_line_follows_the_saved_language(capsys, tmp_path) -> None:
    from app import cli

    preferences.save(preferences.Preferences(language="es"))
    junk = tmp_path / "junk"
    junk.write_bytes(b"not a database at all")
    try:
        assert cli.main(["--workspace", str(junk), "list"]) == 2
        from app.i18n import current_language

        assert current_language() == "es"
    finally:
        set_language("en")


def test_unreadable_preferences_fall_back_to_defaults(isolated_home) -> None:
    path = isolated_home / "config" / "preferences.json"
    path.parent.mkdir(parents=True)
    path.write_text("{not json", encoding="utf-8")
    assert preferences.load() == preferences.Preferences()


def test_the_days_before_a_department_stands_out_are_saved(qtbot) -> None:
    from PySide6.QtWidgets import QSpinBox

    from ui import settings

    dialog = PreferencesDialog()
    qtbot.addWidget(dialog)
    days = next(box for box in dialog.findChildren(QSpinBox)
                if box.accessibleName() == "Flag a department not contacted for")
    assert days.value() == 14 and days.text() == "14 days"   # the default, with its unit
    days.setFocus()
    days.selectAll()
    qtbot.keyClicks(days, "21")
    ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert settings.stale_days() == 21
