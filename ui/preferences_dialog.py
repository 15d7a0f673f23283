"""Preferences: the interface language (the briefing pack follows each meeting's own), and
when a department not spoken with stands out."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app import preferences
from app.domain.enums import Language, label
from app.i18n import _, current_language
from ui import settings


class PreferencesDialog(QDialog):
    """Choose the interface language (it applies the next time Prewire starts) and after how
    many days without a contact a department stands out (at once)."""

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
        self.stale_days = QSpinBox(self)
        self.stale_days.setObjectName("stale_days")
        self.stale_days.setRange(*settings.STALE_DAYS_RANGE)
        self.stale_days.setValue(settings.stale_days())
        # the unit follows the number in the field itself, as each language writes it
        prefix, _n, suffix = _("{n} days").partition("{n}")
        self.stale_days.setPrefix(prefix)
        self.stale_days.setSuffix(suffix)
        stale_label = _("Flag a department not contacted for:")
        self.stale_days.setAccessibleName(stale_label.rstrip(":："))
        self.stale_days.setToolTip(_("The Overview and the meeting list mark a department "
                                     "nobody has spoken with for this long."))
        form = QFormLayout()
        form.addRow(_("Interface language:"), self.language)
        form.addRow(stale_label, self.stale_days)
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
        settings.set_stale_days(self.stale_days.value())
        super().accept()

    def needs_restart(self) -> bool:
        """Whether the choice differs from the language the window speaks now."""
        chosen = self.chosen_language()
        return bool(chosen) and chosen != current_language()
