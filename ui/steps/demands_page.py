"""Step 3, gather demands: what each department needs, objects to or fears, and our answer."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app import formatting
from app.domain.enums import DemandKind, DemandStatus, RootCause, label
from app.i18n import _, ngettext
from app.services import demands
from ui.context import AppContext
from ui.forms import Check, Choice, FormBinder, TextBox
from ui.models import meeting_view
from ui.models.demand_model import COL_RESPONSE, COL_TEXT, DemandFilter, DemandModel
from ui.models.meeting_view import DemandRow, MeetingView, TouchpointRow
from ui.models.table_model import Column, RowTableModel
from ui.steps.base import StepPage
from ui.steps.row_table import RowTable
from ui.undo import AddCommand, DeleteCommand, EditCommand


class TouchpointPicker(QDialog):
    """Pick one of the meeting's touchpoints: what a department said becomes an objection."""

    def __init__(self, touchpoints: list[TouchpointRow], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("touchpointPicker")
        self.setWindowTitle(_("Objection from a touchpoint"))
        self.model: RowTableModel[TouchpointRow] = RowTableModel([
            Column(lambda: _("Date"), lambda t: formatting.day(t.date), sort_key=lambda t: t.date),
            Column(lambda: _("Department"), lambda t: t.department),
            Column(lambda: _("Person"), lambda t: t.person),
            Column(lambda: _("What was said"), lambda t: " ".join(t.summary.split()),
                   tooltip=lambda t: t.summary),
        ], self)
        self.table = RowTable(self.model, name="touchpointTable", stretch=(3,), parent=self)
        self.table.set_rows([t for t in touchpoints if t.summary.strip()])
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(_("Add as objection"))
        ok.setEnabled(False)
        self.table.current_row_changed.connect(lambda row: ok.setEnabled(row is not None))
        self.table.doubleClicked.connect(lambda _i: self.accept())
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
        return self.table.selected_row()


class DemandsPage(StepPage):
    """The demands, objections and risks of every department in the meeting."""

    step = "demands"

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.view: MeetingView | None = None
        self._stale = False
        self.model = DemandModel(self)
        self.filter = DemandFilter(self)
        self.table = RowTable(self.model, name="demandsTable", stretch=(COL_TEXT, COL_RESPONSE),
                              proxy=self.filter, parent=self)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.table.current_row_changed.connect(self._show_row)

        layout = QVBoxLayout(self)
        layout.addWidget(self._build_add_bar())
        layout.addWidget(self._build_filter_bar())
        # the details sit beneath the table, so its seven columns keep the page's width
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.setChildrenCollapsible(False)
        left = QWidget(splitter)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        self.delete_button = QPushButton(_("Delete"), left)
        self.delete_button.setObjectName("deleteDemand")
        QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.table, self._delete,
                  context=Qt.ShortcutContext.WidgetShortcut)
        self.delete_button.clicked.connect(self._delete)
        self.count_label = QLabel(left)
        self.count_label.setObjectName("demandCount")
        buttons.addWidget(self.count_label, 1)
        buttons.addWidget(self.delete_button)
        left_layout.addLayout(buttons)
        splitter.addWidget(left)
        splitter.addWidget(self._build_details(splitter))
        splitter.setSizes([480, 280])
        layout.addWidget(splitter, 1)
        context.changed.connect(self._data_changed)
        self._show_row(None)

    # -- building ---------------------------------------------------------------------------
    def _build_add_bar(self) -> QWidget:
        bar = QGroupBox(_("Add a demand, objection or risk"), self)
        row = QHBoxLayout(bar)
        self.new_department = QComboBox(bar)
        self.new_department.setObjectName("newDemandDepartment")
        self.new_department.setAccessibleName(_("Department"))
        self.new_kind = Choice(list(DemandKind), parent=bar)
        self.new_kind.setObjectName("newDemandKind")
        self.new_kind.setAccessibleName(_("Kind"))
        self.new_kind.set_value(DemandKind.objection)
        self.new_text = QLineEdit(bar)
        self.new_text.setObjectName("newDemandText")
        self.new_text.setAccessibleName(_("What they need or fear"))
        self.new_text.returnPressed.connect(self._add)
        self.add_button = QPushButton(_("Add"), bar)
        self.add_button.setObjectName("addDemand")
        self.add_button.clicked.connect(self._add)
        self.new_text.textChanged.connect(lambda _t: self._update_buttons())
        self.from_touchpoint = QPushButton(_("From a touchpoint…"), bar)
        self.from_touchpoint.setObjectName("demandFromTouchpoint")
        self.from_touchpoint.setToolTip(_("They said it: add what a department said in a "
                                          "touchpoint as an objection they raised"))
        self.from_touchpoint.clicked.connect(self._pick_touchpoint)
        row.addWidget(QLabel(_("Department"), bar))
        row.addWidget(self.new_department)
        row.addWidget(self.new_kind)
        text_label = QLabel(_("Text"), bar)
        text_label.setBuddy(self.new_text)
        row.addWidget(text_label)
        row.addWidget(self.new_text, 1)
        row.addWidget(self.add_button)
        row.addWidget(self.from_touchpoint)
        return bar

    def _build_filter_bar(self) -> QWidget:
        bar = QWidget(self)
        row = QHBoxLayout(bar)
        row.setContentsMargins(0, 0, 0, 0)
        self.department_filter = QComboBox(bar)
        self.department_filter.setObjectName("demandDepartmentFilter")
        self.department_filter.setAccessibleName(_("Show department"))
        self.kind_filter = QComboBox(bar)
        self.kind_filter.setObjectName("demandKindFilter")
        self.kind_filter.setAccessibleName(_("Show kind"))
        self.kind_filter.addItem(_("All kinds"), None)
        for kind in DemandKind:
            self.kind_filter.addItem(label(kind), kind)
        self.status_filter = QComboBox(bar)
        self.status_filter.setObjectName("demandStatusFilter")
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

    def _build_details(self, parent: QWidget) -> QWidget:
        box = QGroupBox(_("Selected item"), parent)
        box.setObjectName("demandDetails")
        columns = QHBoxLayout(box)
        form, form_right = QFormLayout(), QFormLayout()
        columns.addLayout(form, 2)
        columns.addSpacing(12)
        columns.addLayout(form_right, 3)
        self.binder = FormBinder(self._commit)
        self.department_label = QLabel(box)
        self.department_label.setObjectName("demandDepartment")
        fields: list[tuple[QFormLayout, str, str, QWidget]] = [
            (form, "kind", _("Kind"), Choice(list(DemandKind), parent=box)),
            (form, "root_cause", _("Root cause"), Choice(
                list(RootCause), optional=True, none_text=_("Not known yet"), parent=box)),
            (form, "status", _("Status"), Choice(list(DemandStatus), parent=box)),
            (form_right, "text", _("What they need or fear"), TextBox(box, lines=2)),
            (form_right, "response", _("Our prepared response"), TextBox(box, lines=3)),
        ]
        form.addRow(_("Department"), self.department_label)
        for layout, name, text, widget in fields:
            widget.setObjectName("demand" + name.title().replace("_", ""))
            widget.setAccessibleName(text)
            layout.addRow(text, widget)
            label_widget = layout.labelForField(widget)
            if isinstance(label_widget, QLabel):
                label_widget.setBuddy(widget)
            self.binder.bind(name, widget)
        anticipated = self.binder.bind(
            "anticipated", Check(_("We anticipated it (they have not raised it yet)"), box))
        anticipated.setObjectName("demandAnticipated")
        form.addRow("", anticipated)
        return box

    # -- StepPage ---------------------------------------------------------------------------
    def title(self) -> str:
        return _("Demands")

    def reload(self) -> None:
        self._stale = False
        if self.meeting_id is None:
            self.view = None
            self.table.set_rows([])
            self._fill_departments([])
            self._update_buttons()
            return
        self.view = meeting_view.load(self.workspace, self.meeting_id)
        self._fill_departments(self.view.departments)
        self.table.set_rows(self.view.demands)
        self._update_count()
        self._update_buttons()

    def select_ref(self, table: str, row_id: int) -> None:
        if table == "demand":
            self._select_new(row_id)

    def flush(self) -> None:
        self.binder.flush()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.reload()

    # -- reacting ---------------------------------------------------------------------------
    def _data_changed(self) -> None:
        # hidden pages catch up when shown rather than on every edit elsewhere
        if self.isVisible():
            self.reload()
        else:
            self._stale = True

    def _fill_departments(self, departments: list[meeting_view.DepartmentRef]) -> None:
        for combo, first in ((self.new_department, None),
                             (self.department_filter, _("All departments"))):
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            if first is not None:
                combo.addItem(first, None)
            for dept in departments:
                combo.addItem(dept.name, dept.id if first is not None else dept.participation_id)
            combo.setCurrentIndex(max(0, combo.findData(current)))
            combo.blockSignals(False)
        self._apply_filter()

    def _apply_filter(self) -> None:
        self.filter.set_filter(department_id=self.department_filter.currentData(),
                               kind=self.kind_filter.currentData(),
                               status=self.status_filter.currentData())
        self._update_count()
        self.table.refresh_current()

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
        self.count_label.setText(text)

    def _update_buttons(self) -> None:
        has_departments = self.new_department.count() > 0
        self.add_button.setEnabled(has_departments and bool(self.new_text.text().strip()))
        self.new_text.setEnabled(has_departments)
        self.from_touchpoint.setEnabled(
            self.view is not None and any(t.summary.strip() for t in self.view.touchpoints))
        self.delete_button.setEnabled(self.table.selected_row() is not None)

    def _show_row(self, row: DemandRow | None) -> None:
        self.binder.load(row)
        self.binder.set_enabled(row is not None)
        self.department_label.setText(row.department if row else "")
        self._update_buttons()

    # -- actions ----------------------------------------------------------------------------
    def _commit(self, name: str, value: Any) -> None:
        row = self.table.selected_row()
        if row is None:
            return
        self.context.run(EditCommand(_("Edit demand"), self.workspace, demands.update, row.id,
                                     {name: getattr(row, name)}, {name: value}), self)

    def _add(self) -> None:
        text = self.new_text.text().strip()
        participation_id = self.new_department.currentData()
        if not text or participation_id is None:
            return
        kind = DemandKind(self.new_kind.value())
        undo_text = {DemandKind.demand: _("Add demand"), DemandKind.objection: _("Add objection"),
                     DemandKind.risk: _("Add risk")}[kind]
        command = AddCommand(
            undo_text, self.workspace,
            lambda: demands.add(self.workspace, participation_id, kind=kind, text=text,
                                anticipated=True),
            demands.delete)
        if self.context.run(command, self):
            self.new_text.clear()
            self._select_new(command.row_id)

    def _select_new(self, row_id: int | None) -> None:
        if not self.table.select_id(row_id):
            # a filter hides it: show everything rather than lose the new row
            for combo in (self.department_filter, self.kind_filter, self.status_filter):
                combo.setCurrentIndex(0)
            self.table.select_id(row_id)

    def _delete(self) -> None:
        row = self.table.selected_row()
        if row is None:
            return
        self.context.run(DeleteCommand(_("Delete demand"), self.workspace, demands.delete,
                                       row.id), self)

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
        command = AddCommand(
            _("Add objection from a touchpoint"), self.workspace,
            lambda: demands.add(self.workspace, touchpoint.participation_id,
                                kind=DemandKind.objection, text=touchpoint.summary.strip(),
                                anticipated=False),
            demands.delete)
        if self.context.run(command, self):
            self._select_new(command.row_id)
