"""Step 2, Understand departments: who takes part, and everything known about each.

Above, the meeting's departments; below, the selected one in five tabs: its
shared profile, its people, its part in this meeting, the touchpoint log, and its
history across meetings.
"""

from __future__ import annotations

import logging
from datetime import date

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QMenu,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.domain.models import Department
from app.i18n import _
from app.services import departments, participation
from app.views.departments import DepartmentRow, department_rows, people_of, touchpoints_of
from app.views.engagement_window import stakeholders_of, team_members, touchpoint_moves
from ui import dialogs
from ui.context import AppContext
from ui.models.departments_model import COL_DEPARTMENT_NAME, departments_model
from ui.plain import plain_label
from ui.steps.base import StepPage
from ui.steps.department_history import HistoryPanel
from ui.steps.departments_profile import PeoplePanel, ProfilePanel
from ui.steps.departments_touchpoints import MeetingPartPanel, TouchpointsPanel
from ui.steps.row_actions import RowActions, RowService
from ui.steps.step_parts import RowTable, labelled
from ui.undo import AddCommand, MacroCommand

logger = logging.getLogger(__name__)


class DepartmentsPage(StepPage):
    """The meeting's departments and the selected one's profile, people, part and log."""

    step = "departments"
    #: the one-to-one sheet of a department was asked for: (department ID, its name)
    one_to_one_requested = Signal(int, str)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.setObjectName("departments_page")
        self.table = RowTable("departments", departments_model(), what=_("Departments"),
                              sortable=True, sorted_by=COL_DEPARTMENT_NAME,
                              stretch=COL_DEPARTMENT_NAME, parent=self)
        self.row_actions = RowActions(context, self.table, RowService(
            participation.add, participation.update, participation.remove), self,
            flush=self.flush)
        assert self.table.add_button is not None and self.table.delete_button is not None
        labelled(self.table.add_button, _("Add department"))
        self.table.add_button.setToolTip(_("Add a department to this meeting (Insert)"))
        labelled(self.table.delete_button, _("Remove from meeting"))
        self.table.delete_button.setToolTip(_("Remove the selected department from this "
                                              "meeting; its profile stays (Del)"))
        self.add_menu = QMenu(self)
        self.add_menu.setObjectName("add_department_menu")
        self.add_menu.aboutToShow.connect(self._fill_add_menu)

        self.heading = plain_label(parent=self)
        self.heading.setObjectName("department_heading")
        font = QFont(self.heading.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.heading.setFont(font)
        self.profile = ProfilePanel(context, self)
        self.people = PeoplePanel(context, self)
        self.part = MeetingPartPanel(context, self)
        self.touchpoints = TouchpointsPanel(context, self)
        self.history = HistoryPanel(context, self)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("department_tabs")
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.profile, _("Profile (shared)"))
        self.tabs.addTab(self.people, _("People (shared)"))
        self.tabs.addTab(self.part, _("In this meeting"))
        self.tabs.addTab(self.touchpoints, _("Touchpoints"))
        self.tabs.addTab(self.history, _("History"))
        details = QWidget(self)
        details_layout = QVBoxLayout(details)
        details_layout.setContentsMargins(0, 0, 0, 0)
        heading_row = QHBoxLayout()
        heading_row.addWidget(self.heading, 1)
        self.one_to_one_button = QPushButton(_("One-to-one &sheet…"), self)
        self.one_to_one_button.setObjectName("one_to_one_sheet")
        self.one_to_one_button.setToolTip(_("A printable sheet to take into a one-to-one "
                                            "with this department (PDF, private)"))
        self.one_to_one_button.setEnabled(False)
        self.one_to_one_button.clicked.connect(self._ask_one_to_one)
        heading_row.addWidget(self.one_to_one_button)
        details_layout.addLayout(heading_row)
        details_layout.addWidget(self.tabs, 1)

        split = QSplitter(Qt.Orientation.Vertical, self)
        split.setObjectName("departments_splitter")
        split.setChildrenCollapsible(False)
        split.addWidget(self.table)
        split.addWidget(details)
        split.setStretchFactor(1, 1)
        split.setSizes([300, 400])
        layout = QVBoxLayout(self)
        layout.addWidget(split)

        self._details_shown = False
        self.table.current_changed.connect(self._show_selected)
        self.table.current_changed.connect(
            lambda row: self.one_to_one_button.setEnabled(row is not None))
        self.table.add_requested.connect(self.open_add_menu)
        self.table.delete_requested.connect(self.remove_department)
        self.guard(self.table.buttons, self.people.table.buttons,
                   self.touchpoints.table.buttons)

    def _ask_one_to_one(self) -> None:
        row = self.table.current()
        if row is not None and row.department.id is not None:
            self.one_to_one_requested.emit(row.department.id, row.department.name)

    # -- reading ---------------------------------------------------------------------------
    def reload(self) -> None:
        rows: list[DepartmentRow] = []
        if self.meeting_id is not None:
            with self.context.reader.snapshot() as db:
                rows = department_rows(db, self.meeting_id, date.today())
        self.table.setEnabled(self.meeting_id is not None)
        self._details_shown = False
        self.table.set_rows(rows)
        if not self._details_shown:  # the same department: its people or log may have changed
            self._show_selected(self.table.current())

    def _show_selected(self, row: DepartmentRow | None) -> None:
        self._details_shown = True
        department = None if row is None else row.department
        self.heading.setText("" if row is None else row.department.name)
        self.tabs.setEnabled(row is not None)
        with self.context.reader.snapshot() as db:
            staff = [] if department is None else people_of(db, department.id)
            log = [] if row is None else touchpoints_of(db, row.id)
            parts = {} if row is None else stakeholders_of(db, row.id)
            moves = {} if row is None else touchpoint_moves(db, row.id)
            colleagues = team_members(db)
        name = "" if department is None else department.name
        self.profile.show_department(department)
        self.history.show_department(None if department is None else department.id)
        self.people.show_people(department, staff, None if row is None else row.id, parts)
        self.part.show_part(None if row is None else row.part, name, colleagues)
        self.touchpoints.show_touchpoints(None if row is None else row.part, name, log, staff,
                                          moves)

    def select_ref(self, table: str, row_id: int) -> None:
        if table == "participation":
            self.table.select_id(row_id)
        elif table == "department":
            found = self.table.model.row_of(lambda r: r.department.id == row_id)
            if found >= 0:
                self.table.select_id(self.table.model.rows()[found].id)
        elif table == "touchpoint":
            self.tabs.setCurrentWidget(self.touchpoints)
            self.touchpoints.table.select_id(row_id)
            return
        elif table == "person":
            self.tabs.setCurrentWidget(self.people)
            self.people.table.select_id(row_id)
            return
        self.table.view.setFocus()

    def flush(self) -> None:
        for panel in (self.profile, self.people, self.part, self.touchpoints):
            panel.flush()

    # -- adding and removing ---------------------------------------------------------------
    def open_add_menu(self) -> None:
        """Show the Add menu under its button, without blocking (keyboard: Insert)."""
        if self.meeting_id is None:
            return
        button = self.table.add_button
        assert button is not None
        self.add_menu.popup(button.mapToGlobal(QPoint(0, button.height())))

    def _fill_add_menu(self) -> None:
        self.add_menu.clear()
        taken = {row.department.id for row in self.table.model.rows()}
        free = [d for d in departments.list_all(self.workspace) if d.id not in taken]
        for department in free:
            action = self.add_menu.addAction(department.name)
            action.setObjectName(f"add_department_{department.id}")
            action.triggered.connect(
                lambda _checked=False, d=department: self.add_existing(d))
        if free:
            self.add_menu.addSeparator()
        new = self.add_menu.addAction(_("New department…"))
        new.setObjectName("new_department")
        new.triggered.connect(self.add_new)

    def add_existing(self, department: Department) -> None:
        if self.meeting_id is None:
            return
        ws, meeting_id, department_id = self.workspace, self.meeting_id, department.id or 0
        self.row_actions.add(_("Add {name} to the meeting").format(name=department.name),
                             lambda: participation.add(ws, meeting_id, department_id))

    def add_new(self) -> None:
        """Create a profile and bring it into the meeting: one action, one undo."""
        if self.meeting_id is None:
            return
        name, accepted = QInputDialog.getText(self, _("New department"),
                                              _("Name of the department:"))
        if not accepted or not name.strip():
            return
        ws, meeting_id = self.workspace, self.meeting_id
        profile = AddCommand(_("Create {name}").format(name=name), ws,
                             lambda: departments.create(ws, name=name), departments.delete)
        joined = AddCommand(
            _("Add {name} to the meeting").format(name=name), ws,
            lambda: participation.add(ws, meeting_id, profile.row_id or 0),
            participation.remove)
        command = MacroCommand(_("New department {name}").format(name=name),
                               [profile, joined])
        if self.row_actions.run(command, lambda: joined.row_id):
            self.tabs.setCurrentWidget(self.profile)

    def remove_department(self, row: DepartmentRow) -> None:
        name = row.department.name
        if not dialogs.question(self, _("Remove {name}?").format(name=name), _(
                "Remove {name} from this meeting? Its touchpoints, demands and suggestions "
                "in this meeting go with it; its profile and people stay in the workspace. "
                "You can undo this.").format(name=name)):
            return
        self.row_actions.delete(row, _("Remove {name} from the meeting").format(name=name))
