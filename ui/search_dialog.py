"""Search everything (Ctrl+F / Ctrl+K): results grouped by kind, Enter opens the row on its step."""

from __future__ import annotations

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPointF,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QFont,
    QKeyEvent,
    QPainter,
    QStandardItem,
    QStandardItemModel,
    QTextCharFormat,
    QTextLayout,
)
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QLabel,
    QLineEdit,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from app.i18n import _
from app.services import search
from app.storage import Workspace

#: where each kind of hit opens: (step, table the step selects by); a colleague of our team
#: opens in Edit ▸ Our team…
TARGETS: dict[str, tuple[str, str]] = {
    "meeting": ("goals", "meeting"),
    "goal": ("goals", "goal"),
    "department": ("departments", "department"),
    "participation": ("departments", "participation"),
    "person": ("departments", "person"),
    "touchpoint": ("departments", "touchpoint"),
    "demand": ("demands", "demand"),
    "suggestion": ("suggestions", "suggestion"),
    "agenda_item": ("meeting", "agenda_item"),
    "decision": ("follow_up", "decision"),
    "action": ("follow_up", "action_item"),
    "open_issue": ("follow_up", "open_issue"),
    "review": ("follow_up", "review"),
}

#: the hit on a result row: (kind, meeting id or 0, row id)
HIT_ROLE = Qt.ItemDataRole.UserRole + 1
#: where the match stands in the row's text: (start, length)
MATCH_ROLE = Qt.ItemDataRole.UserRole + 2
#: how many hits one search shows at most
LIMIT = 200


def group_titles() -> dict[str, str]:
    """The heading of each kind's group, in the interface language."""
    return {
        "meeting": _("Meetings"), "goal": _("Goals"), "department": _("Departments"),
        "participation": _("Departments"), "person": _("People"),
        "touchpoint": _("Touchpoints"), "demand": _("Demands"),
        "suggestion": _("Suggestions"), "agenda_item": _("Agenda"),
        "decision": _("Decisions"), "action": _("Actions"),
        "open_issue": _("Unresolved issues"), "review": _("Review"),
        "team_member": _("Our team"),
    }


class SnippetDelegate(QStyledItemDelegate):
    """Paints a result's text as plain text with the matching part in bold (never markup)."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        match = index.data(MATCH_ROLE)
        if not match or not match[1]:
            super().paint(painter, option, index)
            return
        self.initStyleOption(option, index)
        text = option.text
        option.text = ""
        widget = option.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, widget)
        rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, option, widget)
        layout = QTextLayout(text, option.font)
        bold = QTextCharFormat()
        bold.setFontWeight(QFont.Weight.Bold)
        span = QTextLayout.FormatRange()
        span.start, span.length, span.format = match[0], match[1], bold
        layout.setFormats([span])
        layout.beginLayout()
        line = layout.createLine()
        line.setLineWidth(1_000_000)  # one line; the view clips it
        layout.endLayout()
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        role = option.palette.ColorRole.HighlightedText if selected else \
            option.palette.ColorRole.Text
        painter.save()
        painter.setClipRect(rect)
        painter.setPen(option.palette.color(role))
        top = rect.top() + (rect.height() - line.height()) / 2
        layout.draw(painter, QPointF(rect.left() + 2, top))
        painter.restore()


class SearchDialog(QDialog):
    """Type to search the whole workspace; Enter or a double click opens the hit."""

    #: the user chose a hit: (kind, meeting id or 0, row id)
    opened = Signal(str, int, int)

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("search_dialog")
        self.setWindowTitle(_("Search"))
        self.workspace = workspace
        self.field = QLineEdit(self)
        self.field.setObjectName("search_field")
        self.field.setAccessibleName(_("Search"))
        self.field.setPlaceholderText(_("Words to find in every meeting"))
        self.field.setClearButtonEnabled(True)
        self.model = QStandardItemModel(self)
        self.results = QTreeView(self)
        self.results.setObjectName("search_results")
        self.results.setAccessibleName(_("Results"))
        self.results.setHeaderHidden(True)
        self.results.setModel(self.model)
        self.results.setItemDelegate(SnippetDelegate(self.results))
        self.results.setUniformRowHeights(True)
        self.results.activated.connect(self._open_index)
        self.status = QLabel(self)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        layout = QVBoxLayout(self)
        layout.addWidget(self.field)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.status)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(150)  # one search when the user pauses, not one per key
        self._timer.timeout.connect(self.run_search)
        self.field.textChanged.connect(self._timer.start)
        self.field.returnPressed.connect(self._open_first)
        self.field.installEventFilter(self)
        self.resize(640, 480)

    def run_search(self) -> None:
        """Search for what the field holds now and show the hits grouped by kind."""
        self._timer.stop()
        query = self.field.text().strip()
        self.model.clear()
        if not query:
            self.status.clear()
            return
        hits = search.search(self.workspace, query, limit=LIMIT)
        titles = group_titles()
        groups: dict[str, QStandardItem] = {}
        for hit in hits:
            title = titles.get(hit.kind, hit.kind)
            group = groups.get(title)
            if group is None:
                group = groups[title] = QStandardItem(title)
                group.setEditable(False)
                group.setSelectable(False)
                font = group.font()
                font.setBold(True)
                group.setFont(font)
                self.model.appendRow(group)
            item = QStandardItem(hit.snippet)
            item.setEditable(False)
            item.setData((hit.kind, hit.meeting_id or 0, hit.row_id), HIT_ROLE)
            item.setData(hit.match, MATCH_ROLE)
            group.appendRow(item)
        for title, group in groups.items():
            group.setText(f"{title} ({group.rowCount()})")
        self.results.expandAll()
        if hits:
            self.status.setText(_("{count} found").format(count=len(hits)))
        else:
            self.status.setText(_("Nothing matches {query}.").format(query=query))

    def _first_hit(self) -> QModelIndex | None:
        group = self.model.index(0, 0)
        return self.model.index(0, 0, group) if group.isValid() else None

    def _open_first(self) -> None:
        if self._timer.isActive():
            self.run_search()
        first = self._first_hit()
        if first is not None and first.isValid():
            self._open_index(first)

    def _open_index(self, index: QModelIndex) -> None:
        hit = index.data(HIT_ROLE)
        if hit is None:
            return
        self.opened.emit(*hit)
        self.accept()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Down from the field goes to the first hit, as in any search box
        if (watched is self.field and event.type() == QEvent.Type.KeyPress
                and isinstance(event, QKeyEvent)
                and event.key() == Qt.Key.Key_Down):
            first = self._first_hit()
            if first is not None and first.isValid():
                self.results.setFocus()
                self.results.setCurrentIndex(first)
                return True
        return super().eventFilter(watched, event)
