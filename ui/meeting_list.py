"""The workspace's meetings, soonest first: filter, new, duplicate, rename, delete, demo."""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QSortFilterProxyModel, Qt, Signal
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
from app.services import demo, departments, meetings, readiness, trash
from app.services.trash import Snapshot
from app.storage import Workspace
from ui import dialogs
from ui.context import AppContext
from ui.icons import icon
from ui.mnemonics import plain
from ui.models.meetings_model import (
    COL_DATE,
    COL_READINESS,
    COL_TITLE,
    MeetingRow,
    meetings_model,
)
from ui.models.table_model import ROW_ROLE, SORT_ROLE
from ui.steps.step_parts import tool_button
from ui.undo import AddCommand, DeleteCommand, EditCommand, UndoableCommand

logger = logging.getLogger(__name__)


def readiness_of(workspace: Workspace, meeting_id: int) -> readiness.Assessment:
    """The meeting's readiness (score and summary) for its row in the list."""
    assessment, _document = readiness.assess_meeting(workspace, meeting_id)
    return assessment


class DemoCommand(UndoableCommand):
    """Load the demo meetings; undo takes back the meetings and the profiles they brought."""

    def __init__(self, workspace: Workspace) -> None:
        super().__init__(_("Load the demo meetings"))
        self.workspace = workspace
        self.meeting_ids: list[int] = []
        self._profile_ids: list[int] = []
        self._snapshots: list[Snapshot] | None = None

    def do(self) -> None:
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
        # meetings first: a profile still used by one of them could not be deleted
        snapshots = [meetings.delete(self.workspace, m) for m in self.meeting_ids]
        snapshots += [departments.delete(self.workspace, d) for d in self._profile_ids]
        self._snapshots = snapshots


def demo_available() -> bool:
    return bool(demo.demo_files())


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
        self._assessments: dict[int, readiness.Assessment] = {}
        self._known: set[int] | None = None  # the meetings at the last reload
        self.model = meetings_model(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setFilterKeyColumn(COL_TITLE)

        heading = QLabel(_("Meetings"), self)
        self.filter = QLineEdit(self)
        self.filter.setObjectName("meeting_filter")
        self.filter.setPlaceholderText(_("Filter"))
        self.filter.setAccessibleName(_("Filter the meetings"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self.proxy.setFilterFixedString)

        self.view = QTableView(self)
        self.view.setObjectName("meeting_table")
        self.view.setAccessibleName(_("Meetings"))
        self.view.setModel(self.proxy)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setShowGrid(False)
        self.view.setWordWrap(False)
        self.view.verticalHeader().setVisible(False)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(COL_DATE, Qt.SortOrder.AscendingOrder)
        header = self.view.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionResizeMode(COL_DATE, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_TITLE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COL_READINESS, QHeaderView.ResizeMode.ResizeToContents)
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
    def reload(self, rescore: int | None = None, prefer: int | None = None) -> None:
        """Read the meetings again; ``rescore`` names a meeting whose readiness changed.

        The selection stays, moves to a meeting that just appeared (created, or back by
        undo), else to ``prefer``, else to the first: never none while there are some.
        """
        keep = self.current_id() if prefer is None else prefer
        summaries = meetings.list_summaries(self.context.workspace)
        for summary in summaries:
            if summary.id not in self._assessments or summary.id == rescore:
                self._assessments[summary.id] = readiness_of(self.context.workspace,
                                                             summary.id)
        rows = [MeetingRow(s, self._assessments[s.id].score if s.id in self._assessments else None)
                for s in summaries]
        self.view.selectionModel().blockSignals(True)
        try:
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

    def assessment(self, meeting_id: int) -> readiness.Assessment | None:
        """The meeting's latest readiness assessment."""
        return self._assessments.get(meeting_id)

    def current_id(self) -> int | None:
        index = self.view.selectionModel().currentIndex()
        row = self.proxy.data(index, ROW_ROLE) if index.isValid() else None
        return None if row is None else row.id

    def current_title(self) -> str:
        index = self.view.selectionModel().currentIndex()
        row = self.proxy.data(index, ROW_ROLE) if index.isValid() else None
        return "" if row is None else row.summary.title

    def ids(self) -> list[int]:
        return [row.id for row in self.model.rows()]

    def select(self, meeting_id: int | None) -> bool:
        """Make ``meeting_id`` the selected meeting; tells the window only if it changed."""
        position = -1 if meeting_id is None else self.model.row_of(lambda r: r.id == meeting_id)
        if position < 0:
            self.view.selectionModel().clearCurrentIndex()
            self.view.selectionModel().clearSelection()
            self.meeting_chosen.emit(0)
            return False
        index = self.proxy.mapFromSource(self.model.index(position, 0))
        self.view.selectionModel().setCurrentIndex(
            index, self.view.selectionModel().SelectionFlag.ClearAndSelect
            | self.view.selectionModel().SelectionFlag.Rows)
        self.view.scrollTo(index)
        return True

    def _current_changed(self, *_args: Any) -> None:
        self._update_actions()
        self.meeting_chosen.emit(self.current_id() or 0)

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
