"""Binding a row's fields to widgets: load without signals, report each finished edit."""

from __future__ import annotations

from collections.abc import Callable, Collection
from typing import Any

from ui.forms.fields import ShownText, TextBox, TextLine


def field_value(widget: Any) -> Any:
    """What a field holds, None for "nothing" (a number field's dash)."""
    return getattr(widget, "value_or_none", widget.value)()


class FormBinder:
    """Loads a row's fields into widgets and reports each finished edit as (field, value)."""

    def __init__(self, on_commit: Callable[[str, Any], None]) -> None:
        self._fields: dict[str, Any] = {}
        self._on_commit = on_commit
        #: a read-only workspace: the values show (texts can be scrolled and copied),
        #: nothing can change
        self.read_only = False

    def bind(self, name: str, widget: Any) -> Any:
        self._fields[name] = widget
        widget.committed.connect(lambda value, name=name: self._on_commit(name, value))
        return widget

    def fields(self) -> dict[str, Any]:
        return dict(self._fields)

    def load(self, row: Any | None, *, keep_pending: bool = False) -> None:
        """Show ``row``'s values (or empty fields for None); emits nothing.

        A field already showing the stored value is left alone: a reload follows
        every committed edit, and re-setting the field the user has just tabbed
        into would drop its selection and cursor. With ``keep_pending`` (the same
        row read again) a field holding an edit not yet saved keeps it.
        """
        keep = [name for name, widget in self._fields.items()
                if _is_pending(widget)] if keep_pending and row is not None else []
        self._load(row, keep)

    def refused(self, row: Any, names: Collection[str]) -> None:
        """An edit of ``names`` was refused: their typed text stays on screen, still to
        save (the user corrects it rather than types it again); the rest shows ``row``."""
        kept = [name for name in names
                if callable(getattr(self._fields.get(name), "keep_unsaved", None))]
        for name in kept:
            self._fields[name].keep_unsaved(getattr(row, name))
        self._load(row, kept)

    def _load(self, row: Any | None, keep: Collection[str]) -> None:
        for name, widget in self._fields.items():
            if name in keep:
                continue
            value = None if row is None else getattr(row, name)
            if row is None or not _shows(widget, value):
                widget.set_value(value)

    def set_enabled(self, enabled: bool) -> None:
        for widget in self._fields.values():
            if isinstance(widget, ShownText):
                widget.setEnabled(enabled)
            elif isinstance(widget, TextLine | TextBox):
                widget.setReadOnly(self.read_only)
                widget.setEnabled(enabled)
            else:
                widget.setEnabled(enabled and not self.read_only)

    def flush(self) -> None:
        """Commit an edit still in progress (before switching rows or closing)."""
        for widget in self._fields.values():
            finish = getattr(widget, "finish", None)
            if callable(finish):
                finish()


def _is_pending(widget: Any) -> bool:
    pending = getattr(widget, "is_pending", None)
    return bool(callable(pending) and pending())


def _shows(widget: Any, value: Any) -> bool:
    current = field_value(widget)
    # None and "" (and an empty list) are the same "nothing" for a text field
    return bool(current == value or (not current and value is None
                                     and not isinstance(current, bool)))
