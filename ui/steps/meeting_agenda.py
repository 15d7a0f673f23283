"""The agenda, its time boxes, and whether they fit the meeting's time."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QFont, QIcon
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QStyle,
    QTableView,
    QWidget,
)

from app import formatting
from app.i18n import _, ngettext
from app.services import agenda, meetings
from app.views.meeting import AgendaRow, MeetingView
from ui.context import AppContext
from ui.forms import ItemChoice, OptionalNumber, TextBox, TextLine
from ui.models.agenda_model import (
    COL_GOAL,
    COL_MINUTES,
    COL_PRESENTER,
    COL_SECTION,
    COL_START,
    COL_TITLE,
    AgendaModel,
)
from ui.models.table_model import ROW_ROLE
from ui.plain import plain_label
from ui.steps.row_actions import RowService
from ui.steps.rows_panel import RowsPanel, Words
from ui.undo import EditCommand

Index = QModelIndex | QPersistentModelIndex


def warning_icon() -> QIcon:
    """The style's warning sign: a warning looks like one, in any theme."""
    return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)


def crossing_item(rows: list[AgendaRow], duration: int | None) -> int | None:
    """The id of the item during which the meeting's time runs out (None: it all fits)."""
    if duration is None:
        return None
    elapsed = 0
    for row in rows:
        elapsed += row.minutes or 0
        if elapsed > duration:
            return row.id
    return None


class OvertimeProxy(QSortFilterProxyModel):
    """Marks the agenda item during which the meeting's time runs out: a warning icon
    and a tooltip on its title, which a screen reader reads too."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.crossing_id: int | None = None

    def set_crossing(self, row_id: int | None) -> None:
        if row_id != self.crossing_id:
            self.crossing_id = row_id
            last = self.index(self.rowCount() - 1, COL_TITLE)
            self.dataChanged.emit(self.index(0, COL_TITLE), last)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (index.column() == COL_TITLE and self.crossing_id is not None
                and role in (Qt.ItemDataRole.DecorationRole, Qt.ItemDataRole.ToolTipRole,
                             Qt.ItemDataRole.AccessibleDescriptionRole)):
            row = super().data(index, ROW_ROLE)
            if row is not None and row.id == self.crossing_id:
                if role == Qt.ItemDataRole.DecorationRole:
                    return warning_icon()
                return _("The meeting's time runs out during this item")
        return super().data(index, role)


#: the presenter choice's key for "the coordinator presents it" (the others are person ids)
COORDINATOR = "coordinator"


class ShownAgendaItem:
    """An agenda item as its form shows it: the presenter as one choice's key."""

    def __init__(self, row: AgendaRow) -> None:
        self._row = row
        self.presenter_id = COORDINATOR if row.presenter_is_coordinator else row.presenter_id

    def __getattr__(self, name: str) -> Any:
        return getattr(self._row, name)


def presenter_fields(key: Any) -> dict[str, Any]:
    """The stored fields for a presenter choice: the coordinator, a person, or nobody."""
    if key == COORDINATOR:
        return {"presenter_id": None, "presenter_is_coordinator": True}
    return {"presenter_id": key, "presenter_is_coordinator": False}


def presenter_changes(row: Any, name: str, value: Any) -> tuple[dict[str, Any], dict[str, Any]]:
    """One edit of the form: a presenter choice sets both presenter fields."""
    if name != "presenter_id":
        return {name: getattr(row, name)}, {name: value}
    # after an edit the row shows the stored fields, before one the choice's key
    before = (presenter_fields(COORDINATOR) if row.presenter_is_coordinator
              else presenter_fields(row.presenter_id))
    return before, presenter_fields(value)


def time_text(total: int, duration: int | None) -> tuple[str, bool]:
    """What the time boxes add up to against the meeting's length, and whether it runs over."""
    if duration is None:
        return ngettext("{total} minute in all; set the meeting's length to check that it fits",
                        "{total} minutes in all; set the meeting's length to check that they fit",
                        total).format(total=total), False
    if total > duration:
        return ngettext("{total} of {duration} minute — {over} over",
                        "{total} of {duration} minutes — {over} over",
                        duration).format(total=total, duration=duration,
                                         over=total - duration), True
    return ngettext("{total} of {duration} minute — {left} to spare",
                    "{total} of {duration} minutes — {left} to spare",
                    duration).format(total=total, duration=duration, left=duration - total), False


class AgendaPanel(RowsPanel):
    """The agenda: sections, presenters and time boxes, in an order set by drag or keys."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        words = Words(_("agenda item"), _("Agenda"), _("Add agenda item"),
                      _("Delete agenda item"), _("Move agenda item"),
                      new_label=_("New agenda item"), details=_("Selected item"))
        model = AgendaModel()
        overtime = OvertimeProxy()
        super().__init__(context, "agenda", model, RowService.of(agenda), words,
                         first_field="title", stretch=(COL_TITLE, COL_GOAL),
                         widths={COL_START: 7, COL_SECTION: 12, COL_PRESENTER: 16,
                                 COL_MINUTES: 8},
                         movable=True, columns=2, proxy=overtime, form_row=ShownAgendaItem,
                         changes=presenter_changes, parent=parent)
        overtime.setParent(self)
        self.overtime = overtime
        self.agenda_model = model
        self.view: MeetingView | None = None
        view: QTableView = self.table.view
        if not context.workspace.read_only:
            view.setDragEnabled(True)
            view.setAcceptDrops(True)
            view.setDropIndicatorShown(True)
            view.setDragDropMode(QTableView.DragDropMode.InternalMove)
            view.setDefaultDropAction(Qt.DropAction.MoveAction)
            view.setDragDropOverwriteMode(False)
        # after the drop has finished: the move reloads the model the view is dropping into
        model.move_requested.connect(
            lambda row_id, index: self.row_actions.move_to(row_id, index, words.moved),
            Qt.ConnectionType.QueuedConnection)

        self.form.add("section", _("Section"), TextLine())
        self.form.add("title", _("Item"), TextLine())
        self.presenter = self.form.add("presenter_id", _("Presenter"), ItemChoice())
        minutes = OptionalNumber(0, 24 * 60)
        minutes.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.form.add("minutes", _("Minutes"), minutes)
        self.goal = self.form.add("goal_id", _("Goal it serves"), ItemChoice())
        self.form.add("notes", _("Notes"), TextBox(lines=4), column=1)
        self._build_time_bar()

    def _build_time_bar(self) -> None:
        bar = QHBoxLayout()
        length_label = QLabel(_("Meeting length (minutes)"), self)
        self.duration = OptionalNumber(0, 24 * 60, self)
        self.duration.setObjectName("meeting_duration")
        self.duration.setAccessibleName(_("Meeting length (minutes)"))
        self.duration.committed.connect(self._set_duration)
        length_label.setBuddy(self.duration)
        self.start_label = plain_label(parent=self)
        self.start_label.setObjectName("agenda_start")
        self.warning_icon = QLabel(self)
        self.warning_icon.setObjectName("agenda_time_icon")
        self.warning_icon.setAccessibleName(_("Warning"))
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
        self.warning_icon.setPixmap(warning_icon().pixmap(QSize(size, size),
                                                          self.devicePixelRatioF()))
        self.time_label = plain_label(parent=self)
        self.time_label.setObjectName("agenda_time")
        self.time_label.setWordWrap(True)
        self.time_label.setTextFormat(Qt.TextFormat.PlainText)  # it names an item
        self.time_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        bar.addWidget(length_label)
        bar.addWidget(self.duration)
        bar.addSpacing(12)
        bar.addWidget(self.start_label)
        bar.addStretch(1)
        bar.addWidget(self.warning_icon)
        bar.addWidget(self.time_label, 2)
        self.top.addLayout(bar)

    def show_view(self, view: MeetingView | None) -> None:
        if view is not None:
            self.presenter.set_items([(_("Me (coordinator)"), COORDINATOR)]
                                     + [(p.label, p.id) for p in view.people])
            self.goal.set_items([(g.statement, g.id) for g in view.goals])
        self.view = view
        self.show_rows(None if view is None else view.id, [] if view is None else view.agenda)
        self.table.view.setColumnHidden(COL_START, view is None or view.scheduled_at is None)
        self.duration.set_value(None if view is None else view.duration_minutes)
        self.duration.setEnabled(view is not None and not self.context.workspace.read_only)
        self._show_time(view)

    def _show_time(self, view: MeetingView | None) -> None:
        rows: list[AgendaRow] = [] if view is None else view.agenda
        total = sum(r.minutes or 0 for r in rows)
        text, over = time_text(total, None if view is None else view.duration_minutes)
        untimed = sum(1 for r in rows if r.minutes is None)
        if untimed:
            text += " · " + ngettext("{n} item without a time box", "{n} items without a time box",
                                     untimed).format(n=untimed)
        crossing = crossing_item(rows, None if view is None else view.duration_minutes)
        self.overtime.set_crossing(crossing)
        if crossing is not None:
            item = next(r for r in rows if r.id == crossing)
            text += " · " + _("time runs out during “{item}”").format(item=item.title)
        font = QFont(self.time_label.font())
        font.setBold(over)
        self.time_label.setFont(font)
        self.time_label.setText(text)
        # the icon is not read out: the label says it is a warning
        self.time_label.setAccessibleName(
            _("Warning: {text}").format(text=text) if over else text)
        self.warning_icon.setVisible(over)
        self.warning_icon.setToolTip(_("The agenda runs over the meeting's time") if over else "")
        scheduled = None if view is None else view.scheduled_at
        self.start_label.setText(
            _("Starts at {time}").format(time=formatting.time_of_day(scheduled))
            if scheduled else _("No start time set"))

    def running_over(self) -> bool:
        return self.warning_icon.isVisibleTo(self)

    def _set_duration(self, value: Any) -> None:
        if self.view is None:
            return
        self.context.run(EditCommand(
            _("Change meeting length"), self.context.workspace, meetings.update, self.view.id,
            {"duration_minutes": self.view.duration_minutes}, {"duration_minutes": value}), self)
