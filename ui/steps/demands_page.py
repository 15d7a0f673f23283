"""Step 3, gather demands: what each department needs, objects to or fears, and our answer."""

from __future__ import annotations

from PySide6.QtCore import QSignalBlocker, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app import formatting
from app.domain.enums import DemandKind, DemandStatus, RootCause, label
from app.i18n import _, ngettext
from app.services import demands
from app.views.changes import Changes
from app.views.meeting import DepartmentRef, MeetingView, TouchpointRow, demand_rows
from ui.context import AppContext
from ui.forms import Check, Choice, ItemChoice, ShownText, TextBox
from ui.models.demand_model import (
    COL_CAUSE,
    COL_DEPARTMENT,
    COL_KIND,
    COL_ORIGIN,
    COL_RESPONSE,
    COL_STATUS,
    COL_TEXT,
    DemandFilter,
    DemandModel,
)
from ui.models.table_model import Column, RowTableModel
from ui.steps.base import StepPage
from ui.steps.heard_before import HeardBeforePanel
from ui.steps.row_actions import RowActions, RowService
from ui.steps.row_form import RowForm
from ui.steps.rows_panel import scrolled
from ui.steps.step_parts import RowTable


class TouchpointPicker(QDialog):
    """Pick one of the meeting's touchpoints: what a department said becomes an objection."""

    def __init__(self, touchpoints: list[TouchpointRow], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("touchpointPicker")
        self.setWindowTitle(_("Objection from a touchpoint"))
        model: RowTableModel[TouchpointRow] = RowTableModel([
            Column(lambda: _("Date"), lambda t: formatting.day(t.date), sort_key=lambda t: t.date),
            Column(lambda: _("Department"), lambda t: t.department),
            Column(lambda: _("Person"), lambda t: t.person),
            Column(lambda: _("What was said"), lambda t: " ".join(t.summary.split()),
                   tooltip=lambda t: t.summary),
        ])
        self.table = RowTable("touchpoint_picks", model, what=_("Touchpoints"), stretch=3,
                              addable=False, deletable=False, parent=self)
        self.table.set_rows([t for t in touchpoints if t.summary.strip()])
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(_("Add as objection"))
        ok.setEnabled(self.table.current() is not None)
        self.table.current_changed.connect(lambda row: ok.setEnabled(row is not None))
        self.table.view.doubleClicked.connect(lambda _i: self.accept())
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        intro = QLabel(_("Choose what a department said; it becomes an objection they raised, "
                         "in their department, with what was said as its text."), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.buttons)
        self.resize(720, 360)

    def chosen(self) -> TouchpointRow | None:
        return self.table.current()


class DemandsPage(StepPage):
    """The demands, objections and risks of every department in the meeting."""

    step = "demands"

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.setObjectName("demands_page")
        self.view: MeetingView | None = None
        self.model = DemandModel(self)
        self.filter = DemandFilter(self)
        self.table = RowTable(
            "demands", self.model, what=_("Demands, objections and risks"), proxy=self.filter,
            stretch=(COL_TEXT, COL_RESPONSE), addable=False, sortable=True,
            widths={COL_DEPARTMENT: 13, COL_KIND: 9, COL_CAUSE: 13, COL_ORIGIN: 11,
                    COL_STATUS: 9}, parent=self)
        self.row_actions = RowActions(context, self.table, RowService.of(demands), self,
                                      flush=self.flush)
        self.table.delete_requested.connect(
            lambda row: self.row_actions.delete(row, _("Delete demand")))
        self.form = self._build_form()
        self.table.current_changed.connect(self.form.load)

        layout = QVBoxLayout(self)
        self.add_bar = self._build_add_bar()
        layout.addWidget(self.add_bar)
        layout.addWidget(self._build_filter_bar())
        # the details sit beneath the table, so its seven columns keep the page's width
        details = QGroupBox(_("Selected item"), self)
        details.setObjectName("demand_details")
        # the item itself, and what was heard like it in other meetings
        self.detail_tabs = QTabWidget(details)
        self.detail_tabs.setObjectName("demand_detail_tabs")
        self.detail_tabs.setDocumentMode(True)
        self.heard_before = HeardBeforePanel(context, details)
        self.detail_tabs.addTab(scrolled(self.form, details), _("Details"))
        self.detail_tabs.addTab(self.heard_before, "")
        self.heard_before.counted.connect(self._show_heard_count)
        self._show_heard_count(0)
        self.table.current_changed.connect(
            lambda row: self.heard_before.show_for(None if row is None else row.id,
                                                   self.meeting_id))
        QVBoxLayout(details).addWidget(self.detail_tabs)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.table)
        splitter.addWidget(details)
        splitter.setSizes([480, 280])
        layout.addWidget(splitter, 1)
        self.guard(self.add_bar, self.table.buttons)

    # -- building ---------------------------------------------------------------------------
    def _build_add_bar(self) -> QGroupBox:
        bar = QGroupBox(_("Add a demand, objection or risk"), self)
        self.new_department = ItemChoice(optional=False, parent=bar)
        self.new_department.setObjectName("new_demand_department")
        self.new_department.setAccessibleName(_("Department"))
        self.new_kind = Choice(list(DemandKind), parent=bar)
        self.new_kind.setObjectName("new_demand_kind")
        self.new_kind.setAccessibleName(_("Kind"))
        self.new_kind.set_value(DemandKind.objection)
        self.new_text = QLineEdit(bar)
        self.new_text.setObjectName("new_demand_text")
        self.new_text.setAccessibleName(_("What they need or fear"))
        self.new_text.returnPressed.connect(self._add)
        self.add_button = QPushButton(_("Add"), bar)
        self.add_button.setObjectName("demands_add")
        self.add_button.clicked.connect(self._add)
        self.new_text.textChanged.connect(lambda _t: self._update_buttons())
        self.from_touchpoint = QPushButton(_("From a touchpoint…"), bar)
        self.from_touchpoint.setObjectName("demand_from_touchpoint")
        self.from_touchpoint.setToolTip(_("They said it: add what a department said in a "
                                          "touchpoint as an objection they raised"))
        self.from_touchpoint.clicked.connect(self._pick_touchpoint)
        # two lines, so that the text keeps its width in any language
        department_label = QLabel(_("Department"), bar)
        department_label.setBuddy(self.new_department)
        text_label = QLabel(_("Text"), bar)
        text_label.setBuddy(self.new_text)
        grid = QGridLayout(bar)
        grid.addWidget(department_label, 0, 0)
        grid.addWidget(self.new_department, 0, 1)
        grid.addWidget(self.new_kind, 0, 2)
        grid.addWidget(self.from_touchpoint, 0, 3, 1, 3, Qt.AlignmentFlag.AlignRight)
        grid.addWidget(text_label, 1, 0)
        grid.addWidget(self.new_text, 1, 1, 1, 4)
        grid.addWidget(self.add_button, 1, 5)
        grid.setColumnStretch(3, 1)
        return bar

    def _build_filter_bar(self) -> QWidget:
        bar = QWidget(self)
        row = QHBoxLayout(bar)
        row.setContentsMargins(0, 0, 0, 0)
        self.department_filter = QComboBox(bar)
        self.department_filter.setObjectName("demand_department_filter")
        self.department_filter.setAccessibleName(_("Show department"))
        self.kind_filter = QComboBox(bar)
        self.kind_filter.setObjectName("demand_kind_filter")
        self.kind_filter.setAccessibleName(_("Show kind"))
        self.kind_filter.addItem(_("All kinds"), None)
        for kind in DemandKind:
            self.kind_filter.addItem(label(kind), kind)
        self.status_filter = QComboBox(bar)
        self.status_filter.setObjectName("demand_status_filter")
        self.status_filter.setAccessibleName(_("Show status"))
        self.status_filter.addItem(_("All statuses"), None)
        for status in DemandStatus:
            self.status_filter.addItem(label(status), status)
        for combo in (self.department_filter, self.kind_filter, self.status_filter):
            combo.currentIndexChanged.connect(lambda _i: self._apply_filter())
        row.addWidget(QLabel(_("Show"), bar))
        row.addWidget(self.department_filter)
        row.addWidget(self.kind_filter)
        row.addWidget(self.status_filter)
        row.addStretch(1)
        return bar

    def _build_form(self) -> RowForm:
        form = RowForm(self.context, demands.update, _("demand"), self, columns=2,
                       labels_above=(1,), stretch=(2, 3))
        form.setObjectName("demand_form")
        form.add("department", _("Department"), ShownText())
        form.add("kind", _("Kind"), Choice(list(DemandKind)))
        form.add("root_cause", _("Root cause"), Choice(
            list(RootCause), optional=True, none_text=_("Not known yet")))
        form.add("status", _("Status"), Choice(list(DemandStatus)))
        form.add("anticipated", "", Check(_("We anticipated it (they have not raised it yet)")))
        form.add("text", _("What they need or fear"), TextBox(lines=2), column=1)
        form.add("response", _("Our prepared response"), TextBox(lines=3), column=1)
        return form

    def _show_heard_count(self, count: int) -> None:
        self.detail_tabs.setTabText(1, _("Heard before ({count})").format(count=count))

    # -- StepPage ---------------------------------------------------------------------------
    def reload(self) -> None:
        self.view = self.meeting_view()
        self._fill_departments(self.view.departments if self.view else [])
        self.table.set_rows(self.view.demands if self.view else [])
        self._update_count()
        self._update_buttons()

    def apply(self, changes: Changes) -> None:
        """An edit of demands only: read just those rows and redraw them in place."""
        if self.view is None or self.meeting_id is None or not changes.only_updates({"demand"}):
            self.reload()
            return
        with self.context.reader.snapshot() as db:
            rows = demand_rows(db, self.meeting_id, changes.ids("demand"))
        fresh = {row.id: row for row in rows}
        self.view.demands = [fresh.get(row.id, row) for row in self.view.demands]
        self.table.update_rows(rows)
        self._update_count()

    def select_ref(self, table: str, row_id: int) -> None:
        if table == "demand":
            self._select_new(row_id)

    def flush(self) -> None:
        self.form.flush()

    # -- reacting ---------------------------------------------------------------------------
    def _fill_departments(self, departments: list[DepartmentRef]) -> None:
        self.new_department.set_items([(d.name, d.participation_id) for d in departments])
        combo = self.department_filter
        current = combo.currentData()
        with QSignalBlocker(combo):
            combo.clear()
            combo.addItem(_("All departments"), None)
            for dept in departments:
                combo.addItem(dept.name, dept.id)
            combo.setCurrentIndex(max(0, combo.findData(current)))
        self._apply_filter()

    def _apply_filter(self) -> None:
        self.filter.set_filter(department_id=self.department_filter.currentData(),
                               kind=self.kind_filter.currentData(),
                               status=self.status_filter.currentData())
        self._update_count()
        self.table.refresh()

    def _update_count(self) -> None:
        shown, total = self.filter.rowCount(), self.model.rowCount()
        unanswered = sum(1 for r in self.model.rows() if r.unanswered)
        text = ngettext("{shown} of {total} item shown", "{shown} of {total} items shown",
                        total).format(shown=shown, total=total)
        if unanswered:
            text += " · " + ngettext("{n} objection or risk without a response",
                                     "{n} objections or risks without a response",
                                     unanswered).format(n=unanswered)
        if self.new_department.count() == 0:
            text = _("Bring departments into the meeting first (step 2, Departments).")
        self.table.status.setText(text)

    def _update_buttons(self) -> None:
        has_departments = self.new_department.count() > 0
        self.add_button.setEnabled(has_departments and bool(self.new_text.text().strip()))
        self.new_text.setEnabled(has_departments)
        self.from_touchpoint.setEnabled(
            self.view is not None and any(t.summary.strip() for t in self.view.touchpoints))

    # -- actions ----------------------------------------------------------------------------
    def _add(self) -> None:
        text = self.new_text.text().strip()
        participation_id = self.new_department.value()
        kind = self.new_kind.value()
        if not text or participation_id is None or kind is None:
            return
        undo_text = {DemandKind.demand: _("Add demand"), DemandKind.objection: _("Add objection"),
                     DemandKind.risk: _("Add risk")}[DemandKind(kind)]
        workspace = self.workspace
        added = self.row_actions.add(undo_text, lambda: demands.add(
            workspace, participation_id, kind=kind, text=text, anticipated=True))
        if added is not None:
            self.new_text.clear()
            self._select_new(added)

    def _select_new(self, row_id: int | None) -> None:
        if not self.table.select_id(row_id):
            # a filter hides it: show everything rather than lose the new row
            for combo in (self.department_filter, self.kind_filter, self.status_filter):
                combo.setCurrentIndex(0)
            self.table.select_id(row_id)

    def _pick_touchpoint(self) -> None:
        if self.view is None:
            return
        picker = TouchpointPicker(self.view.touchpoints, self)
        picker.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        picker.accepted.connect(lambda: self._add_from(picker.chosen()))
        picker.open()

    def _add_from(self, touchpoint: TouchpointRow | None) -> None:
        if touchpoint is None:
            return
        workspace = self.workspace
        added = self.row_actions.add(_("Add objection from a touchpoint"), lambda: demands.add(
            workspace, touchpoint.participation_id, kind=DemandKind.objection,
            text=touchpoint.summary.strip(), anticipated=False))
        if added is not None:
            self._select_new(added)
