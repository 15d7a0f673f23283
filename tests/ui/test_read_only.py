"""A workspace opened read-only (a second window): every step page shows its data, says
why nothing can be changed, and offers no way to change it."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QTabBar,
    QWidget,
)

from app.services import demo, meetings
from app.storage import Workspace, open_workspace
from tests.ui.window_helpers import Dialogs, no_dialogs, open_window
from ui.steps.base import StepPage
from ui.steps.registry import STEPS
from ui.steps.step_parts import RowTable
from ui.window.main_window import MainWindow

__all__ = ["no_dialogs"]  # a fixture, used by name

#: combo boxes that choose what to show, not what to save
VIEWING = {"demand_department_filter", "demand_kind_filter", "demand_status_filter"}
#: buttons that only read or copy what is shown
READING = {"copy_thank_you"}
#: buttons that only write a document from the meeting (they read it)
EXPORTING = {"export_calendar_button", "export_pre_read_button", "one_to_one_sheet"}


def can_change(widget: QWidget) -> bool:
    """Whether a user could change data through ``widget`` as it stands."""
    if not widget.isEnabled():
        return False
    if isinstance(widget, QLineEdit | QPlainTextEdit | QAbstractSpinBox):
        return not widget.isReadOnly()
    if isinstance(widget, QComboBox):
        return widget.objectName() not in VIEWING
    if isinstance(widget, QAbstractButton):
        if widget.objectName() in EXPORTING:
            return False
        # a tab bar's scroll arrows, a table's corner button: they only show
        return (widget.objectName() not in READING
                and not isinstance(widget.parent(), QTabBar | QAbstractItemView))
    if isinstance(widget, QListWidget):   # a list of check boxes (who agreed)
        return any(widget.item(i).data(Qt.ItemDataRole.CheckStateRole) is not None
                   for i in range(widget.count()))
    return False


def changeable(page: QWidget) -> list[str]:
    return [f"{type(w).__name__} {w.objectName() or w.accessibleName() or w.parent().objectName()}"
            for w in page.findChildren(QWidget) if can_change(w)]


@pytest.fixture
def demo_meeting(workspace: Workspace) -> int:
    demo.load_demo(workspace)
    return next(m.id for m in meetings.list_summaries(workspace)
                if meetings.get_meeting(workspace, m.id).language.value == "en")


@pytest.fixture
def read_only_window(qtbot: Any, workspace: Workspace, demo_meeting: int,
                     no_dialogs: Dialogs) -> Iterator[MainWindow]:
    # the writer keeps the file open; this second one only reads it
    reader = open_workspace(workspace.path, read_only=True)
    window = open_window(qtbot, reader)
    window.show_meeting(demo_meeting)
    yield window
    window.close()
    reader.close()


def every_page(window: MainWindow) -> list[StepPage]:
    """Every step's page, in the method's order (each is built on its first visit)."""
    return [window.page(step.key) for step in STEPS]


def visit(qtbot: Any, window: MainWindow, page: StepPage) -> None:
    window.navigate(page.step)
    qtbot.waitUntil(page.isVisible)


def test_every_page_shows_its_data_and_nothing_can_change(
        qtbot: Any, read_only_window: MainWindow, no_dialogs: Dialogs) -> None:
    window = read_only_window
    assert window.context.workspace.read_only
    for page in every_page(window):
        visit(qtbot, window, page)
        assert page.read_only_notice.isVisible(), page.step
        assert "read-only" in page.read_only_notice.text()
        assert changeable(page) == [], page.step
        for table in page.findChildren(RowTable):
            if table.isVisibleTo(page) and table.model.rowCount():
                assert table.current() is not None, table.objectName()  # a row's details show
    listing = window.meeting_list
    assert not any(a.isEnabled() for a in (listing.new_action, listing.duplicate_action,
                                            listing.rename_action, listing.delete_action))
    assert window.context.undo_stack.count() == 0
    assert no_dialogs.shown == []


def test_the_forms_show_the_selected_row(qtbot: Any, read_only_window: MainWindow) -> None:
    window = read_only_window
    goals = window.page("goals")
    visit(qtbot, window, goals)
    title = goals.findChild(QLineEdit, "field_title")
    assert title.text() and title.isReadOnly() and title.isEnabled()   # readable, copyable
    statement = goals.goal_form.findChild(QLineEdit, "field_statement")
    assert statement.text() == goals.goals.current().statement
    status = goals.findChild(QComboBox, "field_status")
    assert not status.isEnabled() and status.currentText()


def test_keys_change_nothing(qtbot: Any, read_only_window: MainWindow,
                             no_dialogs: Dialogs) -> None:
    window = read_only_window
    for page in every_page(window):
        visit(qtbot, window, page)
        for table in page.findChildren(RowTable):
            if not table.isVisibleTo(page):
                continue
            table.view.setFocus()
            for key, modifier in ((Qt.Key.Key_Insert, Qt.KeyboardModifier.NoModifier),
                                  (Qt.Key.Key_Delete, Qt.KeyboardModifier.NoModifier),
                                  (Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)):
                qtbot.keyClick(table.view, key, modifier)
    assert window.context.undo_stack.count() == 0
    assert no_dialogs.shown == []   # not even a "could not save"


def test_a_writable_workspace_has_no_notice(qtbot: Any, workspace: Workspace,
                                            demo_meeting: int, no_dialogs: Dialogs) -> None:
    window = open_window(qtbot, workspace)
    window.show_meeting(demo_meeting)
    try:
        for page in every_page(window):
            visit(qtbot, window, page)
            assert not page.read_only_notice.isVisible()
        goals = window.page("goals")
        visit(qtbot, window, goals)
        assert goals.goals.add_button.isEnabled()
        assert not goals.findChild(QLineEdit, "field_title").isReadOnly()
    finally:
        window.close()
