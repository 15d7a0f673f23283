"""Exporting or printing the pre-read records it as sent: one dated touchpoint per department
ticked in the dialog, undone in one step; "Don't record" records nothing."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QCheckBox, QListWidget

from app.domain.enums import Channel
from app.services import departments, meetings, participation, touchpoints
from app.storage import Workspace
from tests.ui.test_document_exports import SaveAs, choose_sections, wait_done
from tests.ui.test_engagement_fields import tick
from tests.ui.window_helpers import Dialogs, child, no_dialogs, trigger, window_on
from ui.export_dialog import BriefingDialog
from ui.window import document_exports
from ui.window.main_window import MainWindow

NAMES = ("Finance", "Sales", "Security")

__all__ = ["no_dialogs"]  # a fixture, used by name


@pytest.fixture
def parts(workspace: Workspace) -> dict[str, int]:
    meeting = meetings.create(workspace, title="Customer data platform", language="es",
                              duration_minutes=60).id or 0
    found = {"meeting": meeting}
    for name in NAMES:
        profile = departments.create(workspace, name=name).id or 0
        found[name] = participation.add(workspace, meeting, profile).id or 0
    return found


@pytest.fixture
def window(qtbot, workspace: Workspace, parts: dict[str, int],
           no_dialogs: Dialogs) -> Iterator[MainWindow]:
    shown = window_on(qtbot, workspace, parts["meeting"])
    yield shown
    shown.close()


def sent(workspace: Workspace, part: int) -> list[tuple[date, Channel, str, bool]]:
    return [(t.date, t.channel, t.summary, t.preread_sent)
            for t in touchpoints.list_for(workspace, part)]


def untick(qtbot, dialog: BriefingDialog, name: str) -> None:
    listing = child(dialog, QListWidget, "sent_to")
    item = listing.findItems(name, Qt.MatchFlag.MatchExactly)[0]
    qtbot.mouseClick(listing.viewport(), Qt.MouseButton.LeftButton,
                     pos=listing.visualItemRect(item).center())
    qtbot.keyClick(listing, Qt.Key.Key_Space)   # the selected line's box
    assert item.checkState() == Qt.CheckState.Unchecked


def test_the_pre_read_is_recorded_as_sent_to_the_departments_ticked(
        qtbot, window: MainWindow, workspace: Workspace, parts: dict[str, int],
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    SaveAs(monkeypatch, tmp_path / "pre-read.pdf")

    def two_of_three(dialog: BriefingDialog) -> None:
        listing = child(dialog, QListWidget, "sent_to")
        assert listing.isVisible()
        shown = [listing.item(i) for i in range(listing.count())]
        assert [i.text() for i in shown] == list(NAMES)
        assert all(i.checkState() == Qt.CheckState.Checked for i in shown)  # all by default
        untick(qtbot, dialog, "Security")

    choose_sections(qtbot, window, "export_pre_read", two_of_three)
    wait_done(qtbot, window)

    # dated today, in the meeting's language: its log is the meeting's record
    recorded = [(date.today(), Channel.email, "Documentación previa enviada", True)]
    assert sent(workspace, parts["Finance"]) == recorded
    assert sent(workspace, parts["Sales"]) == recorded
    assert sent(workspace, parts["Security"]) == []

    window.context.undo_stack.undo()   # one step takes back both
    assert sent(workspace, parts["Finance"]) == sent(workspace, parts["Sales"]) == []
    window.context.undo_stack.redo()
    assert len(sent(workspace, parts["Finance"])) == len(sent(workspace, parts["Sales"])) == 1


def test_don_t_record_records_nothing(qtbot, window: MainWindow, workspace: Workspace,
                                      parts: dict[str, int], tmp_path: Path,
                                      monkeypatch: pytest.MonkeyPatch) -> None:
    SaveAs(monkeypatch, tmp_path / "pre-read.pdf")

    def do_not(dialog: BriefingDialog) -> None:
        tick(qtbot, child(dialog, QCheckBox, "dont_record"))
        assert not child(dialog, QListWidget, "sent_to").isEnabled()

    choose_sections(qtbot, window, "export_pre_read", do_not)
    wait_done(qtbot, window)
    assert (tmp_path / "pre-read.pdf").exists()
    assert all(sent(workspace, parts[name]) == [] for name in NAMES)
    assert not window.context.undo_stack.canUndo()


def test_the_pack_offers_no_record(qtbot, window: MainWindow, workspace: Workspace,
                                   parts: dict[str, int], tmp_path: Path,
                                   monkeypatch: pytest.MonkeyPatch) -> None:
    SaveAs(monkeypatch, tmp_path / "pack.pdf")
    choose_sections(qtbot, window, "export_briefing",
                    lambda dialog: None if not child(dialog, QListWidget, "sent_to").isVisible()
                    else pytest.fail("the private pack is sent to nobody"))
    wait_done(qtbot, window)
    assert all(sent(workspace, parts[name]) == [] for name in NAMES)


def print_pre_read(qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch,
                   target: Path | None) -> None:
    """Print the pre-read: to a PDF file at ``target``, or cancel the print dialog (None)."""
    def ask_printer(_parent: Any, printer: QPrinter, _count: int, _file: Path) -> bool:
        if target is None:
            return False
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(target))
        return True

    monkeypatch.setattr(document_exports, "ask_printer", ask_printer)
    trigger(window, "print_briefing")
    dialog = window.documents.dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    dialog.pre_read_button.click()
    untick(qtbot, dialog, "Sales")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    wait_done(qtbot, window)   # rendered
    if target is not None:
        wait_done(qtbot, window)   # saved


def test_a_printed_pre_read_is_recorded_once_printed(
        qtbot, window: MainWindow, workspace: Workspace, parts: dict[str, int],
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    print_pre_read(qtbot, window, monkeypatch, None)          # the print dialog cancelled
    assert all(sent(workspace, parts[name]) == [] for name in NAMES)
    print_pre_read(qtbot, window, monkeypatch, tmp_path / "printed.pdf")
    assert (tmp_path / "printed.pdf").exists()
    assert [len(sent(workspace, parts[name])) for name in NAMES] == [1, 0, 1]
