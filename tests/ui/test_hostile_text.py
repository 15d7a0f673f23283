"""A hostile meeting (markup, images pointing at local files, a million-character field),
imported as a package and walked through every page, tooltip and message: every text
shows as typed, no widget takes it for rich text, and no file it names is opened."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QAbstractListModel, QModelIndex, QPoint, Qt
from PySide6.QtGui import QHelpEvent, QImage
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QLabel,
    QMessageBox,
    QToolTip,
    QWidget,
)

from app.services import packages
from app.storage import Workspace
from tests.ui.window_helpers import Dialogs, no_dialogs, window_on
from ui import dialogs
from ui.window.main_window import MainWindow

__all__ = ["no_dialogs"]  # a fixture, used by name

HUGE = 1_000_000


@pytest.fixture
def probe(tmp_path: Path) -> Path:
    """An image that markup would load: read, its access time moves (set back here first)."""
    path = tmp_path / "probe.png"
    image = QImage(4, 4, QImage.Format.Format_RGB32)
    image.fill(0)
    assert image.save(str(path))
    os.utime(path, (1_000_000, 2_000_000))  # accessed before modified: a read updates it
    return path


def hostile(probe: Path, what: str) -> str:
    return f'<b>{what}</b><img src="{probe}"><font color=red>x</font><a href="x">y</a>'


@pytest.fixture
def meeting(workspace: Workspace, probe: Path) -> int:
    bad = lambda what: hostile(probe, what)  # noqa: E731
    people = [{"id": "p1", "name": bad("person"), "role": bad("role"), "influence": 4,
               "interest": 4, "notes": bad("notes")}]
    data = {
        "format": "prewire.meeting", "version": 2,
        "meeting": {"title": bad("title"), "purpose": "p" * HUGE, "location": bad("where"),
                    "status": "held", "notes": bad("notes")},
        "goals": [{"id": "g1", "statement": bad("goal"), "indicator": bad("indicator"),
                   "evidence": "e" * HUGE}],
        "departments": [{"id": "d1", "name": bad("department"), "function": bad("function"),
                         "people": people, "engagement": "neutral",
                         "private_notes": bad("private")},
                        {"id": "d2", "name": '<img src="/dev/zero">', "engagement": "resistant"}],
        "touchpoints": [{"id": "t1", "department": "d1", "person": "p1",
                         "date": "2026-11-02", "summary": bad("summary"),
                         "next_step": bad("next")}],
        "demands": [{"id": "o1", "department": "d1", "text": bad("objection")}],
        "suggestions": [{"id": "s1", "department": "d1", "person": "p1",
                         "text": bad("suggestion"), "decision": "adopted", "credit": True}],
        "agenda": [{"id": "a1", "title": bad("agenda"), "presenter": "p1", "minutes": 10,
                    "notes": bad("agenda notes")}],
        "decisions": [{"id": "c1", "text": bad("decision")}],
        "actions": [{"id": "x1", "text": bad("action"), "owner": "p1", "due": "2026-12-20"}],
        "open_issues": [{"id": "i1", "text": bad("issue"), "follow_up": bad("follow")}],
        "review": {"went_well": bad("well"), "lessons": bad("lessons")},
    }
    package = packages.read_package(json.dumps(data).encode())
    return packages.import_document(workspace, package).meeting_id


@pytest.fixture
def window(qtbot: Any, workspace: Workspace, meeting: int,
           no_dialogs: Dialogs) -> Iterator[MainWindow]:
    shown = window_on(qtbot, workspace, meeting)
    yield shown
    shown.close()


def markup_labels(root: QWidget) -> list[str]:
    """Labels showing user text with markup that Qt would render as rich text."""
    found = []
    for label in root.findChildren(QLabel):
        if "<img" in label.text() and label.textFormat() != Qt.TextFormat.PlainText:
            found.append(f"{label.objectName() or type(label.parent()).__name__}: "
                         f"{label.text()[:60]}")
    return found


def columns(model: Any) -> int:
    return 1 if isinstance(model, QAbstractListModel) else int(model.columnCount(QModelIndex()))


def tooltips_shown(qtbot: Any, root: QWidget) -> list[str]:
    """The tooltip of every visible table cell, as Qt is asked to show it."""
    shown = []
    for view in root.findChildren(QAbstractItemView):
        model = view.model()
        if not view.isVisible() or model is None:
            continue
        for row in range(min(model.rowCount(QModelIndex()), 5)):
            for column in range(columns(model)):
                rect = view.visualRect(model.index(row, column))
                if rect.isEmpty():
                    continue
                viewport = view.viewport()
                event = QHelpEvent(QHelpEvent.Type.ToolTip, rect.center(),
                                   viewport.mapToGlobal(rect.center()))
                QApplication.sendEvent(viewport, event)
                if QToolTip.isVisible():
                    shown.append(QToolTip.text())
                QToolTip.hideText()
    return shown


def test_every_page_shows_hostile_text_as_typed(qtbot, window: MainWindow, probe: Path) -> None:
    tips: list[str] = []
    for index in range(window.steps.count()):
        window.steps.setCurrentIndex(index)
        qtbot.wait(20)  # laid out and painted
        window.grab()
        assert markup_labels(window) == [], window.steps.tabText(index)
        tips += tooltips_shown(qtbot, window)
    # the cells' tooltips carry the names and texts, escaped: shown as typed
    assert any("&lt;img" in tip for tip in tips)
    assert not any("<img" in tip for tip in tips)
    assert os.stat(probe).st_atime == 1_000_000                  # never opened


def test_the_probe_would_see_rich_text(qtbot, probe: Path) -> None:
    """The check above can fail: a label left to guess opens the file."""
    label = QLabel(hostile(probe, "x"))
    qtbot.addWidget(label)
    label.show()
    label.grab()
    assert os.stat(probe).st_atime != 1_000_000


def test_messages_show_their_text_as_typed(qtbot, monkeypatch: pytest.MonkeyPatch,
                                           probe: Path) -> None:
    boxes: list[QMessageBox] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: boxes.append(box) or 0)
    text = hostile(probe, "title")
    dialogs.info(None, "t", text)
    dialogs.warn(None, "t", text)
    dialogs.error(None, "t", text)
    dialogs.question(None, "t", text)
    dialogs.report_bug(RuntimeError(text))
    assert len(boxes) == 5
    assert all(box.textFormat() == Qt.TextFormat.PlainText for box in boxes)
    assert all(box.text().count("<img") == 1 or "<img" not in box.text() for box in boxes)
    for box in boxes:
        box.grab()
    assert os.stat(probe).st_atime == 1_000_000


def test_a_widgets_tooltip_shows_as_typed(qtbot, window: MainWindow, probe: Path) -> None:
    widget = window.path_label
    widget.setToolTip(hostile(probe, "tip"))
    QApplication.sendEvent(widget, QHelpEvent(QHelpEvent.Type.ToolTip, QPoint(2, 2),
                                              widget.mapToGlobal(QPoint(2, 2))))
    assert QToolTip.isVisible() and "&lt;img" in QToolTip.text()
    QToolTip.hideText()

