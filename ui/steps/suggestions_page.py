"""Step 4, incorporate suggestions: who suggested what, what we decided, whom to thank."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.domain.enums import SuggestionDecision
from app.i18n import _, ngettext
from app.services import suggestions
from app.views.meeting import MeetingView, SuggestionRow
from ui.context import AppContext
from ui.forms import Check, Choice, ItemChoice, ShownText, TextBox
from ui.models.suggestion_model import (
    COL_CREDIT,
    COL_DECISION,
    COL_DEPARTMENT,
    COL_INCORPORATION,
    COL_PERSON,
    COL_TEXT,
    SuggestionModel,
    thanks_to_say,
)
from ui.steps.base import StepPage
from ui.steps.row_actions import RowActions, RowService
from ui.steps.row_form import RowForm
from ui.steps.rows_panel import scrolled
from ui.steps.step_parts import RowTable, fit_choice
from ui.steps.thank_you_notes import ThankYouNotes


class SuggestionsPage(StepPage):
    """Every suggestion from another department, its decision, and the credit it earns."""

    step = "suggestions"

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.setObjectName("suggestions_page")
        self.view: MeetingView | None = None
        self.model = SuggestionModel(self)
        self.table = RowTable(
            "suggestions", self.model, what=_("Suggestions"),
            stretch=(COL_TEXT, COL_INCORPORATION), addable=False,
            widths={COL_DEPARTMENT: 14, COL_PERSON: 14, COL_DECISION: 10, COL_CREDIT: 7},
            parent=self)
        self.row_actions = RowActions(context, self.table, RowService.of(suggestions), self,
                                      flush=self.flush)
        self.table.delete_requested.connect(
            lambda row: self.row_actions.delete(row, _("Delete suggestion")))
        self.form = self._build_form()
        self.table.current_changed.connect(self._show_row)

        layout = QVBoxLayout(self)
        self.add_bar = self._build_add_bar()
        layout.addWidget(self.add_bar)
        # the table keeps the page's width for its two columns of sentences; beneath it the
        # selected suggestion, and in a tab beside it the thanks the credits add up to
        self.tabs_below = QTabWidget(self)
        self.tabs_below.setObjectName("suggestion_tabs")
        self.tabs_below.setDocumentMode(True)
        form_layout = self.form.layout()
        if form_layout is not None:
            form_layout.setContentsMargins(6, 6, 6, 6)   # inside the tab's frame
        details = scrolled(self.form, self.tabs_below)
        details.setObjectName("suggestion_details")
        self.tabs_below.addTab(details, _("Selected suggestion"))
        self.tabs_below.addTab(self._build_thanks(self.tabs_below), "")
        # after the meeting: a note to each author of a suggestion we took
        self.notes = ThankYouNotes(context, self.tabs_below)
        self.notes.counted.connect(lambda n: self.tabs_below.setTabText(
            2, _("Thank-you notes to send ({n})").format(n=n)))
        self.tabs_below.addTab(self.notes, "")
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.table)
        splitter.addWidget(self.tabs_below)
        splitter.setSizes([450, 300])
        layout.addWidget(splitter, 1)
        self.guard(self.add_bar, self.table.buttons)

    # -- building ---------------------------------------------------------------------------
    def _build_add_bar(self) -> QGroupBox:
        bar = QGroupBox(_("Add a suggestion"), self)
        grid = QGridLayout(bar)
        self.new_department = ItemChoice(optional=False, parent=bar)
        self.new_department.setObjectName("new_suggestion_department")
        self.new_department.setAccessibleName(_("Department"))
        self.new_department.currentIndexChanged.connect(lambda _i: self._fill_new_people())
        self.new_person = ItemChoice(parent=bar)
        self.new_person.setObjectName("new_suggestion_person")
        self.new_person.setAccessibleName(_("Suggested by"))
        self.new_text = QLineEdit(bar)
        self.new_text.setObjectName("new_suggestion_text")
        self.new_text.setAccessibleName(_("Suggestion"))
        self.new_text.returnPressed.connect(self._add)
        self.new_text.textChanged.connect(lambda _t: self._update_buttons())
        self.add_button = QPushButton(_("Add"), bar)
        self.add_button.setObjectName("suggestions_add")
        self.add_button.clicked.connect(self._add)
        # who on the first line, what on the second: the text keeps a usable width
        # in a narrow window and in a long language
        cells = ((0, 0, _("Department"), self.new_department, 1),
                 (0, 2, _("Person"), self.new_person, 1),
                 (1, 0, _("Text"), self.new_text, 3))
        for line, column, text, widget, span in cells:
            label_widget = QLabel(text, bar)
            label_widget.setBuddy(widget)
            grid.addWidget(label_widget, line, column)
            grid.addWidget(widget, line, column + 1, 1, span)
            if isinstance(widget, QComboBox):
                fit_choice(widget)
        grid.addWidget(self.add_button, 1, 4)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        return bar

    def _build_thanks(self, parent: QWidget) -> QWidget:
        box = QWidget(parent)
        box.setObjectName("thanks")
        layout = QVBoxLayout(box)
        self.thanks = QListWidget(box)
        self.thanks.setObjectName("thanks_list")
        self.thanks.setAccessibleName(_("Thanks to say in the meeting"))
        self.thanks.setWordWrap(True)
        self.thanks.setSpacing(3)
        self.no_thanks = QLabel(_("Nobody to thank yet: credit a suggestion you adopted or "
                                  "adapted, and it shows here."), box)
        self.no_thanks.setWordWrap(True)
        self.no_thanks.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.thanks, 1)
        layout.addWidget(self.no_thanks, 1)
        return box

    def _build_form(self) -> RowForm:
        form = RowForm(self.context, suggestions.update, _("suggestion"), self, columns=2,
                       labels_above=(1,), stretch=(2, 3))
        form.setObjectName("suggestion_form")
        form.add("department", _("Department"), ShownText())
        self.person = form.add("person_id", _("Suggested by"), ItemChoice())
        form.add("decision", _("Decision"), Choice(list(SuggestionDecision)))
        form.add("credit", "", Check(_("Credit it and thank them in the meeting")))
        form.add("text", _("Suggestion"), TextBox(lines=2), column=1)
        # its question follows the decision
        self.incorporation = form.add("incorporation", _("How it changed the plan"),
                                      TextBox(lines=3), column=1)
        return form

    # -- StepPage ---------------------------------------------------------------------------
    def reload(self) -> None:
        self.view = self.meeting_view()
        departments = self.view.departments if self.view else []
        self.new_department.set_items([(d.name, d.participation_id) for d in departments])
        self._fill_new_people()
        rows = self.view.suggestions if self.view else []
        self.table.set_rows(rows)
        self._show_thanks(rows)
        self.notes.show_meeting(self.meeting_id)
        pending = sum(1 for r in rows if r.decision == SuggestionDecision.pending)
        text = ngettext("{n} suggestion", "{n} suggestions", len(rows)).format(n=len(rows))
        if pending:
            text += " · " + ngettext("{n} not decided yet", "{n} not decided yet",
                                     pending).format(n=pending)
        if not departments:
            text = _("Bring departments into the meeting first (step 2, Departments).")
        self.table.status.setText(text)
        self._update_buttons()

    def select_ref(self, table: str, row_id: int) -> None:
        if table == "suggestion":
            self.table.select_id(row_id)

    def flush(self) -> None:
        self.form.flush()

    # -- reacting ---------------------------------------------------------------------------
    def _people_items(self, department_id: int | None) -> list[tuple[str, int]]:
        if self.view is None or department_id is None:
            return []
        return [(p.name, p.id) for p in self.view.people_of(department_id)]

    def _fill_new_people(self) -> None:
        part = self.new_department.value()
        dept = next((d for d in (self.view.departments if self.view else [])
                     if d.participation_id == part), None)
        self.new_person.set_items(self._people_items(dept.id if dept else None))

    def _show_thanks(self, rows: list[SuggestionRow]) -> None:
        self.thanks.clear()
        lines = thanks_to_say(rows)
        self.thanks.addItems(lines)
        self.thanks.setVisible(bool(lines))
        self.no_thanks.setVisible(not lines)
        self.tabs_below.setTabText(1, _("Thanks to say in the meeting ({n})").format(n=len(lines)))

    def _update_buttons(self) -> None:
        has_departments = self.new_department.count() > 0
        self.add_button.setEnabled(has_departments and bool(self.new_text.text().strip()))
        self.new_text.setEnabled(has_departments)

    def _show_row(self, row: SuggestionRow | None) -> None:
        self.person.set_items(self._people_items(row.department_id if row else None))
        self.form.load(row)
        declined = row is not None and row.decision == SuggestionDecision.declined
        question = _("Why we declined it") if declined else _("How it changed the plan")
        self.form.caption("incorporation").setText(question)
        self.incorporation.setAccessibleName(question)

    # -- actions ----------------------------------------------------------------------------
    def _add(self) -> None:
        text = self.new_text.text().strip()
        participation_id = self.new_department.value()
        if not text or participation_id is None:
            return
        workspace, person_id = self.workspace, self.new_person.value()
        added = self.row_actions.add(_("Add suggestion"), lambda: suggestions.add(
            workspace, participation_id, text=text, person_id=person_id))
        if added is not None:
            self.new_text.clear()
