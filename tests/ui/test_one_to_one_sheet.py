"""The Departments step's one-to-one sheet, asked for as a user does: select, click, save."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from tests.ui.test_document_exports import (
    PRIVATE_NOTE,
    SaveAs,
    leftovers,
    meeting,
    pdf_text,
    wait_done,
    window,
)
from tests.ui.window_helpers import Dialogs, child, no_dialogs
from ui.main_window import MainWindow

__all__ = ["meeting", "no_dialogs", "window"]  # fixtures, used by name


def test_the_selected_departments_sheet_is_written(
        qtbot, window: MainWindow, no_dialogs: Dialogs, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    window.navigate("departments")
    page = window.steps.currentWidget()
    button = child(page, QPushButton, "one_to_one_sheet")
    page.table.view.selectRow(0)
    qtbot.waitUntil(button.isEnabled)
    save = SaveAs(monkeypatch, tmp_path / "finance")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    wait_done(qtbot, window)
    assert save.offered[0].name.endswith("one-to-one Finance.pdf")
    text = pdf_text(tmp_path / "finance.pdf")
    assert "Finance" in text and "Private one-to-one sheet" in text
    assert "Questions worth asking" in text
    assert PRIVATE_NOTE not in text  # the sheet is for the conversation, not the dossier
    assert leftovers(tmp_path) == []
