"""What every list of the Follow-up step shares: add, select, edit, move and delete rows.

A panel shows one list of a meeting (agenda, decisions, actions, issues):
a line to add a row, the table, its details form, and buttons to move and
delete. Every change is one service call in one undo command.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
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

from app.i18n import _
from ui.context import AppContext
from ui.forms import FormBinder
from ui.models.meeting_view import MeetingView
from ui.models.table_model import RowTableModel
from ui.steps.row_table import RowTable
from ui.undo import AddCommand, CallCommand, DeleteCommand, EditCommand


@dataclass(frozen=True)
class RowService:
    """The service calls of one list owned by a meeting."""

    add: Callable[..., Any]          # add(ws, meeting_id, **values) -> row
    update: Callable[..., Any]       # update(ws, id, **changes)
    delete: Callable[..., Any]       # delete(ws, id) -> Snapshot
    move: Callable[..., Any]         # move(ws, id, index)


@dataclass(frozen=True)
class Words:
    """The panel's texts, translated by the caller."""

    add_label: str       # the label before the add line ("New decision")
    added: str           # undo texts
    edited: str
    deleted: str
    moved: str
    details: str         # the details box's title


class RowsPanel(QWidget):
    """A meeting's list: add line, table, details form, move and delete."""

    def __init__(self, context: AppContext, model: RowTableModel[Any], service: RowService,
                 words: Words, *, name: str, stretch: Sequence[int] = (),
                 first_field: str = "text", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name + "Panel")
        self.context = context
        self.service = service
        self.words = words
        self.first_field = first_field
        self.view: MeetingView | None = None
        self.model = model
        self.table = RowTable(model, name=name + "Table", stretch=stretch, parent=self)
        self.table.current_row_changed.connect(self._row_changed)

        add_row = QHBoxLayout()
        self.new_text = QLineEdit(self)
        self.new_text.setObjectName(name + "New")
        self.new_text.setAccessibleName(words.add_label)
        self.new_text.returnPressed.connect(self.add)
        self.add_button = QPushButton(_("Add"), self)
        self.add_button.setObjectName(name + "Add")
        self.add_button.clicked.connect(self.add)
        self.new_text.textChanged.connect(lambda _t: self._update_buttons())
        add_label = QLabel(words.add_label, self)
        add_label.setBuddy(self.new_text)
        add_row.addWidget(add_label)
        add_row.addWidget(self.new_text, 1)
        add_row.addWidget(self.add_button)

        buttons = QHBoxLayout()
        self.status_label = QLabel(self)
        self.status_label.setObjectName(name + "Status")
        self.status_label.setWordWrap(True)
        self.up_button = QPushButton(_("Move up"), self)
        self.up_button.setObjectName(name + "Up")
        self.up_button.setToolTip(_("Move up (Ctrl+Shift+Up)"))
        self.up_button.clicked.connect(lambda: self.move_by(-1))
        self.down_button = QPushButton(_("Move down"), self)
        self.down_button.setObjectName(name + "Down")
        self.down_button.setToolTip(_("Move down (Ctrl+Shift+Down)"))
        self.down_button.clicked.connect(lambda: self.move_by(1))
        self.delete_button = QPushButton(_("Delete"), self)
        self.delete_button.setObjectName(name + "Delete")
        self.delete_button.clicked.connect(self.delete)
        # shortcuts of this panel only, so that two panels never claim the same keys
        children = Qt.ShortcutContext.WidgetWithChildrenShortcut
        QShortcut(QKeySequence("Ctrl+Shift+Up"), self, lambda: self.move_by(-1), context=children)
        QShortcut(QKeySequence("Ctrl+Shift+Down"), self, lambda: self.move_by(1),
                  context=children)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.table, self.delete,
                  context=Qt.ShortcutContext.WidgetShortcut)
        buttons.addWidget(self.status_label, 1)
        buttons.addWidget(self.up_button)
        buttons.addWidget(self.down_button)
        buttons.addWidget(self.delete_button)

        upper = QWidget(self)
        upper_layout = QVBoxLayout(upper)
        upper_layout.setContentsMargins(0, 0, 0, 0)
        upper_layout.addLayout(add_row)
        upper_layout.addWidget(self.table, 1)
        upper_layout.addLayout(buttons)
        # the details sit beneath the table, in two columns, so the table keeps the width
        self.details = QGroupBox(words.details, self)
        self.details.setObjectName(name + "Details")
        columns = QHBoxLayout(self.details)
        self.form = QFormLayout()
        self.form_right = QFormLayout()
        columns.addLayout(self.form, 1)
        columns.addSpacing(12)
        columns.addLayout(self.form_right, 1)
        self.binder = FormBinder(self.commit)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(upper)
        splitter.addWidget(self.details)
        splitter.setSizes([480, 280])
        self.splitter = splitter
        self.top = QVBoxLayout()   # room above the list, e.g. the agenda's time
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)   # inside a tab's frame
        layout.addLayout(self.top)
        layout.addWidget(splitter, 1)

    def add_field(self, text: str, name: str, widget: Any, *, right: bool = False) -> Any:
        """Put a field in the details form (left or right column), bound to ``name``."""
        widget.setObjectName(self.objectName().removesuffix("Panel") + name.title().replace(
            "_", ""))
        widget.setAccessibleName(text)
        form = self.form_right if right else self.form
        form.addRow(text, widget)
        label = form.labelForField(widget)
        if isinstance(label, QLabel):
            label.setBuddy(widget)
        return self.binder.bind(name, widget)

    # -- showing ----------------------------------------------------------------------------
    def rows_of(self, view: MeetingView) -> list[Any]:
        raise NotImplementedError

    def show_view(self, view: MeetingView | None) -> None:
        """Show the meeting's rows (None: no meeting)."""
        self.view = view
        self.table.set_rows([] if view is None else self.rows_of(view))
        self._update_buttons()

    def show_row(self, row: Any | None) -> None:
        """Load the selected row into the form; panels add their own fields' choices."""
        self.binder.load(row)
        self.binder.set_enabled(row is not None)

    def _row_changed(self, row: Any | None) -> None:
        self.show_row(row)
        self._update_buttons()

    def _update_buttons(self) -> None:
        row = self.table.selected_row()
        position = -1 if row is None else self.model.row_of(lambda r: r.id == row.id)
        self.add_button.setEnabled(self.view is not None and bool(self.new_text.text().strip()))
        self.up_button.setEnabled(position > 0)
        self.down_button.setEnabled(0 <= position < self.model.rowCount() - 1)
        self.delete_button.setEnabled(row is not None)

    # -- changing ---------------------------------------------------------------------------
    def add_values(self, text: str) -> dict[str, Any]:
        return {self.first_field: text}

    def add(self) -> None:
        text = self.new_text.text().strip()
        if not text or self.view is None:
            return
        meeting_id, values = self.view.id, self.add_values(text)
        command = AddCommand(self.words.added, self.context.workspace,
                             lambda: self.service.add(self.context.workspace, meeting_id,
                                                      **values),
                             self.service.delete)
        if self.context.run(command, self):
            self.new_text.clear()
            self.table.select_id(command.row_id)

    def commit(self, name: str, value: Any) -> None:
        row = self.table.selected_row()
        if row is not None:
            self.edit(row, {name: getattr(row, name)}, {name: value})

    def edit(self, row: Any, before: dict[str, Any], after: dict[str, Any]) -> None:
        self.context.run(EditCommand(self.words.edited, self.context.workspace,
                                     self.service.update, row.id, before, after), self)

    def delete(self) -> None:
        row = self.table.selected_row()
        if row is not None:
            self.context.run(DeleteCommand(self.words.deleted, self.context.workspace,
                                           self.service.delete, row.id), self)

    def move_by(self, delta: int) -> None:
        row = self.table.selected_row()
        if row is None:
            return
        position = self.model.row_of(lambda r: r.id == row.id)
        if 0 <= position + delta < self.model.rowCount():
            self.move_to(row.id, position + delta)

    def move_to(self, row_id: int, index: int) -> None:
        """Move a row to ``index`` in one undoable step; it stays selected."""
        old = self.model.row_of(lambda r: r.id == row_id)
        if old < 0 or old == index:
            return
        workspace = self.context.workspace
        command = CallCommand(self.words.moved,
                              lambda: self.service.move(workspace, row_id, index),
                              lambda: self.service.move(workspace, row_id, old))
        if self.context.run(command, self):
            self.table.select_id(row_id)
