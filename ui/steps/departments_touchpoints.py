"""The Departments step's meeting-specific parts: the department's part, and the touchpoint log."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QVBoxLayout, QWidget

from app.domain.enums import Channel, DecisionRight, Engagement, Readiness, Relationship
from app.i18n import _
from app.services import participation, touchpoints
from app.views.departments import PartItem, PersonItem, TouchpointItem
from app.views.engagement_window import TeamItem
from ui.context import AppContext
from ui.engagement_commands import engagement_command, move_command
from ui.forms import Check, Choice, ItemChoice, OptionalDate, OptionalNumber, TextBox
from ui.models.departments_model import (
    COL_TOUCHPOINT_SUMMARY,
    TouchpointRow,
    touchpoints_model,
)
from ui.plain import heading
from ui.steps.row_actions import RowService
from ui.steps.row_form import RowForm
from ui.steps.rows_panel import RowsPanel, Words, scrolled
from ui.undo import UndoableCommand

#: the touchpoint table's last column (its model names only the summary's)
COL_NEXT_STEP = COL_TOUCHPOINT_SUMMARY + 1


class MeetingPartPanel(QWidget):
    """What the department is in this meeting: win-win, where it stands and must get to,
    its decision right, and our plan for reaching it."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("meeting_part_panel")
        self.context = context
        self._department_name = ""
        self.form = RowForm(context, participation.update, _("department in this meeting"),
                            self, columns=3, labels_above=(0, 2), stretch=(4, 5, 4))
        self.form.setObjectName("part_form")
        serves = TextBox(lines=4)
        serves.setPlaceholderText(_("Which of their goals or OKRs our plan helps, and how"))
        self.form.add("serves_their_goals", _("How our plan serves &their goals:"), serves)
        notes = TextBox(lines=3)
        notes.setPlaceholderText(_("Only for you; never in the pre-read"))
        self.form.add("private_notes", _("Private &notes:"), notes)

        self.form.columns[1].addRow(heading(_("Where they stand"), self))
        self.form.add("relationship", _("&Relationship:"),
                      Choice(list(Relationship), optional=True), column=1)
        self.form.add("engagement_at_start", _("Engagement at the &start:"),
                      Choice(list(Engagement)), column=1)
        self.form.add("engagement", _("Engage&ment now:"), Choice(list(Engagement)), column=1)
        self.form.route("engagement", self._set_engagement)
        self.form.add("engagement_desired", _("Engagement n&eeded:"), Choice(list(Engagement)),
                      column=1)
        right = Choice(list(DecisionRight), optional=True)
        right.setToolTip(_("Their part in the decision: decides, must agree, gives input, "
                           "carries it out, or only needs to be kept informed"))
        self.form.add("decision_right", _("Decision ri&ght:"), right, column=1)
        self.form.add("readiness", _("Rea&diness:"), Choice(list(Readiness)), column=1)

        self.form.columns[2].addRow(heading(_("Communication plan"), self))
        self.owner = ItemChoice(optional=True, none_text=_("Me (the coordinator)"))
        self.owner.setToolTip(_("Who on our side keeps in touch with them (Edit ▸ Our team…)"))
        self.form.add("owner_id", _("&Owner on our side:"), self.owner, column=2)
        self.form.add("plan_channel", _("C&hannel:"), Choice(list(Channel), optional=True),
                      column=2)
        cadence = OptionalNumber(1, 365)
        cadence.setToolTip(_("How often to be in touch, in days"))
        self.form.add("cadence_days", _("Ever&y (days):"), cadence, column=2)
        self.form.add("next_contact", _("Ne&xt contact:"), OptionalDate(), column=2)
        order = OptionalNumber(1, 999)
        order.setToolTip(_("1 is approached first: allies, then the undecided, then "
                           "those opposed"))
        self.form.add("approach_order", _("A&pproach order:"), order, column=2)
        reason = TextBox(lines=2)
        reason.setPlaceholderText(_("Why they come at this point"))
        self.form.add("approach_reason", _("&Why this order:"), reason, column=2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(scrolled(self.form, self))

    def _set_engagement(self, row: PartItem, before: dict[str, Any],
                        after: dict[str, Any]) -> UndoableCommand:
        return engagement_command(self.context.workspace, row.id, None, after["engagement"],
                                  name=self._department_name)

    def show_part(self, part: PartItem | None, department_name: str = "",
                  team: Sequence[TeamItem] = ()) -> None:
        self._department_name = department_name
        self.owner.set_items([(member.name, member.id) for member in team])
        self.form.load(part)

    def flush(self) -> None:
        self.form.flush()


class TouchpointsPanel(RowsPanel):
    """Every conversation with the department before the meeting, newest first."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        words = Words(
            _("touchpoint"), _("Touchpoints"),
            lambda: _("Log a touchpoint with {name}").format(name=self.department_name),
            lambda _row: _("Delete a touchpoint with {name}").format(
                name=self.department_name),
            add_button=_("Log a touchpoint"))
        super().__init__(context, "touchpoints", touchpoints_model(),
                         RowService.of(touchpoints), words, first_field="summary",
                         new_values=lambda: {"date": date.today()},
                         stretch=(COL_TOUCHPOINT_SUMMARY, COL_NEXT_STEP),
                         widths={0: 10, 1: 8, 2: 12},
                         sortable=True, sorted_by=0, order=Qt.SortOrder.DescendingOrder,
                         beside=True, parent=parent)
        self.department_name = ""
        self.form.setObjectName("touchpoint_form")
        self.form.add("date", _("&Date:"), OptionalDate())
        self.form.add("channel", _("&Channel:"), Choice(list(Channel)))
        self.person = ItemChoice(optional=True)
        self.form.add("person_id", _("&With:"), self.person)
        self.form.add("summary", _("What was &said:"), TextBox(lines=3))
        self.form.add("next_step", _("Ne&xt step:"), TextBox(lines=2))
        moved = Choice(list(Engagement), optional=True, none_text=_("Not moved"))
        moved.setToolTip(_("Where this conversation moved their engagement: the person's "
                           "when it was with one, else the department's"))
        self.form.add("moved_to", _("&Moved engagement to:"), moved)
        self.form.route("moved_to", self._move)
        self.form.add("preread_sent", "", Check(_("&Pre-read sent")))

    def _move(self, row: TouchpointRow, before: dict[str, Any],
              after: dict[str, Any]) -> UndoableCommand:
        touch = row.touchpoint
        return move_command(self.context.workspace, touch.participation_id, touch.person_id,
                            touch.id, after["moved_to"], name=row.person or self.department_name)

    def show_touchpoints(self, part: PartItem | None, department_name: str,
                         rows: list[TouchpointItem], people: list[PersonItem],
                         moves: Mapping[int, Engagement]) -> None:
        self.department_name = department_name
        names = {p.id: p.name for p in people}
        self.person.set_items([(p.name, p.id) for p in people])
        self.show_rows(None if part is None else part.id, [TouchpointRow(
            t, "" if t.person_id is None else names.get(t.person_id, ""), moves.get(t.id))
            for t in rows])
