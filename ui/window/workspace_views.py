"""Views across the whole workspace (search, everything still open) and the meeting's
summary to paste. Each works through the window's parts (the context, the current
meeting, the status bar) and a function that opens a row, so none of them knows the
window."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QMenu, QWidget

from app.i18n import _
from ui.icons import icon
from ui.window.parts import WindowParts

# each view is imported when first asked for: with the services it calls (and SQLAlchemy)
# they are loaded after the window is shown, not before (ui/launch.py:load_services)
if TYPE_CHECKING:
    from ui.open_items_view import OpenItemsView
    from ui.search_dialog import SearchDialog
    from ui.team_dialog import TeamDialog

#: open a row: (meeting id or 0, step, table the step selects by, row id)
Opener = Callable[[int, str, str, int], None]
Window = TypeVar("Window", bound=QWidget)


def raised(window: Window) -> Window:
    """Show a window kept for reuse, in front and active."""
    window.show()
    window.raise_()
    window.activateWindow()
    return window


class WorkspaceViews:
    """Edit ▸ Search…, Edit ▸ Our team…, View ▸ Open actions and issues…, Meeting ▸ Copy
    summary."""

    def __init__(self, parts: WindowParts, open_row: Opener) -> None:
        self._parts = parts
        self._parent = parent = parts.parent
        self._context = parts.context
        self._meeting = parts.meeting_id
        self._open_row = open_row
        self.open_items: OpenItemsView | None = None
        self.team_dialog: TeamDialog | None = None
        self.edit_team = QAction(_("Our &team…"), parent)
        self.edit_team.setObjectName("edit_team")
        self.edit_team.setToolTip(_("The colleagues on your side who can own a department's "
                                    "relationship"))
        self.edit_team.triggered.connect(self.show_team)
        self.search = QAction(icon("search"), _("&Search…"), parent)
        self.search.setObjectName("search")
        # Ctrl+F as every program has it; Ctrl+K as in chat and code tools
        self.search.setShortcuts([QKeySequence(QKeySequence.StandardKey.Find),
                                  QKeySequence("Ctrl+K")])
        self.search.triggered.connect(self.show_search)
        self.show_open = QAction(icon("attention"), _("&Open actions and issues…"), parent)
        self.show_open.setObjectName("open_items")
        self.show_open.setShortcut(QKeySequence("Ctrl+Shift+A"))
        self.show_open.triggered.connect(self.show_open_items)
        self.copy_summary = QAction(_("Copy &summary for the leader"), parent)
        self.copy_summary.setObjectName("copy_summary")
        self.copy_summary.setToolTip(_("The leader's report as plain text, ready to paste "
                                       "into an e-mail or a chat message"))
        self.copy_summary.triggered.connect(self.copy_meeting_summary)

    def fill_menus(self, edit: QMenu, view: QMenu) -> None:
        edit.addSeparator()
        edit.addAction(self.search)
        edit.addAction(self.edit_team)
        view.addAction(self.show_open)

    def fill_meeting_menu(self, menu: QMenu) -> None:
        menu.addAction(self.copy_summary)

    def update(self) -> None:
        """Follow the current meeting (the summary needs one)."""
        self.copy_summary.setEnabled(self._meeting() is not None)

    def copy_meeting_summary(self) -> None:
        """Put the current meeting's summary on the clipboard and say so."""
        meeting_id = self._meeting()
        if meeting_id is None:
            return
        from app.services import summary_text

        QApplication.clipboard().setText(
            summary_text.summary(self._context().workspace, meeting_id))
        self._parts.status(_("The summary for the leader is on the clipboard."), 8000)

    def show_search(self) -> SearchDialog:
        from ui.search_dialog import SearchDialog

        dialog = SearchDialog(self._context().workspace, self._parent)
        dialog.opened.connect(self._open_hit)
        dialog.open()
        return dialog

    def show_open_items(self) -> OpenItemsView:
        """Show the list (one window, kept in step with every change)."""
        from ui.open_items_view import OpenItemsView

        context = self._context()
        if self.open_items is None or self.open_items.context is not context:
            if self.open_items is not None:
                self.open_items.close()
            self.open_items = OpenItemsView(context, self._parent)
            self.open_items.opened.connect(self._open_hit)
            context.changed.connect(self.open_items.reload)
        return raised(self.open_items)

    def show_team(self) -> TeamDialog:
        """Show the team (one window, kept in step with every change and undo)."""
        from ui.team_dialog import TeamDialog

        context = self._context()
        if self.team_dialog is None or self.team_dialog.context is not context:
            if self.team_dialog is not None:
                self.team_dialog.close()
            self.team_dialog = TeamDialog(context, self._parent)
        return raised(self.team_dialog)

    def _open_hit(self, kind: str, meeting_id: int, row_id: int) -> None:
        if kind == "team_member":
            self.show_team().reload(select=row_id)
            return
        from ui.search_dialog import TARGETS

        step, table = TARGETS[kind]
        self._open_row(meeting_id, step, table, row_id)
