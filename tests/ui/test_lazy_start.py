"""The window at start: only the step shown is built, the others on their first visit
(reading their meeting then), and neither SQLAlchemy, ReportLab nor Babel is imported
before the first paint."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

from app.services import demo, goals, meetings
from app.storage import Workspace
from tests.ui.window_helpers import click_tab, window_on


def test_a_step_is_built_on_its_first_visit_and_reads_its_meeting(
        qtbot: Any, workspace: Workspace) -> None:
    meeting_id = meetings.create(workspace, title="Budget").id
    assert meeting_id is not None
    window = window_on(qtbot, workspace, meeting_id)
    assert [page.step for page in window.pages] == ["overview"]
    # written while the Goals page does not exist yet: its first visit shows it
    goals.add(workspace, meeting_id, statement="Agree the budget before the meeting")
    click_tab(qtbot, window.steps, "Goals")
    page = window.current_page()
    assert page is not None and page.step == "goals"
    assert [page.step for page in window.pages] == ["overview", "goals"]
    assert [row.statement for row in page.goals.model.rows()] == [
        "Agree the budget before the meeting"]


def _starting(tmp_path: Path) -> str:
    """The start of a script that starts as the window does, Qt loaded after what needs none."""
    return textwrap.dedent(f"""
        import sys
        from pathlib import Path
        from app import paths
        paths.redirect(Path({str(tmp_path / "start-home")!r}))
        from ui.launch import load_before_qt
        load_before_qt()
        from PySide6.QtWidgets import QApplication
        app = QApplication([])
    """)


def test_the_window_is_shown_before_sqlalchemy_is_imported(
        tmp_path: Path, workspace: Workspace) -> None:
    demo.load_demo(workspace)
    workspace.close()
    script = _starting(tmp_path) + textwrap.dedent(f"""
        from app.storage import open_workspace
        from ui.window.main_window import MainWindow
        window = MainWindow(open_workspace(Path({str(workspace.path)!r})))
        window.show()
        app.processEvents()
        print(window.meeting_id is not None, [p.step for p in window.pages],
              sorted(m for m in ("sqlalchemy", "sqlmodel", "reportlab", "babel")
                     if m in sys.modules))
        window.context.workspace.close()
    """)
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          check=True, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert done.stdout.split("\n")[0] == "True ['overview'] []"


def test_the_daily_backup_and_the_integrity_check_wait_for_the_first_paint(
        tmp_path: Path, workspace: Workspace) -> None:
    # beside the first paint, their threads took the interpreter lock from it; once the
    # window is painted they start, and the daily backup is taken
    demo.load_demo(workspace)
    workspace.close()
    script = _starting(tmp_path) + textwrap.dedent(f"""
        import argparse
        from PySide6.QtCore import QEvent, QObject, QTimer
        seen = []

        class Paints(QObject):
            def eventFilter(self, watched, event):
                if event.type() == QEvent.Type.Paint and not seen:
                    seen.append("painted")
                return False

        paints = Paints()
        app.installEventFilter(paints)
        from ui.window import backup_dialog
        checking = backup_dialog.BackupActions.check_after_open

        def check(actions):
            seen.append("checked")
            op = checking(actions)
            op.done.connect(app.quit)
            return op

        backup_dialog.BackupActions.check_after_open = check
        QTimer.singleShot(20000, app.quit)
        from ui.app import run
        run(argparse.Namespace(workspace=Path({str(workspace.path)!r})))
        from app.storage import backups
        from app.storage.workspace import open_reading
        reader = open_reading(Path({str(workspace.path)!r}))
        print(seen, len(backups.list_backups(reader.identity)))
    """)
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          check=True, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert done.stdout.split("\n")[0] == "['painted', 'checked'] 1", done.stderr
