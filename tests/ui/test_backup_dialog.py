"""File ▸ Back up now, File ▸ Restore from backup…, and a damaged file met at open."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QDialog, QTableWidget

from app.services import meetings
from app.storage import Workspace, open_workspace
from app.storage import backups as backup_store
from tests.storage.test_damage import btree_pages, overwrite_page
from tests.ui.window_helpers import Dialogs, child, click, no_dialogs, open_window, trigger
from ui.app import open_with_dialogs
from ui.window.main_window import MainWindow

__all__ = ["no_dialogs"]  # a fixture, used by name


@pytest.fixture
def window(qtbot: Any, workspace: Workspace, no_dialogs: Dialogs) -> Any:
    meetings.create(workspace, title="Budget")
    shown = open_window(qtbot, workspace)
    yield shown
    shown.close()


def test_back_up_now_then_restore_it(qtbot: Any, window: MainWindow, workspace: Workspace,
                                     no_dialogs: Dialogs) -> None:
    trigger(window, "back_up_now")
    with qtbot.waitSignal(window.files.backups.running.done, timeout=10000):
        pass
    [made] = backup_store.list_backups(workspace.identity)
    assert str(made.path) in window.statusBar().currentMessage()

    meetings.create(window.context.workspace, title="After the backup")
    trigger(window, "restore_backup")
    dialog = child(window, QDialog, "restore_dialog")
    table = child(dialog, QTableWidget, "backup_table")
    assert table.rowCount() == 1
    assert [table.item(0, c).text() for c in (0, 2)] == [made.taken_at_text(), "1"]
    click(qtbot, dialog, "restore_button")
    qtbot.waitUntil(lambda: window.context.workspace is not workspace)
    assert [m.title for m in meetings.list_summaries(window.context.workspace)] == ["Budget"]
    kinds = [kind for kind, _title, _text in no_dialogs.shown]
    assert kinds == ["question", "info"]
    aside = next(workspace.path.parent.glob("test.prewire.before-restore-*"))
    assert str(aside) in no_dialogs.shown[-1][2]


def test_the_check_after_open_finds_a_sound_file_quietly(
        qtbot: Any, window: MainWindow, no_dialogs: Dialogs) -> None:
    with qtbot.waitSignal(window.files.backups.check_after_open().done, timeout=10000):
        pass
    assert no_dialogs.shown == []
    assert backup_store.list_backups(window.context.workspace.identity), "the daily backup"


def test_a_damaged_file_at_open_is_set_aside_and_its_backup_restored(
        qtbot: Any, tmp_path: Path, no_dialogs: Dialogs) -> None:
    path = tmp_path / "precious.prewire"
    with open_workspace(path) as workspace:
        for n in range(30):
            meetings.create(workspace, title=f"Meeting {n}", notes="n" * 2000)
        backup = backup_store.make_backup(path, workspace.identity, "manual")
    overwrite_page(path, btree_pages(path)[-1])
    opened = open_with_dialogs(path)
    assert opened is not None
    try:
        assert len(meetings.list_summaries(opened)) == 30
    finally:
        opened.close()
    (question, _asked, text), (info, _title, said) = no_dialogs.shown
    assert (question, info) == ("question", "info")
    assert backup.taken_at_text() in text and "damaged" in text
    assert str(next(tmp_path.glob("precious.prewire.damaged-*"))) in said


def test_read_only_says_why(qtbot: Any, tmp_path: Path, no_dialogs: Dialogs) -> None:
    path = tmp_path / "shelf" / "kept.prewire"
    open_workspace(path).close()
    path.chmod(0o444)
    opened = open_with_dialogs(path)
    assert opened is not None
    shown = open_window(qtbot, opened)
    assert "the file is read-only" in shown.saved_label.text()
    assert not shown.files.backups.restore.isEnabled()
    shown.close()
    opened.close()


@pytest.mark.parametrize(("choice", "writable"), [(0, False), (1, True)])
def test_a_note_from_another_computer_is_taken_over_only_when_chosen(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, no_dialogs: Dialogs, choice: int,
        writable: bool) -> None:
    import json

    from app.storage.lock import holder_path
    from ui import app

    path = tmp_path / "shared.prewire"
    open_workspace(path).close()
    holder_path(path).write_text(json.dumps(
        {"host": "laptop-of-ana", "pid": 7, "user": "ana", "since": "2026-12-01T09:00:00+00:00"}),
        encoding="utf-8")
    asked: list[str] = []

    def ask(_title: str, text: str, _choices: object, _icon: object = None) -> int:
        asked.append(text)
        return choice

    monkeypatch.setattr(app, "_ask", ask)
    opened = open_with_dialogs(path)
    assert opened is not None
    try:
        assert opened.read_only is not writable
        assert "laptop-of-ana" in asked[0] and "ago" in asked[0]
    finally:
        opened.close()


def test_a_recovered_crash_is_mentioned_in_the_status_bar(
        qtbot: Any, tmp_path: Path, no_dialogs: Dialogs) -> None:
    from tests.storage.test_damage import crash_inside_a_transaction

    path = tmp_path / "crashed.prewire"
    with open_workspace(path) as workspace:
        meetings.create(workspace, title="Budget")
    crash_inside_a_transaction(path)
    opened = open_with_dialogs(path)
    assert opened is not None and opened.recovered
    shown = open_window(qtbot, opened)
    assert "unfinished save was undone" in shown.statusBar().currentMessage()
    assert [m.title for m in meetings.list_summaries(opened)] == ["Budget"]
    shown.close()
    opened.close()
