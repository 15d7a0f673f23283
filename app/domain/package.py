"""The meeting package, format version 1, as pydantic models (package-format.md).

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
    DemandKind,
    DemandStatus,
    Language,
    MeetingStatus,
    Readiness,
    Relationship,
    RootCause,
    Stance,
    SuggestionDecision,
)
from app.domain.rules import BOTH_PRESENTERS, not_blank

FORMAT = "prewire.meeting"
VERSION = 1

#: a package-local id: any non-empty string
Id = Annotated[str, StringConstraints(min_length=1)]
#: text that must not be blank (kept exactly as typed)
Required = Annotated[str, AfterValidator(not_blank)]
Scale = Annotated[int, Field(ge=1, le=5)]
#: a calendar UID (RFC 5545): printable, no spaces, at most 255 characters
Uid = Annotated[str, StringConstraints(pattern=r"^[!-~]{1,255}$")]
Minutes = Annotated[int, Field(ge=0)]


class Part(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True)


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


class DepartmentDoc(Part):
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
    stance: Stance = Stance.unknown
    stance_at_start: Stance = Stance.unknown
    readiness: Readiness = Readiness.not_contacted
    private_notes: str = ""


class TouchpointDoc(Part):
    id: Id
    department: Id
    person: Id | None = None
    date: date
    channel: Channel = Channel.meeting
    summary: str = ""
    next_step: str = ""


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
    version: Literal[1] = 1
    meeting: MeetingFields
    goals: list[GoalDoc] = []
    departments: list[DepartmentDoc] = []
    touchpoints: list[TouchpointDoc] = []
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
