"""The Meeting step, driven as a user drives it: the agenda and its time, the invitation
and the pre-read sent ahead."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit

from app.services import agenda, meetings, people
from app.storage import Workspace
from tests.ui.page_helpers import (
    add_departments,
    child,
    choose,
    click_row,
    show_page,
    shown,
)
from ui.forms import OptionalNumber
from ui.models.agenda_model import COL_PRESENTER, COL_TITLE
from ui.steps.meeting_page import MeetingPage
from ui.steps.rows_panel import RowsPanel


@pytest.fixture
def filled(workspace: Workspace, meeting_id: int) -> dict[str, int]:
    meetings.update(workspace, meeting_id, duration_minutes=90)
    ids = add_departments(workspace, meeting_id)
    ids["begona"] = people.add(workspace, ids["Compras"], name="Begoña Ibáñez").id or 0
    for title, minutes in (("Why one record", 20), ("The pilot", 40), ("Actions", 20)):
        agenda.add(workspace, meeting_id, title=title, minutes=minutes)
    return ids


@pytest.fixture
def page(qtbot, workspace: Workspace, meeting_id: int, filled: dict[str, int]) -> MeetingPage:
    return show_page(qtbot, MeetingPage, workspace, meeting_id)


def titles(workspace: Workspace, meeting_id: int) -> list[str]:
    return [a.title for a in agenda.list_for(workspace, meeting_id)]


def panel(page: MeetingPage) -> RowsPanel:
    return child(page, RowsPanel, "agenda_panel")


def type_number(qtbot, box: OptionalNumber, value: int) -> None:
    box.setFocus()
    box.selectAll()
    qtbot.keyClicks(box, str(value))
    qtbot.keyClick(box, Qt.Key.Key_Return)


def marked_rows(page: MeetingPage) -> list[str]:
    """The agenda items the table marks with a warning, read from what the view shows."""
    model = panel(page).table.view.model()
    return [model.index(r, COL_TITLE).data() for r in range(model.rowCount())
            if model.index(r, COL_TITLE).data(Qt.ItemDataRole.DecorationRole) is not None]


def test_over_time_warning_comes_and_goes(qtbot, page: MeetingPage, workspace,
                                          meeting_id) -> None:
    time = child(page, QLabel, "agenda_time")
    icon = child(page, QLabel, "agenda_time_icon")
    assert time.text() == "80 of 90 minutes — 10 to spare"
    assert not icon.isVisible()

    new = child(page, QLineEdit, "agenda_new")
    qtbot.keyClicks(new, "Budget and staffing")
    qtbot.keyClick(new, Qt.Key.Key_Return)
    assert titles(workspace, meeting_id)[-1] == "Budget and staffing"
    assert panel(page).table.current().title == "Budget and staffing"
    type_number(qtbot, child(panel(page).form, OptionalNumber, "field_minutes"), 15)
    assert agenda.list_for(workspace, meeting_id)[-1].minutes == 15

    assert time.text() == ("95 of 90 minutes — 5 over · time runs out during "
                           "“Budget and staffing”")
    assert icon.isVisible() and time.font().bold()
    assert time.accessibleName().startswith("Warning: ")
    assert marked_rows(page) == ["Budget and staffing"]

    # the meeting gets longer: it fits again
    type_number(qtbot, child(page, OptionalNumber, "meeting_duration"), 100)
    assert meetings.get_meeting(workspace, meeting_id).duration_minutes == 100
    assert time.text() == "95 of 100 minutes — 5 to spare"
    assert not icon.isVisible() and not time.font().bold()
    assert marked_rows(page) == []

    page.context.undo_stack.undo()          # back to 90 minutes: over again
    assert time.text().startswith("95 of 90 minutes — 5 over") and icon.isVisible()
    page.context.undo_stack.undo()          # the 15 minutes undone
    assert not icon.isVisible()


def test_reorder_by_buttons_keys_undo_redo(qtbot, page: MeetingPage, workspace,
                                           meeting_id) -> None:
    view = panel(page).table
    click_row(qtbot, view, 0, COL_TITLE)
    qtbot.mouseClick(view.down_button, Qt.MouseButton.LeftButton)
    assert titles(workspace, meeting_id) == ["The pilot", "Why one record", "Actions"]
    assert view.current().title == "Why one record"   # the moved item stays selected

    qtbot.keyClick(view.view, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)
    assert titles(workspace, meeting_id) == ["The pilot", "Actions", "Why one record"]
    qtbot.keyClick(view.view, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)
    assert titles(workspace, meeting_id) == ["The pilot", "Why one record", "Actions"]

    stack = page.context.undo_stack
    stack.undo()
    stack.undo()
    stack.undo()
    assert titles(workspace, meeting_id) == ["Why one record", "The pilot", "Actions"]
    stack.redo()
    assert titles(workspace, meeting_id) == ["The pilot", "Why one record", "Actions"]
    assert shown(view, COL_TITLE) == ["The pilot", "Why one record", "Actions"]


def test_start_times_follow_the_scheduled_time(page: MeetingPage, workspace,
                                               meeting_id) -> None:
    from datetime import UTC, datetime

    view = panel(page).table
    assert view.view.isColumnHidden(0)                       # no time scheduled: no start times
    meetings.update(workspace, meeting_id, scheduled_at=datetime(2026, 12, 3, 9, 30, tzinfo=UTC))
    page.reload()
    assert not view.view.isColumnHidden(0)
    starts = shown(view, 0)
    assert starts == ["09:30", "09:50", "10:30"]


def test_the_row_where_time_runs_out_is_marked(qtbot, page: MeetingPage, workspace,
                                               meeting_id) -> None:
    type_number(qtbot, child(page, OptionalNumber, "meeting_duration"), 45)
    assert meetings.get_meeting(workspace, meeting_id).duration_minutes == 45
    # 20 minutes fit, the pilot's 40 end at minute 60: the time runs out during the pilot
    assert marked_rows(page) == ["The pilot"]
    model = panel(page).table.view.model()
    assert model.index(1, COL_TITLE).data(Qt.ItemDataRole.ToolTipRole) == (
        "The meeting's time runs out during this item")
    assert model.index(0, COL_TITLE).data(Qt.ItemDataRole.ToolTipRole) == "Why one record"


def test_the_invitation_says_when_and_how_long(page: MeetingPage, workspace,
                                               meeting_id) -> None:
    when = child(page, QLabel, "invitation_when")
    assert when.text().startswith("No date yet")
    meetings.update(workspace, meeting_id, scheduled_at=datetime(2026, 12, 3, 9, 30, tzinfo=UTC))
    page.reload()
    assert "2026" in when.text() and "09:30" in when.text()
    assert when.text().endswith(", 90 minutes")


def test_drag_and_drop_moves_through_an_undo_command(qtbot, page: MeetingPage, workspace,
                                                     meeting_id) -> None:
    model = panel(page).table.model
    data = model.mimeData([model.index(2, 0)])
    assert model.dropMimeData(data, Qt.DropAction.MoveAction, 0, 0, model.index(-1, -1))
    qtbot.waitUntil(lambda: titles(workspace, meeting_id)[0] == "Actions")
    assert titles(workspace, meeting_id) == ["Actions", "Why one record", "The pilot"]
    page.context.undo_stack.undo()
    assert titles(workspace, meeting_id) == ["Why one record", "The pilot", "Actions"]




def presenter_combo(page: MeetingPage) -> QComboBox:
    """The visible presenter choice, found by its label."""
    form = panel(page).form
    combo = next(c for c in form.findChildren(QComboBox)
                 if c.accessibleName() == "Presenter" and c.isVisible())
    return combo


def test_the_coordinator_presents_an_item(qtbot, page: MeetingPage, workspace,
                                          meeting_id, filled) -> None:
    view = panel(page).table
    click_row(qtbot, view, 1, COL_TITLE)
    combo = presenter_combo(page)
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "—", "Me (coordinator)", "Begoña Ibáñez (Compras)"]

    choose(qtbot, combo, "Me (coordinator)")
    item = agenda.list_for(workspace, meeting_id)[1]
    assert item.presenter_is_coordinator and item.presenter_id is None
    assert shown(view, COL_PRESENTER)[1] == "Me (coordinator)"
    assert combo.currentText() == "Me (coordinator)"        # the reload keeps the choice

    child(panel(page).form, QLineEdit, "field_title").setFocus()   # done with it; then again
    choose(qtbot, combo, "Begoña Ibáñez (Compras)")          # a person: no longer the coordinator
    item = agenda.list_for(workspace, meeting_id)[1]
    assert item.presenter_id == filled["begona"] and not item.presenter_is_coordinator
    assert shown(view, COL_PRESENTER)[1] == "Begoña Ibáñez"

    page.context.undo_stack.undo()                            # back to the coordinator, whole
    item = agenda.list_for(workspace, meeting_id)[1]
    assert item.presenter_is_coordinator and item.presenter_id is None
    assert combo.currentText() == "Me (coordinator)"
