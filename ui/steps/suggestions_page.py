"""Step 4, incorporate suggestions: who suggested what, what we decided, whom to thank."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.domain.enums import SuggestionDecision
from app.i18n import _, ngettext
from app.services import suggestions
from ui.context import AppContext
from ui.forms import Check, Choice, FormBinder, ItemChoice, TextBox
from ui.models import meeting_view
from ui.models.meeting_view import MeetingView, SuggestionRow
from ui.models.suggestion_model import COL_INCORPORATION, COL_TEXT, SuggestionModel, thanks_to_say
from ui.steps.base import StepPage
from ui.steps.row_table import RowTable
from ui.undo import AddCommand, DeleteCommand, EditCommand


class SuggestionsPage(StepPage):
    """Every suggestion from another department, its decision, and the credit it earns."""

    step = "suggestions"

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.view: MeetingView | None = None
        self._stale = False
        self.model = SuggestionModel(self)
        self.table = RowTable(self.model, name="suggestionsTable",
                              stretch=(COL_TEXT, COL_INCORPORATION), parent=self)
        self.table.current_row_changed.connect(self._show_row)

        layout = QVBoxLayout(self)
        layout.addWidget(self._build_add_bar())
        # the table and the thanks it yields side by side; the selected row's details beneath
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.setChildrenCollapsible(False)
        table_box = QWidget(self)
        table_layout = QVBoxLayout(table_box)
        table_layout.setContentsMargins(0, 0, 0, 0)
        table_layout.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        self.count_label = QLabel(table_box)
        self.count_label.setObjectName("suggestionCount")
        self.delete_button = QPushButton(_("Delete"), table_box)
        self.delete_button.setObjectName("deleteSuggestion")
        self.delete_button.clicked.connect(self._delete)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.table, self._delete,
                  context=Qt.ShortcutContext.WidgetShortcut)
        buttons.addWidget(self.count_label, 1)
        buttons.addWidget(self.delete_button)
        table_layout.addLayout(buttons)
        upper = QSplitter(Qt.Orientation.Horizontal, splitter)
        upper.setChildrenCollapsible(False)
        upper.addWidget(table_box)
        upper.addWidget(self._build_thanks(upper))
        upper.setSizes([800, 450])
        splitter.addWidget(upper)
        splitter.addWidget(self._build_details(splitter))
        splitter.setSizes([450, 300])
        layout.addWidget(splitter, 1)
        context.changed.connect(self._data_changed)
        self._show_row(None)

    # -- building ---------------------------------------------------------------------------
    def _build_add_bar(self) -> QWidget:
        bar = QGroupBox(_("Add a suggestion"), self)
        row = QHBoxLayout(bar)
        self.new_department = QComboBox(bar)
        self.new_department.setObjectName("newSuggestionDepartment")
        self.new_department.setAccessibleName(_("Department"))
        self.new_department.currentIndexChanged.connect(lambda _i: self._fill_new_people())
        self.new_person = ItemChoice(parent=bar)
        self.new_person.setObjectName("newSuggestionPerson")
        self.new_person.setAccessibleName(_("Suggested by"))
        self.new_text = QLineEdit(bar)
        self.new_text.setObjectName("newSuggestionText")
        self.new_text.setAccessibleName(_("Suggestion"))
        self.new_text.returnPressed.connect(self._add)
        self.new_text.textChanged.connect(lambda _t: self._update_buttons())
        self.add_button = QPushButton(_("Add"), bar)
        self.add_button.setObjectName("addSuggestion")
        self.add_button.clicked.connect(self._add)
        for text, widget in ((_("Department"), self.new_department),
                             (_("Person"), self.new_person), (_("Text"), self.new_text)):
            label_widget = QLabel(text, bar)
            label_widget.setBuddy(widget)
            row.addWidget(label_widget)
            row.addWidget(widget, 1 if widget is self.new_text else 0)
        row.addWidget(self.add_button)
        return bar

    def _build_thanks(self, parent: QWidget) -> QWidget:
        box = QGroupBox(_("Thanks to say in the meeting"), parent)
        layout = QVBoxLayout(box)
        self.thanks = QListWidget(box)
        self.thanks.setObjectName("thanksList")
        self.thanks.setAccessibleName(_("Thanks to say in the meeting"))
        self.thanks.setWordWrap(True)
        self.thanks.setSpacing(3)
        self.no_thanks = QLabel(_("Nobody to thank yet: credit a suggestion you adopted or "
                                  "adapted, and it shows here."), box)
        self.no_thanks.setWordWrap(True)
        layout.addWidget(self.thanks, 1)
        layout.addWidget(self.no_thanks)
        return box

    def _build_details(self, parent: QWidget) -> QWidget:
        box = QGroupBox(_("Selected suggestion"), parent)
        box.setObjectName("suggestionDetails")
        columns = QHBoxLayout(box)
        form, form_right = QFormLayout(), QFormLayout()
        columns.addLayout(form, 2)
        columns.addSpacing(12)
        columns.addLayout(form_right, 3)
        self.binder = FormBinder(self._commit)
        self.department_label = QLabel(box)
        self.department_label.setObjectName("suggestionDepartment")
        self.person = ItemChoice(parent=box)
        self.incorporation = TextBox(box, lines=3)
        fields: list[tuple[QFormLayout, str, str, QWidget]] = [
            (form, "person_id", _("Suggested by"), self.person),
            (form, "decision", _("Decision"), Choice(list(SuggestionDecision), parent=box)),
            (form_right, "text", _("Suggestion"), TextBox(box, lines=2)),
            (form_right, "incorporation", _("How it changed the plan"), self.incorporation),
        ]
        form.addRow(_("Department"), self.department_label)
        for layout, name, text, widget in fields:
            widget.setObjectName("suggestion" + name.removesuffix("_id").title())
            widget.setAccessibleName(text)
            field_label = QLabel(text, box)
            field_label.setBuddy(widget)
            layout.addRow(field_label, widget)
            self.binder.bind(name, widget)
            if widget is self.incorporation:
                self.incorporation_label = field_label   # its question follows the decision
        credit = self.binder.bind("credit", Check(_("Credit it and thank them in the meeting"),
                                                   box))
        credit.setObjectName("suggestionCredit")
        form.addRow("", credit)
        return box

    # -- StepPage ---------------------------------------------------------------------------
    def title(self) -> str:
        return _("Suggestions")

    def reload(self) -> None:
        self._stale = False
        self.view = None if self.meeting_id is None else meeting_view.load(self.workspace,
                                                                          self.meeting_id)
        departments = self.view.departments if self.view else []
        current = self.new_department.currentData()
        self.new_department.blockSignals(True)
        self.new_department.clear()
        for dept in departments:
            self.new_department.addItem(dept.name, dept.participation_id)
        self.new_department.setCurrentIndex(max(0, self.new_department.findData(current)))
        self.new_department.blockSignals(False)
        self._fill_new_people()
        rows = self.view.suggestions if self.view else []
        self.table.set_rows(rows)
        self._show_thanks(rows)
        pending = sum(1 for r in rows if r.decision == SuggestionDecision.pending)
        text = ngettext("{n} suggestion", "{n} suggestions", len(rows)).format(n=len(rows))
        if pending:
            text += " · " + ngettext("{n} not decided yet", "{n} not decided yet",
                                     pending).format(n=pending)
        if not departments:
            text = _("Bring departments into the meeting first (step 2, Departments).")
        self.count_label.setText(text)
        self._update_buttons()

    def select_ref(self, table: str, row_id: int) -> None:
        if table == "suggestion":
            self.table.select_id(row_id)

    def flush(self) -> None:
        self.binder.flush()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.reload()

    # -- reacting ---------------------------------------------------------------------------
    def _data_changed(self) -> None:
        if self.isVisible():
            self.reload()
        else:
            self._stale = True

    def _people_items(self, department_id: int | None) -> list[tuple[str, int]]:
        if self.view is None or department_id is None:
            return []
        return [(p.name, p.id) for p in self.view.people_of(department_id)]

    def _fill_new_people(self) -> None:
        part = self.new_department.currentData()
        dept = next((d for d in (self.view.departments if self.view else [])
                     if d.participation_id == part), None)
        self.new_person.set_items(self._people_items(dept.id if dept else None))

    def _show_thanks(self, rows: list[SuggestionRow]) -> None:
        self.thanks.clear()
        lines = thanks_to_say(rows)
        self.thanks.addItems(lines)
        self.thanks.setVisible(bool(lines))
        self.no_thanks.setVisible(not lines)

    def _update_buttons(self) -> None:
        has_departments = self.new_department.count() > 0
        self.add_button.setEnabled(has_departments and bool(self.new_text.text().strip()))
        self.new_text.setEnabled(has_departments)
        self.delete_button.setEnabled(self.table.selected_row() is not None)

    def _show_row(self, row: SuggestionRow | None) -> None:
        self.person.set_items(self._people_items(row.department_id if row else None))
        self.binder.load(row)
        self.binder.set_enabled(row is not None)
        self.department_label.setText(row.department if row else "")
        declined = row is not None and row.decision == SuggestionDecision.declined
        question = _("Why we declined it") if declined else _("How it changed the plan")
        self.incorporation_label.setText(question)
        self.incorporation.setAccessibleName(question)
        self._update_buttons()

    # -- actions ----------------------------------------------------------------------------
    def _commit(self, name: str, value: Any) -> None:
        row = self.table.selected_row()
        if row is None:
            return
        self.context.run(EditCommand(_("Edit suggestion"), self.workspace, suggestions.update,
                                     row.id, {name: getattr(row, name)}, {name: value}), self)

    def _add(self) -> None:
        text = self.new_text.text().strip()
        participation_id = self.new_department.currentData()
        if not text or participation_id is None:
            return
        person_id = self.new_person.value()
        command = AddCommand(
            _("Add suggestion"), self.workspace,
            lambda: suggestions.add(self.workspace, participation_id, text=text,
                                    person_id=person_id),
            suggestions.delete)
        if self.context.run(command, self):
            self.new_text.clear()
            self.table.select_id(command.row_id)

    def _delete(self) -> None:
        row = self.table.selected_row()
        if row is None:
            return
        self.context.run(DeleteCommand(_("Delete suggestion"), self.workspace,
                                       suggestions.delete, row.id), self)
