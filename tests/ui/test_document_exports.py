"""File ▸ the meeting's documents, driven as a user: briefing pack, pre-read, print, calendar,
actions; a cancelled or failed export leaves the folder as it was."""

from __future__ import annotations

import csv
import dataclasses
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QProgressDialog, QPushButton

from app.briefing.document import BriefingDocument
from app.services import actions, briefing, departments, meetings, open_issues, participation
from app.storage import Workspace, open_workspace
from app.views.changes import Changes
from tests.ui.window_helpers import Dialogs, child, no_dialogs, open_window, trigger
from ui import settings
from ui.export_dialog import BriefingDialog
from ui.window.document_exports import document_name
from ui.window.main_window import MainWindow

__all__ = ["no_dialogs"]  # a fixture, used by name

PRIVATE_NOTE = "ZQXPRIVATENOTE"
TITLE = "Customer data platform"


@pytest.fixture
def meeting(workspace: Workspace) -> int:
    m = meetings.create(workspace, title=TITLE, scheduled_at="2026-12-03T10:00:00+01:00",
                        duration_minutes=60).id or 0
    finance = departments.create(workspace, name="Finance").id or 0
    participation.add(workspace, m, finance, engagement="resistant", private_notes=PRIVATE_NOTE)
    actions.add(workspace, m, text="Send the plan", due="2026-12-10")
    actions.add(workspace, m, text="Book the room")
    open_issues.add(workspace, m, text="Who signs?", due="2026-12-12")
    return m


@pytest.fixture
def window(qtbot, workspace: Workspace, meeting: int, no_dialogs: Dialogs) -> Iterator[MainWindow]:
    shown = open_window(qtbot, workspace)
    shown.show_meeting(meeting)
    yield shown
    shown.close()


class SaveAs:
    """Stands in for the save-file dialog: answers ``target``, records what it was offered."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, target: Path | None) -> None:
        self.target = target
        self.offered: list[Path] = []
        monkeypatch.setattr(QFileDialog, "getSaveFileName", self)

    def __call__(self, _parent: Any, _caption: str, start: str, _filter: str) -> tuple[str, str]:
        self.offered.append(Path(start))
        return (str(self.target) if self.target else "", "")


def choose_sections(qtbot, window: MainWindow, action: str,
                    adjust: Callable[[BriefingDialog], None] | None = None) -> None:
    """Open the briefing dialog from the menu, let ``adjust`` change it, and press its OK."""
    trigger(window, action)
    dialog = window.documents.dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    if adjust is not None:
        adjust(dialog)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)


def wait_done(qtbot, window: MainWindow) -> None:
    op = window.documents.running
    assert op is not None
    qtbot.waitUntil(op.is_done, timeout=20000)


def pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.startswith("."))


def test_the_briefing_pack_is_written_and_offered_to_open(
        qtbot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "out"
    out.mkdir()
    save = SaveAs(monkeypatch, out / "pack")  # the extension is added
    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl",
                        lambda url: opened.append(url.toLocalFile()) or True)

    def without_follow_up(dialog: BriefingDialog) -> None:
        assert dialog.pack_button.isChecked()
        assert all(box.isEnabled() and box.isChecked() for box in dialog.boxes.values())
        qtbot.mouseClick(child(dialog, QPushButton, "select_none"), Qt.MouseButton.LeftButton)
        assert not dialog.ok_button.isEnabled()
        qtbot.mouseClick(child(dialog, QPushButton, "select_all"), Qt.MouseButton.LeftButton)
        dialog.boxes["follow_up"].click()

    choose_sections(qtbot, window, "export_briefing", without_follow_up)
    wait_done(qtbot, window)

    assert save.offered == [Path.home() / f"{TITLE} – briefing.pdf"]
    target = out / "pack.pdf"
    text = pdf_text(target)
    assert TITLE in text
    assert PRIVATE_NOTE in text  # the private pack has the private notes
    assert "Follow-up sheet" not in text
    assert leftovers(out) == []
    pages = len(PdfReader(target).pages)
    assert f"({pages} pages)" in window.statusBar().currentMessage()

    box = window.documents.written_box
    assert box is not None and box.isVisible()
    assert f"{pages} pages" in box.text()
    qtbot.mouseClick(child(box, QPushButton, "open_document"), Qt.MouseButton.LeftButton)
    assert opened == [str(target)]
    qtbot.waitUntil(lambda: not box.isVisible())

    # the next export starts in the same folder, with the same sections
    assert settings.last_export_folder() == out
    assert "follow_up" not in (settings.briefing_sections(False) or [])


def test_the_pre_read_leaves_out_private_sections_and_notes(
        qtbot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    save = SaveAs(monkeypatch, tmp_path / "pre-read.pdf")

    def check(dialog: BriefingDialog) -> None:
        assert dialog.pre_read_button.isChecked()
        for key, box in dialog.boxes.items():
            shared = key in briefing.PRE_READ_SECTIONS
            assert box.isEnabled() == shared == box.isChecked(), key
            if not shared:
                assert "pre-read" in box.toolTip()
        # back and forth: the pack has all its sections again, the pre-read only its own
        dialog.pack_button.click()
        assert all(box.isEnabled() and box.isChecked() for box in dialog.boxes.values())
        dialog.pre_read_button.click()
        assert not dialog.boxes["dossiers"].isEnabled()
        assert not dialog.boxes["dossiers"].isChecked()
        qtbot.mouseClick(child(dialog, QPushButton, "select_all"), Qt.MouseButton.LeftButton)
        assert not dialog.boxes["objections"].isChecked()

    choose_sections(qtbot, window, "export_pre_read", check)
    wait_done(qtbot, window)

    assert save.offered[0].name == f"{TITLE} – pre-read.pdf"
    text = pdf_text(tmp_path / "pre-read.pdf")
    assert TITLE in text and "Pre-read" in text
    for private in (PRIVATE_NOTE, "Resistant", "Readiness", "Follow-up sheet"):
        assert private not in text


def test_a_cancelled_export_writes_nothing(qtbot, window: MainWindow, tmp_path: Path,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "existing.pdf"
    target.write_bytes(b"the earlier pack")
    SaveAs(monkeypatch, target)
    release = threading.Event()
    render = BriefingDocument.render

    def slow_render(document: BriefingDocument) -> bytes:
        release.wait(20)  # held until the user has pressed Cancel
        return render(document)

    monkeypatch.setattr(BriefingDocument, "render", slow_render)
    choose_sections(qtbot, window, "export_briefing")
    progress = child(window, QProgressDialog, "progress_dialog")
    qtbot.waitUntil(progress.isVisible, timeout=5000)
    assert window.isEnabled() and window.documents.running is not None
    [cancel] = progress.findChildren(QPushButton)
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    release.set()
    wait_done(qtbot, window)

    assert target.read_bytes() == b"the earlier pack"
    assert leftovers(tmp_path) == []
    assert window.documents.written_box is None


def test_a_failed_export_says_which_file_and_leaves_nothing(
        qtbot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        no_dialogs: Dialogs) -> None:
    missing = tmp_path / "gone" / "pack.pdf"
    SaveAs(monkeypatch, missing)
    choose_sections(qtbot, window, "export_briefing")
    wait_done(qtbot, window)
    [(kind, title, text)] = no_dialogs.shown
    assert (kind, title) == ("error", "Not exported")
    assert str(missing) in text
    assert not missing.parent.exists()

    # a folder in the way of the file: the rename fails, the folder stays as it was
    in_the_way = tmp_path / "taken.pdf"
    in_the_way.mkdir()
    (in_the_way / "keep.txt").write_text("mine", encoding="utf-8")
    SaveAs(monkeypatch, in_the_way)
    choose_sections(qtbot, window, "export_briefing")
    wait_done(qtbot, window)
    assert len(no_dialogs.shown) == 2 and str(in_the_way) in no_dialogs.shown[1][2]
    assert [p.name for p in in_the_way.iterdir()] == ["keep.txt"]
    assert leftovers(tmp_path) == []


def test_calendar_and_actions_are_written(qtbot, window: MainWindow, tmp_path: Path,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    save = SaveAs(monkeypatch, tmp_path / "dates")
    trigger(window, "export_calendar")
    wait_done(qtbot, window)
    calendar = (tmp_path / "dates.ics").read_text(encoding="utf-8")
    assert calendar.count("BEGIN:VEVENT") == 3  # the meeting, one due action, one follow-up
    assert "3 calendar entries" in window.statusBar().currentMessage()
    assert save.offered[0].name == f"{TITLE}.ics"

    save.target = tmp_path / "todo.csv"
    trigger(window, "export_actions")
    wait_done(qtbot, window)
    rows = list(csv.reader((tmp_path / "todo.csv").read_text(encoding="utf-8-sig").splitlines()))
    assert [row[:2] for row in rows[1:]] == [[TITLE, "Send the plan"], [TITLE, "Book the room"]]
    assert "2 actions" in window.statusBar().currentMessage()
    assert save.offered[1] == tmp_path / f"{TITLE} – actions.csv"


def test_the_report_for_the_leader(qtbot, window: MainWindow, tmp_path: Path,
                                   monkeypatch: pytest.MonkeyPatch) -> None:
    SaveAs(monkeypatch, tmp_path / "report.pdf")
    trigger(window, "export_report")
    wait_done(qtbot, window)
    assert TITLE in pdf_text(tmp_path / "report.pdf")
    assert window.documents.written_box is not None


def test_no_meeting_no_exports_and_read_only_may_export(qtbot, tmp_path: Path, meeting: int,
                                                        workspace: Workspace,
                                                        no_dialogs: Dialogs) -> None:
    empty = open_workspace(tmp_path / "empty.prewire")
    window = open_window(qtbot, empty)
    names = [a.objectName() for a in window.documents.actions]
    assert names == ["export_briefing", "export_pre_read", "print_briefing", "export_report",
                     "export_calendar", "export_actions"]
    assert not any(a.isEnabled() for a in window.documents.actions)
    window.close()
    empty.close()

    workspace.close()
    read_only = open_workspace(workspace.path, read_only=True)
    window = open_window(qtbot, read_only)
    window.show_meeting(meeting)
    assert all(a.isEnabled() for a in window.documents.actions)
    window.close()
    read_only.close()


def test_file_names_are_safe_everywhere() -> None:
    assert document_name('Q1: "plan" / <draft>?', "briefing", ".pdf") == (
        "Q1 plan draft – briefing.pdf")
    assert document_name("新品上市 协调会", "pre-read", ".pdf") == "新品上市 协调会 – pre-read.pdf"
    assert document_name(" ..hidden. ", "", ".ics") == "hidden.ics"
    assert document_name("???", "report", ".pdf") == "meeting – report.pdf"
    assert document_name("x" * 300, "briefing", ".pdf") == "x" * 120 + " – briefing.pdf"
    long_chinese = document_name("协" * 300, "briefing", ".pdf")
    assert long_chinese == "协" * 40 + " – briefing.pdf"  # 120 bytes, no character cut in two


def test_chinese_text_without_an_embedded_font_is_pointed_out(
        qtbot, window: MainWindow, workspace: Workspace, meeting: int, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    prepare = briefing.prepare

    def without_cjk_font(*args: Any, **kwargs: Any) -> BriefingDocument:
        document = prepare(*args, **kwargs)
        # as on a computer without an embeddable Chinese font (the CID fallback)
        document.fonts = dataclasses.replace(document.fonts, cjk_embedded=False)
        return document

    monkeypatch.setattr(briefing, "prepare", without_cjk_font)
    save = SaveAs(monkeypatch, tmp_path / "latin.pdf")
    choose_sections(qtbot, window, "export_briefing")
    wait_done(qtbot, window)
    box = window.documents.written_box
    assert box is not None and "Chinese" not in box.text()  # nothing Chinese to draw
    box.close()

    meetings.update(workspace, meeting, title="客户数据平台")
    window.context.announce(Changes.of(meeting, updated=[("meeting", meeting)]))
    save.target = tmp_path / "chinese.pdf"
    choose_sections(qtbot, window, "export_briefing")
    wait_done(qtbot, window)
    box = window.documents.written_box
    assert box is not None and "Chinese text in this PDF relies on the fonts" in box.text()
    assert save.offered[-1].name == "客户数据平台 – briefing.pdf"
