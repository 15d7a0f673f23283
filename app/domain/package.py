"""The meeting package, format version 2, as pydantic models (package-format.md).

The same models are the plain data of a whole meeting inside the program:
the briefing pack, the readiness rules and the export all read a
:class:`MeetingPackage`. Unknown keys are refused (a typo must not be lost);
cross-references (a touchpoint's department, an action's source) are checked
by the import, which can report every dangling id with its place.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Annotated, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    StringConstraints,
    model_validator,
)

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
from app.domain.rules import BOTH_PRESENTERS, not_blank

FORMAT = "prewire.meeting"
VERSION = 2

#: a package-local id: any non-empty string
Id = Annotated[str, StringConstraints(min_length=1)]
#: text that must not be blank (kept exactly as typed)
Required = Annotated[str, AfterValidator(not_blank)]
Scale = Annotated[int, Field(ge=1, le=5)]
#: a calendar UID (RFC 5545): printable, no spaces, at most 255 characters
Uid = Annotated[str, StringConstraints(pattern=r"^[!-~]{1,255}$")]
Minutes = Annotated[int, Field(ge=0)]
#: a count from 1: days between contacts, a place in the order of approach
Days = Annotated[int, Field(ge=1)]


class Part(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True, defer_build=True)


class MeetingFields(Part):
    title: Required
    purpose: str = ""
    expectations: str = ""
    scheduled_at: datetime | None = None
    duration_minutes: Minutes | None = None
    location: str = ""
    language: Language = Language.en
    status: MeetingStatus = MeetingStatus.preparing
    notes: str = ""
    #: its calendar entry's UID; optional, so packages written before it still import
    uid: Uid | None = None


class GoalDoc(Part):
    id: Id
    statement: Required
    indicator: str = ""
    baseline: str = ""
    target: str = ""
    due: date | None = None
    benefits: str = ""
    evidence: str = ""


class PersonDoc(Part):
    id: Id
    name: Required
    role: str = ""
    contact: str = ""
    influence: Scale | None = None
    interest: Scale | None = None
    notes: str = ""


class DepartmentCore(Part):
    """A department's fields that every version of the format has."""

    id: Id
    # the profile, shared across the workspace's meetings
    name: Required
    function: str = ""
    workflow: str = ""
    focus: str = ""
    okrs: list[str] = []
    pressures: str = ""
    history: str = ""
    people: list[PersonDoc] = []
    # its part in this meeting
    relationship: Relationship | None = None
    serves_their_goals: str = ""
    readiness: Readiness = Readiness.not_contacted
    private_notes: str = ""


class DepartmentDoc(DepartmentCore):
    engagement: Engagement = Engagement.unaware
    engagement_desired: Engagement = Engagement.supportive
    engagement_at_start: Engagement = Engagement.unaware
    decision_right: DecisionRight | None = None
    # the communication plan; owner: a member of `team` (None: the coordinator)
    owner: Id | None = None
    plan_channel: Channel | None = None
    cadence_days: Days | None = None
    next_contact: date | None = None
    approach_order: Days | None = None
    approach_reason: str = ""


class TouchpointCore(Part):
    """A touchpoint's fields that every version of the format has."""

    id: Id
    department: Id
    person: Id | None = None
    date: date
    channel: Channel = Channel.meeting
    summary: str = ""
    next_step: str = ""


class TouchpointDoc(TouchpointCore):
    preread_sent: bool = False


class StakeholderDoc(Part):
    """A person's part in this meeting (their department's is on the department)."""

    person: Id
    engagement: Engagement = Engagement.unaware
    engagement_desired: Engagement = Engagement.supportive
    engagement_at_start: Engagement = Engagement.unaware
    decision_right: DecisionRight | None = None


class EngagementChangeDoc(Part):
    """One move of a department's (person None) or a person's engagement."""

    department: Id
    person: Id | None = None
    date: date
    from_level: Engagement | None = None
    to_level: Engagement
    touchpoint: Id | None = None
    note: str = ""


class TeamMemberDoc(Part):
    """A colleague on the coordinator's side who owns a department's relationship."""

    id: Id
    name: Required
    role: str = ""


class DemandDoc(Part):
    id: Id
    department: Id
    kind: DemandKind = DemandKind.objection
    text: Required
    root_cause: RootCause | None = None
    anticipated: bool = False
    response: str = ""
    status: DemandStatus = DemandStatus.open


class SuggestionDoc(Part):
    id: Id
    department: Id
    person: Id | None = None
    text: Required
    decision: SuggestionDecision = SuggestionDecision.pending
    incorporation: str = ""
    credit: bool = False


class AgendaItemDoc(Part):
    id: Id
    section: str = ""
    title: Required
    presenter: Id | None = None
    #: the coordinator presents it; optional, so packages written before it still import
    presenter_is_coordinator: bool = False
    minutes: Minutes | None = None
    goal: Id | None = None
    notes: str = ""

    @model_validator(mode="after")
    def _one_presenter(self) -> AgendaItemDoc:
        if self.presenter is not None and self.presenter_is_coordinator:
            raise ValueError(BOTH_PRESENTERS)
        return self


class DecisionDoc(Part):
    id: Id
    text: Required
    agreed_by: list[Id] = []


class ActionDoc(Part):
    id: Id
    text: Required
    owner: Id | None = None
    department: Id | None = None
    due: date | None = None
    status: ActionStatus = ActionStatus.open
    source: Id | None = None
    #: its calendar entry's UID; optional, so packages written before it still import
    uid: Uid | None = None


class OpenIssueDoc(Part):
    id: Id
    text: Required
    follow_up: str = ""
    due: date | None = None


class ReviewDoc(Part):
    rating: Scale | None = None
    went_well: str = ""
    lessons: str = ""
    leader_feedback: str = ""


class MeetingPackage(Part):
    """One meeting with everything it refers to."""

    format: Literal["prewire.meeting"] = "prewire.meeting"
    version: Literal[2] = 2
    meeting: MeetingFields
    #: our own side: the colleagues who own a department's relationship in this meeting
    team: list[TeamMemberDoc] = []
    goals: list[GoalDoc] = []
    departments: list[DepartmentDoc] = []
    stakeholders: list[StakeholderDoc] = []
    touchpoints: list[TouchpointDoc] = []
    engagement_history: list[EngagementChangeDoc] = []
    demands: list[DemandDoc] = []
    suggestions: list[SuggestionDoc] = []
    agenda: list[AgendaItemDoc] = []
    decisions: list[DecisionDoc] = []
    actions: list[ActionDoc] = []
    open_issues: list[OpenIssueDoc] = []
    review: ReviewDoc | None = None

    def department(self, key: str) -> DepartmentDoc | None:
        return next((d for d in self.departments if d.id == key), None)

    def person(self, key: str) -> tuple[DepartmentDoc, PersonDoc] | None:
        """A person and their department, by the person's id."""
        for department in self.departments:
            for person in department.people:
                if person.id == key:
                    return department, person
        return None

    def departments_by_id(self) -> dict[str, DepartmentDoc]:
        """Every department by its id, for many lookups (one scan each is quadratic)."""
        return {d.id: d for d in self.departments}

    def people_by_id(self) -> dict[str, tuple[DepartmentDoc, PersonDoc]]:
        """Every person with their department, by the person's id, for many lookups."""
        return {p.id: (d, p) for d in self.departments for p in d.people}
