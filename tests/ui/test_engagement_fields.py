"""The Departments step's engagement fields typed and chosen as a user does, found by their
labels, read back as stored, and undone: a department's engagement now, needed and at the
start, its decision right and communication plan; a key person's part; a touchpoint's
outcome."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QTabWidget

from app.domain.enums import Channel, DecisionRight, Engagement
from app.services import participation, people, team, touchpoints
from app.storage import Workspace
from app.views.reader import open_reader
from tests.ui.page_helpers import add_departments, child, choose, show_page
from tests.ui.test_departments_fields import field, form, type_number
from tests.ui.window_helpers import click, click_tab, type_into
from ui.forms import Check, Choice, ItemChoice, OptionalDate, OptionalNumber, TextBox
from ui.steps.departments_page import DepartmentsPage


@pytest.fixture
def ids(workspace: Workspace, meeting_id: int) -> dict[str, int]:
    found = add_departments(workspace, meeting_id, names=("Finance",))
    found["ana"] = people.add(workspace, found["Finance"], name="Ana Ruiz", influence=2).id or 0
    found["lin"] = team.add(workspace, name="Lin Wei").id or 0
    return found


@pytest.fixture
def page(qtbot, workspace: Workspace, meeting_id: int, ids: dict[str, int]) -> DepartmentsPage:
    return show_page(qtbot, DepartmentsPage, workspace, meeting_id)


def tick(qtbot, box: Check) -> None:
    """Click a check box on its box (a wide one is not clicked in its empty right half)."""
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))


def moves(workspace: Workspace) -> list[tuple[int | None, str | None, str, int | None]]:
    """The engagement history as stored: (person, from, to, touchpoint)."""
    reader = open_reader(workspace.path)
    try:
        return list(reader.connection().execute(
            "SELECT person_id, from_level, to_level, touchpoint_id FROM engagement_change "
            "ORDER BY id"))
    finally:
        reader.close()


def part_of(workspace: Workspace, meeting_id: int):  # type: ignore[no-untyped-def]
    return participation.list_with_departments(workspace, meeting_id)[0][0]


def test_where_the_department_stands_and_must_get_to(qtbot, page: DepartmentsPage,
                                                     workspace: Workspace,
                                                     meeting_id: int) -> None:
    click_tab(qtbot, child(page, QTabWidget, "department_tabs"), "In this meeting")
    now = field(page, "part_form", Choice, "Engagement now")
    choose(qtbot, now, "Resistant")      # the first assessment is where they started
    assert field(page, "part_form", Choice, "Engagement at the start").currentText() == (
        "Resistant")
    choose(qtbot, field(page, "part_form", Choice, "Decision right"), "Gives input")
    choose(qtbot, now, "Neutral")
    choose(qtbot, field(page, "part_form", Choice, "Engagement needed"), "Leading")
    choose(qtbot, field(page, "part_form", Choice, "Decision right"), "Must agree")
    part = part_of(workspace, meeting_id)
    assert (part.engagement_at_start, part.engagement, part.engagement_desired,
            part.decision_right) == (Engagement.resistant, Engagement.neutral,
                                     Engagement.leading, DecisionRight.agree)
    # each choice is one move kept, with where it came from (not each level stepped past)
    assert [m[:3] for m in moves(workspace)] == [(None, None, "resistant"),
                                                 (None, "resistant", "neutral")]
    shown = page.table.view.model()
    assert shown.index(0, 1).data() == "Neutral → Leading"

    stack = page.context.undo_stack
    stack.undo()   # the decision right
    stack.undo()   # the engagement needed
    stack.undo()   # the move: taken back with its history row
    part = part_of(workspace, meeting_id)
    assert (part.engagement, part.engagement_desired, part.decision_right) == (
        Engagement.resistant, Engagement.supportive, DecisionRight.input)
    assert [m[:3] for m in moves(workspace)] == [(None, None, "resistant")]
    assert now.currentText() == "Resistant"


def test_the_communication_plan(qtbot, page: DepartmentsPage, workspace: Workspace,
                                meeting_id: int) -> None:
    click_tab(qtbot, child(page, QTabWidget, "department_tabs"), "In this meeting")
    plan = "part_form"
    owner = field(page, plan, ItemChoice, "Owner on our side")
    assert owner.currentText() == "Me (the coordinator)"
    choose(qtbot, owner, "Lin Wei")
    choose(qtbot, field(page, plan, Choice, "Channel"), "Call")
    type_number(qtbot, field(page, plan, OptionalNumber, "Every (days)"), 7)
    type_number(qtbot, field(page, plan, OptionalNumber, "Approach order"), 2)
    type_into(qtbot, field(page, plan, TextBox, "Why this order"),
              "After Sales, who will vouch for the pilot")
    when = field(page, plan, OptionalDate, "Next contact")
    next_week = date.today() + timedelta(days=7)
    type_into(qtbot, when.editor, next_week.isoformat())
    part = part_of(workspace, meeting_id)
    assert (part.owner_id, part.plan_channel, part.cadence_days, part.approach_order,
            part.approach_reason, part.next_contact) == (
        team.list_all(workspace)[0].id, Channel.call, 7, 2,
        "After Sales, who will vouch for the pilot", next_week)
    page.context.undo_stack.undo()
    assert part_of(workspace, meeting_id).next_contact is None


def test_a_key_person_s_part_in_the_meeting(qtbot, page: DepartmentsPage,
                                            workspace: Workspace, ids: dict[str, int]) -> None:
    click_tab(qtbot, child(page, QTabWidget, "department_tabs"), "People (shared)")
    now = field(page, "person_form", Choice, "Engagement now")
    assert not now.isEnabled()            # not a key person in this meeting yet
    key = field(page, "person_form", Check, "Key person in this meeting")
    tick(qtbot, key)
    assert now.isEnabled()
    choose(qtbot, now, "Resistant")
    choose(qtbot, field(page, "person_form", Choice, "Engagement needed"), "Supportive")
    choose(qtbot, field(page, "person_form", Choice, "Decision right"), "Decides")
    stored = stakeholders_of(workspace, ids["Finance_part"])
    assert stored[ids["ana"]] == (Engagement.resistant, Engagement.supportive,
                                  DecisionRight.decide)
    # her first assessment is where she started: a move from nowhere
    assert moves(workspace)[-1][:3] == (ids["ana"], None, "resistant")
    assert page.people.table.view.model().index(0, 4).data() == (
        "Resistant → Supportive · Decides")
    stack = page.context.undo_stack
    for _step in range(4):
        stack.undo()
    assert stakeholders_of(workspace, ids["Finance_part"]) == {}
    assert not field(page, "person_form", Check, "Key person in this meeting").isChecked()


def stakeholders_of(workspace: Workspace, part: int) -> dict[int, tuple[object, ...]]:
    reader = open_reader(workspace.path)
    try:
        return {person: (Engagement(now), Engagement(needed),
                         None if right is None else DecisionRight(right))
                for person, now, needed, right in reader.connection().execute(
                    "SELECT person_id, engagement, engagement_desired, decision_right "
                    "FROM stakeholder WHERE participation_id = ?", (part,))}
    finally:
        reader.close()


def test_a_touchpoint_that_moved_someone_and_delivered_the_pre_read(
        qtbot, page: DepartmentsPage, workspace: Workspace, ids: dict[str, int]) -> None:
    click_tab(qtbot, child(page, QTabWidget, "department_tabs"), "Touchpoints")
    click(qtbot, page.touchpoints, "touchpoints_add")
    log = form(page, "touchpoint_form").objectName()
    type_into(qtbot, field(page, log, TextBox, "What was said"), "Walked her through the plan")
    choose(qtbot, field(page, log, Choice, "Moved engagement to"), "Supportive")
    sent = field(page, log, Check, "Pre-read sent")
    tick(qtbot, sent)
    logged = touchpoints.list_for(workspace, ids["Finance_part"])[0]
    assert logged.preread_sent
    assert moves(workspace) == [(None, None, "supportive", logged.id)]   # one move, its first
    assert part_of(workspace, page.meeting_id or 0).engagement == Engagement.supportive
    rows = page.touchpoints.table.view.model()
    assert rows.index(0, 3).data() == "→ Supportive · Pre-read sent"
    page.context.undo_stack.undo()
    assert not touchpoints.list_for(workspace, ids["Finance_part"])[0].preread_sent
    page.context.undo_stack.undo()
    assert part_of(workspace, page.meeting_id or 0).engagement == Engagement.unaware
