"""The Overview's gap board and its no-surprises list follow what the user does on the
Departments step: a key person who decides appears among those not briefed, a one-to-one
with her takes her off, and undo puts her back. Late contacts stand out, also in the
meeting list, with an icon and words, not colour alone."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidget, QTableView, QTabWidget

from app.services import departments, meetings, participation, people, touchpoints
from app.storage import Workspace
from app.views.changes import Changes
from tests.ui.page_helpers import choose
from tests.ui.test_departments_fields import field
from tests.ui.test_engagement_fields import tick
from tests.ui.window_helpers import Dialogs, child, click, click_tab, no_dialogs, window_on
from ui import settings
from ui.forms import Check, Choice, ItemChoice
from ui.models.meetings_model import COL_DATE
from ui.steps.departments_page import DepartmentsPage
from ui.steps.overview_page import OverviewPage
from ui.window.main_window import MainWindow

__all__ = ["no_dialogs"]  # a fixture, used by name


@pytest.fixture
def meeting(workspace: Workspace) -> dict[str, int]:
    m = meetings.create(workspace, title="Customer data platform", duration_minutes=60).id or 0
    finance = departments.create(workspace, name="Finance").id or 0
    sales = departments.create(workspace, name="Sales").id or 0
    part = participation.add(workspace, m, finance).id or 0
    sales_part = participation.add(workspace, m, sales).id or 0
    ana = people.add(workspace, finance, name="Ana Ruiz", influence=2, interest=4).id or 0
    touchpoints.add(workspace, sales_part, date=date.today() - timedelta(days=2),
                    summary="Lunch")
    return {"meeting": m, "finance": finance, "part": part, "ana": ana, "sales": sales_part}


@pytest.fixture
def window(qtbot, workspace: Workspace, meeting: dict[str, int],
           no_dialogs: Dialogs) -> Iterator[MainWindow]:
    shown = window_on(qtbot, workspace, meeting["meeting"])
    yield shown
    shown.close()


def overview(qtbot, window: MainWindow) -> OverviewPage:
    click_tab(qtbot, window.steps, "Overview")
    page = window.current_page()
    assert isinstance(page, OverviewPage)
    return page


def departments_page(qtbot, window: MainWindow, tab: str) -> DepartmentsPage:
    click_tab(qtbot, window.steps, "Departments")
    page = window.current_page()
    assert isinstance(page, DepartmentsPage)
    page.table.select_id(page.table.ids()[0])      # Finance
    click_tab(qtbot, child(page, QTabWidget, "department_tabs"), tab)
    return page


def not_briefed(page: OverviewPage) -> list[str]:
    listing = child(page, QListWidget, "not_briefed")
    if not listing.isVisible():
        return []
    return [listing.item(i).text() for i in range(listing.count())]


def board(page: OverviewPage) -> dict[str, list[str]]:
    """The gap board as shown: each line's texts by who it is about."""
    view = child(page, QTableView, "gap_board")
    model = view.model()
    return {model.index(r, 0).data(): [model.index(r, c).data()
                                       for c in range(model.columnCount())]
            for r in range(model.rowCount())}


def test_a_decider_not_briefed_is_named_until_a_one_to_one(
        qtbot, window: MainWindow, workspace: Workspace, meeting: dict[str, int]) -> None:
    page = overview(qtbot, window)
    assert not_briefed(page) == []           # influence 2, no right: not one to brief
    assert list(board(page)) == ["Finance", "Sales"]   # the weightier first

    people_tab = departments_page(qtbot, window, "People (shared)")
    tick(qtbot, field(people_tab, "person_form", Check, "Key person in this meeting"))
    choose(qtbot, field(people_tab, "person_form", Choice, "Decision right"), "Decides")
    choose(qtbot, field(people_tab, "person_form", Choice, "Engagement needed"), "Leading")

    page = overview(qtbot, window)
    assert not_briefed(page) == ["Ana Ruiz (Finance) — Decides"]
    ana = board(page)["Ana Ruiz (Finance)"]
    # who decides comes first; unaware → leading is four steps (the tooltip says so)
    assert next(iter(board(page))) == "Ana Ruiz (Finance)"
    view = child(page, QTableView, "gap_board")
    assert "4 steps still to go" in view.model().index(0, 1).data(Qt.ItemDataRole.ToolTipRole)
    assert (ana[1], ana[4]) == ("Unaware → Leading", "Decides")
    assert ana[2] == "never"

    log = departments_page(qtbot, window, "Touchpoints")
    click(qtbot, log.touchpoints, "touchpoints_add")
    choose(qtbot, field(log, "touchpoint_form", ItemChoice, "With"), "Ana Ruiz")

    page = overview(qtbot, window)
    assert not_briefed(page) == []
    assert board(page)["Ana Ruiz (Finance)"][2] == "today"

    window.context.undo_stack.undo()   # who it was with
    window.context.undo_stack.undo()   # the touchpoint itself
    assert not_briefed(overview(qtbot, window)) == ["Ana Ruiz (Finance) — Decides"]


def test_an_overdue_contact_stands_out_on_the_board_and_in_the_list(
        qtbot, window: MainWindow, workspace: Workspace, meeting: dict[str, int]) -> None:
    participation.update(workspace, meeting["part"],
                         next_contact=date.today() - timedelta(days=1))
    # as the window hears of every change
    window.context.announce(Changes.of(meeting["meeting"],
                                       updated=[("participation", meeting["part"])]))
    page = overview(qtbot, window)
    finance = board(page)["Finance"]
    assert finance[3].endswith("(overdue)")          # a word, not colour alone
    view = child(page, QTableView, "gap_board")
    index = view.model().index(list(board(page)).index("Finance"), 3)
    assert not index.data(Qt.ItemDataRole.DecorationRole).isNull()    # and an icon

    listed = window.meeting_list.model
    row = listed.row_of(lambda r: r.id == meeting["meeting"])
    mark = listed.index(row, COL_DATE)
    # Finance: its next contact is past (and it was never contacted); Sales spoke 2 days ago
    assert mark.data(Qt.ItemDataRole.ToolTipRole) == (
        "1 department behind its plan: next contact past, or no contact in 14 days")
    assert not mark.data(Qt.ItemDataRole.DecorationRole).isNull()
    settings.set_stale_days(1)      # Preferences: after a day without contact
    window.meeting_list.reload()
    assert mark.data(Qt.ItemDataRole.ToolTipRole).startswith("2 departments behind")
