"""Engagement beyond the department: people's part in a meeting, its history, our own team."""

from __future__ import annotations

from datetime import date as Date

from pydantic import field_validator
from sqlalchemy import UniqueConstraint
from sqlmodel import Field, SQLModel

from app.domain.enums import DecisionRight, Engagement
from app.domain.rules import not_blank


class StakeholderBase(SQLModel):
    engagement: Engagement = Engagement.unaware
    engagement_desired: Engagement = Engagement.supportive
    engagement_at_start: Engagement = Engagement.unaware
    decision_right: DecisionRight | None = None


class Stakeholder(StakeholderBase, table=True):
    """A person's part in one meeting: where they stand, must get to, and what they decide."""

    __tablename__ = "stakeholder"
    __table_args__ = (UniqueConstraint("participation_id", "person_id"),)
    id: int | None = Field(default=None, primary_key=True)
    participation_id: int = Field(foreign_key="participation.id", ondelete="CASCADE", index=True)
    person_id: int = Field(foreign_key="person.id", ondelete="CASCADE", index=True)


class EngagementChangeBase(SQLModel):
    date: Date
    #: None: the level recorded at the start
    from_level: Engagement | None = None
    to_level: Engagement
    note: str = ""


class EngagementChange(EngagementChangeBase, table=True):
    """One move of a department's (person_id None) or a person's current engagement."""

    __tablename__ = "engagement_change"
    id: int | None = Field(default=None, primary_key=True)
    participation_id: int = Field(foreign_key="participation.id", ondelete="CASCADE", index=True)
    # CASCADE, not SET NULL: a deleted person's moves must not turn into the department's
    person_id: int | None = Field(default=None, foreign_key="person.id", ondelete="CASCADE",
                                  index=True)
    #: the touchpoint that moved it, when one did
    touchpoint_id: int | None = Field(default=None, foreign_key="touchpoint.id",
                                      ondelete="SET NULL")


class TeamMemberBase(SQLModel):
    name: str
    role: str = ""

    _name = field_validator("name")(not_blank)


class TeamMember(TeamMemberBase, table=True):
    """A colleague on the coordinator's side who can own a department's relationship."""

    __tablename__ = "team_member"
    id: int | None = Field(default=None, primary_key=True)
    # casefolded, space-collapsed name, as departments have: one colleague, one row
    name_key: str = Field(unique=True, index=True)
    position: int = 0
