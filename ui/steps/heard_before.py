"""Beside the selected demand: the similar ones heard in other meetings, with the answer
given and how it ended; one answer can be taken as the starting point of ours."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.enums import label
from app.formatting import one_line
from app.i18n import _
from app.services import answers_memory, demands
from app.services.answers_memory import HeardBefore
from app.services.errors import NotFound
from app.views.changes import Changes
from ui import dialogs
from ui.context import AppContext
from ui.undo import CallCommand

#: the HeardBefore shown on a row
HEARD_ROLE = Qt.ItemDataRole.UserRole + 1


class HeardBeforePanel(QWidget):
    """Similar demands of other meetings, the same department's first."""

    #: how many were found for the demand shown
    counted = Signal(int)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("heard_before")
        self.context = context
        self.demand_id: int | None = None
        self.meeting_id: int | None = None
        #: the demand and words the index was last asked about, and what it found
        self._searched: tuple[int, str] | None = None
        self._found: list[HeardBefore] = []
        self._soon = QTimer(self)
        self._soon.setSingleShot(True)
        self._soon.setInterval(120)
        self._soon.timeout.connect(self.refresh)
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("heard_before_list")
        self.tree.setAccessibleName(_("Heard before in other meetings"))
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setHeaderLabels([_("Meeting"), _("What was said"), _("Our response"),
                                   _("Status")])
        header = self.tree.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.resizeSection(0, 150)
        header.resizeSection(1, 220)
        header.resizeSection(2, 220)
        self.empty = QLabel(_("Nothing like it was heard in another meeting."), self)
        self.empty.setTextFormat(Qt.TextFormat.PlainText)
        self.empty.setWordWrap(True)
        self.reuse_button = QPushButton(_("&Use this response"), self)
        self.reuse_button.setObjectName("reuse_response")
        self.reuse_button.setToolTip(_("Start our response from the one given then; "
                                       "you can change it afterwards"))
        self.reuse_button.clicked.connect(self.reuse_selected)
        self.tree.currentItemChanged.connect(lambda *_a: self._update_button())
        self.tree.itemActivated.connect(lambda *_a: self.reuse_selected())
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.reuse_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.empty)
        layout.addWidget(self.tree, 1)
        layout.addLayout(buttons)
        self._update_button()
        context.changed.connect(self._follow)

    def show_for(self, demand_id: int | None, meeting_id: int | None = None) -> None:
        """Follow the selected demand: searched once the selection rests (its count then
        shows on the tab), so that stepping through the list or switching never waits."""
        self.demand_id, self.meeting_id = demand_id, meeting_id
        self._soon.start()

    def _follow(self, changes: Changes) -> None:
        # the demand shown changed (its words, its response) or is gone (its page then
        # shows another); other demands' edits wait for the next selection
        if self.demand_id is None:
            return
        if ("demand", self.demand_id) in changes.removed:
            self.demand_id = None
            self.refresh()
        elif ("demand", self.demand_id) in changes.updated:
            self._soon.start()

    def refresh(self) -> None:
        """Show the similar demands; the index is asked again only when the words changed."""
        self.tree.clear()
        found: list[HeardBefore] = []
        source: int | None = None
        if self.demand_id is not None:
            workspace = self.context.workspace
            try:
                shown = demands.get(workspace, self.demand_id)
                if self._searched != (self.demand_id, shown.text):
                    self._found = answers_memory.heard_before(workspace, self.demand_id)
                    self._searched = (self.demand_id, shown.text)
                found, source = self._found, shown.response_from_id
            except NotFound:  # gone with its meeting or department: nothing to show
                self.demand_id = None
        for heard in found:
            where = f"{one_line(heard.meeting_title)} · {heard.department}"
            outcome = label(heard.status)
            if heard.demand_id == source:
                outcome = _("{status} · our response started here").format(status=outcome)
            item = QTreeWidgetItem([where, one_line(heard.text), one_line(heard.response), outcome])
            item.setData(0, HEARD_ROLE, heard)
            self.tree.addTopLevelItem(item)
        self.empty.setVisible(self.demand_id is not None and not found)
        self.tree.setVisible(bool(found))
        self._update_button()
        self.counted.emit(len(found))

    def _selected(self) -> HeardBefore | None:
        item = self.tree.currentItem()
        heard: HeardBefore | None = None if item is None else item.data(0, HEARD_ROLE)
        return heard

    def _update_button(self) -> None:
        heard = self._selected()
        self.reuse_button.setEnabled(
            heard is not None and bool(heard.response.strip())
            and self.demand_id is not None and not self.context.workspace.read_only)

    def reuse_selected(self) -> None:
        """Take the selected past response as ours, undoably, after asking before replacing."""
        heard = self._selected()
        demand_id = self.demand_id
        if heard is None or demand_id is None or not heard.response.strip():
            return
        workspace = self.context.workspace
        current = demands.get(workspace, demand_id)
        if current.response.strip() and not dialogs.question(
                self, _("Replace our response?"),
                _("This demand already has a response. Replace it with the one given in "
                  "{meeting}?").format(meeting=heard.meeting_title)):
            return
        before = (current.response, current.response_from_id)
        self.context.run(CallCommand(
            _("Use a past response"),
            lambda: answers_memory.reuse_answer(workspace, demand_id, heard.demand_id,
                                                heard.response),
            lambda: answers_memory.reuse_answer(workspace, demand_id, before[1], before[0]),
            changes=Changes.of(self.meeting_id, updated=[("demand", demand_id)])), self)
