"""The form for the selected row: its fields, each finished edit one undoable update.

Every step page shows the row selected in a table (or the meeting itself) in a
:class:`RowForm`. It loads the row without signals, commits an edit still in
progress before another row is shown, and in a read-only workspace shows the
values without letting them change.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Sequence
from typing import Any

from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from app.i18n import _
from ui.context import AppContext
from ui.forms import FormBinder
from ui.mnemonics import plain
from ui.plain import plain_label
from ui.steps.step_parts import fit_choice
from ui.undo import EditCommand, UndoableCommand

#: (row, field, new value) -> (fields before, fields after): what one edit changes
Changes = Callable[[Any, str, Any], tuple[dict[str, Any], dict[str, Any]]]
#: (row, fields before, fields after) -> the command that makes an edit its own way
Route = Callable[[Any, dict[str, Any], dict[str, Any]], UndoableCommand]


class _Shown:
    """A row as the form shows it: the stored row with the edits made since it was read."""

    def __init__(self, row: Any, edits: dict[str, Any]) -> None:
        self._row = row
        self._edits = edits

    def __getattr__(self, name: str) -> Any:
        return self._edits[name] if name in self._edits else getattr(self._row, name)


class RowForm(QWidget):
    """The fields of one row, in one or more columns; each finished edit is one undo step.

    ``update(workspace, row_id, **changes)`` is the row's service call. ``changes``
    may widen an edit (choosing an owner also sets the department); ``commit``
    replaces the update altogether (the review, saved per meeting). The columns
    in ``labels_above`` put each label above its field; ``stretch`` shares the width
    out (default: alike).
    """

    def __init__(self, context: AppContext, update: Callable[..., Any] | None, what: str,
                 parent: QWidget | None = None, *, columns: int = 1,
                 changes: Changes | None = None,
                 commit: Callable[[str, Any], None] | None = None,
                 labels_above: Sequence[int] = (), stretch: Sequence[int] = ()) -> None:
        super().__init__(parent)
        self.context = context
        self._update = update
        self._what = what
        self._changes = changes
        self.row: Any | None = None
        self._edits: dict[str, Any] = {}
        self.binder = FormBinder(commit or self._commit)
        self.binder.read_only = context.workspace.read_only
        self._labels: dict[str, str] = {}
        self._captions: dict[str, QLabel] = {}
        self._routes: dict[str, Route] = {}
        self.columns = [QFormLayout() for _i in range(columns)]
        outer = QHBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        for column, form in enumerate(self.columns):
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
            if column in labels_above:
                # long labels over large text boxes: above them, the boxes keep the width
                form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
            if column:
                outer.addSpacing(12)
            outer.addLayout(form, stretch[column] if stretch else 1)
        self.set_enabled(False)

    def add(self, name: str, label: str, widget: QWidget, column: int = 0) -> Any:
        """Add a field for ``name`` under the visible ``label`` (with an & mnemonic)."""
        widget.setObjectName(f"field_{name}")
        shown = plain(label).rstrip(":：")
        if not shown and isinstance(widget, QAbstractButton):  # a check box says it itself
            shown = plain(widget.text())
        self._labels[name] = shown
        widget.setAccessibleName(shown)
        if isinstance(widget, QComboBox):
            fit_choice(widget)  # the form grows it; a long entry alone does not widen the page
        self._captions[name] = self.add_row(label, widget, column)
        return self.binder.bind(name, widget)

    def add_row(self, label: str, widget: QWidget, column: int = 0) -> QLabel:
        """Add a row that is not a field of the row (a name shown, a list of its own)."""
        caption = plain_label(label, self)  # (a page may reword it with a name)
        caption.setBuddy(widget)
        self.columns[column].addRow(caption, widget)
        return caption

    def route(self, name: str, make: Route) -> None:
        """Make the edits of ``name`` with ``make``'s command instead of the row's update (a
        current engagement is set through its history, not overwritten)."""
        self._routes[name] = make

    def label_of(self, name: str) -> str:
        """The field's label as the user reads it (for undo texts and messages)."""
        return self._labels.get(name, name)

    def caption(self, name: str) -> QLabel:
        """The label of the field ``name`` (a page may reword it as the row changes)."""
        return self._captions[name]

    def field(self, name: str) -> Any:
        return self.binder.fields()[name]

    def focus(self, name: str) -> None:
        """Put the cursor in a field, its text selected (after adding a row)."""
        widget = self.field(name)
        widget.setFocus()
        if isinstance(widget, QLineEdit):
            widget.selectAll()

    def load(self, row: Any | None) -> None:
        """Show ``row`` (None: nothing selected, the fields empty and disabled)."""
        same = row is not None and self.row is not None and row.id == self.row.id
        if not same:
            self.binder.flush()  # an edit in progress belongs to the row it was made on
        self.row = row
        self._edits = {}
        self.binder.load(row, keep_pending=same)
        self.set_enabled(row is not None)

    def value(self, name: str) -> Any:
        """The row's value of ``name`` as last saved from this form."""
        return self._edits[name] if name in self._edits else getattr(self.row, name)

    def set_enabled(self, enabled: bool) -> None:
        self.binder.set_enabled(enabled)

    def flush(self) -> None:
        self.binder.flush()

    def _commit(self, name: str, value: Any) -> None:
        row = self.row
        if row is None:
            return
        if self._changes is not None:
            before, after = self._changes(_Shown(row, self._edits), name, value)
        else:
            before, after = {name: self.value(name)}, {name: value}
        if before == after:
            return
        # a list stepped through with the arrow keys saves each value on the way: one step
        widget = self.field(name)
        stepped = getattr(widget, "session", None) if isinstance(widget, QComboBox) else None
        self.edit(before, after, self._labels.get(name, name), merge=stepped)

    def edit(self, before: dict[str, Any], after: dict[str, Any], field: str, *,
             merge: Hashable | None = None) -> bool:
        """Change the row's fields in one undoable step; False when refused.

        Edits of the same field of the same row, one after the other and with the
        same ``merge`` (not None), are one undo step.
        """
        row = self.row
        assert row is not None
        routed = next((self._routes[name] for name in after if name in self._routes), None)
        command: UndoableCommand
        if routed is not None:
            command = routed(row, before, after)
            if merge is not None and hasattr(command, "merge_key"):
                command.merge_key = (field, row.id, merge)
        else:
            assert self._update is not None
            command = EditCommand(
                _("Edit {what}: {field}").format(what=self._what, field=field),
                self.context.workspace, self._update, row.id, before, after,
                merge_key=None if merge is None else (self._update, row.id, field, merge))
        if not self.context.run(command, self, labels=self._labels):
            # refused: the saved values again, but what the user typed stays to be corrected
            self.binder.refused(_Shown(row, self._edits), after)
            return False
        if self.row is row:  # (unless a reload has shown the row afresh already)
            self._edits.update(after)
        return True
