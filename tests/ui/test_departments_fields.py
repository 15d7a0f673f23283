"""Every field of the Departments step typed as a user types it, and read back as stored:
a field saved into its neighbour's column (stance now into stance at start) fails here."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QTabWidget

from app.domain.enums import Channel, Engagement, Readiness
from app.services import departments, participation, people, touchpoints
from app.storage import Workspace
from tests.ui.page_helpers import add_departments, child, choose, show_page
from tests.ui.window_helpers import click, click_tab, type_into
from ui.forms import Choice, ItemChoice, OptionalDate, OptionalNumber, TextBox, TextLine
from ui.steps.departments_page import DepartmentsPage
from ui.steps.row_form import RowForm


@pytest.fixture
def ids(workspace: Workspace, meeting_id: int) -> dict[str, int]:
    found = add_departments(workspace, meeting_id, names=("Finance",))
    found["ana"] = people.add(workspace, found["Finance"], name="Ana Ruiz").id or 0
    return found


@pytest.fixture
def page(qtbot, workspace: Workspace, meeting_id: int, ids: dict[str, int]) -> DepartmentsPage:
    return show_page(qtbot, DepartmentsPage, workspace, meeting_id)


def form(page: DepartmentsPage, name: str) -> RowForm:
    return child(page, RowForm, name)


def field(page: DepartmentsPage, form_name: str, kind: type, label: str):  # type: ignore[no-untyped-def]
    """The field a user finds by its label (its accessible name is the label's text)."""
    found = [w for w in form(page, form_name).findChildren(kind) if w.accessibleName() == label]
    assert len(found) == 1, f"no single {kind.__name__} labelled {label}"
    return found[0]


def type_number(qtbot, box: OptionalNumber, value: int) -> None:
    box.setFocus()
    box.selectAll()
    qtbot.keyClicks(box, str(value))
    qtbot.keyClick(box, Qt.Key.Key_Tab)


def test_the_profile_is_saved_field_by_field(qtbot, page: DepartmentsPage,
                                              workspace: Workspace, ids: dict[str, int]) -> None:
    tabs = child(page, QTabWidget, "department_tabs")
    click_tab(qtbot, tabs, "Profile (shared)")
    profile = form(page, "profile_form").objectName()
    typed = {"function": "Pays the bills", "workflow": "Monthly close, weekly forecast",
             "focus": "Closing the year", "okrs": "Close in 5 days", "pressures": "Two new staff",
             "history": "The 2024 budget tool went badly"}
    labels = {"function": "Function", "workflow": "How they work", "focus": "Current focus",
              "okrs": "OKRs", "pressures": "Pressures", "history": "History with us"}
    for name, text in typed.items():
        type_into(qtbot, field(page, profile, TextBox, labels[name]), text)
    stored = departments.get_department(workspace, ids["Finance"])
    saved = {name: getattr(stored, name) for name in typed}
    assert saved.pop("okrs") == ["Close in 5 days"]          # one OKR a line
    assert saved == {name: text for name, text in typed.items() if name != "okrs"}


def test_a_person_s_role_influence_and_interest(qtbot, page: DepartmentsPage,
                                                workspace: Workspace,
                                                ids: dict[str, int]) -> None:
    click_tab(qtbot, child(page, QTabWidget, "department_tabs"), "People (shared)")
    people_form = "person_form"
    type_into(qtbot, field(page, people_form, TextLine, "Role"), "Head of controlling")
    type_number(qtbot, field(page, people_form, OptionalNumber, "Influence (1-5)"), 5)
    type_number(qtbot, field(page, people_form, OptionalNumber, "Interest (1-5)"), 2)
    type_into(qtbot, field(page, people_form, TextBox, "Notes"), "Prefers numbers to slides")
    ana = people.list_for(workspace, ids["Finance"])[0]
    assert (ana.role, ana.influence, ana.interest, ana.notes) == (
        "Head of controlling", 5, 2, "Prefers numbers to slides")


def test_the_part_in_this_meeting_keeps_each_stance_apart(qtbot, page: DepartmentsPage,
                                                          workspace: Workspace,
                                                          meeting_id: int) -> None:
    click_tab(qtbot, child(page, QTabWidget, "department_tabs"), "In this meeting")
    choose(qtbot, field(page, "part_form", Choice, "Engagement at the start"), "Resistant")
    choose(qtbot, field(page, "part_form", Choice, "Engagement now"), "Supportive")
    choose(qtbot, field(page, "part_form", Choice, "Readiness"), "Aligned")
    type_into(qtbot, field(page, "part_form", TextBox,
                    "How our plan serves their goals"),
              "Faster close from one ledger")
    type_into(qtbot, field(page, "part_form", TextBox, "Private notes"),
              "Ana decides; her deputy blocks")
    part, _dept = participation.list_with_departments(workspace, meeting_id)[0]
    assert part.engagement_at_start == Engagement.resistant
    assert part.engagement == Engagement.supportive
    assert part.readiness == Readiness.aligned
    assert part.serves_their_goals == "Faster close from one ledger"
    assert part.private_notes == "Ana decides; her deputy blocks"


def test_a_touchpoint_s_date_channel_and_next_step(qtbot, page: DepartmentsPage,
                                                   workspace: Workspace,
                                                   ids: dict[str, int]) -> None:
    click_tab(qtbot, child(page, QTabWidget, "department_tabs"), "Touchpoints")
    click(qtbot, page.touchpoints, "touchpoints_add")
    touchpoint_form = form(page, "touchpoint_form").objectName()
    type_into(qtbot, field(page, touchpoint_form, TextBox, "What was said"), "Agreed to a pilot")
    choose(qtbot, field(page, touchpoint_form, Choice, "Channel"), "Call")
    choose(qtbot, field(page, touchpoint_form, ItemChoice, "With"), "Ana Ruiz")
    type_into(qtbot, field(page, touchpoint_form, TextBox, "Next step"),
              "Send the pilot plan by Friday")
    # a day picked in the calendar popup
    when = field(page, touchpoint_form, OptionalDate, "Date")
    last_week = date.today() - timedelta(days=7)
    picked = QDate(last_week.year, last_week.month, last_week.day)
    qtbot.mouseClick(when.calendar_button, Qt.MouseButton.LeftButton)
    when.popup.calendar.setSelectedDate(picked)
    when.popup.calendar.clicked.emit(picked)
    logged = touchpoints.list_for(workspace, ids["Finance_part"])
    assert len(logged) == 1
    saved = logged[0]
    assert (saved.date, saved.channel, saved.person_id, saved.summary, saved.next_step) == (
        last_week, Channel.call, ids["ana"], "Agreed to a pilot",
        "Send the pilot plan by Friday")
