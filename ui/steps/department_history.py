"""The History tab of a department: every meeting it took part in, newest first, with its
engagement then and now and every move between, its demands and how they ended, its
suggestions, and our touchpoints."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.enums import label
from app.formatting import day, one_line
from app.i18n import _
from app.services import department_history
from app.services.department_history import DepartmentHistory
from app.views.changes import Changes
from app.views.engagement_window import ChangeItem, engagement_history
from ui.context import AppContext

#: the whole text of an item, shown below the tree when it is selected
FULL_TEXT_ROLE = Qt.ItemDataRole.UserRole + 1


class HistoryPanel(QWidget):
    """Read-only: what the workspace remembers of the selected department."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("department_history")
        self.context = context
        self.department_id: int | None = None
        self._shown: int | None = None
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("history_tree")
        self.tree.setAccessibleName(_("History"))
        self.tree.setHeaderLabels([_("What"), _("Outcome"), _("Detail")])
        self.tree.setUniformRowHeights(True)
        header = self.tree.header()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(0, 360)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.full_text = QPlainTextEdit(self)
        self.full_text.setObjectName("history_full_text")
        self.full_text.setAccessibleName(_("Detail"))
        self.full_text.setReadOnly(True)
        self.empty = QLabel(_("This department has taken part in no meeting yet."), self)
        self.empty.setTextFormat(Qt.TextFormat.PlainText)
        self.empty.hide()
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.setChildrenCollapsible(False)
        split.addWidget(self.tree)
        split.addWidget(self.full_text)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        layout.addWidget(split, 1)
        self.tree.currentItemChanged.connect(self._show_full_text)
        context.changed.connect(self._follow)

    def _follow(self, changes: Changes) -> None:
        if self.isVisible() and changes.tables & {
                "meeting", "participation", "demand", "suggestion", "touchpoint", "person",
                "stakeholder", "engagement_change"}:
            self.refresh()

    def show_department(self, department_id: int | None) -> None:
        """Follow the selected department; read only while the tab is on screen."""
        self.department_id = department_id
        if self.isVisible():
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._shown != self.department_id:
            self.refresh()

    def refresh(self) -> None:
        """Read the department's history again and show it."""
        self._shown = self.department_id
        self.tree.clear()
        self.full_text.clear()
        if self.department_id is None:
            self.empty.hide()
            return
        found = department_history.history(self.context.workspace, self.department_id)
        with self.context.reader.snapshot() as db:
            moves = engagement_history(db, self.department_id)
        self.empty.setVisible(not found.meetings)
        self._fill(found, moves)
        self.tree.expandAll()

    def _fill(self, found: DepartmentHistory, moves: dict[int, list[ChangeItem]]) -> None:
        for part in found.meetings:
            when = day(part.scheduled_at.date()) if part.scheduled_at else _("No date yet")
            levels = _("{start} → {now}").format(start=label(part.engagement_at_start),
                                                 now=label(part.engagement))
            meeting = self._item(None, [f"{one_line(part.title)} · {when}", levels,
                                        label(part.readiness)], part.title)
            if moves.get(part.meeting_id):
                group = self._item(meeting, [_("Engagement"), "", ""], "")
                for move in moves[part.meeting_id]:
                    whose = move.person or _("The department")
                    outcome = label(move.to_level) if move.from_level is None else _(
                        "{start} → {now}").format(start=label(move.from_level),
                                                  now=label(move.to_level))
                    detail = one_line(move.touchpoint or move.note)
                    self._item(group, [f"{day(move.date)} · {one_line(whose)}", outcome,
                                       detail], "\n\n".join(
                                           t for t in (move.touchpoint, move.note) if t))
            demands, suggestions, touchpoints = found.of(part.meeting_id)
            if demands:
                group = self._item(meeting, [_("Demands"), "", ""], "")
                for demand in demands:
                    self._item(group, [
                        f"{label(demand.kind)}: {one_line(demand.text)}", label(demand.status),
                        one_line(demand.response)],
                        demand.text + ("\n\n" + demand.response if demand.response else ""))
            if suggestions:
                group = self._item(meeting, [_("Suggestions"), "", ""], "")
                for suggestion in suggestions:
                    outcome = label(suggestion.decision)
                    if suggestion.credit:
                        outcome = _("{decision}, credited").format(decision=outcome)
                    self._item(group, [one_line(suggestion.text), outcome, suggestion.person],
                               suggestion.text)
            if touchpoints:
                group = self._item(meeting, [_("Touchpoints"), "", ""], "")
                for touch in touchpoints:
                    self._item(group, [f"{day(touch.date)} · {label(touch.channel)}",
                                       touch.person, one_line(touch.summary)], touch.summary)

    def _item(self, parent: QTreeWidgetItem | None, columns: list[str],
              full: str) -> QTreeWidgetItem:
        item = QTreeWidgetItem(columns)
        item.setData(0, FULL_TEXT_ROLE, full)
        if parent is None:
            self.tree.addTopLevelItem(item)
            font = item.font(0)
            font.setBold(True)
            item.setFont(0, font)
        else:
            parent.addChild(item)
        return item

    def _show_full_text(self, item: QTreeWidgetItem | None) -> None:
        self.full_text.setPlainText("" if item is None else item.data(0, FULL_TEXT_ROLE) or "")
