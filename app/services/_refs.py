"""Checks that a row refers only to rows of its own meeting."""

from __future__ import annotations

from typing import Any

from sqlmodel import Session, select

from app.domain.models import (
    Demand,
    Department,
    Goal,
    OpenIssue,
    Participation,
    Person,
    Suggestion,
    TeamMember,
)
from app.i18n import _
from app.services.errors import InvalidInput, Problem


def department_ids(session: Session, meeting_id: int) -> set[int]:
    """The departments taking part in a meeting."""
    query = select(Participation.department_id).where(Participation.meeting_id == meeting_id)
    return set(session.exec(query).all())


def _person_department(session: Session, person_id: int) -> int | None:
    person = session.get(Person, person_id)
    return None if person is None else person.department_id


def check(session: Session, meeting_id: int, values: dict[str, Any],
          *, department_id: int | None = None) -> None:
    """Refuse references to rows outside the meeting (or outside ``department_id``).

    Knows every reference field name used by the tables: ``person_id``,
    ``owner_id``, ``presenter_id``, ``department_id``, ``goal_id`` and the
    action's ``source_*`` fields.
    """
    problems: list[Problem] = []
    taking_part: set[int] | None = None

    def in_meeting(dept: int | None) -> bool:
        nonlocal taking_part
        if taking_part is None:
            taking_part = department_ids(session, meeting_id)
        return dept in taking_part

    for name in ("person_id", "owner_id", "presenter_id"):
        person_id = values.get(name)
        if person_id is None:
            continue
        dept = _person_department(session, person_id)
        if department_id is not None:
            if dept != department_id:
                problems.append(Problem(name, _("must be one of this department's people")))
        elif not in_meeting(dept):
            problems.append(Problem(name, _("must be a person of a department in this meeting")))

    dept_id = values.get("department_id")
    if dept_id is not None and (session.get(Department, dept_id) is None
                                or not in_meeting(dept_id)):
        problems.append(Problem("department_id", _("must be a department in this meeting")))

    goal_id = values.get("goal_id")
    if goal_id is not None:
        goal = session.get(Goal, goal_id)
        if goal is None or goal.meeting_id != meeting_id:
            problems.append(Problem("goal_id", _("must be a goal of this meeting")))

    sources = [n for n in ("source_demand_id", "source_suggestion_id", "source_issue_id")
               if values.get(n) is not None]
    if len(sources) > 1:
        problems.append(Problem(sources[1], _("an action has at most one source")))
    for name, table in (("source_demand_id", Demand), ("source_suggestion_id", Suggestion)):
        key = values.get(name)
        if key is None:
            continue
        row: Demand | Suggestion | None = session.get(table, key)  # type: ignore[assignment]
        owner = None if row is None else session.get(Participation, row.participation_id)
        if owner is None or owner.meeting_id != meeting_id:
            problems.append(Problem(name, _("must be a row of this meeting")))
    issue_id = values.get("source_issue_id")
    if issue_id is not None:
        issue = session.get(OpenIssue, issue_id)
        if issue is None or issue.meeting_id != meeting_id:
            problems.append(Problem("source_issue_id", _("must be a row of this meeting")))
    if problems:
        raise InvalidInput(problems)


def check_colleagues(session: Session, values: dict[str, Any]) -> None:
    """Refuse a field naming a member of our team who is not (or no longer) on it."""
    problems = [Problem(name, _("must be a member of our team")) for name, key in values.items()
                if key is not None and session.get(TeamMember, key) is None]
    if problems:
        raise InvalidInput(problems)
