"""Version 1 of the meeting package (stance instead of engagement) and its upgrade to 2.

A version 1 file is checked against these models, so a problem is named at its
place in that file; then :func:`upgrade` gives the version 2 package, mapping
stances as revision 0007 maps a workspace's (``app.domain.legacy``).
"""

from __future__ import annotations

from datetime import date
from typing import Literal

from pydantic import BaseModel

from app.domain import package as v2
from app.domain.enums import Engagement
from app.domain.legacy import (
    STANCE_TO_ENGAGEMENT,
    Stance,
    mentions_preread,
    needs_history,
    stance_note,
)


class DepartmentDoc(v2.DepartmentCore):
    stance: Stance = Stance.unknown
    stance_at_start: Stance = Stance.unknown


class MeetingPackage(BaseModel):
    """A version 1 package: no team, stakeholders, history or plan; a stance per department."""

    model_config = v2.Part.model_config

    format: Literal["prewire.meeting"] = "prewire.meeting"
    version: Literal[1] = 1
    meeting: v2.MeetingFields
    goals: list[v2.GoalDoc] = []
    departments: list[DepartmentDoc] = []
    touchpoints: list[v2.TouchpointCore] = []
    demands: list[v2.DemandDoc] = []
    suggestions: list[v2.SuggestionDoc] = []
    agenda: list[v2.AgendaItemDoc] = []
    decisions: list[v2.DecisionDoc] = []
    actions: list[v2.ActionDoc] = []
    open_issues: list[v2.OpenIssueDoc] = []
    review: v2.ReviewDoc | None = None


def upgrade(old: MeetingPackage, today: date) -> v2.MeetingPackage:
    """The same meeting as a version 2 package.

    Each stance maps to an engagement level (desired: supportive); a department whose
    stance moved, or was "concerned", gets a history row with the old words, dated by
    its last touchpoint (``today`` when it has none); a touchpoint naming the
    pre-read is marked as having sent it.
    """
    language = old.meeting.language.value
    last_contact: dict[str, date] = {}
    for touchpoint in old.touchpoints:
        known = last_contact.get(touchpoint.department)
        last_contact[touchpoint.department] = max(touchpoint.date, known or touchpoint.date)
    departments, history = [], []
    for department in old.departments:
        fields = department.model_dump(exclude={"stance", "stance_at_start", "people"})
        start, now = department.stance_at_start, department.stance
        departments.append(v2.DepartmentDoc(
            **fields, people=department.people, engagement=STANCE_TO_ENGAGEMENT[now],
            engagement_at_start=STANCE_TO_ENGAGEMENT[start],
            engagement_desired=Engagement.supportive))
        if needs_history(start, now):
            history.append(v2.EngagementChangeDoc(
                department=department.id, date=last_contact.get(department.id, today),
                from_level=STANCE_TO_ENGAGEMENT[start], to_level=STANCE_TO_ENGAGEMENT[now],
                note=stance_note(language, start, now)))
    touchpoints = [
        v2.TouchpointDoc(**t.model_dump(), preread_sent=mentions_preread(t.summary, t.next_step))
        for t in old.touchpoints]
    return v2.MeetingPackage(
        meeting=old.meeting, goals=old.goals, departments=departments, touchpoints=touchpoints,
        engagement_history=history, demands=old.demands, suggestions=old.suggestions,
        agenda=old.agenda, decisions=old.decisions, actions=old.actions,
        open_issues=old.open_issues, review=old.review)
