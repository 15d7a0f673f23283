"""What is being typed is saved before anything else happens, and Ctrl+Z undoes what a user
expects.

One event filter on the application does both, so that no button, menu item,
toolbar button or shortcut has to remember it:

- **Commit first.** A field commits when the focus leaves it. A click on a
  button that takes no focus (a tool button, a toolbar, a tab) and a keyboard
  shortcut (Ctrl+E, Ctrl+Z, Ctrl+PgDown) leave the focus where it is, and the
  action they start then reloads the field from the database: what was typed
  would be lost. So before such a press or shortcut reaches its target, the
  field holding the focus commits its edit. If the edit is refused (a blank
  name, a date that cannot be read), the message says why, the typed text
  stays, and the click or shortcut is dropped: nothing happens on a value the
  user has not seen saved.
- **Undo.** While the focused text field holds edits of its own, not yet
  saved, Ctrl+Z and the redo keys undo and redo its typing; otherwise they go
  to the application's Edit ▸ Undo and Redo (right after Add goal, the cursor
  is in the new goal's field and Ctrl+Z takes back the goal).
"""

from __future__ import annotations

from typing import Any, cast

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit, QTextEdit, QWidget

_TRIGGERS = (QEvent.Type.Shortcut, QEvent.Type.MouseButtonPress,
             QEvent.Type.MouseButtonDblClick)


def editing_field(widget: QWidget | None) -> Any | None:
    """The form field that ``widget`` is (or is part of, as a date's text is), if any."""
    while widget is not None:
        if callable(getattr(widget, "is_pending", None)) and callable(
                getattr(widget, "finish", None)):
            return widget
        widget = widget.parentWidget()
    return None


def _inside(widget: QWidget, field: QWidget) -> bool:
    """``widget`` is ``field`` or one of its parts, popups (its calendar) included."""
    current: QWidget | None = widget
    while current is not None:
        if current is field:
            return True
        current = current.parentWidget()
    return False


def _own_undo(widget: QObject, event: QKeyEvent) -> bool | None:
    """Whether an undo or redo key belongs to the text field (None: not such a key)."""
    undo = event.matches(QKeySequence.StandardKey.Undo)
    redo = event.matches(QKeySequence.StandardKey.Redo)
    if not (undo or redo):
        return None
    if isinstance(widget, QLineEdit):
        available = widget.isUndoAvailable() if undo else widget.isRedoAvailable()
    elif isinstance(widget, QPlainTextEdit | QTextEdit):
        document = widget.document()
        available = document.isUndoAvailable() if undo else document.isRedoAvailable()
    else:
        return None
    if not available or widget.isReadOnly():
        return False
    field = editing_field(cast(QWidget, widget))
    # a field's history outlives its commits; once saved, an edit is the application's
    return True if field is None or not undo else bool(field.is_pending())


class EditGuard(QObject):
    """Installed on the application by the main window (see the module's docstring)."""

    def install(self) -> None:
        app = QApplication.instance()
        assert app is not None
        app.installEventFilter(self)  # removed by Qt when the guard is deleted

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent):
            if _own_undo(watched, event) is False:
                event.ignore()
                return True  # not the field's: the shortcut goes to Edit ▸ Undo / Redo
            return False
        if kind not in _TRIGGERS:
            return False
        field = editing_field(QApplication.focusWidget())
        if field is None or not field.is_pending():
            return False
        if kind != QEvent.Type.Shortcut and (
                not isinstance(watched, QWidget) or _inside(watched, field)):
            return False  # a click inside the field (its own calendar, its clear button)
        field.finish()
        return bool(field.is_pending())  # refused: the click or shortcut does nothing
