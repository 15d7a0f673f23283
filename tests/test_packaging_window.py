"""What a file manager and the session do to the installed app: open a double-clicked
package in the window, and end the window with SIGTERM at logout."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication

from app import cli, paths
from app.services import demo, meetings
from app.storage import open_workspace
from tests.ui.window_helpers import Dialogs, no_dialogs, open_window  # noqa: F401
from ui import app as ui_app
from ui import launch
from ui.window.main_window import MainWindow

ROOT = Path(__file__).resolve().parent.parent
pytestmark = pytest.mark.usefixtures("no_dialogs")


def demo_package(language: str) -> Path:
    return next(p for p in demo.demo_files() if p.name.endswith(f".{language}.prewire.json"))


def run_window_until(qtbot: Any, monkeypatch: pytest.MonkeyPatch, done: Any) -> None:
    """Let ui.app.run show its window, wait until ``done()``, then close it as Quit would."""

    def exec_until_done(_app: QApplication) -> int:
        qtbot.waitUntil(done, timeout=30_000)
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, MainWindow):
                widget.close()
        return 0

    monkeypatch.setattr(QApplication, "exec", exec_until_done)
    # the process-wide hooks run() installs belong to a real run, not to the test process
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(ui_app, "quit_on_termination", lambda _app: None)


@pytest.mark.parametrize("answer", [True, False])
def test_a_double_clicked_package_is_imported_once_the_user_agrees(
        qtbot: Any, monkeypatch: pytest.MonkeyPatch, no_dialogs: Dialogs,  # noqa: F811
        answer: bool) -> None:
    no_dialogs.answer = answer
    package = demo_package("zh_CN")
    asked = lambda: any(kind == "question" for kind, *_ in no_dialogs.shown)  # noqa: E731
    imported = lambda: any(t == "Meeting imported" for _k, t, _x in no_dialogs.shown)  # noqa: E731
    run_window_until(qtbot, monkeypatch, imported if answer else asked)

    assert cli.main([str(package)], open_window=launch._open_window) == 0

    (question,) = [(title, text) for kind, title, text in no_dialogs.shown if kind == "question"]
    assert question[0] == "Import meeting package" and package.name in question[1]
    with open_workspace(paths.default_workspace()) as workspace:
        titles = [m.title for m in meetings.list_summaries(workspace)]
    title = json.loads(package.read_text(encoding="utf-8"))["meeting"]["title"]
    assert titles == ([title] if answer else [])


def test_a_package_is_not_imported_into_a_read_only_workspace(
        qtbot: Any, no_dialogs: Dialogs, tmp_path: Path) -> None:  # noqa: F811
    target = tmp_path / "shared.prewire"
    open_workspace(target).close()
    # what a second window gets when another holds the workspace
    with open_workspace(target, read_only=True) as workspace:
        window = open_window(qtbot, workspace)
        assert window.files.offer_import(demo_package("es")) is None
        (warning,) = [text for kind, _title, text in no_dialogs.shown if kind == "warn"]
        assert "read-only" in warning and "question" not in [k for k, *_ in no_dialogs.shown]
        assert meetings.list_summaries(workspace) == []
        window.close()


def test_sigterm_closes_the_window_as_quit_does(tmp_path: Path) -> None:
    """A logout or `kill` keeps what the window holds: exit 0, the window's state saved."""
    home = tmp_path / "home"
    env = {**os.environ, "HOME": str(home), "XDG_CONFIG_HOME": str(home / "config"),
           "XDG_DATA_HOME": str(home / "data"), "XDG_STATE_HOME": str(home / "state"),
           "QT_QPA_PLATFORM": "offscreen"}
    log = home / "state" / "Prewire" / "log" / "prewire.log"
    window = subprocess.Popen([sys.executable, "-m", "ui.launch", "--lang", "en"], cwd=ROOT,
                              env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        for _ in range(600):  # up to a minute for the window on a busy machine
            if window.poll() is not None or (log.exists() and "window open on" in log.read_text()):
                break
            time.sleep(0.1)
        assert "window open on" in log.read_text()
        window.send_signal(signal.SIGTERM)
        _out, err = window.communicate(timeout=60)
    finally:
        if window.poll() is None:
            window.kill()
    assert window.returncode == 0, err.decode()
    assert "SIGTERM received: closing the windows" in log.read_text()
    settings = (home / "config" / "Prewire" / "prewire.ini").read_text()
    assert "[window]" in settings  # closeEvent ran: geometry and docks saved
    assert (home / "data" / "Prewire" / "workspace.prewire").exists()
