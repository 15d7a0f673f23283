"""The meeting itself: the agenda, its time boxes, and whether they fit the meeting's time."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QStyle, QTableView, QWidget

from app import formatting
from app.i18n import _, ngettext
from app.services import agenda, meetings
from ui.context import AppContext
from ui.forms import ItemChoice, OptionalNumber, TextBox, TextLine
from ui.models.agenda_model import COL_GOAL, COL_START, COL_TITLE, AgendaModel
from ui.models.meeting_view import AgendaRow, MeetingView
from ui.steps.follow_up_rows import RowService, RowsPanel, Words
from ui.undo import EditCommand


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
        service = RowService(agenda.add, agenda.update, agenda.delete, agenda.move)
        words = Words(_("New agenda item"), _("Add agenda item"), _("Edit agenda item"),
                      _("Delete agenda item"), _("Move agenda item"), _("Selected item"))
        model = AgendaModel()
        super().__init__(context, model, service, words, name="agenda",
                         stretch=(COL_TITLE, COL_GOAL), first_field="title", parent=parent)
        model.setParent(self)
        self.agenda_model = model
        view: QTableView = self.table
        view.setDragEnabled(True)
        view.setAcceptDrops(True)
        view.setDropIndicatorShown(True)
        view.setDragDropMode(QTableView.DragDropMode.InternalMove)
        view.setDefaultDropAction(Qt.DropAction.MoveAction)
        view.setDragDropOverwriteMode(False)
        # after the drop has finished: the move reloads the model the view is dropping into
        self.agenda_model.move_requested.connect(self.move_to,
                                                 Qt.ConnectionType.QueuedConnection)

        self.add_field(_("Section"), "section", TextLine(self))
        self.add_field(_("Item"), "title", TextLine(self))
        self.presenter = self.add_field(_("Presenter"), "presenter_id", ItemChoice(parent=self))
        minutes = OptionalNumber(0, 24 * 60, self)
        minutes.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.add_field(_("Minutes"), "minutes", minutes)
        self.goal = self.add_field(_("Goal it serves"), "goal_id", ItemChoice(parent=self))
        self.add_field(_("Notes"), "notes", TextBox(self, lines=4), right=True)
        self._build_time_bar()

    def _build_time_bar(self) -> None:
        bar = QHBoxLayout()
        length_label = QLabel(_("Meeting length (minutes)"), self)
        self.duration = OptionalNumber(0, 24 * 60, self)
        self.duration.setObjectName("meetingDuration")
        self.duration.setAccessibleName(_("Meeting length (minutes)"))
        self.duration.committed.connect(self._set_duration)
        length_label.setBuddy(self.duration)
        self.start_label = QLabel(self)
        self.start_label.setObjectName("agendaStart")
        self.warning_icon = QLabel(self)
        self.warning_icon.setObjectName("agendaTimeIcon")
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
        icon = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        self.warning_icon.setPixmap(icon.pixmap(size, size))
        self.time_label = QLabel(self)
        self.time_label.setObjectName("agendaTime")
        bar.addWidget(length_label)
        bar.addWidget(self.duration)
        bar.addSpacing(12)
        bar.addWidget(self.start_label)
        bar.addStretch(1)
        bar.addWidget(self.warning_icon)
        bar.addWidget(self.time_label)
        self.top.addLayout(bar)

    def rows_of(self, view: MeetingView) -> list[AgendaRow]:
        return view.agenda

    def show_view(self, view: MeetingView | None) -> None:
        if view is not None:
            self.presenter.set_items([(p.label, p.id) for p in view.people])
            self.goal.set_items([(g.statement, g.id) for g in view.goals])
        super().show_view(view)
        self.table.setColumnHidden(COL_START, view is None or view.scheduled_at is None)
        self.duration.set_value(None if view is None else view.duration_minutes)
        self.duration.setEnabled(view is not None)
        self._show_time(view)

    def _show_time(self, view: MeetingView | None) -> None:
        rows = [] if view is None else view.agenda
        total = sum(r.minutes or 0 for r in rows)
        text, over = time_text(total, None if view is None else view.duration_minutes)
        untimed = sum(1 for r in rows if r.minutes is None)
        if untimed:
            text += " · " + ngettext("{n} item without a time box", "{n} items without a time box",
                                     untimed).format(n=untimed)
        font = QFont(self.time_label.font())
        font.setBold(over)
        self.time_label.setFont(font)
        self.time_label.setText(text)
        self.time_label.setAccessibleName(text)
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
