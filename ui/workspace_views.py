"""Views across the whole workspace: search, and everything still open. Each opens a row
in its meeting through one function the window gives, so neither knows the window."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QWidget

from app.i18n import _
from ui.context import AppContext
from ui.icons import icon
from ui.open_items_view import OpenItemsView
from ui.search_dialog import TARGETS, SearchDialog

#: open a row: (meeting id or 0, step, table the step selects by, row id)
Opener = Callable[[int, str, str, int], None]


class WorkspaceViews:
    """Edit ▸ Search… and View ▸ Open actions and issues…, for the window's menus."""

    def __init__(self, parent: QWidget, context: Callable[[], AppContext],
                 open_row: Opener) -> None:
        self._parent = parent
        self._context = context
        self._open_row = open_row
        self.open_items: OpenItemsView | None = None
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

    def fill_menus(self, edit: QMenu, view: QMenu) -> None:
        edit.addSeparator()
        edit.addAction(self.search)
        view.addAction(self.show_open)

    def show_search(self) -> SearchDialog:
        dialog = SearchDialog(self._context().workspace, self._parent)
        dialog.opened.connect(self._open_hit)
        dialog.open()
        return dialog

    def show_open_items(self) -> OpenItemsView:
        """Show the list (one window, kept in step with every change)."""
        context = self._context()
        if self.open_items is None or self.open_items.context is not context:
            if self.open_items is not None:
                self.open_items.close()
            self.open_items = OpenItemsView(context, self._parent)
            self.open_items.opened.connect(self._open_hit)
            context.changed.connect(self.open_items.reload)
        self.open_items.show()
        self.open_items.raise_()
        self.open_items.activateWindow()
        return self.open_items

    def _open_hit(self, kind: str, meeting_id: int, row_id: int) -> None:
        step, table = TARGETS[kind]
        self._open_row(meeting_id, step, table, row_id)
