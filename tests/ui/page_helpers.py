"""What the step pages' tests share: a page shown as the window shows it, and a user's hands."""

from __future__ import annotations

from typing import Any, TypeVar

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QApplication, QComboBox, QWidget

from app.services import departments, participation
from app.storage import Workspace
from app.views import meeting
from app.views.reader import open_reader
from tests.ui.window_helpers import child
from ui.context import AppContext
from ui.steps.base import StepPage
from ui.steps.step_parts import RowTable

Page = TypeVar("Page", bound=StepPage)
__all__ = ["add_departments", "child", "choose", "click_row", "click_text", "show_active",
           "show_page", "shown", "table", "view_of"]


def show_page(qtbot: Any, page_class: type[Page], workspace: Workspace,
              meeting_id: int | None) -> Page:
    """A page on its own, at the window's size, told of every change as the window tells it."""
    context = AppContext(workspace)
    context.meeting_id = meeting_id
    page = page_class(context)
    qtbot.addWidget(page)
    context.changed.connect(page.apply)
    page.set_meeting(meeting_id)
    page.resize(1280, 800)
    show_active(qtbot, page)
    return page


def show_active(qtbot: Any, widget: QWidget) -> None:
    """Show ``widget`` as the active window, so that the focus moves as it does for a user."""
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is widget)


def view_of(workspace: Workspace, meeting_id: int) -> meeting.MeetingView:
    """The meeting as the pages read it."""
    reader = open_reader(workspace.path)
    try:
        return meeting.load(reader.connection(), meeting_id)
    finally:
        reader.close()


def add_departments(workspace: Workspace, meeting_id: int,
                    names: tuple[str, ...] = ("Compras", "Finance")) -> dict[str, int]:
    """Departments in the meeting: ``ids[name]`` is the profile, ``ids[name + "_part"]``
    its part in the meeting."""
    ids: dict[str, int] = {}
    for name in names:
        dept = departments.create(workspace, name=name)
        ids[name] = dept.id or 0
        ids[name + "_part"] = participation.add(workspace, meeting_id, dept.id).id or 0
    return ids


def table(parent: QWidget, name: str) -> RowTable:
    return child(parent, RowTable, name)


def shown(rows: RowTable, column: int) -> list[str]:
    """The texts of one column, as the table shows them (sorted, filtered)."""
    model = rows.view.model()
    return [model.index(r, column).data() for r in range(model.rowCount())]


def click_row(qtbot: Any, rows: RowTable, row: int, column: int = 0) -> None:
    rect = rows.view.visualRect(rows.view.model().index(row, column, QModelIndex()))
    qtbot.mouseClick(rows.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def click_text(qtbot: Any, rows: RowTable, column: int, text: str) -> None:
    """Click the row that shows ``text`` in ``column``."""
    click_row(qtbot, rows, shown(rows, column).index(text), column)


def choose(qtbot: Any, combo: QComboBox, text: str) -> None:
    """Pick an entry by keyboard, as a user would with the popup closed."""
    combo.setFocus()
    target = combo.findText(text)
    assert target >= 0, text
    while combo.currentIndex() != target:
        key = Qt.Key.Key_Down if combo.currentIndex() < target else Qt.Key.Key_Up
        qtbot.keyClick(combo, key)
