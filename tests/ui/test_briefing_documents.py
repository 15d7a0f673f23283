"""The one-to-one sheet from the Departments step, and what the window says about a
written pre-read or report: asked for as a user does."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from app.services import agenda
from app.storage import Workspace
from tests.ui.test_document_exports import (
    PRIVATE_NOTE,
    SaveAs,
    choose_sections,
    leftovers,
    meeting,
    pdf_text,
    wait_done,
    window,
)
from tests.ui.window_helpers import Dialogs, child, no_dialogs, trigger
from ui.window.main_window import MainWindow

__all__ = ["meeting", "no_dialogs", "window"]  # fixtures, used by name


def test_the_selected_departments_sheet_is_written(
        qtbot, window: MainWindow, no_dialogs: Dialogs, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    window.navigate("departments")
    page = window.current_page()
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


def test_a_pre_read_over_time_is_said_when_it_is_written(
        qtbot, window: MainWindow, workspace: Workspace, meeting: int, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    agenda.add(workspace, meeting, title="Plan", minutes=50)
    agenda.add(workspace, meeting, title="Questions", minutes=25)  # 75 of 60 minutes
    window.show_meeting(meeting)
    SaveAs(monkeypatch, tmp_path / "pre-read.pdf")
    choose_sections(qtbot, window, "export_pre_read")
    wait_done(qtbot, window)
    box = window.documents.written_box
    assert box is not None
    assert "75 minutes, over the 60 planned" in box.text()


def test_the_report_says_what_it_carries_of_the_review(
        qtbot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    SaveAs(monkeypatch, tmp_path / "report.pdf")
    trigger(window, "export_report")
    wait_done(qtbot, window)
    box = window.documents.written_box
    assert box is not None and "rating and the lessons as you wrote them" in box.text()
