"""A department's part in one meeting, and what happened with it before the meeting."""

from __future__ import annotations

from datetime import date as Date

from pydantic import field_validator
from sqlalchemy import UniqueConstraint
from sqlmodel import Field, SQLModel

from app.domain.enums import (
    Channel,
    DemandKind,
    DemandStatus,
    Readiness,
    Relationship,
    RootCause,
    Stance,
    SuggestionDecision,
)
from app.domain.rules import not_blank


class ParticipationBase(SQLModel):
    relationship: Relationship | None = None
    serves_their_goals: str = ""
    stance: Stance = Stance.unknown
    stance_at_start: Stance = Stance.unknown
    readiness: Readiness = Readiness.not_contacted
    private_notes: str = ""


class Participation(ParticipationBase, table=True):
    __tablename__ = "participation"
    __table_args__ = (UniqueConstraint("meeting_id", "department_id"),)
    id: int | None = Field(default=None, primary_key=True)
    meeting_id: int = Field(foreign_key="meeting.id", ondelete="CASCADE", index=True)
    # RESTRICT: a profile in use is never deleted under a meeting (the service says which)
    department_id: int = Field(foreign_key="department.id", ondelete="RESTRICT", index=True)
    position: int = 0


class TouchpointBase(SQLModel):
    date: Date
    channel: Channel = Channel.meeting
    person_id: int | None = None
    summary: str = ""
    next_step: str = ""


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
