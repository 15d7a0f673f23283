"""A whole meeting read at once as plain data: the package model, and where each row lives.

The export, the briefing pack and the readiness rules all read this; it takes
one query per table, never one per row.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from sqlmodel import Session, col, select

from app.domain import package as pkg
from app.domain.models import (
    ActionItem,
    AgendaItem,
    Decision,
    DecisionAgreement,
    Demand,
    Department,
    EngagementChange,
    Goal,
    Meeting,
    OpenIssue,
    Participation,
    Person,
    Review,
    Stakeholder,
    Suggestion,
    TeamMember,
    Touchpoint,
)
from app.services._rows import get
from app.services.document_ids import PREFIX
from app.services.document_ids import MeetingDocument as MeetingDocument
from app.storage import Workspace


class _Ids:
    def __init__(self) -> None:
        self.by_row: dict[tuple[str, int], str] = {}
        self.rows: dict[str, tuple[str, int]] = {}
        self.counts: dict[str, int] = defaultdict(int)

    def new(self, table: str, key: int | None) -> str:
        assert key is not None
        self.counts[table] += 1
        name = f"{PREFIX[table]}{self.counts[table]}"
        self.by_row[(table, key)] = name
        self.rows[name] = (table, key)
        return name

    def of(self, table: str, key: int | None) -> str | None:
        return None if key is None else self.by_row.get((table, key))


def _ordered(session: Session, table: type[Any], *where: Any) -> list[Any]:
    keys = table.__table__.primary_key.columns
    query = select(table).where(*where).order_by(table.position, *keys)
    return list(session.exec(query).all())


def read_document(session: Session, meeting_id: int) -> MeetingDocument:
    """Read a meeting within an open transaction."""
    meeting = get(session, Meeting, meeting_id)
    ids = _Ids()
    parts = _ordered(session, Participation, Participation.meeting_id == meeting_id)
    dept_ids = [p.department_id for p in parts]
    part_ids = [p.id for p in parts]
    departments = {d.id: d for d in session.exec(
        select(Department).where(col(Department.id).in_(dept_ids))).all()}
    people: dict[int, list[Person]] = defaultdict(list)
    for person in _ordered(session, Person, col(Person.department_id).in_(dept_ids)):
        people[person.department_id].append(person)

    owners = {p.owner_id for p in parts if p.owner_id is not None}
    team_docs = [pkg.TeamMemberDoc(id=ids.new("team_member", t.id), name=t.name, role=t.role)
                 for t in _ordered(session, TeamMember, col(TeamMember.id).in_(owners))]
    goals = _ordered(session, Goal, Goal.meeting_id == meeting_id)
    goal_docs = [
        pkg.GoalDoc(id=ids.new("goal", g.id), statement=g.statement, indicator=g.indicator,
                    baseline=g.baseline, target=g.target, due=g.due, benefits=g.benefits,
                    evidence=g.evidence)
        for g in goals
    ]
    dept_docs = []
    part_of: dict[int, Participation] = {p.id: p for p in parts}
    participations: dict[str, int] = {}
    for part in parts:
        dept = departments[part.department_id]
        dept_key = ids.new("department", dept.id)
        participations[dept_key] = part.id
        person_docs = [
            pkg.PersonDoc(id=ids.new("person", p.id), name=p.name, role=p.role,
                          contact=p.contact, influence=p.influence, interest=p.interest,
                          notes=p.notes)
            for p in people[dept.id or 0]
        ]
        dept_docs.append(pkg.DepartmentDoc(
            id=dept_key, name=dept.name, function=dept.function, workflow=dept.workflow,
            focus=dept.focus, okrs=list(dept.okrs), pressures=dept.pressures,
            history=dept.history, people=person_docs, relationship=part.relationship,
            serves_their_goals=part.serves_their_goals, readiness=part.readiness,
            private_notes=part.private_notes, engagement=part.engagement,
            engagement_desired=part.engagement_desired,
            engagement_at_start=part.engagement_at_start, decision_right=part.decision_right,
            owner=ids.of("team_member", part.owner_id), plan_channel=part.plan_channel,
            cadence_days=part.cadence_days, next_contact=part.next_contact,
            approach_order=part.approach_order, approach_reason=part.approach_reason,
        ))

    def dept_of(participation_id: int) -> str:
        return ids.of("department", part_of[participation_id].department_id) or ""

    def by_part(table: type[Any]) -> list[Any]:
        # one list across the meeting's departments, in the meeting-wide order kept
        # in `position`, so a package's list order survives import and export
        return _ordered(session, table, table.participation_id.in_(part_ids))

    touch_docs = [
        pkg.TouchpointDoc(id=ids.new("touchpoint", t.id), department=dept_of(t.participation_id),
                          person=ids.of("person", t.person_id), date=t.date, channel=t.channel,
                          summary=t.summary, next_step=t.next_step,
                          preread_sent=t.preread_sent)
        for t in by_part(Touchpoint)
    ]
    stakeholder_docs = [
        pkg.StakeholderDoc(person=ids.of("person", s.person_id) or "", engagement=s.engagement,
                           engagement_desired=s.engagement_desired,
                           engagement_at_start=s.engagement_at_start,
                           decision_right=s.decision_right)
        for s in session.exec(select(Stakeholder).where(
            col(Stakeholder.participation_id).in_(part_ids)).order_by(
                col(Stakeholder.participation_id), col(Stakeholder.id))).all()
    ]
    history_docs = [
        pkg.EngagementChangeDoc(department=dept_of(c.participation_id),
                                person=ids.of("person", c.person_id), date=c.date,
                                from_level=c.from_level, to_level=c.to_level,
                                touchpoint=ids.of("touchpoint", c.touchpoint_id), note=c.note)
        for c in session.exec(select(EngagementChange).where(
            col(EngagementChange.participation_id).in_(part_ids)).order_by(
                col(EngagementChange.date), col(EngagementChange.id))).all()
    ]
    demand_docs = [
        pkg.DemandDoc(id=ids.new("demand", d.id), department=dept_of(d.participation_id),
                      kind=d.kind, text=d.text, root_cause=d.root_cause,
                      anticipated=d.anticipated, response=d.response, status=d.status)
        for d in by_part(Demand)
    ]
    suggestion_docs = [
        pkg.SuggestionDoc(id=ids.new("suggestion", s.id), department=dept_of(s.participation_id),
                          person=ids.of("person", s.person_id), text=s.text,
                          decision=s.decision, incorporation=s.incorporation, credit=s.credit)
        for s in by_part(Suggestion)
    ]
    agenda_docs = [
        pkg.AgendaItemDoc(id=ids.new("agenda_item", a.id), section=a.section, title=a.title,
                          presenter=ids.of("person", a.presenter_id),
                          presenter_is_coordinator=a.presenter_is_coordinator,
                          minutes=a.minutes, goal=ids.of("goal", a.goal_id), notes=a.notes)
        for a in _ordered(session, AgendaItem, AgendaItem.meeting_id == meeting_id)
    ]
    decisions = _ordered(session, Decision, Decision.meeting_id == meeting_id)
    agreements: dict[int, list[DecisionAgreement]] = defaultdict(list)
    for agreement in _ordered(session, DecisionAgreement, col(DecisionAgreement.decision_id).in_(
            [d.id for d in decisions])):
        agreements[agreement.decision_id].append(agreement)
    decision_docs = [
        pkg.DecisionDoc(id=ids.new("decision", d.id), text=d.text, agreed_by=[
            key for a in agreements[d.id] if (key := ids.of("department", a.department_id))
        ])
        for d in decisions
    ]
    issues = _ordered(session, OpenIssue, OpenIssue.meeting_id == meeting_id)
    issue_docs = [
        pkg.OpenIssueDoc(id=ids.new("open_issue", i.id), text=i.text, follow_up=i.follow_up,
                         due=i.due)
        for i in issues
    ]
    action_docs = []
    for a in _ordered(session, ActionItem, ActionItem.meeting_id == meeting_id):
        source = (ids.of("demand", a.source_demand_id)
                  or ids.of("suggestion", a.source_suggestion_id)
                  or ids.of("open_issue", a.source_issue_id))
        action_docs.append(pkg.ActionDoc(
            id=ids.new("action_item", a.id), text=a.text, owner=ids.of("person", a.owner_id),
            department=ids.of("department", a.department_id), due=a.due, status=a.status,
            source=source, uid=a.uid,
        ))
    review = session.get(Review, meeting_id)
    review_doc = None if review is None else pkg.ReviewDoc(
        rating=review.rating, went_well=review.went_well, lessons=review.lessons,
        leader_feedback=review.leader_feedback,
    )
    package = pkg.MeetingPackage(
        meeting=pkg.MeetingFields(
            title=meeting.title, purpose=meeting.purpose, expectations=meeting.expectations,
            scheduled_at=meeting.scheduled_at, duration_minutes=meeting.duration_minutes,
            location=meeting.location, language=meeting.language, status=meeting.status,
            notes=meeting.notes, uid=meeting.uid,
        ),
        team=team_docs, goals=goal_docs, departments=dept_docs, stakeholders=stakeholder_docs,
        touchpoints=touch_docs, engagement_history=history_docs, demands=demand_docs,
        suggestions=suggestion_docs, agenda=agenda_docs, decisions=decision_docs,
        actions=action_docs, open_issues=issue_docs, review=review_doc,
    )
    return MeetingDocument(meeting_id, package, ids.rows, participations)


def load(workspace: Workspace, meeting_id: int) -> MeetingDocument:
    """Read a whole meeting in one transaction of its own."""
    with workspace.session() as session:
        return read_document(session, meeting_id)
