"""Processes the start and memory cases time from outside: ``python -m benchmarks.start MODE``.

    bare                          a bare PySide6 window with a table, shown, then exit
    bare-memory                   the same, then print the peak resident memory (KiB)
    prepare WORKSPACE HOME ID     make meeting ID and the Overview what the window opens
    prewire WORKSPACE HOME        start Prewire's window on WORKSPACE, shown, then exit
    memory WORKSPACE HOME         start it, show every meeting, print the peak memory (KiB)

"Shown" is the first turn of the event loop after ``show()``: both windows are
laid out and painted once, then the process ends at once (no teardown counted).
"""

from __future__ import annotations

import argparse
import os
import resource
import sys
from pathlib import Path


def _exit_after_first_turn(report: bool = False) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    def done() -> None:
        QApplication.processEvents()
        if report:
            print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, flush=True)
        os._exit(0)

    QTimer.singleShot(0, done)


def bare(report: bool) -> None:
    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QApplication, QMainWindow, QTableView

    app = QApplication(sys.argv)
    model = QStandardItemModel(200, 3)
    for row in range(200):
        for column in range(3):
            model.setItem(row, column, QStandardItem(f"meeting {row} · {column}"))
    window = QMainWindow()
    table = QTableView(window)
    table.setModel(model)
    window.setCentralWidget(table)
    window.resize(1280, 800)
    window.show()
    _exit_after_first_turn(report)
    app.exec()


def prepare(workspace: Path, meeting_id: int) -> None:
    from ui import settings

    settings.set_last_meeting(workspace, meeting_id)
    settings.set_last_step("overview")


def prewire(workspace: Path) -> None:
    from ui import launch

    opening = launch._open_window

    def open_then_exit(args: argparse.Namespace) -> int:
        launch.load_before_qt()  # in the order the window's start takes: no Qt before it
        from PySide6.QtWidgets import QApplication

        QApplication(sys.argv)  # the window's run() takes this one
        _exit_after_first_turn()
        return opening(args)

    launch._open_window = open_then_exit
    sys.argv = ["prewire", "--workspace", str(workspace)]
    launch.main()


def memory(workspace: Path) -> None:
    from PySide6.QtWidgets import QApplication

    from app.storage import open_workspace
    from ui.window.main_window import MainWindow

    app = QApplication(sys.argv)
    opened = open_workspace(workspace)
    window = MainWindow(opened)
    window.show()
    for meeting_id in window.meeting_list.ids():
        window.meeting_list.select(meeting_id)
        app.processEvents()
    print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, flush=True)
    os._exit(0)


def main(argv: list[str]) -> None:
    mode, *rest = argv
    if mode in ("bare", "bare-memory"):
        bare(report=mode == "bare-memory")
        return
    from app import paths

    paths.redirect(Path(rest[1]))
    workspace = Path(rest[0])
    if mode == "prepare":
        prepare(workspace, int(rest[2]))
    elif mode == "prewire":
        prewire(workspace)
    elif mode == "memory":
        memory(workspace)
    else:
        raise SystemExit(f"unknown mode {mode}")


if __name__ == "__main__":
    main(sys.argv[1:])
