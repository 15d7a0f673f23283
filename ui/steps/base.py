"""What every step page has: its key, its title, and reloading for the current meeting."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ui.context import AppContext


class StepPage(QWidget):
    """A page of the meeting's steps. Subclasses set ``step`` and implement ``reload``.

    ``step`` is the key shared with readiness items and guidance
    (overview, goals, departments, demands, suggestions, follow_up).
    """

    step = ""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.meeting_id: int | None = None

    @property
    def workspace(self):  # type: ignore[no-untyped-def]
        return self.context.workspace

    def title(self) -> str:
        """The tab's text, translated (numbered in the method's order by the window)."""
        raise NotImplementedError

    def set_meeting(self, meeting_id: int | None) -> None:
        """Show another meeting (None: no meeting selected)."""
        self.meeting_id = meeting_id
        self.reload()

    def reload(self) -> None:
        """Read the page's data again from the services (after any change or undo)."""
        raise NotImplementedError

    def select_ref(self, table: str, row_id: int) -> None:
        """Select a row (a readiness item or a search hit points here); default: nothing."""

    def flush(self) -> None:
        """Commit any edit still in progress (before the meeting changes or the window closes)."""
