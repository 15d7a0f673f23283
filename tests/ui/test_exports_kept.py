"""Exports and printing keep the user's files: a cancelled package export leaves the file
already there; printing to a file saves the chosen pages with their text, private, under
a safe name in the export folder, whatever the meeting's title."""

from __future__ import annotations

import stat
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QFileDialog, QProgressDialog, QPushButton

from app.services import departments, goals, meetings, participation
from app.storage import Workspace
from tests.ui.window_helpers import Dialogs, child, no_dialogs, trigger, window_on
from ui import settings
from ui.window import document_exports
from ui.window.main_window import MainWindow

__all__ = ["no_dialogs"]  # a fixture, used by name

HOSTILE_TITLE = "a/b:c*?"


@pytest.fixture
def meeting(workspace: Workspace) -> int:
    made = meetings.create(workspace, title=HOSTILE_TITLE, duration_minutes=60).id or 0
    for number in range(1, 7):  # a dossier page each: a pack of several pages
        department = departments.create(workspace, name=f"Department {number}").id or 0
        participation.add(workspace, made, department, engagement="neutral")
    goals.add(workspace, made, statement="Agree the rollout")
    return made


@pytest.fixture
def window(qtbot: Any, workspace: Workspace, meeting: int,
           no_dialogs: Dialogs) -> Iterator[MainWindow]:
    shown = window_on(qtbot, workspace, meeting)
    yield shown
    shown.close()


def wait_done(qtbot: Any, window: MainWindow) -> None:
    op = window.documents.running
    assert op is not None
    qtbot.waitUntil(op.is_done, timeout=30000)


def page_texts(path: Path) -> list[str]:
    return [page.extract_text() for page in PdfReader(path).pages]


def test_print_to_file_saves_the_chosen_pages_with_their_text(
        qtbot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    exports = tmp_path / "exports"
    exports.mkdir()
    settings.set_last_export_folder(exports)
    offered: list[Path] = []
    chosen = (3, 5)  # 1-based, as the print dialog has them

    def ask_printer(_parent: Any, printer: QPrinter, page_count: int, file: Path) -> bool:
        offered.append(file)
        assert page_count > chosen[1]
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(file))    # as offered: the user pressed Print
        printer.setPrintRange(QPrinter.PrintRange.PageRange)
        printer.setFromTo(*chosen)
        return True

    monkeypatch.setattr(document_exports, "ask_printer", ask_printer)
    trigger(window, "print_briefing")
    dialog = window.documents.dialog
    assert dialog is not None
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    wait_done(qtbot, window)  # rendered
    wait_done(qtbot, window)  # saved

    [file] = offered
    assert file.parent == exports                                # not the home folder
    assert file.name == "a b c – briefing.pdf"                   # safe on every system
    saved = page_texts(file)
    assert len(saved) == 3

    # the very pages chosen, with their text (not images of them)
    whole = tmp_path / "whole.pdf"
    from app.services import briefing
    whole.write_bytes(briefing.prepare(window.context.workspace, window.meeting_id or 0,
                                       pre_read=False).render())
    everything = page_texts(whole)
    assert saved == everything[chosen[0] - 1:chosen[1]]
    assert any("Department" in text for text in saved)
    assert stat.S_IMODE(file.stat().st_mode) == 0o600           # private to the user
    assert [p.name for p in exports.iterdir()] == [file.name]    # no staging file left


def test_the_print_dialog_offers_the_safe_name_in_the_export_folder(
        qtbot, window: MainWindow, tmp_path: Path) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QLineEdit

    seen: list[str] = []

    def look_and_cancel() -> None:
        dialog = QApplication.activeModalWidget()
        assert dialog is not None
        field = dialog.findChild(QLineEdit, "filename")
        seen.append(field.text() if field is not None else "")
        dialog.reject()

    QTimer.singleShot(100, look_and_cancel)
    printer = QPrinter()
    offered = tmp_path / "a b c – briefing.pdf"
    assert not document_exports.ask_printer(window, printer, 4, offered)
    assert seen == [str(offered)]
    assert printer.docName() == "a b c – briefing"


def test_a_cancelled_package_export_keeps_the_existing_file(
        qtbot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from app.services import packages

    target = tmp_path / "last-week.prewire.json"
    target.write_bytes(b"last week's package")
    offered: list[str] = []

    def save_as(_parent: Any, _caption: str, start: str, _filter: str) -> tuple[str, str]:
        offered.append(start)
        return str(target), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)
    release = threading.Event()
    export = packages.export_package

    def slow_export(*args: Any) -> None:
        export(*args)   # written whole before the user's Cancel is seen
        release.wait(20)

    monkeypatch.setattr(packages, "export_package", slow_export)
    trigger(window, "export_package")
    progress = child(window, QProgressDialog, "progress_dialog")
    qtbot.waitUntil(progress.isVisible, timeout=5000)
    [cancel] = progress.findChildren(QPushButton)
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    release.set()
    op = window.files.running
    assert op is not None
    qtbot.waitUntil(op.is_done, timeout=20000)

    assert target.read_bytes() == b"last week's package"
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []
    assert Path(offered[0]).name == "a b c.prewire.json"


def test_a_package_export_replaces_the_file_when_done(
        qtbot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "last-week.prewire.json"
    target.write_bytes(b"last week's package")
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a: (str(target), ""))
    trigger(window, "export_package")
    op = window.files.running
    assert op is not None
    qtbot.waitUntil(op.is_done, timeout=20000)
    assert HOSTILE_TITLE in target.read_text(encoding="utf-8")
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []
