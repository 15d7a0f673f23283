"""One meeting as the step pages show it, read in one transaction of thirteen statements.

Rows are keyed by database id, the ids the services edit by; names are
resolved in SQL, never by a query per row.
"""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from app.domain.enums import (
    ActionStatus,
    DemandKind,
    DemandStatus,
    MeetingStatus,
    RootCause,
    SuggestionDecision,
)
from app.i18n import _
from app.views.schedule import moment


class MeetingGone(LookupError):
    """The meeting is no longer in the workspace (deleted, or its creation undone)."""


@dataclass(frozen=True)
class DepartmentRef:
    id: int                 # the department profile
    participation_id: int   # its part in this meeting
    name: str


@dataclass(frozen=True)
class PersonRef:
    id: int
    name: str
    department_id: int
    department: str

    @property
    def label(self) -> str:
        return _("{person} ({department})").format(person=self.name, department=self.department)


@dataclass(frozen=True)
class GoalRef:
    id: int
    statement: str


@dataclass(frozen=True)
class TouchpointRow:
    id: int
    participation_id: int
    department: str
    person: str
    date: date
    summary: str


@dataclass(frozen=True)
class DemandRow:
    id: int
    participation_id: int
    department_id: int
    department: str
    kind: DemandKind
    text: str
    root_cause: RootCause | None
    anticipated: bool
    response: str
    status: DemandStatus

    @property
    def unanswered(self) -> bool:
        """An objection or risk we have no prepared response to."""
        return self.kind != DemandKind.demand and not self.response.strip()


@dataclass(frozen=True)
class SuggestionRow:
    id: int
    participation_id: int
    department_id: int
    department: str
    person_id: int | None
    person: str
    text: str
    decision: SuggestionDecision
    incorporation: str
    credit: bool

    @property
    def to_thank(self) -> bool:
        """Credited and taken into the plan: someone to thank in the meeting."""
        return self.credit and self.decision in (SuggestionDecision.adopted,
                                                 SuggestionDecision.adapted)


@dataclass(frozen=True)
class AgendaRow:
    id: int
    section: str
    title: str
    presenter_id: int | None
    presenter: str
    minutes: int | None
    goal_id: int | None
    goal: str
    notes: str
    #: when the item starts, if the meeting has a scheduled time
    start: datetime | None = None
    #: the coordinator presents it (then presenter_id is None)
    presenter_is_coordinator: bool = False


@dataclass(frozen=True)
class DecisionRow:
    id: int
    text: str
    agreed_by: tuple[int, ...]
    agreed_names: tuple[str, ...]


@dataclass(frozen=True)
class IssueRow:
    id: int
    text: str
    follow_up: str
    due: date | None


@dataclass(frozen=True)
class ActionRow:
    id: int
    text: str
    owner_id: int | None
    owner: str
    department_id: int | None
    department: str
    due: date | None
    status: ActionStatus
    source_demand_id: int | None
    source_suggestion_id: int | None
    source_issue_id: int | None
    source: str

    def overdue(self, today: date) -> bool:
        return self.status == ActionStatus.open and self.due is not None and self.due < today

    @property
    def source_key(self) -> tuple[str, int] | None:
        """The source as one choice: (kind, id), kind being demand, suggestion or issue."""
        for kind, key in (("demand", self.source_demand_id),
                          ("suggestion", self.source_suggestion_id),
                          ("issue", self.source_issue_id)):
            if key is not None:
                return kind, key
        return None


@dataclass(frozen=True)
class ReviewRow:
    rating: int | None
    went_well: str
    lessons: str
    leader_feedback: str


@dataclass
class MeetingView:
    """Everything the step pages show of one meeting."""

    id: int
    title: str
    status: MeetingStatus
    scheduled_at: datetime | None
    duration_minutes: int | None
    departments: list[DepartmentRef] = field(default_factory=list)
    people: list[PersonRef] = field(default_factory=list)
    goals: list[GoalRef] = field(default_factory=list)
    touchpoints: list[TouchpointRow] = field(default_factory=list)
    demands: list[DemandRow] = field(default_factory=list)
    suggestions: list[SuggestionRow] = field(default_factory=list)
    agenda: list[AgendaRow] = field(default_factory=list)
    decisions: list[DecisionRow] = field(default_factory=list)
    actions: list[ActionRow] = field(default_factory=list)
    issues: list[IssueRow] = field(default_factory=list)
    review: ReviewRow | None = None

    def people_of(self, department_id: int) -> list[PersonRef]:
        return [p for p in self.people if p.department_id == department_id]


def _short(text: str, limit: int = 60) -> str:
    line = " ".join(text.split())
    return line if len(line) <= limit else line[: limit - 1] + "…"


def _day(text: str | None) -> date | None:
    return None if text is None else date.fromisoformat(text)


def demand_rows(connection: sqlite3.Connection, meeting_id: int,
                ids: set[int] | None = None) -> list[DemandRow]:
    """The meeting's demands in order, or only those with ``ids`` (one statement)."""
    where = "" if ids is None else f" AND x.id IN ({','.join('?' * len(ids))})"
    rows = connection.execute(
        "SELECT x.id, x.participation_id, d.id, d.name, x.kind, x.text, x.root_cause, "
        "x.anticipated, x.response, x.status FROM demand x JOIN participation p "
        "ON p.id = x.participation_id JOIN department d ON d.id = p.department_id "
        "WHERE p.meeting_id = ?" + where + " ORDER BY x.position, x.id",
        (meeting_id, *sorted(ids or ())))
    return [DemandRow(key, part, dept, name, DemandKind(kind), text,
                      None if cause is None else RootCause(cause), bool(anticipated), response,
                      DemandStatus(status))
            for key, part, dept, name, kind, text, cause, anticipated, response, status in rows]


def load(connection: sqlite3.Connection, meeting_id: int) -> MeetingView:
    """Read the meeting's rows, each list in the meeting's order; :class:`MeetingGone` if none.

    Names are those the meeting knows: a person or department outside its
    departments shows as none, as in the meeting's package.
    """
    q = connection.execute
    found = q("SELECT title, status, scheduled_at, duration_minutes FROM meeting WHERE id = ?",
              (meeting_id,)).fetchone()
    if found is None:
        raise MeetingGone(meeting_id)
    title, status, scheduled, minutes = found
    view = MeetingView(id=meeting_id, title=title, status=MeetingStatus(status),
                       scheduled_at=moment(scheduled), duration_minutes=minutes)
    by_department: dict[int, DepartmentRef] = {}
    by_part: dict[int, DepartmentRef] = {}
    for part_id, dept_id, name in q(
            "SELECT p.id, d.id, d.name FROM participation p JOIN department d "
            "ON d.id = p.department_id WHERE p.meeting_id = ? ORDER BY p.position, p.id",
            (meeting_id,)):
        ref = DepartmentRef(dept_id, part_id, name)
        view.departments.append(ref)
        by_department[dept_id] = by_part[part_id] = ref
    people: dict[int, list[PersonRef]] = defaultdict(list)
    for person_id, name, dept_id in q(
            "SELECT id, name, department_id FROM person WHERE department_id IN "
            "(SELECT department_id FROM participation WHERE meeting_id = ?) "
            "ORDER BY position, id", (meeting_id,)):
        people[dept_id].append(PersonRef(person_id, name, dept_id, by_department[dept_id].name))
    view.people = [p for d in view.departments for p in people[d.id]]
    names = {p.id: p.name for p in view.people}
    view.goals = [GoalRef(*row) for row in q(
        "SELECT id, statement FROM goal WHERE meeting_id = ? ORDER BY position, id",
        (meeting_id,))]
    goal_names = {g.id: g.statement for g in view.goals}

    def of_parts(columns: str, table: str) -> list[tuple]:
        return q(f"SELECT {columns} FROM {table} x JOIN participation p "
                 "ON p.id = x.participation_id WHERE p.meeting_id = ? "
                 "ORDER BY x.position, x.id", (meeting_id,)).fetchall()

    view.touchpoints = [
        TouchpointRow(key, part, by_part[part].name, names.get(person, ""),
                      date.fromisoformat(day), summary)
        for key, part, person, day, summary in of_parts(
            "x.id, x.participation_id, x.person_id, x.date, x.summary", "touchpoint")]
    view.demands = demand_rows(connection, meeting_id)
    view.suggestions = [
        SuggestionRow(key, part, by_part[part].id, by_part[part].name,
                      person if person in names else None, names.get(person, ""), text,
                      SuggestionDecision(decision), incorporation, bool(credit))
        for key, part, person, text, decision, incorporation, credit in of_parts(
            "x.id, x.participation_id, x.person_id, x.text, x.decision, x.incorporation, "
            "x.credit", "suggestion")]
    start = view.scheduled_at
    for key, section, item, presenter, by_coordinator, length, goal, notes in q(
            "SELECT id, section, title, presenter_id, presenter_is_coordinator, minutes, "
            "goal_id, notes FROM agenda_item WHERE meeting_id = ? ORDER BY position, id",
            (meeting_id,)):
        known_goal = goal if goal in goal_names else None
        view.agenda.append(AgendaRow(
            key, section, item, presenter if presenter in names else None,
            names.get(presenter, ""), length, known_goal, goal_names.get(goal, ""), notes, start,
            bool(by_coordinator)))
        if start is not None:
            start = start + timedelta(minutes=length or 0)
    agreed: dict[int, list[DepartmentRef]] = defaultdict(list)
    for decision_id, dept_id in q(
            "SELECT a.decision_id, a.department_id FROM decision_agreement a JOIN decision d "
            "ON d.id = a.decision_id WHERE d.meeting_id = ? "
            "ORDER BY a.position, a.decision_id, a.department_id", (meeting_id,)):
        if dept_id in by_department:
            agreed[decision_id].append(by_department[dept_id])
    view.decisions = [
        DecisionRow(key, text, tuple(d.id for d in agreed[key]),
                    tuple(d.name for d in agreed[key]))
        for key, text in q("SELECT id, text FROM decision WHERE meeting_id = ? "
                           "ORDER BY position, id", (meeting_id,))]
    view.issues = [
        IssueRow(key, text, follow_up, _day(due))
        for key, text, follow_up, due in q(
            "SELECT id, text, follow_up, due FROM open_issue WHERE meeting_id = ? "
            "ORDER BY position, id", (meeting_id,))]
    demand_texts = {d.id: d.text for d in view.demands}
    suggestion_texts = {s.id: s.text for s in view.suggestions}
    issue_texts = {i.id: i.text for i in view.issues}
    for (key, text, owner, dept_id, due, status, from_demand, from_suggestion,
         from_issue) in q(
            "SELECT id, text, owner_id, department_id, due, status, source_demand_id, "
            "source_suggestion_id, source_issue_id FROM action_item WHERE meeting_id = ? "
            "ORDER BY position, id", (meeting_id,)):
        # one source, the first the meeting knows (as the package keeps it)
        source: tuple[str, int] | None = next(
            ((kind, ref) for kind, ref, texts in (
                ("demand", from_demand, demand_texts),
                ("suggestion", from_suggestion, suggestion_texts),
                ("issue", from_issue, issue_texts)) if ref in texts), None)
        texts = {"demand": demand_texts, "suggestion": suggestion_texts, "issue": issue_texts}
        department = by_department.get(dept_id)
        view.actions.append(ActionRow(
            key, text, owner if owner in names else None, names.get(owner, ""),
            None if department is None else department.id,
            "" if department is None else department.name, _day(due), ActionStatus(status),
            source[1] if source and source[0] == "demand" else None,
            source[1] if source and source[0] == "suggestion" else None,
            source[1] if source and source[0] == "issue" else None,
            _short(texts[source[0]][source[1]]) if source else ""))
    review = q("SELECT rating, went_well, lessons, leader_feedback FROM review "
               "WHERE meeting_id = ?", (meeting_id,)).fetchone()
    view.review = None if review is None else ReviewRow(*review)
    return view
