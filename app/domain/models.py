"""Every table, importable from one place (Alembic and the services use this)."""

from sqlmodel import SQLModel

from app.domain.department import Department, DepartmentBase, Person, PersonBase
from app.domain.engagement import (
    EngagementChange,
    EngagementChangeBase,
    Stakeholder,
    StakeholderBase,
    TeamMember,
    TeamMemberBase,
)
from app.domain.meeting import (
    ActionItem,
    ActionItemBase,
    AgendaItem,
    AgendaItemBase,
    Decision,
    DecisionAgreement,
    DecisionBase,
    Goal,
    GoalBase,
    Meeting,
    MeetingBase,
    OpenIssue,
    OpenIssueBase,
    Review,
    ReviewBase,
)
from app.domain.participation import (
    Demand,
    DemandBase,
    Participation,
    ParticipationBase,
    Suggestion,
    SuggestionBase,
    Touchpoint,
    TouchpointBase,
)

metadata = SQLModel.metadata

__all__ = [
    "ActionItem", "ActionItemBase", "AgendaItem", "AgendaItemBase", "Decision",
    "DecisionAgreement", "DecisionBase", "Demand", "DemandBase", "Department",
    "DepartmentBase", "EngagementChange", "EngagementChangeBase", "Goal", "GoalBase",
    "Meeting", "MeetingBase", "OpenIssue", "OpenIssueBase", "Participation",
    "ParticipationBase", "Person", "PersonBase",
    "Review", "ReviewBase", "Stakeholder", "StakeholderBase", "Suggestion", "SuggestionBase",
    "TeamMember", "TeamMemberBase", "Touchpoint", "TouchpointBase", "metadata",
]
