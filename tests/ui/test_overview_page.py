"""The Overview page: score and points withheld, missing items, no surprises, the gap board
and the power/interest grid."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import pytest
from PySide6.QtCore import Qt

from app.domain.enums import DemandKind, Engagement, Readiness
from app.services import demands, departments, meetings, participation, people, touchpoints
from app.storage import Workspace
from app.views.changes import Changes
from ui.context import AppContext

readiness = pytest.importorskip("app.services.readiness",
                                reason="app.services.readiness has not landed yet")

from ui.models.gap_model import (  # noqa: E402 - after the skip, since it needs readiness
    COL_ENGAGEMENT,
    COL_LAST,
    COL_NEXT,
    COL_QUADRANT,
    COL_WHO,
    GapModel,
)
from ui.steps.overview_page import OverviewPage  # noqa: E402
from ui.widgets.power_grid import GridPerson, PowerGrid  # noqa: E402

TODAY = date(2025, 11, 20)


@dataclass
class Meeting:
    id: int
    sales_id: int          # department profile
    sales_part: int        # participation
    objection_id: int


@pytest.fixture
def meeting(workspace: Workspace) -> Meeting:
    m = meetings.create(workspace, title="Customer data platform")
    sales = departments.create(workspace, name="Sales")
    security = departments.create(workspace, name="Security")
    sales_part = participation.add(workspace, m.id, sales.id,
                                   engagement_at_start=Engagement.resistant,
                                   engagement=Engagement.neutral,
                                   readiness=Readiness.concerns_known)
    participation.add(workspace, m.id, security.id)
    people.add(workspace, sales.id, name="Ana Ruiz", influence=4, interest=5)
    people.add(workspace, sales.id, name="Bo Chen", influence=4, interest=5)
    people.add(workspace, security.id, name="Kai Berg")  # not rated yet
    touchpoints.add(workspace, sales_part.id, date=date(2025, 11, 8), summary="Lunch")
    objection = demands.add(workspace, sales_part.id, kind=DemandKind.objection,
                            text="Lead routing will break during the migration")
    return Meeting(m.id, sales.id, sales_part.id, objection.id)


@pytest.fixture
def page(qtbot, workspace: Workspace, meeting: Meeting) -> OverviewPage:
    context = AppContext(workspace)
    context.meeting_id = meeting.id
    page = OverviewPage(context)
    context.changed.connect(page.apply)  # as the window does
    page.today = lambda: TODAY
    qtbot.addWidget(page)
    page.resize(760, 760)
    page.set_meeting(meeting.id)
    page.show()
    qtbot.waitExposed(page)
    return page


def _messages(page: OverviewPage) -> list[str]:
    return [page.missing.item(i).text() for i in range(page.missing.count())]


def test_fixing_an_objection_through_the_service_updates_the_page(
        page: OverviewPage, workspace: Workspace, meeting: Meeting) -> None:
    score = page.assessment.score
    assert page.badge.score() == score
    assert f"{score}% ready" in page.sentence.text()
    objection = "Objection “Lead routing will break during the migration” has no response"
    assert objection in _messages(page)

    # as the Demands page would: a service call, then what it changed
    demands.update(workspace, meeting.objection_id, response="Freeze routing rules in March")
    page.context.announce(Changes.of(meeting.id, updated=[("demand", meeting.objection_id)]))

    assert objection not in _messages(page)
    assert page.assessment.score > score
    assert page.badge.score() == page.assessment.score


def test_activating_a_missing_item_asks_to_open_its_row(
        qtbot, page: OverviewPage, meeting: Meeting) -> None:
    row = next(i for i in range(page.missing.count())
               if page.missing.item(i).text().startswith("Objection"))
    page.missing.setCurrentRow(row)
    page.missing.setFocus()
    with qtbot.waitSignal(page.context.navigate) as signal:
        qtbot.keyClick(page.missing, Qt.Key.Key_Return)
    assert signal.args == ["demands", "demand", meeting.objection_id]


def test_a_meeting_item_opens_its_step_only(qtbot, page: OverviewPage) -> None:
    item = next(i for i in page.assessment.items if i.ref is None)
    with qtbot.waitSignal(page.context.navigate) as signal:
        page.open_missing(item)
    assert signal.args == [str(item.step), "", 0]


def test_a_department_item_opens_its_profile(qtbot, page: OverviewPage,
                                             workspace: Workspace) -> None:
    item = next(i for i in page.assessment.items if i.rule == "department.contacted")
    security = departments.find_by_name
    with workspace.session() as session:
        security_id = security(session, "Security").id
    with qtbot.waitSignal(page.context.navigate) as signal:
        page.open_missing(item)
    assert signal.args == ["departments", "department", security_id]


def _board(page: OverviewPage) -> dict[str, list[str]]:
    model = page.board_model
    return {model.index(r, COL_WHO).data(): [model.index(r, c).data()
                                             for c in range(model.columnCount())]
            for r in range(model.rowCount())}


def test_the_board_shows_where_each_department_stands(
        qtbot, page: OverviewPage, meeting: Meeting) -> None:
    board = _board(page)
    # departments and their weighty people (influence 4): the weighty, then the furthest
    # from where they must be (Ana and Bo: three steps; Sales: one) first
    assert list(board) == ["Ana Ruiz (Sales)", "Bo Chen (Sales)", "Sales", "Security"]
    sales, ana, security = board["Sales"], board["Ana Ruiz (Sales)"], board["Security"]
    assert sales[COL_ENGAGEMENT] == "Neutral → Supportive"
    assert security[COL_ENGAGEMENT] == ana[COL_ENGAGEMENT] == "Unaware → Supportive"
    assert sales[COL_QUADRANT] == ana[COL_QUADRANT] == "Manage closely"
    assert sales[COL_LAST] == "12 days ago"
    assert security[COL_LAST] == ana[COL_LAST] == "never"   # a word, and an icon
    assert sales[COL_NEXT] == "not planned"
    model = page.board_model
    never = model.index(3, COL_LAST)
    assert not never.data(Qt.ItemDataRole.DecorationRole).isNull()
    assert never.data(Qt.ItemDataRole.ToolTipRole) == "No contact yet."
    assert model.index(2, COL_LAST).data(Qt.ItemDataRole.DecorationRole) is None

    opened: list[list[object]] = []
    page.context.navigate.connect(lambda *args: opened.append(list(args)))
    page.board.activated.emit(page.board_proxy.mapFromSource(model.index(2, COL_WHO)))
    assert opened == [["departments", "participation", meeting.sales_part]]
    page.board.activated.emit(page.board_proxy.mapFromSource(model.index(0, COL_WHO)))
    assert opened[1:] == [["departments", "participation", meeting.sales_part],
                          ["departments", "person", model.rows()[0].person_id]]


def test_the_board_model_is_a_sound_model(qtmodeltester, workspace: Workspace,
                                          meeting: Meeting) -> None:
    from app.views.gap_board import gap_rows
    from app.views.reader import open_reader

    reader = open_reader(workspace.path)
    model = GapModel()
    model.set_rows(gap_rows(reader.connection(), meeting.id, TODAY, 14))
    reader.close()
    qtmodeltester.check(model)


def test_contact_today_and_plans_ahead(page: OverviewPage, workspace: Workspace,
                                       meeting: Meeting) -> None:
    touchpoints.add(workspace, meeting.sales_part, date=date(2025, 12, 1), summary="Planned")
    page.context.announce(Changes.of(meeting.id, inserted=[("touchpoint", 0)]))
    assert _board(page)["Sales"][COL_LAST] == "12 days ago"   # a plan, not a contact
    assert _board(page)["Sales"][COL_NEXT] == "2025-12-01"    # but the next one planned
    touchpoints.add(workspace, meeting.sales_part, date=TODAY, summary="Call")
    page.context.announce(Changes.of(meeting.id, inserted=[("touchpoint", 0)]))
    assert _board(page)["Sales"][COL_LAST] == "today"


def painted(grid: PowerGrid) -> dict[str, tuple[float, float]]:
    """Who the grid painted, and where on its axes (interest, influence) each dot is."""
    grid.plot.grab()  # renders through paintEvent, shown or not
    return {p.name: grid.plot.value_at(p.point) for p in grid.plot.placed if p.name}


def test_the_grid_places_each_person_on_their_values(qtbot, page: OverviewPage) -> None:
    grid = page.grid
    placed = painted(grid)
    assert set(placed) == {"Ana Ruiz", "Bo Chen"}          # Kai has no values yet
    interest, influence = placed["Ana Ruiz"]
    assert interest == pytest.approx(5, abs=0.05)          # on the tick, not beside it
    # two in one cell stand one line apart around their value, one above, one below
    assert abs(placed["Bo Chen"][1] - 4) < 0.5 and abs(influence - 4) < 0.5
    assert placed["Bo Chen"][1] < 4 < influence
    shown = {p.name: p.shown for p in grid.plot.placed}
    assert shown == {"Ana Ruiz": "Ana Ruiz", "Bo Chen": "Bo Chen"}   # names whole
    assert "Ana Ruiz (Sales)" in grid.accessibleDescription()
    assert "Manage closely" in grid.accessibleDescription()
    assert "Kai Berg" in grid.unplaced.text()


@pytest.mark.parametrize(("interest", "influence"), [(4, 4), (1, 5), (5, 1), (3, 3), (2, 2)])
def test_every_value_lands_on_its_tick(qtbot, interest: int, influence: int) -> None:
    grid = PowerGrid()
    qtbot.addWidget(grid)
    grid.set_people([GridPerson("Lee Jordan", "Finance", influence, interest)])
    grid.resize(640, 400)
    grid.show()
    qtbot.waitExposed(grid)
    x, y = painted(grid)["Lee Jordan"]
    assert (x, y) == (pytest.approx(interest, abs=0.05), pytest.approx(influence, abs=0.05))
    assert grid.plot.placed[0].shown == "Lee Jordan"


def test_a_crowded_cell_names_the_rest_in_one_entry(qtbot) -> None:
    grid = PowerGrid()
    qtbot.addWidget(grid)
    crowd = [GridPerson(f"Person {i}", "Sales", 5, 5) for i in range(30)]
    grid.set_people([*crowd, GridPerson("Lee", "Finance", 1, None)])
    grid.resize(500, 360)
    grid.show()
    qtbot.waitExposed(grid)
    painted(grid)
    entries = grid.plot.placed
    more = entries[-1]
    assert more.name == "" and more.shown == f"+{30 - len(entries) + 1}"
    assert [e.name for e in entries[:-1]] == [f"Person {i}" for i in range(len(entries) - 1)]
    assert "Person 29 (Sales)" in more.tip                  # the rest, in its tooltip
    assert "Person 29" in grid.accessibleDescription()
    assert "Lee (Finance)" in grid.accessibleDescription()


def test_every_point_withheld_is_said_with_its_reason(page: OverviewPage) -> None:
    shown = [page.withheld.item(i).text() for i in range(page.withheld.count())]
    assert shown == [f"−{w.points} point{'s' if w.points > 1 else ''}: {w.reason}"
                     for w in page.assessment.withheld]
    assert sum(w.points for w in page.assessment.withheld) == 100 - page.assessment.score
    # Security was never contacted: the cap that holds the score down says so
    assert any("not been contacted" in text for text in shown)


def test_no_meeting_and_nothing_missing_are_said_plainly(qtbot, workspace: Workspace) -> None:
    page = OverviewPage(AppContext(workspace))
    qtbot.addWidget(page)
    page.show()
    assert "Choose or create a meeting" in page.sentence.text()
    assert page.missing.isHidden()


def test_nothing_missing_is_said_plainly(qtbot, page: OverviewPage,
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    import ui.context as context

    real = context.assess

    def ready(*args, **kwargs):  # type: ignore[no-untyped-def]
        return readiness.Assessment(100, real(*args, **kwargs).phase)

    monkeypatch.setattr(context, "assess", ready)
    page.context.announce(Changes.of(page.meeting_id))
    assert page.missing.isHidden()
    assert page.nothing_missing.isVisible()
    assert "Nothing is missing" in page.nothing_missing.text()
    assert page.sentence.text().startswith("100% ready")


def test_the_board_shows_every_name_whole_after_a_rename(qtbot, page: OverviewPage,
                                                          workspace: Workspace,
                                                          meeting: Meeting) -> None:
    departments.update(workspace, meeting.sales_id,
                       name="Sales and Customer Success, Southern Europe (Iberia) 销售部")
    page.context.announce(Changes.of(None, updated=[("department", meeting.sales_id)]))
    qtbot.wait(10)
    view, header = page.board, page.board.horizontalHeader()
    for column in range(header.count() - 1):  # the last one stretches
        needed = max(view.sizeHintForColumn(column), header.sectionSizeHint(column))
        assert view.columnWidth(column) >= needed, column


def test_once_held_a_contact_not_made_is_no_longer_marked(page: OverviewPage,
                                                          workspace: Workspace,
                                                          meeting: Meeting) -> None:
    from app.domain.enums import MeetingStatus

    model = page.board_model
    never = model.row_of(lambda r: r.name == "Security")
    assert model.index(never, COL_LAST).data(Qt.ItemDataRole.DecorationRole) is not None
    meetings.update(workspace, meeting.id, status=MeetingStatus.held)
    page.context.announce(Changes.of(meeting.id, updated=[("meeting", meeting.id)]))
    never = model.row_of(lambda r: r.name == "Security")
    assert model.index(never, COL_LAST).data() == "never"          # still said
    assert model.index(never, COL_LAST).data(Qt.ItemDataRole.DecorationRole) is None
    assert model.index(never, COL_LAST).data(Qt.ItemDataRole.ForegroundRole) is None
