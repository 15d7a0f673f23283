"""Form fields that commit when the user finishes an edit, never per keystroke.

Each field has ``set_value`` (no signal), ``value()`` and a ``committed(value)``
signal that fires once per finished edit whose value differs from the loaded
one; ``finish()`` commits an edit still in progress. A :class:`FormBinder`
loads a row into its fields and turns each commit into one call (which the
page makes an undo command); :class:`EditGuard` commits the focused field
before any button or shortcut acts.
"""

from __future__ import annotations

from ui.forms.binder import FormBinder, field_value
from ui.forms.dates import MomentEdit, OptionalDate
from ui.forms.fields import (
    Check,
    Choice,
    ItemChoice,
    LinesBox,
    OptionalNumber,
    ShownText,
    TextBox,
    TextLine,
)
from ui.forms.guard import EditGuard

__all__ = [
    "Check", "Choice", "EditGuard", "FormBinder", "ItemChoice", "LinesBox", "MomentEdit",
    "OptionalDate", "OptionalNumber", "ShownText", "TextBox", "TextLine", "field_value",
]
