"""The form fields: one commit, and one undo step, per finished user action; an empty date
field takes a typed date; a choice gives back its enum member."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from typing import Any

import pytest
from PySide6.QtCore import QDate, QPoint, Qt
from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget

from app.domain.enums import DemandKind, Language, MeetingStatus
from app.i18n import set_language
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
@pytest.fixture
def warnings(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The warnings shown (recorded, never left to block the test)."""
    from ui import dialogs

    shown_messages: list[str] = []
    monkeypatch.setattr(dialogs, "warn", lambda _p, _t, text: shown_messages.append(text))
    return shown_messages


def type_date(qtbot: Any, host: Host, text: str) -> None:
    """Click into the date, select what it shows, type over it, and leave."""
    editor = host.field.editor
    qtbot.mouseClick(editor, Qt.MouseButton.LeftButton)
    editor.selectAll()
    if text.isascii():
        qtbot.keyClicks(editor, text)
    else:
        editor.insert(text)  # as an input method commits it (QTest types ASCII only)
    leave(qtbot, host)


@pytest.mark.parametrize("host", [OptionalDate], indirect=True)
def test_an_empty_date_says_so_and_commits_nothing(qtbot, host: Host) -> None:
    field = host.field
    field.set_value(None)
    assert field.editor.text() == "" and field.editor.placeholderText() == "No date"
    field.setFocus()
    qtbot.keyClick(field.editor, Qt.Key.Key_Return)      # Enter on it changes nothing
    leave(qtbot, host)
    assert host.commits == [] and field.value() is None


@pytest.mark.parametrize("host", [OptionalDate], indirect=True)
@pytest.mark.parametrize(("typed", "shown"), [("2027-03-31", "31/03/2027"),
                                              ("31/03/2027", "31/03/2027"),
                                              ("31/3/27", "31/03/2027")])
def test_a_date_typed_as_shown_or_in_iso_is_that_date(qtbot, host: Host, typed: str,
                                                       shown: str) -> None:
    host.field.set_value(date(2026, 12, 3))
    type_date(qtbot, host, typed)
    assert host.commits == [date(2027, 3, 31)]
    assert host.field.editor.text() == shown              # what is stored is what shows


@pytest.mark.parametrize("host", [OptionalDate], indirect=True)
@pytest.mark.parametrize(("language", "typed", "shown"), [
    ("es", "31/3/2027", "31/3/2027"), ("zh_CN", "2027/3/31", "2027/3/31"),
    ("zh_CN", "2027年3月31日", "2027/3/31"), ("es", "2027-03-31", "31/3/2027")])
def test_a_date_is_typed_as_the_language_writes_it(qtbot, host: Host, language: str,
                                                   typed: str, shown: str) -> None:
    set_language(language)
    type_date(qtbot, host, typed)
    assert host.commits == [date(2027, 3, 31)]
    assert host.field.editor.text() == shown


@pytest.mark.parametrize("host", [OptionalDate], indirect=True)
def test_changing_only_the_year_changes_the_year(qtbot, host: Host) -> None:
    field = host.field
    field.set_value(date(2026, 12, 3))
    field.editor.setFocus()
    field.editor.setCursorPosition(len("03/12/"))
    for _i in range(4):
        qtbot.keyClick(field.editor, Qt.Key.Key_Delete)
    qtbot.keyClicks(field.editor, "2028")
    leave(qtbot, host)
    assert host.commits == [date(2028, 12, 3)]


@pytest.mark.parametrize("host", [OptionalDate], indirect=True)
def test_an_unreadable_date_is_refused_and_kept(qtbot, host: Host,
                                                warnings: list[str]) -> None:
    field = host.field
    field.setAccessibleName("Due")
    field.set_value(date(2026, 12, 3))
    type_date(qtbot, host, "31/02/2027")
    assert host.commits == []
    assert field.editor.text() == "31/02/2027"            # kept, to be corrected
    [message] = warnings
    assert message.startswith("Due: “31/02/2027” is not a date") and "2026-12-15" in message


@pytest.mark.parametrize("host", [OptionalDate], indirect=True)
def test_an_unreadable_date_is_said_once_though_the_message_takes_the_focus(
        qtbot, host: Host, monkeypatch: pytest.MonkeyPatch) -> None:
    from ui import dialogs

    shown: list[str] = []

    def message_taking_the_focus(_parent: Any, _title: str, text: str) -> None:
        shown.append(text)
        host.elsewhere.setFocus()         # as a message box does: the edit finishes again

    monkeypatch.setattr(dialogs, "warn", message_taking_the_focus)
    host.field.setFocus()
    qtbot.keyClicks(host.field.editor, "someday")
    host.field.finish()                   # as before a click elsewhere (ui.forms.guard)
    assert len(shown) == 1 and host.commits == []


@pytest.mark.parametrize("host", [OptionalDate], indirect=True)
def test_a_date_clears_with_one_key_or_its_button(qtbot, host: Host) -> None:
    field = host.field
    field.set_value(date(2026, 12, 3))
    field.setFocus()
    field.editor.selectAll()                              # as tabbing in selects it
    qtbot.keyClick(field.editor, Qt.Key.Key_Delete)
    leave(qtbot, host)
    assert host.commits == [None]
    field.set_value(date(2026, 12, 3))
    qtbot.mouseClick(field.clear_button, Qt.MouseButton.LeftButton)
    assert host.commits == [None, None] and field.editor.text() == ""


@pytest.mark.parametrize("host", [OptionalDate], indirect=True)
def test_a_day_picked_in_the_calendar(qtbot, host: Host) -> None:
    field = host.field
    field.set_value(None)
    qtbot.mouseClick(field.calendar_button, Qt.MouseButton.LeftButton)
    popup = field.popup
    assert popup is not None and popup.isVisible()
    assert popup.calendar.selectedDate() == QDate.currentDate()   # opens on today
    popup.calendar.setSelectedDate(QDate(2027, 3, 31))
    qtbot.keyClick(popup.calendar.focusWidget() or popup.calendar, Qt.Key.Key_Return)
    assert host.commits == [date(2027, 3, 31)] and not popup.isVisible()


@pytest.mark.parametrize("host", [MomentEdit], indirect=True)
def test_the_calendar_opens_from_the_keyboard_and_keeps_the_time(qtbot, host: Host) -> None:
    field = host.field
    field.set_value(datetime(2026, 12, 3, 10, 30, tzinfo=timezone(timedelta(hours=1))))
    field.setFocus()
    qtbot.keyClick(field.editor, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    popup = field.popup
    assert popup is not None and popup.isVisible()
    assert popup.calendar.selectedDate() == QDate(2026, 12, 3)
    popup.calendar.setSelectedDate(QDate(2026, 12, 4))
    qtbot.keyClick(popup.calendar.focusWidget() or popup.calendar, Qt.Key.Key_Return)
    assert host.commits == [datetime(2026, 12, 4, 10, 30, tzinfo=timezone(timedelta(hours=1)))]


@pytest.mark.parametrize("host", [MomentEdit], indirect=True)
def test_a_moment_without_an_offset_is_left_as_it_is(qtbot, host: Host) -> None:
    host.field.set_value(datetime(2026, 12, 3, 10, 30))
    host.field.setFocus()
    assert not host.field.is_pending()
    leave(qtbot, host)
    assert host.commits == []


@pytest.mark.parametrize("host", [MomentEdit], indirect=True)
def test_a_moment_typed_in_iso_is_that_moment(qtbot, host: Host) -> None:
    field = host.field
    field.set_value(None)
    assert field.editor.placeholderText() == "No date yet"
    type_date(qtbot, host, "2026-12-15 10:00")
    [moment] = host.commits
    assert (moment.year, moment.month, moment.day, moment.hour, moment.minute) == (
        2026, 12, 15, 10, 0)
    assert moment.utcoffset() is not None                   # this computer's offset then
    assert field.editor.text() == "15/12/2026 10:00"
    assert field.offset_label.text().startswith("UTC")


@pytest.mark.parametrize("host", [MomentEdit], indirect=True)
def test_a_moment_keeps_its_offset_and_a_day_alone_is_refused(
        qtbot, host: Host, warnings: list[str]) -> None:
    field = host.field
    field.set_value(datetime(2026, 12, 3, 10, 0, tzinfo=timezone(timedelta(hours=8))))
    assert field.editor.text() == "03/12/2026 10:00" and field.offset_label.text() == (
        "UTC+08:00")
    type_date(qtbot, host, "04/12/2026 9:30")
    assert host.commits == [datetime(2026, 12, 4, 9, 30, tzinfo=timezone(timedelta(hours=8)))]
    type_date(qtbot, host, "2026-12-05")
    assert len(host.commits) == 1 and len(warnings) == 1
    assert field.editor.text() == "2026-12-05"


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
    qtbot.keyClicks(when.editor, "2026-12-03 10:30")
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


def test_a_refused_edit_keeps_the_typed_text_and_names_the_label(
        qtbot, form: RowForm, workspace: Workspace, meeting_id: int,
        warnings: list[str]) -> None:
    title = form.field("title")
    title.setFocus()
    title.selectAll()
    qtbot.keyClick(title, Qt.Key.Key_Delete)
    qtbot.keyClicks(title, "  ")
    form.field("location").setFocus()
    assert meetings.get_meeting(workspace, meeting_id).title == "Customer data platform"
    assert title.text() == "  "                          # kept, to be corrected
    assert steps(form) == [] and warnings == ["Title: must not be blank"]
    title.setFocus()
    qtbot.keyClicks(title, "Data platform")
    form.field("location").setFocus()
    assert meetings.get_meeting(workspace, meeting_id).title == "  Data platform"
