"""One meeting read at once (one transaction) as the rows the step pages show.

The meeting document speaks package ids; the pages edit through services by
database id. This turns one into the other once per reload, so no page runs
a query per table row.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from app.domain import package as pkg
from app.domain.enums import (
    ActionStatus,
    DemandKind,
    DemandStatus,
    MeetingStatus,
    RootCause,
    SuggestionDecision,
)
from app.i18n import _
from app.services import meeting_document
from app.storage import Workspace


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
    review: pkg.ReviewDoc | None = None

    def people_of(self, department_id: int) -> list[PersonRef]:
        return [p for p in self.people if p.department_id == department_id]


def _short(text: str, limit: int = 60) -> str:
    line = " ".join(text.split())
    return line if len(line) <= limit else line[: limit - 1] + "…"


def load(workspace: Workspace, meeting_id: int) -> MeetingView:
    """Read the meeting once and resolve every package id to its database row."""
    doc = meeting_document.load(workspace, meeting_id)
    package = doc.package

    def db_id(key: str | None) -> int | None:
        return None if key is None else doc.rows[key][1]

    departments: dict[str, DepartmentRef] = {}
    people: dict[str, PersonRef] = {}
    for dept in package.departments:
        ref = DepartmentRef(doc.rows[dept.id][1], doc.participations[dept.id], dept.name)
        departments[dept.id] = ref
        for person in dept.people:
            people[person.id] = PersonRef(doc.rows[person.id][1], person.name, ref.id, ref.name)
    goals = {g.id: GoalRef(doc.rows[g.id][1], g.statement) for g in package.goals}

    def person_name(key: str | None) -> str:
        return people[key].name if key in people else ""

    view = MeetingView(
        id=meeting_id, title=package.meeting.title, status=package.meeting.status,
        scheduled_at=package.meeting.scheduled_at,
        duration_minutes=package.meeting.duration_minutes,
        departments=list(departments.values()), people=list(people.values()),
        goals=list(goals.values()), review=package.review,
    )
    view.touchpoints = [
        TouchpointRow(doc.rows[t.id][1], departments[t.department].participation_id,
                      departments[t.department].name, person_name(t.person), t.date, t.summary)
        for t in package.touchpoints
    ]
    view.demands = [
        DemandRow(doc.rows[d.id][1], departments[d.department].participation_id,
                  departments[d.department].id, departments[d.department].name, d.kind, d.text,
                  d.root_cause, d.anticipated, d.response, d.status)
        for d in package.demands
    ]
    view.suggestions = [
        SuggestionRow(doc.rows[s.id][1], departments[s.department].participation_id,
                      departments[s.department].id, departments[s.department].name,
                      db_id(s.person), person_name(s.person), s.text, s.decision,
                      s.incorporation, s.credit)
        for s in package.suggestions
    ]
    start = package.meeting.scheduled_at
    for item in package.agenda:
        goal = goals.get(item.goal) if item.goal else None
        view.agenda.append(AgendaRow(
            doc.rows[item.id][1], item.section, item.title, db_id(item.presenter),
            person_name(item.presenter), item.minutes, goal.id if goal else None,
            goal.statement if goal else "", item.notes, start))
        if start is not None:
            start = start + timedelta(minutes=item.minutes or 0)
    view.decisions = [
        DecisionRow(doc.rows[d.id][1], d.text,
                    tuple(departments[k].id for k in d.agreed_by),
                    tuple(departments[k].name for k in d.agreed_by))
        for d in package.decisions
    ]
    view.issues = [IssueRow(doc.rows[i.id][1], i.text, i.follow_up, i.due)
                   for i in package.open_issues]
    texts = {d.id: d.text for d in package.demands}
    texts.update({s.id: s.text for s in package.suggestions})
    texts.update({i.id: i.text for i in package.open_issues})
    for action in package.actions:
        source: dict[str, int | None] = {"demand": None, "suggestion": None, "open_issue": None}
        if action.source is not None:
            table, key = doc.rows[action.source]
            source[table] = key
        owner_dept = departments.get(action.department) if action.department else None
        view.actions.append(ActionRow(
            doc.rows[action.id][1], action.text, db_id(action.owner), person_name(action.owner),
            owner_dept.id if owner_dept else None, owner_dept.name if owner_dept else "",
            action.due, action.status,
            source["demand"], source["suggestion"], source["open_issue"],
            _short(texts.get(action.source or "", ""))))
    return view
