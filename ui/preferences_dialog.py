"""Preferences: the interface language (the briefing pack follows each meeting's own)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from app import preferences
from app.domain.enums import Language, label
from app.i18n import _, current_language


class PreferencesDialog(QDialog):
    """Choose the interface language; it applies the next time Prewire starts."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_("Preferences"))
        self.language = QComboBox(self)
        self.language.setObjectName("language")
        self.language.addItem(_("Same as the system"), "")
        # each language is offered in its own name, so anyone can find theirs
        own_names = {"en": "English", "es": "Español", "zh_CN": "简体中文"}
        for value in Language:
            self.language.addItem(f"{own_names[value.value]} — {label(value)}", value.value)
        saved = preferences.load().language
        self.language.setCurrentIndex(max(0, self.language.findData(saved)))
        note = QLabel(_("The briefing pack of each meeting is printed in that meeting's "
                        "language, whatever the interface speaks."), self)
        note.setWordWrap(True)
        form = QFormLayout()
        form.addRow(_("Interface language:"), self.language)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)

    def chosen_language(self) -> str:
        return str(self.language.currentData())

    def accept(self) -> None:
        preferences.save(preferences.Preferences(language=self.chosen_language()))
        super().accept()

    def needs_restart(self) -> bool:
        """Whether the choice differs from the language the window speaks now."""
        chosen = self.chosen_language()
        return bool(chosen) and chosen != current_language()
