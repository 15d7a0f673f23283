"""Help ▸ Keyboard shortcuts: the keys listed from the window's own actions and shortcuts,
so the list cannot drift from what the keys do."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QMainWindow,
    QMenu,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from app.i18n import _
from ui.mnemonics import plain


def _keys(sequences: list[QKeySequence]) -> str:
    shown = [s.toString(QKeySequence.SequenceFormat.NativeText) for s in sequences]
    return ", ".join(k for k in shown if k)  # as Qt joins key sequences


def _menu_entries(menu: QMenu, path: list[str]) -> list[tuple[str, str]]:
    entries: list[tuple[str, str]] = []
    here = [*path, plain(menu.title())]
    for action in menu.actions():
        submenu = action.menu()
        if isinstance(submenu, QMenu):
            entries += _menu_entries(submenu, here)
        elif not action.isSeparator() and action.shortcuts():
            name = " ▸ ".join([*here, plain(action.text()).rstrip("…")])
            entries.append((name, _keys(action.shortcuts())))
    return entries


def shortcut_list(window: QMainWindow) -> list[tuple[str, str]]:
    """(what, keys) for every menu item with keys, then every list's keys, without repeats."""
    entries: list[tuple[str, str]] = []
    for action in window.menuBar().actions():
        menu = action.menu()
        if isinstance(menu, QMenu):
            entries += _menu_entries(menu, [])
    # the keys of the lists on the step pages (each names what it does in its what's-this)
    for shortcut in window.findChildren(QShortcut):
        if shortcut.whatsThis():
            entries.append((shortcut.whatsThis(), _keys([shortcut.key()])))
    # in order, each once (the same keys may be set on a list in several pages)
    return [entry for entry in dict.fromkeys(entries) if entry[1]]


class ShortcutsDialog(QDialog):
    """A table of what each key does, beside the window (not modal)."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.setObjectName("shortcuts_dialog")
        self.setWindowTitle(_("Keyboard shortcuts"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        rows = shortcut_list(window)
        self.table = QTableWidget(len(rows), 2, self)
        self.table.setObjectName("shortcuts_table")
        self.table.setAccessibleName(_("Keyboard shortcuts"))
        self.table.setHorizontalHeaderLabels([_("Action"), _("Keys")])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setTabKeyNavigation(False)
        for row, (what, keys) in enumerate(rows):
            self.table.setItem(row, 0, QTableWidgetItem(what))
            self.table.setItem(row, 1, QTableWidgetItem(keys))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(560, 520)

    def rows(self) -> list[tuple[str, str]]:
        """What the table shows, row by row."""
        return [(self._text(r, 0), self._text(r, 1)) for r in range(self.table.rowCount())]

    def _text(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        return "" if item is None else item.text()
