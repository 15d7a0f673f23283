"""What every step page has: its key, its title, reloading for the current meeting, and
what a read-only workspace changes on it."""

from __future__ import annotations

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QBoxLayout, QFrame, QLabel, QWidget

from app.i18n import _
from app.views import meeting
from app.views.changes import Changes
from ui.context import AppContext


class StepPage(QWidget):
    """A page of the meeting's steps. Subclasses set ``step`` and implement ``reload``.

    ``step`` is the key shared with readiness items and guidance
    (overview, goals, departments, demands, suggestions, follow_up).

    In a read-only workspace (a second window opened the file read-only) the
    page shows its data as usual; a one-line notice says why nothing can be
    changed, the widgets a page marks with :meth:`guard` (add bars, buttons)
    are disabled with all they hold, and the forms show their values read-only.
    """

    step = ""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.meeting_id: int | None = None
        #: nothing on the page may change the workspace
        self.read_only = context.workspace.read_only
        self.read_only_notice = QLabel(
            _("This workspace is open read-only: you can read everything, change nothing."),
            self)
        self.read_only_notice.setObjectName("read_only_notice")
        self.read_only_notice.setWordWrap(True)
        self.read_only_notice.setFrameShape(QFrame.Shape.StyledPanel)
        self.read_only_notice.setMargin(6)
        self.read_only_notice.setVisible(self.read_only)
        self._notice_placed = False

    @property
    def workspace(self):  # type: ignore[no-untyped-def]
        return self.context.workspace

    def guard(self, *widgets: QWidget) -> None:
        """Mark widgets that change data: in a read-only workspace they, and all they
        hold, are disabled for good (enabling a button inside changes nothing)."""
        if self.read_only:
            for widget in widgets:
                widget.setEnabled(False)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.read_only and not self._notice_placed:
            # above whatever the page lays out, so no page has to remember it
            layout = self.layout()
            if isinstance(layout, QBoxLayout):
                layout.insertWidget(0, self.read_only_notice)
            self._notice_placed = True

    def title(self) -> str:
        """The tab's text, translated (numbered in the method's order by the window)."""
        from ui.steps.registry import step_title  # the registry names the pages' modules

        return step_title(self.step)

    def set_meeting(self, meeting_id: int | None) -> None:
        """Show another meeting (None: no meeting selected)."""
        self.meeting_id = meeting_id
        self.reload()

    def reload(self) -> None:
        """Read the page's data again from the read model (a meeting shown, a change).

        The window calls it for the page shown, and for a hidden page once it is shown.
        Rows already shown are updated in place, so selection, scroll and focus stay.
        """
        raise NotImplementedError

    def apply(self, changes: Changes) -> None:
        """Show what ``changes`` changed; by default the page reads its meeting again.

        Pages that can read only the rows changed override this.
        """
        self.reload()

    def meeting_view(self) -> meeting.MeetingView | None:
        """The page's meeting as the read model shows it (None: none, or it is gone)."""
        if self.meeting_id is None:
            return None
        try:
            with self.context.reader.snapshot() as db:
                return meeting.load(db, self.meeting_id)
        except meeting.MeetingGone:
            return None

    def select_ref(self, table: str, row_id: int) -> None:
        """Select a row (a readiness item or a search hit points here); default: nothing."""

    def flush(self) -> None:
        """Commit any edit still in progress (before the meeting changes or the window closes)."""
