"""What the main window's tests share: dialogs that never block, and the window itself."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractButton, QApplication, QTabWidget, QWidget

from app.storage import Workspace
from ui import dialogs
from ui.window.main_window import MainWindow


class Dialogs:
    """Records every message instead of showing it; answers questions with ``answer``."""

    def __init__(self) -> None:
        self.shown: list[tuple[str, str, str]] = []
        self.answer = True

    def record(self, kind: str) -> Callable[..., Any]:
        def show(_parent: Any, title: str, text: str) -> Any:
            self.shown.append((kind, title, text))
            return self.answer if kind == "question" else None
        return show


@pytest.fixture
def no_dialogs(monkeypatch: pytest.MonkeyPatch) -> Dialogs:
    """Message boxes recorded, never shown (a shown one would block the test)."""
    recorder = Dialogs()
    for kind in ("info", "warn", "error", "question"):
        monkeypatch.setattr(dialogs, kind, recorder.record(kind))

    def refuse(*_args: Any, **_kwargs: Any) -> Any:
        raise AssertionError("a QMessageBox would have blocked the test")

    from PySide6.QtWidgets import QMessageBox
    for name in ("information", "warning", "critical", "question", "about"):
        monkeypatch.setattr(QMessageBox, name, refuse)
    return recorder


def open_window(qtbot: Any, workspace: Workspace) -> MainWindow:
    window = MainWindow(workspace)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    return window


def window_on(qtbot: Any, workspace: Workspace, meeting_id: int,
              step: str | None = None) -> MainWindow:
    """The window showing ``meeting_id``, on the step whose tab reads ``step`` if given."""
    shown = open_window(qtbot, workspace)
    shown.show_meeting(meeting_id)
    if step is not None:
        click_tab(qtbot, shown.steps, step)
    return shown


@pytest.fixture
def window(qtbot: Any, workspace: Workspace, no_dialogs: Dialogs) -> Iterator[MainWindow]:
    shown = open_window(qtbot, workspace)
    yield shown
    shown.close()


def child(parent: QWidget, kind: type, name: str) -> Any:
    found = parent.findChild(kind, name)
    assert found is not None, f"no {kind.__name__} named {name}"
    return found


def click(qtbot: Any, parent: QWidget, name: str) -> None:
    """Click the button called ``name`` as a user would."""
    button = child(parent, QAbstractButton, name)
    assert button.isEnabled(), f"{name} is disabled"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def trigger(parent: QWidget, name: str) -> None:
    """Choose the menu item called ``name``."""
    action = child(parent, QAction, name)
    assert action.isEnabled(), f"{name} is disabled"
    action.trigger()


def click_tab(qtbot: Any, tabs: QTabWidget, text: str) -> None:
    bar = tabs.tabBar()
    index = next(i for i in range(bar.count()) if text in bar.tabText(i))
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
    assert tabs.currentIndex() == index


def type_into(qtbot: Any, field: QWidget, text: str, *, finish: Qt.Key = Qt.Key.Key_Tab,
              replace: bool = True) -> None:
    """Focus ``field``, replace its text with ``text`` and leave it (which commits)."""
    qtbot.mouseClick(field, Qt.MouseButton.LeftButton, pos=QPoint(5, 5))
    field.setFocus()
    if replace:
        qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClick(field, Qt.Key.Key_Delete)
    qtbot.keyClicks(field, text)
    qtbot.keyClick(field, finish)
