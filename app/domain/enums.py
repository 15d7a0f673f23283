"""The enumerations of the meeting package format.

Member names equal their values (the lower-case words of the format), so the
database, the package file and the code all say the same word.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import StrEnum

from app.i18n import N_, _


class Language(StrEnum):
    en = "en"
    es = "es"
    zh_CN = "zh_CN"


class MeetingStatus(StrEnum):
    preparing = "preparing"
    ready = "ready"
    held = "held"
    closed = "closed"


class Relationship(StrEnum):
    upstream = "upstream"
    downstream = "downstream"
    peer = "peer"


class Engagement(StrEnum):
    """How engaged a department or person is (PMBOK's engagement assessment), in order."""

    unaware = "unaware"
    resistant = "resistant"
    neutral = "neutral"
    supportive = "supportive"
    leading = "leading"


def engagement_rank(level: Engagement) -> int:
    """0 (unaware) to 4 (leading): the gap between two levels is the difference of ranks."""
    return list(Engagement).index(level)


class DecisionRight(StrEnum):
    """Who holds what part of the decision (RAPID; the coordinator is the recommender)."""

    decide = "decide"
    agree = "agree"
    input = "input"
    perform = "perform"
    #: only needs to be kept informed
    informed = "informed"


class Readiness(StrEnum):
    not_contacted = "not_contacted"
    contacted = "contacted"
    concerns_known = "concerns_known"
    aligned = "aligned"


class Channel(StrEnum):
    meeting = "meeting"
    call = "call"
    email = "email"
    chat = "chat"
    other = "other"


class DemandKind(StrEnum):
    demand = "demand"
    objection = "objection"
    risk = "risk"


class RootCause(StrEnum):
    workload = "workload"
    capability = "capability"
    schedule = "schedule"
    past_friction = "past_friction"
    goal_conflict = "goal_conflict"
    other = "other"


class DemandStatus(StrEnum):
    open = "open"
    addressed = "addressed"
    accepted = "accepted"
    escalated = "escalated"


class SuggestionDecision(StrEnum):
    pending = "pending"
    adopted = "adopted"
    adapted = "adapted"
    declined = "declined"


class ActionStatus(StrEnum):
    open = "open"
    done = "done"
    dropped = "dropped"


# The words a user reads for each value, marked for translation; shown through `_()`.
# Keyed by enumeration first: StrEnum members equal their strings, so
# `ActionStatus.open == DemandStatus.open` and one flat dict would mix them up.
LABELS: dict[type[StrEnum], dict[str, str]] = {
    Language: {
        "en": N_("English"),
        "es": N_("Spanish"),
        "zh_CN": N_("Chinese (Simplified)"),
    },
    MeetingStatus: {
        "preparing": N_("Preparing"),
        "ready": N_("Ready"),
        "held": N_("Held"),
        "closed": N_("Closed"),
    },
    Relationship: {
        "upstream": N_("Upstream"),
        "downstream": N_("Downstream"),
        "peer": N_("Peer"),
    },
    Engagement: {
        "unaware": N_("Unaware"),
        "resistant": N_("Resistant"),
        "neutral": N_("Neutral"),
        "supportive": N_("Supportive"),
        "leading": N_("Leading"),
    },
    DecisionRight: {
        "decide": N_("Decides"),
        "agree": N_("Must agree"),
        "input": N_("Gives input"),
        "perform": N_("Carries it out"),
        "informed": N_("Kept informed"),
    },
    Readiness: {
        "not_contacted": N_("Not contacted"),
        "contacted": N_("Contacted"),
        "concerns_known": N_("Concerns known"),
        "aligned": N_("Aligned"),
    },
    Channel: {
        "meeting": N_("Meeting"),
        "call": N_("Call"),
        "email": N_("Email"),
        "chat": N_("Chat"),
        "other": N_("Other"),
    },
    DemandKind: {
        "demand": N_("Demand"),
        "objection": N_("Objection"),
        "risk": N_("Risk"),
    },
    RootCause: {
        "workload": N_("Workload / resources"),
        "capability": N_("Capability / new staff"),
        "schedule": N_("Schedule"),
        "past_friction": N_("Past friction"),
        "goal_conflict": N_("Goal conflict"),
        "other": N_("Other cause"),
    },
    DemandStatus: {
        "open": N_("Open"),
        "addressed": N_("Addressed"),
        "accepted": N_("Accepted"),
        "escalated": N_("Escalated"),
    },
    SuggestionDecision: {
        "pending": N_("Pending"),
        "adopted": N_("Adopted"),
        "adapted": N_("Adapted"),
        "declined": N_("Declined"),
    },
    ActionStatus: {
        "open": N_("To do"),
        "done": N_("Done"),
        "dropped": N_("Dropped"),
    },
}


def label(value: StrEnum, gettext: Callable[[str], str] | None = None) -> str:
    """The translated word for an enumeration value (``gettext`` picks the language)."""
    text = LABELS[type(value)][value.value]
    return (gettext or _)(text)
