"""A whole meeting as its package document, read with plain sqlite3 for the Overview.

The readiness rules and the Overview's board and grid read a
:class:`MeetingDocument`; :mod:`app.services.meeting_document` builds one
through the ORM with validation, for export and the PDF. The window needs it
once per change of its meeting and must not wait for the ORM: this builds the
same document (the tests compare the two) from the rows as stored, without
validating them again.
"""

from __future__ import annotations

import json
import sqlite3
from collections import defaultdict
from collections.abc import Callable
from datetime import date, datetime
from enum import Enum
from typing import Any, TypeVar, cast

from app.domain import package as pkg
from app.domain.enums import (
    ActionStatus,
    Channel,
    DecisionRight,
    DemandKind,
    DemandStatus,
    Engagement,
    Language,
    MeetingStatus,
    Readiness,
    Relationship,
    RootCause,
    SuggestionDecision,
)
from app.services.document_ids import PREFIX, MeetingDocument
from app.views.meeting import MeetingGone

E = TypeVar("E", bound=Enum)


def _members(kind: type[E]) -> Callable[[Any], E]:
    """The member of ``kind`` for a stored value: what ``kind(value)`` gives, without the
    enum call's own checks (a large meeting's rows make thousands of them)."""
    return cast(Callable[[Any], E], kind._value2member_map_.__getitem__)


_ACTION_STATUS = _members(ActionStatus)
_CHANNEL = _members(Channel)
_DECISION_RIGHT = _members(DecisionRight)
_DEMAND_KIND = _members(DemandKind)
_DEMAND_STATUS = _members(DemandStatus)
_ENGAGEMENT = _members(Engagement)
_READINESS = _members(Readiness)
_RELATIONSHIP = _members(Relationship)
_ROOT_CAUSE = _members(RootCause)
_SUGGESTION_DECISION = _members(SuggestionDecision)


class _Ids:
    """Package ids in the order the ORM reader hands them out (per table, in list order)."""

    def __init__(self) -> None:
        self.by_row: dict[tuple[str, int], str] = {}
        self.rows: dict[str, tuple[str, int]] = {}
        self.counts: dict[str, int] = defaultdict(int)

    def new(self, table: str, key: int) -> str:
        self.counts[table] += 1
        name = f"{PREFIX[table]}{self.counts[table]}"
        self.by_row[(table, key)] = name
        self.rows[name] = (table, key)
        return name

    def of(self, table: str, key: int | None) -> str | None:
        return None if key is None else self.by_row.get((table, key))


Part = TypeVar("Part", bound=pkg.Part)


def _part(model: type[Part], /, **values: Any) -> Part:
    """A package part from stored values, every field given and already of its type.

    What pydantic's ``model_construct`` makes, without its per-field defaults pass,
    which took two thirds of the time of reading a large meeting; the tests hold the
    parts made here equal to the validated ones.
    """
    part = model.__new__(model)
    object.__setattr__(part, "__dict__", values)
    object.__setattr__(part, "__pydantic_fields_set__", set(values))
    object.__setattr__(part, "__pydantic_extra__", None)
    object.__setattr__(part, "__pydantic_private__", None)
    return part


def _day(text: str | None) -> date | None:
    return None if text is None else date.fromisoformat(text)


def _optional(kind: Any, value: str | None) -> Any:
    return None if value is None else kind(value)


def read_document(connection: sqlite3.Connection, meeting_id: int) -> MeetingDocument:
    """The meeting's document; call inside one read transaction (:meth:`Reader.snapshot`)."""
    q = connection.execute
    row = q("SELECT title, purpose, expectations, scheduled_at, duration_minutes, location, "
            "language, status, notes, uid FROM meeting WHERE id = ?", (meeting_id,)).fetchone()
    if row is None:
        raise MeetingGone(meeting_id)
    title, purpose, expectations, when, minutes, location, language, status, notes, uid = row
    fields = _part(pkg.MeetingFields, title=title, purpose=purpose, expectations=expectations,
                   scheduled_at=None if when is None else datetime.fromisoformat(when),
                   duration_minutes=minutes, location=location, language=Language(language),
                   status=MeetingStatus(status), notes=notes, uid=uid)
    ids = _Ids()
    team = [_part(pkg.TeamMemberDoc, id=ids.new("team_member", key), name=name, role=role)
            for key, name, role in q(
                "SELECT id, name, role FROM team_member WHERE id IN (SELECT owner_id FROM "
                "participation WHERE meeting_id = ?) ORDER BY position, id", (meeting_id,))]
    goals = [_part(pkg.GoalDoc, id=ids.new("goal", key), statement=statement,
                   indicator=indicator, baseline=baseline, target=target, due=_day(due),
                   benefits=benefits, evidence=evidence)
             for key, statement, indicator, baseline, target, due, benefits, evidence in q(
                 "SELECT id, statement, indicator, baseline, target, due, benefits, evidence "
                 "FROM goal WHERE meeting_id = ? ORDER BY position, id", (meeting_id,))]
    people: dict[int, list[tuple[Any, ...]]] = defaultdict(list)
    for person in q("SELECT department_id, id, name, role, contact, influence, interest, notes "
                    "FROM person WHERE department_id IN (SELECT department_id FROM "
                    "participation WHERE meeting_id = ?) ORDER BY position, id", (meeting_id,)):
        people[person[0]].append(person[1:])
    departments = []
    dept_of_part: dict[int, str] = {}
    participations: dict[str, int] = {}
    for (part_id, dept_id, relationship, serves, readiness, private, name, function, workflow,
         focus, okrs, pressures, history, now, desired, start, right, owner, channel, cadence,
         next_contact, order, reason) in q(
            "SELECT p.id, p.department_id, p.relationship, p.serves_their_goals, p.readiness, "
            "p.private_notes, d.name, d.function, d.workflow, d.focus, d.okrs, d.pressures, "
            "d.history, p.engagement, p.engagement_desired, p.engagement_at_start, "
            "p.decision_right, p.owner_id, p.plan_channel, p.cadence_days, p.next_contact, "
            "p.approach_order, p.approach_reason FROM participation p JOIN department d "
            "ON d.id = p.department_id WHERE p.meeting_id = ? ORDER BY p.position, p.id",
            (meeting_id,)):
        key = ids.new("department", dept_id)
        dept_of_part[part_id] = key
        participations[key] = part_id
        staff = [_part(pkg.PersonDoc, id=ids.new("person", person), name=person_name,
                       role=role, contact=contact, influence=influence, interest=interest,
                       notes=person_notes)
                 for person, person_name, role, contact, influence, interest, person_notes
                 in people[dept_id]]
        departments.append(_part(
            pkg.DepartmentDoc, id=key, name=name, function=function, workflow=workflow,
            focus=focus, okrs=list(json.loads(okrs or "[]")), pressures=pressures,
            history=history, people=staff, relationship=_optional(_RELATIONSHIP, relationship),
            serves_their_goals=serves, readiness=_READINESS(readiness), private_notes=private,
            engagement=_ENGAGEMENT(now), engagement_desired=_ENGAGEMENT(desired),
            engagement_at_start=_ENGAGEMENT(start),
            decision_right=_optional(_DECISION_RIGHT, right), owner=ids.of("team_member", owner),
            plan_channel=_optional(_CHANNEL, channel), cadence_days=cadence,
            next_contact=_day(next_contact), approach_order=order, approach_reason=reason))

    def of_parts(columns: str, table: str) -> list[tuple[Any, ...]]:
        return q(f"SELECT x.id, x.participation_id, {columns} FROM {table} x JOIN "
                 "participation p ON p.id = x.participation_id WHERE p.meeting_id = ? "
                 "ORDER BY x.position, x.id", (meeting_id,)).fetchall()

    touchpoints = [
        _part(pkg.TouchpointDoc, id=ids.new("touchpoint", key), department=dept_of_part[part],
              person=ids.of("person", person), date=date.fromisoformat(day),
              channel=_CHANNEL(channel), summary=summary, next_step=next_step,
              preread_sent=bool(sent))
        for key, part, person, day, channel, summary, next_step, sent in of_parts(
            "x.person_id, x.date, x.channel, x.summary, x.next_step, x.preread_sent",
            "touchpoint")]
    stakeholders = [
        _part(pkg.StakeholderDoc, person=ids.of("person", person) or "",
              engagement=_ENGAGEMENT(now), engagement_desired=_ENGAGEMENT(desired),
              engagement_at_start=_ENGAGEMENT(start),
              decision_right=_optional(_DECISION_RIGHT, right))
        for person, now, desired, start, right in q(
            "SELECT s.person_id, s.engagement, s.engagement_desired, s.engagement_at_start, "
            "s.decision_right FROM stakeholder s JOIN participation p "
            "ON p.id = s.participation_id WHERE p.meeting_id = ? "
            "ORDER BY s.participation_id, s.id", (meeting_id,))]
    history = [
        _part(pkg.EngagementChangeDoc, department=dept_of_part[part],
              person=ids.of("person", person), date=date.fromisoformat(day),
              from_level=_optional(_ENGAGEMENT, before), to_level=_ENGAGEMENT(after),
              touchpoint=ids.of("touchpoint", touchpoint), note=note)
        for part, person, day, before, after, touchpoint, note in q(
            "SELECT c.participation_id, c.person_id, c.date, c.from_level, c.to_level, "
            "c.touchpoint_id, c.note FROM engagement_change c JOIN participation p "
            "ON p.id = c.participation_id WHERE p.meeting_id = ? ORDER BY c.date, c.id",
            (meeting_id,))]
    demands = [
        _part(pkg.DemandDoc, id=ids.new("demand", key), department=dept_of_part[part],
              kind=_DEMAND_KIND(kind), text=text, root_cause=_optional(_ROOT_CAUSE, cause),
              anticipated=bool(anticipated), response=response, status=_DEMAND_STATUS(state))
        for key, part, kind, text, cause, anticipated, response, state in of_parts(
            "x.kind, x.text, x.root_cause, x.anticipated, x.response, x.status", "demand")]
    suggestions = [
        _part(pkg.SuggestionDoc, id=ids.new("suggestion", key), department=dept_of_part[part],
              person=ids.of("person", person), text=text,
              decision=_SUGGESTION_DECISION(decision), incorporation=incorporation,
              credit=bool(credit))
        for key, part, person, text, decision, incorporation, credit in of_parts(
            "x.person_id, x.text, x.decision, x.incorporation, x.credit", "suggestion")]
    agenda = [
        _part(pkg.AgendaItemDoc, id=ids.new("agenda_item", key), section=section,
              title=item_title, presenter=ids.of("person", presenter),
              presenter_is_coordinator=bool(by_coordinator), minutes=length,
              goal=ids.of("goal", goal), notes=item_notes)
        for key, section, item_title, presenter, by_coordinator, length, goal, item_notes in q(
            "SELECT id, section, title, presenter_id, presenter_is_coordinator, minutes, "
            "goal_id, notes FROM agenda_item "
            "WHERE meeting_id = ? ORDER BY position, id", (meeting_id,))]
    agreed: dict[int, list[str]] = defaultdict(list)
    for decision_id, dept_id in q(
            "SELECT a.decision_id, a.department_id FROM decision_agreement a JOIN decision d "
            "ON d.id = a.decision_id WHERE d.meeting_id = ? "
            "ORDER BY a.position, a.decision_id, a.department_id", (meeting_id,)):
        dept_key = ids.of("department", dept_id)
        if dept_key:
            agreed[decision_id].append(dept_key)
    decisions = [_part(pkg.DecisionDoc, id=ids.new("decision", key), text=text,
                       agreed_by=agreed[key])
                 for key, text in q("SELECT id, text FROM decision WHERE meeting_id = ? "
                                    "ORDER BY position, id", (meeting_id,))]
    issues = [_part(pkg.OpenIssueDoc, id=ids.new("open_issue", key), text=text,
                    follow_up=follow_up, due=_day(due))
              for key, text, follow_up, due in q(
                  "SELECT id, text, follow_up, due FROM open_issue WHERE meeting_id = ? "
                  "ORDER BY position, id", (meeting_id,))]
    actions = [
        _part(pkg.ActionDoc, id=ids.new("action_item", key), text=text,
              owner=ids.of("person", owner), department=ids.of("department", dept_id),
              due=_day(due), status=_ACTION_STATUS(state),
              source=(ids.of("demand", from_demand) or ids.of("suggestion", from_suggestion)
                      or ids.of("open_issue", from_issue)), uid=uid)
        for key, text, owner, dept_id, due, state, from_demand, from_suggestion, from_issue, uid
        in q("SELECT id, text, owner_id, department_id, due, status, source_demand_id, "
             "source_suggestion_id, source_issue_id, uid FROM action_item WHERE meeting_id = ? "
             "ORDER BY position, id", (meeting_id,)).fetchall()]
    found = q("SELECT rating, went_well, lessons, leader_feedback FROM review "
              "WHERE meeting_id = ?", (meeting_id,)).fetchone()
    review = None if found is None else _part(
        pkg.ReviewDoc, rating=found[0], went_well=found[1], lessons=found[2],
        leader_feedback=found[3])
    package = _part(pkg.MeetingPackage, format=pkg.FORMAT, version=pkg.VERSION, meeting=fields,
                    team=team, goals=goals, departments=departments, stakeholders=stakeholders,
                    touchpoints=touchpoints, engagement_history=history,
                    demands=demands, suggestions=suggestions, agenda=agenda,
                    decisions=decisions, actions=actions, open_issues=issues, review=review)
    return MeetingDocument(meeting_id, package, ids.rows, participations)
