"""The window's cost does not grow with the workspace: statements counted, not timed.

A meeting switch, a step visit and an edit each run the same number of SQL
statements on a small meeting and on a 60-department one; the meeting list
reads no meeting's rows; an edit redraws its row in place and reads no other.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget
from sqlalchemy import event

from app.storage import open_workspace
from benchmarks.years import Years, generate
from tests.ui.window_helpers import Dialogs, child, no_dialogs, open_window, type_into
from ui.forms import TextBox
from ui.steps.step_parts import RowTable
from ui.window.main_window import MainWindow

__all__ = ["no_dialogs"]  # a fixture, used by name


@pytest.fixture(scope="module")
def years(tmp_path_factory: pytest.TempPathFactory) -> Years:
    """A workspace of 30 meetings, one of them with 60 departments."""
    return generate(tmp_path_factory.mktemp("years") / "years.prewire", meetings=30,
                    departments=120, people=500, demands=1500, suggestions=1500,
                    touchpoints=1500, largest=60)


@pytest.fixture
def window(qtbot: Any, years: Years, tmp_path: Path, no_dialogs: Dialogs) -> Iterator[MainWindow]:
    copy = tmp_path / "years.prewire"
    copy.write_bytes(years.path.read_bytes())
    workspace = open_workspace(copy)
    shown = open_window(qtbot, workspace)
    yield shown
    shown.close()
    workspace.close()


class Statements:
    """Every SQL statement the window runs: the read model's and the services'."""

    def __init__(self, window: MainWindow) -> None:
        self.sql: list[str] = []
        window.context.reader.connection().set_trace_callback(self.sql.append)
        event.listen(window.context.workspace.engine, "before_cursor_execute",
                     lambda *args: self.sql.append(args[2]))

    def count(self, action: Any) -> int:
        self.sql.clear()
        action()
        return len(self.sql)


def _switch(window: MainWindow, meeting_id: int) -> None:
    window.meeting_list.select(meeting_id)
    assert window.meeting_id == meeting_id


def test_the_meeting_list_reads_no_meeting_s_rows(window: MainWindow) -> None:
    statements = Statements(window)
    statements.count(window.meeting_list.reload)
    listed = [s for s in statements.sql if s not in ("BEGIN", "COMMIT")]
    # the titles, then a few aggregates for all the meetings at once (late contacts too),
    # never one per meeting
    assert len(listed) <= 15
    assert not [s for s in listed if "meeting_id = ?" in s or "meeting_id = :meeting" in s]
    assert window.meeting_list.model.rowCount() == 30


def test_switching_meetings_and_steps_costs_the_same_on_any_meeting(
        window: MainWindow, years: Years) -> None:
    statements = Statements(window)
    # three meetings the window has not shown yet: one to start from, a small one, the largest
    spare, small = [m for m in years.meetings if m not in (years.largest, window.meeting_id)][:2]
    _switch(window, spare)
    for index in range(window.steps.count()):
        window.steps.setCurrentIndex(index)  # every page read once
    counts: dict[int, list[int]] = {}
    for meeting in (years.largest, small):  # each shown for the first time
        window.steps.setCurrentIndex(0)
        _switch(window, spare)
        switch = statements.count(lambda meeting=meeting: _switch(window, meeting))
        steps = [statements.count(lambda index=index: window.steps.setCurrentIndex(index))
                 for index in range(1, window.steps.count())]
        counts[meeting] = [switch, *steps]
    assert counts[years.largest] == counts[small]
    # (the Overview reads its gap board and who is not briefed yet: three statements)
    assert max(counts[years.largest]) <= 23
    # back to a meeting just shown, nothing changed since: its Overview reads nothing
    window.steps.setCurrentIndex(0)
    assert statements.count(lambda: _switch(window, years.largest)) == 0


def _edit_a_demand(qtbot: Any, window: MainWindow, meeting: int, text: str) -> tuple[int, int]:
    _switch(window, meeting)
    window.navigate("demands")
    page = window.current_page()
    assert page is not None
    rows = child(page, RowTable, "demands")
    rows.select_id(rows.ids()[len(rows.ids()) // 2])
    statements = Statements(window)
    field = child(page, TextBox, "field_text")
    edit = statements.count(lambda: type_into(qtbot, field, text))
    undo = statements.count(window.context.undo_stack.undo)
    return edit, undo


def test_an_edit_and_its_undo_cost_the_same_on_any_meeting(
        qtbot: Any, window: MainWindow, years: Years) -> None:
    large = _edit_a_demand(qtbot, window, years.largest, "Not before the audit")
    small = _edit_a_demand(qtbot, window, years.chinese, "Not before the audit")
    assert large == small
    # each: the row read and updated; the meeting's row of the list scored again; the
    # edited row read again; two read transactions. The list's first score of the meeting
    # runs its 14 counts; after that only those that read a table changed (the one that
    # counts answers to demands). The hidden pages and the Overview read nothing until shown.
    assert large == (22, 9)


def test_an_edit_redraws_its_row_in_place(qtbot: Any, window: MainWindow,
                                          years: Years) -> None:
    _switch(window, years.largest)
    window.navigate("demands")
    page = window.current_page()
    assert page is not None
    rows = child(page, RowTable, "demands")
    model = rows.model
    assert model.rowCount() > 100
    target = rows.ids()[model.rowCount() // 2]
    rows.select_id(target)
    bar = rows.view.verticalScrollBar()
    bar.setValue(bar.value() + 3)  # the user scrolled a little past the row
    scrolled = bar.value()
    signals: list[str] = []
    model.modelReset.connect(lambda: signals.append("reset"))
    model.rowsInserted.connect(lambda *_a: signals.append("inserted"))
    model.rowsRemoved.connect(lambda *_a: signals.append("removed"))
    model.layoutChanged.connect(lambda *_a: signals.append("moved"))
    model.dataChanged.connect(lambda first, last, *_a: signals.append(
        f"changed {first.row()}-{last.row()}"))
    statements = Statements(window)

    # the text, then Tab: saved, and the cursor goes on to the response
    type_into(qtbot, child(page, TextBox, "field_text"), "Only after the pilot")
    position = model.row_of(lambda r: r.id == target)
    assert signals == [f"changed {position}-{position}"]
    # the page read that one row again, no other (the Overview's assessment, shared with
    # the status bar, reads the meeting once per change, as it must)
    page_reads = [s for s in statements.sql if "FROM demand x" in s and "d.name" in s]
    assert len(page_reads) == 1 and f"x.id IN ({target})" in page_reads[0]
    assert rows.current_id() == target
    assert bar.value() == scrolled
    response = child(page, TextBox, "field_response")
    focused = page.focusWidget()
    assert isinstance(focused, QWidget) and response in (focused, focused.parent())
    qtbot.keyClicks(response, "Pilot in one region")
    assert response.toPlainText().startswith("Pilot in one region")  # typed where it was
    assert model.rows()[position].text == "Only after the pilot"
    assert rows.view.model().index(0, 0).isValid()

    # Edit ▸ Undo, twice (the response, then the text): each time that row alone is read
    # and redrawn where it is, and the selection, scroll and focus stay
    qtbot.keyClick(response, Qt.Key.Key_Tab)
    focused = QApplication.focusWidget()
    signals.clear()
    statements.sql.clear()
    undo = window.findChild(QAction, "undo")
    undo.trigger()
    assert model.rows()[position].text == "Only after the pilot"
    assert not model.rows()[position].response.startswith("Pilot in one region")
    assert response.toPlainText() == model.rows()[position].response
    undo.trigger()
    assert model.rows()[position].text != "Only after the pilot"
    assert signals == [f"changed {position}-{position}"] * 2
    page_reads = [s for s in statements.sql if "FROM demand x" in s and "d.name" in s]
    assert page_reads == [page_reads[0]] * 2 and f"x.id IN ({target})" in page_reads[0]
    assert rows.current_id() == target
    assert bar.value() == scrolled
    assert QApplication.focusWidget() is focused


def test_the_status_bar_shows_the_new_score_at_once_and_what_next_after_a_pause(
        qtbot: Any, window: MainWindow, years: Years) -> None:
    _edit_a_demand(qtbot, window, years.chinese, "Not before the audit")
    item = window.meeting_list.item(years.chinese)
    assert item is not None and item.readiness is not None
    label = window.readiness_label
    assert label.text().startswith(f"Readiness {item.readiness.score}%")
    assessment, _document = window.context.assessment(years.chinese, date.today())
    qtbot.waitUntil(lambda: label.text() == (
        f"Readiness {assessment.score}% — {assessment.summary[0]}"))


class Paints(QObject):
    """Counts the paint events a widget gets."""

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        self.count = 0
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.count += 1
        return False


def test_a_new_count_under_the_table_redraws_nothing_else(
        qtbot: Any, window: MainWindow, years: Years) -> None:
    _switch(window, years.largest)
    window.navigate("demands")
    page = window.current_page()
    assert page is not None
    rows = child(page, RowTable, "demands")
    unanswered = next(r for r in rows.model.rows() if r.unanswered)
    rows.select_id(unanswered.id)
    before = rows.status.text()
    qtbot.wait(100)  # whatever the window still had to lay out or paint
    far_away = child(page, QLineEdit, "new_demand_text")  # the add bar, above the table
    paints = Paints(far_away)

    type_into(qtbot, child(page, TextBox, "field_response"), "We phase it in by region")
    qtbot.wait(100)
    assert rows.status.text() != before  # one objection fewer without a response
    # the new count lays out its own line; the page around it is not drawn again
    assert paints.count == 0
