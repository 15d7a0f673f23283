"""A department's part in one meeting, and what happened with it before the meeting."""

from __future__ import annotations

from datetime import date as Date

from pydantic import field_validator
from sqlalchemy import UniqueConstraint
from sqlmodel import Field, SQLModel

from app.domain.enums import (
    Channel,
    DecisionRight,
    DemandKind,
    DemandStatus,
    Engagement,
    Readiness,
    Relationship,
    RootCause,
    SuggestionDecision,
)
from app.domain.rules import not_blank


class ParticipationBase(SQLModel):
    relationship: Relationship | None = None
    serves_their_goals: str = ""
    engagement: Engagement = Engagement.unaware
    engagement_desired: Engagement = Engagement.supportive
    engagement_at_start: Engagement = Engagement.unaware
    decision_right: DecisionRight | None = None
    readiness: Readiness = Readiness.not_contacted
    private_notes: str = ""
    # the communication plan: who on our side owns it (owner_id, None: the coordinator),
    # by which channel, every how many days, when next, and in which order and why
    owner_id: int | None = None
    plan_channel: Channel | None = None
    cadence_days: int | None = Field(default=None, ge=1)
    next_contact: Date | None = None
    approach_order: int | None = Field(default=None, ge=1)
    approach_reason: str = ""


class Participation(ParticipationBase, table=True):
    __tablename__ = "participation"
    __table_args__ = (UniqueConstraint("meeting_id", "department_id"),)
    id: int | None = Field(default=None, primary_key=True)
    meeting_id: int = Field(foreign_key="meeting.id", ondelete="CASCADE", index=True)
    # RESTRICT: a profile in use is never deleted under a meeting (the service says which)
    department_id: int = Field(foreign_key="department.id", ondelete="RESTRICT", index=True)
    owner_id: int | None = Field(default=None, foreign_key="team_member.id", ondelete="SET NULL")
    position: int = 0


class TouchpointBase(SQLModel):
    date: Date
    channel: Channel = Channel.meeting
    person_id: int | None = None
    summary: str = ""
    next_step: str = ""
    #: this touchpoint delivered the pre-read (a recorded fact, not a word in the summary)
    preread_sent: bool = False


class Touchpoint(TouchpointBase, table=True):
    __tablename__ = "touchpoint"
    id: int | None = Field(default=None, primary_key=True)
    participation_id: int = Field(foreign_key="participation.id", ondelete="CASCADE", index=True)
    person_id: int | None = Field(default=None, foreign_key="person.id", ondelete="SET NULL")
    position: int = 0


class DemandBase(SQLModel):
    kind: DemandKind = DemandKind.objection
    text: str
    root_cause: RootCause | None = None
    anticipated: bool = False
    response: str = ""
    status: DemandStatus = DemandStatus.open

    _text = field_validator("text")(not_blank)


class Demand(DemandBase, table=True):
    __tablename__ = "demand"
    id: int | None = Field(default=None, primary_key=True)
    participation_id: int = Field(foreign_key="participation.id", ondelete="CASCADE", index=True)
    position: int = 0
    #: the demand of another meeting whose response this one's started from (set by
    #: answers_memory.reuse_answer; the workspace's own link, not part of a package)
    response_from_id: int | None = Field(default=None, foreign_key="demand.id",
                                         ondelete="SET NULL")


class SuggestionBase(SQLModel):
    person_id: int | None = None
    text: str
    decision: SuggestionDecision = SuggestionDecision.pending
    incorporation: str = ""
    credit: bool = False

    _text = field_validator("text")(not_blank)


class Suggestion(SuggestionBase, table=True):
    __tablename__ = "suggestion"
    id: int | None = Field(default=None, primary_key=True)
    participation_id: int = Field(foreign_key="participation.id", ondelete="CASCADE", index=True)
    person_id: int | None = Field(default=None, foreign_key="person.id", ondelete="SET NULL")
    position: int = 0
    #: the day its author was thanked after the meeting (thanks.mark_thanked; the
    #: workspace's own record, not part of a package)
    thanked_on: Date | None = None
