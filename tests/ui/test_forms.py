"""The form fields: one commit, and one undo step, per finished user action; an empty date
field takes a typed date; a choice gives back its enum member."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Any

import pytest
from PySide6.QtCore import QDate, QPoint, Qt
from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget

from app.domain.enums import DemandKind, Language, MeetingStatus
from app.services import meetings
from app.storage import Workspace
from tests.ui.page_helpers import show_active
from ui.context import AppContext
from ui.forms import (
    Check,
    Choice,
    ItemChoice,
    LinesBox,
    MomentEdit,
    OptionalDate,
    OptionalNumber,
    TextBox,
    TextLine,
)
from ui.steps.row_form import RowForm


class Host(QWidget):
    """A window holding one field and a line to move the focus to."""

    def __init__(self, field: QWidget) -> None:
        super().__init__()
        self.field = field
        self.elsewhere = QLineEdit(self)
        self.elsewhere.setObjectName("elsewhere")
        layout = QVBoxLayout(self)
        layout.addWidget(field)
        layout.addWidget(self.elsewhere)
        self.commits: list[Any] = []
        field.committed.connect(self.commits.append)  # type: ignore[attr-defined]


@pytest.fixture
def host(qtbot: Any, request: pytest.FixtureRequest) -> Host:
    made = Host(request.param())
    qtbot.addWidget(made)
    show_active(qtbot, made)
    made.elsewhere.setFocus()
    return made


def leave(qtbot: Any, host: Host) -> None:
    """Move the focus away, as a click elsewhere does."""
    host.elsewhere.setFocus()
    qtbot.waitUntil(host.elsewhere.hasFocus)


@pytest.mark.parametrize("host", [TextLine], indirect=True)
def test_a_text_line_commits_once_when_editing_finishes(qtbot, host: Host) -> None:
    field = host.field
    field.set_value("Room 4")
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_End)
    qtbot.keyClicks(field, ", second floor")
    assert host.commits == []                       # not per keystroke
    qtbot.keyClick(field, Qt.Key.Key_Return)
    leave(qtbot, host)                              # Enter, then leaving: still one
    assert host.commits == ["Room 4, second floor"]


@pytest.mark.parametrize("host", [TextBox, LinesBox], indirect=True)
def test_a_text_box_commits_once_when_focus_leaves(qtbot, host: Host) -> None:
    field = host.field
    field.setFocus()
    qtbot.keyClicks(field, "Close in 5 days")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    qtbot.keyClicks(field, "Cut 3%")
    assert host.commits == []
    leave(qtbot, host)
    leave(qtbot, host)
    expected = ["Close in 5 days", "Cut 3%"] if isinstance(field, LinesBox) \
        else "Close in 5 days\nCut 3%"
    assert host.commits == [expected]


@pytest.mark.parametrize("host", [lambda: OptionalNumber(0, 600)], indirect=True)
def test_a_number_commits_once_when_editing_finishes(qtbot, host: Host) -> None:
    field = host.field
    field.set_value(None)
    field.setFocus()
    field.selectAll()
    qtbot.keyClicks(field, "90")
    for _step in range(3):
        qtbot.keyClick(field, Qt.Key.Key_Up)
    assert host.commits == []
    leave(qtbot, host)
    assert host.commits == [93]
    assert field.value_or_none() == 93


@pytest.mark.parametrize("host", [lambda: Choice(list(DemandKind))], indirect=True)
def test_a_choice_gives_its_enum_member(qtbot, host: Host) -> None:
    field = host.field
    field.set_value(DemandKind.objection)
    assert field.value() is DemandKind.objection
    field.set_value("risk")                          # a stored string finds its member
    assert field.value() is DemandKind.risk
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_Up)
    assert host.commits == [DemandKind.objection]
    assert type(host.commits[0]) is DemandKind


def test_an_optional_choice_and_items() -> None:
    choice = Choice(list(Language), optional=True, none_text="Not known")
    assert choice.itemText(0) == "Not known" and choice.value() is None
    choice.set_value(Language.es)
    assert choice.value() is Language.es
    people = ItemChoice()
    people.set_items([("Ana", 3), ("Li Wei", 7)])
    people.set_value(7)
    people.set_items([("Li Wei", 7), ("Tom", 9)])    # new items keep the chosen key
    assert people.value() == 7
    people.set_items([("Tom", 9)])                   # gone: none
    assert people.value() is None


@pytest.mark.parametrize("host", [lambda: Check("Credited")], indirect=True)
def test_a_check_commits_per_click(qtbot, host: Host) -> None:
    box = host.field
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(6, box.height() // 2))
    assert host.commits == [True]


# -- dates -----------------------------------------------------------------------------------
@pytest.mark.parametrize("host", [OptionalDate], indirect=True)
def test_an_empty_date_shows_today_while_focused_and_commits_nothing(qtbot, host: Host) -> None:
    field = host.field
    field.set_value(None)
    assert field.editor.text() == "No date"
    field.setFocus()
    assert field.editor.date() == QDate.currentDate()    # somewhere to type into
    assert field.value() is None
    qtbot.keyClick(field.editor, Qt.Key.Key_Return)      # Enter on it changes nothing
    leave(qtbot, host)
    assert field.editor.text() == "No date"
    assert host.commits == []


@pytest.mark.parametrize("host", [OptionalDate], indirect=True)
def test_a_date_typed_into_an_empty_field_is_one_commit(qtbot, host: Host) -> None:
    field = host.field
    field.set_value(None)
    field.setFocus()
    qtbot.keyClicks(field.editor, "20270315")
    assert host.commits == []
    leave(qtbot, host)
    assert host.commits == [date(2027, 3, 15)]
    assert field.value() == date(2027, 3, 15)


@pytest.mark.parametrize("host", [OptionalDate], indirect=True)
def test_todays_date_typed_or_picked_counts(qtbot, host: Host) -> None:
    field = host.field
    today = date.today()
    field.set_value(None)
    field.setFocus()
    qtbot.keyClicks(field.editor, today.strftime("%Y%m%d"))   # the very day shown
    leave(qtbot, host)
    assert host.commits == [today]
    field.set_value(None)
    field.setFocus()
    shown_day = field.editor.date()
    field.editor.calendarWidget().clicked.emit(shown_day)   # picked in the calendar
    assert host.commits == [today, today]
    qtbot.mouseClick(field.clear_button, Qt.MouseButton.LeftButton)
    assert host.commits == [today, today, None]


@pytest.mark.parametrize("host", [OptionalDate], indirect=True)
def test_a_stored_date_is_edited_in_place(qtbot, host: Host) -> None:
    field = host.field
    field.set_value(date(2026, 12, 3))
    field.setFocus()
    assert field.value() == date(2026, 12, 3)
    leave(qtbot, host)
    assert host.commits == []


@pytest.mark.parametrize("host", [MomentEdit], indirect=True)
def test_an_empty_moment_takes_a_typed_time(qtbot, host: Host) -> None:
    field = host.field
    field.set_value(None)
    assert field.editor.text() == "No date yet"
    field.setFocus()
    assert field.value() is None
    qtbot.keyClicks(field.editor, "202612031030")
    leave(qtbot, host)
    [moment] = host.commits
    assert (moment.year, moment.month, moment.day, moment.hour, moment.minute) == (
        2026, 12, 3, 10, 30)
    assert moment.utcoffset() is not None                   # this computer's offset then
    assert field.offset_label.text().startswith("UTC")


@pytest.mark.parametrize("host", [MomentEdit], indirect=True)
def test_an_empty_moment_left_alone_stays_empty(qtbot, host: Host) -> None:
    field = host.field
    field.set_value(None)
    field.setFocus()
    start = field.editor.dateTime()
    assert start.time().minute() == 0                       # the next full hour
    leave(qtbot, host)
    assert field.editor.text() == "No date yet" and host.commits == []


# -- one undo step per action, through a form ------------------------------------------------
@pytest.fixture
def form(qtbot: Any, workspace: Workspace, meeting_id: int) -> RowForm:
    context = AppContext(workspace)
    made = RowForm(context, meetings.update, "meeting", columns=1)
    made.add("title", "Title", TextLine())
    made.add("location", "Location", TextLine())
    made.add("notes", "Notes", TextBox())
    made.add("duration_minutes", "Duration", OptionalNumber(0, 600))
    made.add("status", "Status", Choice(list(MeetingStatus)))
    made.add("scheduled_at", "When", MomentEdit())
    qtbot.addWidget(made)
    made.load(meetings.get_meeting(workspace, meeting_id))
    show_active(qtbot, made)
    return made


def steps(form: RowForm) -> list[str]:
    stack = form.context.undo_stack
    return [stack.text(i) for i in range(stack.count())]


def test_each_action_is_one_undo_step(qtbot, form: RowForm, workspace: Workspace,
                                      meeting_id: int) -> None:
    location = form.field("location")
    location.setFocus()
    qtbot.keyClicks(location, "Room 4")
    form.field("notes").setFocus()
    qtbot.keyClicks(form.field("notes"), "Ask Dana first")
    duration = form.field("duration_minutes")
    duration.setFocus()
    for _step in range(4):
        qtbot.keyClick(duration, Qt.Key.Key_Up)
    status = form.field("status")
    status.setFocus()                       # stepping through the list: each value saved...
    qtbot.keyClick(status, Qt.Key.Key_Down)
    qtbot.keyClick(status, Qt.Key.Key_Down)
    assert meetings.get_meeting(workspace, meeting_id).status == MeetingStatus.held
    when = form.field("scheduled_at")
    when.setFocus()
    qtbot.keyClicks(when.editor, "202612031030")
    location.setFocus()
    saved = meetings.get_meeting(workspace, meeting_id)
    assert (saved.location, saved.notes, saved.duration_minutes) == (
        "Room 4", "Ask Dana first", 4)
    assert saved.scheduled_at.replace(tzinfo=None) == datetime(2026, 12, 3, 10, 30)
    assert steps(form) == ["Edit meeting: Location", "Edit meeting: Notes",
                           "Edit meeting: Duration", "Edit meeting: Status",  # ...one step
                           "Edit meeting: When"]
    form.context.undo_stack.setIndex(3)
    assert meetings.get_meeting(workspace, meeting_id).status == MeetingStatus.preparing


def test_a_choice_made_twice_is_two_steps(qtbot, form: RowForm) -> None:
    status = form.field("status")
    status.setFocus()
    qtbot.keyClick(status, Qt.Key.Key_Down)
    form.field("location").setFocus()       # done; later changed again
    status.setFocus()
    qtbot.keyClick(status, Qt.Key.Key_Down)
    assert steps(form) == ["Edit meeting: Status", "Edit meeting: Status"]


def test_back_where_it_started_leaves_no_step(qtbot, form: RowForm) -> None:
    status = form.field("status")
    status.setFocus()
    qtbot.keyClick(status, Qt.Key.Key_Down)
    qtbot.keyClick(status, Qt.Key.Key_Up)
    assert steps(form) == []


@pytest.fixture
def warnings(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The warnings shown (recorded, never left to block the test)."""
    from ui import dialogs

    shown_messages: list[str] = []
    monkeypatch.setattr(dialogs, "warn", lambda _p, _t, text: shown_messages.append(text))
    return shown_messages


def test_a_refused_edit_shows_the_saved_value(qtbot, form: RowForm, workspace: Workspace,
                                              meeting_id: int, warnings: list[str]) -> None:
    title = form.field("title")
    title.setFocus()
    title.selectAll()
    qtbot.keyClick(title, Qt.Key.Key_Delete)
    form.field("location").setFocus()
    assert meetings.get_meeting(workspace, meeting_id).title == "Customer data platform"
    assert title.text() == "Customer data platform"
    assert steps(form) == [] and len(warnings) == 1


def test_the_starting_hour_is_ahead(qtbot) -> None:
    field = MomentEdit()
    qtbot.addWidget(field)
    start = field._starting_value()
    assert timedelta(0) < start - datetime.now() <= timedelta(hours=1)
