"""The leader's summary as plain text: who owns each action, when it is due, what is late,
who agreed, and the meeting's own language and time."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

from app.domain.enums import ActionStatus, MeetingStatus
from app.services import (
    actions,
    decisions,
    departments,
    meetings,
    open_issues,
    participation,
    people,
    summary_text,
)
from app.storage import Workspace

TODAY = date(2026, 12, 3)


def test_actions_name_their_owner_or_department_open_and_soonest_first(
        workspace: Workspace) -> None:
    meeting = meetings.create(workspace, title="Plataforma de datos", language="es",
                              status=MeetingStatus.held,
                              scheduled_at=datetime(2026, 12, 3, 10, 0,
                                                    tzinfo=timezone(timedelta(hours=1))))
    mid = meeting.id or 0
    finance = departments.create(workspace, name="Finanzas").id or 0
    legal = departments.create(workspace, name="Jurídico").id or 0
    for department in (finance, legal):
        participation.add(workspace, mid, department)
    ana = people.add(workspace, finance, name="Ana Pérez").id or 0
    decisions.add(workspace, mid, agreed_by=[finance, legal], text="Empezar en marzo")
    decisions.add(workspace, mid, text="Revisar en abril")
    actions.add(workspace, mid, text="Sin fecha")
    actions.add(workspace, mid, text="Cerrada", due=date(2026, 11, 1), status=ActionStatus.done)
    actions.add(workspace, mid, text="Vence hoy", due=TODAY, department_id=legal)
    actions.add(workspace, mid, text="Atrasada", due=date(2026, 12, 1), owner_id=ana)
    open_issues.add(workspace, mid, text="¿Quién paga?")

    text = summary_text.summary(workspace, mid, today=TODAY)

    assert text.splitlines() == [
        "Plataforma de datos", "jueves, 3 de diciembre de 2026, 10:00 (UTC+01:00)",
        "Celebrada", "",
        "Decisiones", "• Empezar en marzo — acordada por Finanzas y Jurídico",
        "• Revisar en abril", "",
        "Acciones", "• Atrasada (Ana Pérez, vence el 1 dic 2026, Vencida)",
        "• Vence hoy (Jurídico, vence el 3 dic 2026, Pendiente)",
        "• Sin fecha (Pendiente)",
        "• Cerrada (vence el 1 nov 2026, Hecha)", "",
        "Temas pendientes", "• ¿Quién paga?"]


def test_a_done_action_past_its_day_is_not_overdue_and_a_meeting_without_a_date_has_no_line(
        workspace: Workspace, meeting_id: int) -> None:
    actions.add(workspace, meeting_id, text="Book the room", due=date(2026, 11, 1),
                status=ActionStatus.done)
    text = summary_text.summary(workspace, meeting_id, today=TODAY)
    assert text.splitlines() == [
        "Customer data platform", "Preparing", "",
        "Action items", "• Book the room (due 1 Nov 2026, Done)"]
