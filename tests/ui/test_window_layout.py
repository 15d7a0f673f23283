"""The window at 1024x700 in Spanish, the longest of its languages: the steps keep most of
the width, and no table cuts a short value (a date, a status, a name) or its heading."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication

from app.i18n import set_language
from app.services import demo, meetings
from app.storage import Workspace
from tests.ui.window_helpers import Dialogs, no_dialogs, open_window
from ui.fonts import apply_interface_font
from ui.steps.registry import STEPS
from ui.steps.step_parts import FIT_LIMIT, RowTable
from ui.window.main_window import GUIDANCE_SHARE

__all__ = ["no_dialogs"]  # a fixture, used by name


@pytest.fixture
def interface_font(qapp: QApplication) -> Iterator[None]:
    """The font the application sets at start (ui.app.run)."""
    before = qapp.font()
    apply_interface_font(qapp)
    yield
    qapp.setFont(before)


@pytest.fixture
def spanish_demo(workspace: Workspace) -> int:
    demo.load_demo(workspace)
    set_language("es")                               # (the test's teardown sets English back)
    return next(m.id or 0 for m in meetings.list_summaries(workspace)
                if meetings.get_meeting(workspace, m.id or 0).language.value == "es")


def test_small_window_in_spanish(qtbot, workspace: Workspace, spanish_demo: int,
                                 interface_font: None, no_dialogs: Dialogs) -> None:
    window = open_window(qtbot, workspace)
    window.show_meeting(spanish_demo)
    window.resize(1024, 700)
    QApplication.processEvents()
    # the guidance and the meeting list give way; the steps keep the most room
    assert window.guidance.width() <= 1024 * GUIDANCE_SHARE + 1
    assert window.meeting_list.width() >= window.meeting_list.minimumWidth()
    assert window.stack.width() >= 1024 * 0.55
    # every step's tab in sight, none behind the tab bar's scroll arrows
    bar = window.steps.tabBar()
    for index in range(bar.count()):
        window.steps.setCurrentIndex(index)
        QApplication.processEvents()
        assert bar.rect().contains(bar.tabRect(0)), bar.tabText(0)
        assert bar.rect().contains(bar.tabRect(bar.count() - 1)), bar.tabText(index)

    checked = 0
    for step in STEPS:
        window.navigate(step.key)
        page = window.page(step.key)
        QApplication.processEvents()
        for table in page.findChildren(RowTable):
            if not table.isVisibleTo(page) or not table.model.rowCount():
                continue
            view, header = table.view, table.view.horizontalHeader()
            for column in range(table.model.columnCount()):
                if view.isColumnHidden(column) or column in table._stretch:
                    continue
                content = max(view.sizeHintForColumn(column), header.sectionSizeHint(column))
                if content <= table._chars(FIT_LIMIT):   # a short value: shown whole
                    title = table.model.headerData(column, header.orientation())
                    assert view.columnWidth(column) >= content, (page.step, title)
                    checked += 1
    assert checked > 15                               # dates, statuses, names on every page
    window.close()
