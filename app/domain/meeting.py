"""A meeting (the initiative a leader handed over) and everything that belongs only to it."""

from __future__ import annotations

from datetime import date, datetime
from uuid import uuid4

from pydantic import field_validator
from sqlmodel import Field, SQLModel

from app.domain.enums import ActionStatus, Language, MeetingStatus
from app.domain.rules import not_blank
from app.domain.types import AwareDateTime, utcnow


def new_uid() -> str:
    """A calendar UID that no other row of any workspace has (RFC 5545: globally unique)."""
    return f"{uuid4()}@prewire"


class MeetingBase(SQLModel):
    title: str
    purpose: str = ""
    expectations: str = ""
    scheduled_at: datetime | None = Field(default=None, sa_type=AwareDateTime)
    duration_minutes: int | None = Field(default=None, ge=0)
    location: str = ""
    language: Language = Language.en
    status: MeetingStatus = MeetingStatus.preparing
    notes: str = ""

    _title = field_validator("title")(not_blank)


class Meeting(MeetingBase, table=True):
    __tablename__ = "meeting"
    id: int | None = Field(default=None, primary_key=True)
    # the meeting this one follows up, whose lessons its preparation shows again
    previous_id: int | None = Field(default=None, foreign_key="meeting.id", ondelete="SET NULL")
    created_at: datetime = Field(default_factory=utcnow, sa_type=AwareDateTime)
    #: its calendar entry's UID: stable across exports, carried by packages
    uid: str = Field(default_factory=new_uid, unique=True, index=True)


class GoalBase(SQLModel):
    statement: str
    indicator: str = ""
    baseline: str = ""
    target: str = ""
    due: date | None = None
    benefits: str = ""
    evidence: str = ""

    _statement = field_validator("statement")(not_blank)


class Goal(GoalBase, table=True):
    __tablename__ = "goal"
    id: int | None = Field(default=None, primary_key=True)
    meeting_id: int = Field(foreign_key="meeting.id", ondelete="CASCADE", index=True)
    position: int = 0


class AgendaItemBase(SQLModel):
    section: str = ""
    title: str
    presenter_id: int | None = None
    #: the coordinator presents it (not a person of the meeting); never with presenter_id
    presenter_is_coordinator: bool = False
    minutes: int | None = Field(default=None, ge=0)
    goal_id: int | None = None
    notes: str = ""

    _title = field_validator("title")(not_blank)


class AgendaItem(AgendaItemBase, table=True):
    __tablename__ = "agenda_item"
    id: int | None = Field(default=None, primary_key=True)
    meeting_id: int = Field(foreign_key="meeting.id", ondelete="CASCADE", index=True)
    presenter_id: int | None = Field(default=None, foreign_key="person.id", ondelete="SET NULL")
    goal_id: int | None = Field(default=None, foreign_key="goal.id", ondelete="SET NULL")
    position: int = 0


class DecisionBase(SQLModel):
    text: str

    _text = field_validator("text")(not_blank)


class Decision(DecisionBase, table=True):
    __tablename__ = "decision"
    id: int | None = Field(default=None, primary_key=True)
    meeting_id: int = Field(foreign_key="meeting.id", ondelete="CASCADE", index=True)
    position: int = 0


class DecisionAgreement(SQLModel, table=True):
    """A department that agreed to a decision."""

    __tablename__ = "decision_agreement"
    decision_id: int = Field(foreign_key="decision.id", ondelete="CASCADE", primary_key=True)
    department_id: int = Field(foreign_key="department.id", ondelete="CASCADE", primary_key=True)
    position: int = 0


class OpenIssueBase(SQLModel):
    text: str
    follow_up: str = ""
    due: date | None = None

    _text = field_validator("text")(not_blank)


class OpenIssue(OpenIssueBase, table=True):
    __tablename__ = "open_issue"
    id: int | None = Field(default=None, primary_key=True)
    meeting_id: int = Field(foreign_key="meeting.id", ondelete="CASCADE", index=True)
    # the issue of the previous meeting this one carries over
    carried_from_id: int | None = Field(
        default=None, foreign_key="open_issue.id", ondelete="SET NULL"
    )
    position: int = 0


class ActionItemBase(SQLModel):
    text: str
    owner_id: int | None = None
    department_id: int | None = None
    due: date | None = None
    status: ActionStatus = ActionStatus.open
    # at most one source: the demand, suggestion or open issue it came from
    source_demand_id: int | None = None
    source_suggestion_id: int | None = None
    source_issue_id: int | None = None

    _text = field_validator("text")(not_blank)


class ActionItem(ActionItemBase, table=True):
    __tablename__ = "action_item"
    id: int | None = Field(default=None, primary_key=True)
    meeting_id: int = Field(foreign_key="meeting.id", ondelete="CASCADE", index=True)
    owner_id: int | None = Field(default=None, foreign_key="person.id", ondelete="SET NULL")
    department_id: int | None = Field(
        default=None, foreign_key="department.id", ondelete="SET NULL"
    )
    source_demand_id: int | None = Field(default=None, foreign_key="demand.id", ondelete="SET NULL")
    source_suggestion_id: int | None = Field(
        default=None, foreign_key="suggestion.id", ondelete="SET NULL"
    )
    source_issue_id: int | None = Field(
        default=None, foreign_key="open_issue.id", ondelete="SET NULL"
    )
    carried_from_id: int | None = Field(
        default=None, foreign_key="action_item.id", ondelete="SET NULL"
    )
    position: int = 0
    #: its calendar entry's UID: stable across exports, carried by packages
    uid: str = Field(default_factory=new_uid, unique=True, index=True)


class ReviewBase(SQLModel):
    rating: int | None = Field(default=None, ge=1, le=5)
    went_well: str = ""
    lessons: str = ""
    leader_feedback: str = ""


class Review(ReviewBase, table=True):
    __tablename__ = "review"
    meeting_id: int = Field(foreign_key="meeting.id", ondelete="CASCADE", primary_key=True)
