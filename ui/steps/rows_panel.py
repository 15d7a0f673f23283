"""One list of a meeting (or of a department) with the selected row's form beside or beneath.

A :class:`RowsPanel` puts together what every list on the step pages does: a
:class:`RowTable`, a :class:`RowForm` for the selected row, and
:class:`RowActions` to add, delete and move rows. A row is added either from
a line of text above the table (an agenda item, a decision), or by an Add
button that makes a row with default values and puts the cursor in its first
field (a goal, a person).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.i18n import _
from ui.context import AppContext
from ui.models.table_model import RowTableModel
from ui.steps.row_actions import RowActions, RowService
from ui.steps.row_form import Changes, RowForm
from ui.steps.step_parts import RowTable, labelled


def scrolled(widget: QWidget, parent: QWidget | None = None) -> QScrollArea:
    """``widget`` in a frameless scroll area: a long form scrolls rather than squeeze."""
    area = QScrollArea(parent)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setWidget(widget)
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the fields inside take the focus, not the frame
    # the fields keep their height (a text box its lines) and the area scrolls, rather than
    # squeeze every box to a sliver with a scroll bar of its own
    widget.setMinimumHeight(widget.sizeHint().height())
    # (setWidget paints the widget's background: inside a group box that shows as a band)
    widget.setAutoFillBackground(False)
    area.viewport().setAutoFillBackground(False)
    return area


@dataclass(frozen=True)
class Words:
    """A list's texts, translated by the caller."""

    what: str                    # one row, as in "Edit {what}: {field}" ("decision")
    rows: str                    # the table's accessible name ("Decisions")
    added: str | Callable[[], str]             # undo texts
    deleted: str | Callable[[Any], str]        # (of the row deleted)
    moved: str = ""
    new_label: str = ""          # the add line's label ("New decision"); empty: an Add button
    add_button: str = ""         # the Add button's text ("Add goal")
    details: str = ""            # the details box's title ("Selected decision"); empty: no box


class RowsPanel(QWidget):
    """A table of rows, the selected row's form, and the actions that change them."""

    def __init__(self, context: AppContext, name: str, model: RowTableModel[Any],
                 service: RowService, words: Words, *, first_field: str,
                 new_values: Callable[[], dict[str, Any]] | None = None,
                 stretch: int | Sequence[int] = 0, widths: Mapping[int, int] | None = None,
                 movable: bool = False, sortable: bool = False, sorted_by: int = -1,
                 order: Qt.SortOrder = Qt.SortOrder.AscendingOrder, beside: bool = False,
                 columns: int = 1, form_row: Callable[[Any], Any] | None = None,
                 changes: Changes | None = None, margin: int = 6,
                 proxy: QSortFilterProxyModel | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"{name}_panel")
        self.context = context
        self.service = service
        self.words = words
        self.first_field = first_field
        self._new_values = new_values
        self._form_row = form_row or (lambda row: row)
        #: whose rows these are (the meeting, the department, its part); None: nobody's
        self.owner_id: int | None = None
        line = bool(words.new_label)
        self.table = RowTable(name, model, what=words.rows, proxy=proxy, stretch=stretch,
                              widths=widths,
                              addable=not line, movable=movable, sortable=sortable,
                              sorted_by=sorted_by, order=order, parent=self)
        self.form = RowForm(context, service.update, words.what, self, columns=columns,
                            changes=changes)
        self.form.setObjectName(f"{name}_form")
        self.row_actions = RowActions(context, self.table, service, self, flush=self.flush)
        self.table.current_changed.connect(self.show_row)
        self.table.delete_requested.connect(self.delete)
        self.table.move_requested.connect(
            lambda row, step: self.row_actions.move(row, step, words.moved))

        self.new_text: QLineEdit | None = None
        self.add_button: QAbstractButton | None = self.table.add_button
        self.add_bar: QWidget | None = None
        if line:
            self.add_bar = self._add_line(name, words.new_label)
        else:
            self.table.add_requested.connect(self.add)
            if words.add_button and self.table.add_button is not None:
                labelled(self.table.add_button, words.add_button)

        #: room above the list (the agenda's time)
        self.top = QVBoxLayout()
        upper = QWidget(self)
        upper_layout = QVBoxLayout(upper)
        upper_layout.setContentsMargins(0, 0, 0, 0)
        upper_layout.addLayout(self.top)
        if self.add_bar is not None:
            upper_layout.addWidget(self.add_bar)
        upper_layout.addWidget(self.table, 1)
        details: QWidget = scrolled(self.form, self)
        if words.details:
            box = QGroupBox(words.details, self)
            box.setObjectName(f"{name}_details")
            QVBoxLayout(box).addWidget(details)
            details = box
        self.splitter = QSplitter(
            Qt.Orientation.Horizontal if beside else Qt.Orientation.Vertical, self)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(upper)
        self.splitter.addWidget(details)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([600, 400])   # in proportion, whatever the size
        layout = QVBoxLayout(self)
        layout.setContentsMargins(margin, margin, margin, margin)
        layout.addWidget(self.splitter)
        self.setTabOrder(self.table.view, self.form)

    def _add_line(self, name: str, text: str) -> QWidget:
        bar = QWidget(self)
        bar.setObjectName(f"{name}_add_bar")
        row = QHBoxLayout(bar)
        row.setContentsMargins(0, 0, 0, 0)
        self.new_text = QLineEdit(bar)
        self.new_text.setObjectName(f"{name}_new")
        self.new_text.setAccessibleName(text)
        self.new_text.returnPressed.connect(self.add)
        self.new_text.textChanged.connect(lambda _t: self._update_add())
        self.add_button = QPushButton(_("Add"), bar)
        self.add_button.setObjectName(f"{name}_add")
        self.add_button.clicked.connect(self.add)
        caption = QLabel(text, bar)
        caption.setBuddy(self.new_text)
        row.addWidget(caption)
        row.addWidget(self.new_text, 1)
        row.addWidget(self.add_button)
        return bar

    # -- showing ----------------------------------------------------------------------------
    def show_rows(self, owner_id: int | None, rows: Sequence[Any]) -> None:
        """Show ``owner_id``'s rows (None: nobody's, nothing can be added)."""
        self.owner_id = owner_id
        self.table.setEnabled(owner_id is not None)
        self.table.set_rows(rows)
        self._update_add()

    def show_row(self, row: Any | None) -> None:
        """Load the selected row into the form; panels add their own fields' choices."""
        self.form.load(None if row is None else self._form_row(row))

    def _update_add(self) -> None:
        if self.new_text is not None and self.add_button is not None:
            self.add_button.setEnabled(self.owner_id is not None
                                       and bool(self.new_text.text().strip()))

    def flush(self) -> None:
        self.form.flush()

    # -- changing ---------------------------------------------------------------------------
    def add(self) -> None:
        if self.owner_id is None:
            return
        if self.new_text is not None:
            text = self.new_text.text().strip()
            if not text:
                return
            values = {self.first_field: text}
        else:
            values = self._new_values() if self._new_values else {}
        workspace, owner_id = self.context.workspace, self.owner_id
        added_words = self.words.added
        added = self.row_actions.add(added_words() if callable(added_words) else added_words,
                                     lambda: self.service.add(workspace, owner_id, **values))
        if added is None:
            return
        if self.new_text is not None:
            self.new_text.clear()
        else:
            self.form.focus(self.first_field)

    def delete(self, row: Any) -> None:
        deleted = self.words.deleted
        self.row_actions.delete(row, deleted(row) if callable(deleted) else deleted)
