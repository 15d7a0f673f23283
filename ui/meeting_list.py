"""The workspace's meetings, soonest first: filter, new, duplicate, rename, delete, demo."""

from __future__ import annotations

import logging
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.i18n import _
from app.services import demo
from app.storage import Workspace
from app.views.changes import Changes
from app.views.meetings import MeetingItem, meeting_items
from ui import dialogs, settings
from ui.context import AppContext
from ui.icons import icon
from ui.mnemonics import plain
from ui.models.meetings_model import COL_DATE, COL_READINESS, COL_TITLE, meetings_model
from ui.models.table_model import ROW_ROLE, SORT_ROLE
from ui.steps.step_parts import tool_button
from ui.undo import AddCommand, DeleteCommand, EditCommand, UndoableCommand

if TYPE_CHECKING:
    from app.services.trash import Snapshot
    from app.views.readiness import Reuse

logger = logging.getLogger(__name__)


class DemoCommand(UndoableCommand):
    """Load the demo meetings; undo takes back the meetings and the profiles they brought."""

    def __init__(self, workspace: Workspace) -> None:
        super().__init__(_("Load the demo meetings"))
        self.workspace = workspace
        self.meeting_ids: list[int] = []
        self._profile_ids: list[int] = []
        self._snapshots: list[Snapshot] | None = None

    def do(self) -> None:
        from app.services import departments, trash  # loaded after the window is shown

        if self._snapshots is not None:
            for snapshot in reversed(self._snapshots):
                trash.restore(self.workspace, snapshot)
            return
        profiles_before = {d.id for d in departments.list_all(self.workspace)}
        reports = demo.load_demo(self.workspace)
        self.meeting_ids = [report.meeting_id for report in reports]
        self._profile_ids = [d.id or 0 for d in departments.list_all(self.workspace)
                             if d.id not in profiles_before]

    def revert(self) -> None:
        from app.services import departments, meetings

        # meetings first: a profile still used by one of them could not be deleted
        snapshots = [meetings.delete(self.workspace, m) for m in self.meeting_ids]
        snapshots += [departments.delete(self.workspace, d) for d in self._profile_ids]
        self._snapshots = snapshots

    def changes(self) -> Changes:
        return Changes.of(inserted=[*(("meeting", m) for m in self.meeting_ids),
                                    *(("department", d) for d in self._profile_ids)])


def demo_available() -> bool:
    return bool(demo.demo_files())


class MeetingFilter(QSortFilterProxyModel):
    """Keeps the meetings whose title, place or departments hold every word typed."""

    def __init__(self, workspace: Workspace, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self._needle = ""
        self._texts: dict[int, str] | None = None  # read when first needed

    def set_needle(self, text: str) -> None:
        from app.services import meeting_search  # loaded after the window is shown

        self.beginFilterChange()
        self._needle = meeting_search.fold(text.strip())
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def forget(self, *_changes: object) -> None:
        """The meetings changed: read their texts again the next time they are needed."""
        self._texts = None
        if self._needle:  # (with no filter typed, an edit costs nothing here)
            self.beginFilterChange()
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int,
                         source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        if not self._needle:
            return True
        from app.services import meeting_search

        if self._texts is None:
            self._texts = meeting_search.searchable_texts(self.workspace)
        row = self.sourceModel().index(source_row, 0, source_parent).data(ROW_ROLE)
        return row is not None and meeting_search.matches(self._texts.get(row.id, ""),
                                                          self._needle)


class MeetingList(QWidget):
    """The meetings of the workspace; the selected one is the window's meeting."""

    #: the meeting the user chose (0 for none)
    meeting_chosen = Signal(int)
    #: the user started a new meeting (the window then shows its title field)
    meeting_created = Signal(int)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("meeting_list")
        self.context = context
        self._known: set[int] | None = None  # the meetings at the last reload
        #: the counts of the meeting last scored alone, by (meeting, day, stale days)
        self._scored: tuple[tuple[int, date, int], Reuse] | None = None
        #: the meeting last announced as chosen
        self._chosen: int | None = None
        self._filtering = False
        #: the meeting still open while the filter hides it
        self._opened: int | None = None
        self.model = meetings_model(self)
        self.proxy = MeetingFilter(context.workspace, self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        context.changed.connect(self.proxy.forget)

        heading = QLabel(_("Meetings"), self)
        self.filter = QLineEdit(self)
        self.filter.setObjectName("meeting_filter")
        self.filter.setPlaceholderText(_("Filter: title, place, department"))
        self.filter.setAccessibleName(_("Filter the meetings"))
        self.filter.setToolTip(_("Shows the meetings whose title, place or departments "
                                 "hold every word typed"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self._filter_changed)
        self.no_match = QLabel(self)
        self.no_match.setObjectName("meeting_filter_empty")
        self.no_match.setWordWrap(True)
        self.no_match.setTextFormat(Qt.TextFormat.PlainText)
        self.no_match.hide()

        self.view = QTableView(self)
        self.view.setObjectName("meeting_table")
        self.view.setAccessibleName(_("Meetings"))
        self.view.setModel(self.proxy)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setShowGrid(False)
        self.view.setWordWrap(False)
        # Tab leaves the list for the next region; the arrow keys move within it
        self.view.setTabKeyNavigation(False)
        self.view.verticalHeader().setVisible(False)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(COL_DATE, Qt.SortOrder.AscendingOrder)
        header = self.view.horizontalHeader()
        # a narrow column of its own: date, title and score need no headings (as in a mail
        # client's list), and without them the title keeps the width
        header.hide()
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header.setHighlightSections(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(COL_TITLE, QHeaderView.ResizeMode.Stretch)
        # the date and the score as wide as their values (the hidden headings take none)
        for signal in (self.proxy.modelReset, self.proxy.rowsInserted, self.proxy.layoutChanged):
            signal.connect(self._fit_columns)
        self.proxy.dataChanged.connect(self._widen_columns)
        self.view.selectionModel().currentRowChanged.connect(self._current_changed)

        self.new_action = self._action("new_meeting", _("&New meeting"), "add",
                                       self.new_meeting, QKeySequence.StandardKey.New)
        self.duplicate_action = self._action("duplicate_meeting", _("D&uplicate meeting"),
                                             "duplicate", self.duplicate)
        self.rename_action = self._action("rename_meeting", _("&Rename meeting…"), "rename",
                                          self.rename)
        self.delete_action = self._action("delete_meeting", _("&Delete meeting…"), "delete",
                                          self.delete)
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        for action in (self.new_action, self.duplicate_action, self.rename_action,
                       self.delete_action):
            button = tool_button(f"{action.objectName()}_button", "add", action.iconText(),
                                 action.toolTip(), self)
            button.setDefaultAction(action)
            buttons.addWidget(button)
        buttons.addStretch(1)

        self.demo_banner = self._demo_banner()
        top = QHBoxLayout()
        top.addWidget(heading)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 0, 6)
        layout.addLayout(top)
        layout.addWidget(self.filter)
        layout.addWidget(self.no_match)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.demo_banner)
        layout.addLayout(buttons)
        self.setTabOrder(self.filter, self.view)

    def _action(self, name: str, text: str, icon_name: str, slot: Any,
                keys: QKeySequence.StandardKey | None = None) -> QAction:
        action = QAction(icon(icon_name), text, self)
        action.setObjectName(name)
        action.setToolTip(plain(text).rstrip("…"))
        if keys is not None:
            action.setShortcut(QKeySequence(keys))
        action.triggered.connect(slot)
        return action

    def _demo_banner(self) -> QFrame:
        banner = QFrame(self)
        banner.setObjectName("demo_banner")
        banner.setFrameShape(QFrame.Shape.StyledPanel)
        text = QLabel(_("No meetings yet. Start a new one, or look around three finished "
                        "examples first."), banner)
        text.setWordWrap(True)
        button = QPushButton(icon("demo"), _("Load the three demo meetings"), banner)
        button.setObjectName("load_demo")
        button.clicked.connect(self.load_demo)
        layout = QVBoxLayout(banner)
        layout.addWidget(text)
        layout.addWidget(button)
        banner.hide()
        return banner

    # -- reading ---------------------------------------------------------------------------
    def reload(self, prefer: int | None = None) -> None:
        """Read the meetings again, each with its readiness counted in SQL (no meeting's
        rows are read). Rows already shown are updated in place.

        The selection stays, moves to a meeting that just appeared (created, or back by
        undo), else to ``prefer``, else to the first: never none while there are some.
        """
        keep = self.current_id() if prefer is None else prefer
        stale_days = settings.stale_days()
        with self.context.reader.snapshot() as db:
            rows = meeting_items(db, date.today(), stale_days=stale_days)
        self.view.selectionModel().blockSignals(True)
        try:
            self.model.stale_days = stale_days
            self.model.set_rows(rows)
        finally:
            self.view.selectionModel().blockSignals(False)
        self.demo_banner.setVisible(not rows and demo_available()
                                    and not self.context.workspace.read_only)
        ids = [row.id for row in rows]
        appeared = [i for i in ids if i not in self._known] if self._known is not None else []
        self._known = set(ids)
        if appeared:
            keep = appeared[0]
        elif keep not in ids:  # deleted (or its creation undone)
            keep = ids[0] if ids else None
        self.select(keep)
        self._update_actions()

    def apply(self, changes: Changes) -> None:
        """Show what an action changed: a meeting that came or went, or one meeting's
        title, date or readiness (that row alone, in place)."""
        meetings_moved = any(table == "meeting" for table, _id in
                             changes.inserted | changes.removed)
        if meetings_moved or changes.meeting_id is None:
            self._scored = None  # (any meeting's counts may have changed)
            self.reload()
        else:
            self.rescore(changes.meeting_id, changes.tables)

    def rescore(self, meeting_id: int, changed: frozenset[str] | None = None) -> None:
        """Read one meeting's row again (its title, date and readiness); given the tables
        an action ``changed``, only the counts that read them are read again."""
        from app.views.readiness import Reuse  # loaded with the first scored list

        today, stale_days = date.today(), settings.stale_days()
        key = (meeting_id, today, stale_days)
        if changed is None or self._scored is None or self._scored[0] != key:
            self._scored = (key, Reuse())
        reuse = self._scored[1]
        reuse.changed = changed or frozenset()
        with self.context.reader.snapshot() as db:
            rows = meeting_items(db, today, meeting_id=meeting_id, stale_days=stale_days,
                                 reuse=reuse)
        if rows:
            self.model.update_rows(rows)
        else:
            self.reload()

    def item(self, meeting_id: int) -> MeetingItem | None:
        """The meeting's row as the list shows it."""
        position = self.model.row_of(lambda r: r.id == meeting_id)
        return None if position < 0 else self.model.rows()[position]

    def current_id(self) -> int | None:
        index = self.view.selectionModel().currentIndex()
        row = self.proxy.data(index, ROW_ROLE) if index.isValid() else None
        return None if row is None else row.id

    def current_title(self) -> str:
        index = self.view.selectionModel().currentIndex()
        row = self.proxy.data(index, ROW_ROLE) if index.isValid() else None
        return "" if row is None else row.title

    def ids(self) -> list[int]:
        return [row.id for row in self.model.rows()]

    def select(self, meeting_id: int | None) -> bool:
        """Make ``meeting_id`` the selected meeting; tells the window only if it changed."""
        position = -1 if meeting_id is None else self.model.row_of(lambda r: r.id == meeting_id)
        if position < 0:
            self.view.selectionModel().clearCurrentIndex()
            self.view.selectionModel().clearSelection()
            self._chosen = None
            self.meeting_chosen.emit(0)
            return False
        index = self.proxy.mapFromSource(self.model.index(position, 0))
        self.view.selectionModel().setCurrentIndex(
            index, self.view.selectionModel().SelectionFlag.ClearAndSelect
            | self.view.selectionModel().SelectionFlag.Rows)
        if self._chosen != meeting_id:
            # a row removed in place moves Qt's current row to its neighbour silently
            self._current_changed()
        self.view.scrollTo(index)
        return True

    def _current_changed(self, *_args: Any) -> None:
        self._update_actions()
        if self._filtering:
            return  # rows hidden or shown move the current row: that chooses nothing
        self._chosen = self.current_id()
        self.meeting_chosen.emit(self._chosen or 0)

    def _fit_columns(self, *_args: Any) -> None:
        for column in (COL_DATE, COL_READINESS):
            self.view.setColumnWidth(column, self.view.sizeHintForColumn(column))

    def _widen_columns(self, top_left: QModelIndex, bottom_right: QModelIndex,
                       *_roles: Any) -> None:
        # an edit redraws its meeting's row: measuring the rows that changed is enough (the
        # whole column took 40 ms of every edit on 200 meetings); a column never narrows here
        grid = int(self.view.showGrid())
        for column in (COL_DATE, COL_READINESS):
            widest = max((self.view.sizeHintForIndex(self.proxy.index(row, column)).width()
                          for row in range(top_left.row(), bottom_right.row() + 1)), default=0)
            if widest + grid > self.view.columnWidth(column):
                self.view.setColumnWidth(column, widest + grid)

    def _filter_changed(self, text: str) -> None:
        # the open meeting stays open while the filter hides it, and is selected again
        # when it shows; only the user's own choice opens another
        opened = self.current_id() if self._opened is None else self._opened
        self._filtering = True
        try:
            self.proxy.set_needle(text)
            position = -1 if opened is None else self.model.row_of(lambda r: r.id == opened)
            index = self.proxy.mapFromSource(self.model.index(position, 0))
            selection = self.view.selectionModel()
            if index.isValid():
                selection.setCurrentIndex(index, selection.SelectionFlag.ClearAndSelect
                                          | selection.SelectionFlag.Rows)
            else:
                selection.clearCurrentIndex()
                selection.clearSelection()
        finally:
            self._filtering = False
        self._opened = None if index.isValid() else opened
        empty = bool(text.strip()) and self.proxy.rowCount() == 0
        self.no_match.setText(_("No meeting matches “{text}”.").format(text=text.strip())
                              if empty else "")
        self.no_match.setVisible(empty)

    def _update_actions(self) -> None:
        # a read-only workspace (another window writes it) offers no change at all
        writable = not self.context.workspace.read_only
        chosen = self.current_id() is not None
        self.new_action.setEnabled(writable)
        for action in (self.duplicate_action, self.rename_action, self.delete_action):
            action.setEnabled(writable and chosen)

    # -- user actions ----------------------------------------------------------------------
    def _before_change(self) -> None:
        window = self.window()
        flush = getattr(window, "flush_edits", None)
        if callable(flush):
            flush()

    def new_meeting(self) -> None:
        self._before_change()
        from app.services import meetings  # the services load after the window is shown

        ws = self.context.workspace
        command = AddCommand(_("New meeting"), ws,
                             # an hour: the usual length, and a time box the agenda can fill
                             lambda: meetings.create(ws, title=_("New meeting"),
                                                     duration_minutes=60),
                             meetings.delete)
        if self.context.run(command, self):
            self.filter.clear()
            self.select(command.row_id)
            self.meeting_created.emit(command.row_id or 0)

    def duplicate(self) -> None:
        meeting_id = self.current_id()
        if meeting_id is None:
            return
        self._before_change()
        from app.services import meetings  # the services load after the window is shown

        ws = self.context.workspace
        command = AddCommand(_("Duplicate meeting"), ws,
                             lambda: meetings.duplicate(ws, meeting_id), meetings.delete)
        if self.context.run(command, self):
            self.select(command.row_id)

    def rename(self) -> None:
        meeting_id = self.current_id()
        if meeting_id is None:
            return
        self._before_change()
        from app.services import meetings  # the services load after the window is shown

        old = self.current_title()
        title, accepted = QInputDialog.getText(self, _("Rename meeting"), _("Title:"),
                                               QLineEdit.EchoMode.Normal, old)
        if not accepted or title == old:
            return
        self.context.run(EditCommand(_("Rename meeting"), self.context.workspace,
                                     meetings.update, meeting_id, {"title": old},
                                     {"title": title}), self)

    def delete(self) -> None:
        meeting_id = self.current_id()
        if meeting_id is None:
            return
        self._before_change()
        from app.services import meetings  # the services load after the window is shown

        title = self.current_title()
        if not dialogs.question(self, _("Delete the meeting?"), _(
                "Delete “{title}” with its goals, touchpoints, demands, suggestions and "
                "follow-up? Department profiles and their people stay. You can undo this "
                "with Edit ▸ Undo.").format(title=title)):
            return
        ids = self.ids()
        position = ids.index(meeting_id)
        command = DeleteCommand(_("Delete meeting “{title}”").format(title=title),
                                self.context.workspace, meetings.delete, meeting_id)
        if self.context.run(command, self):
            remaining = self.ids()
            self.select(remaining[min(position, len(remaining) - 1)] if remaining else None)

    def load_demo(self) -> None:
        command = DemoCommand(self.context.workspace)
        if self.context.run(command, self) and command.meeting_ids:
            self.select(command.meeting_ids[0])
