"""Adding a package's meeting to a workspace, whole or not at all.

Rows are built directly from the checked package (its models hold the same
rules as the tables' base classes) and added in a few batches, one per
table: a thousand rows take a fraction of a second, where row-by-row service
calls would query again for every reference.
"""

from __future__ import annotations

import logging
from collections import defaultdict
from pathlib import Path
from typing import Any

from sqlmodel import Session, SQLModel, col, func, select

from app.domain import package as pkg
from app.domain.meeting import new_uid
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
from app.domain.rules import name_key
from app.i18n import _
from app.services.packages.checks import cross_problems
from app.services.packages.reading import PackageError, read_package_file
from app.services.packages.report import ImportReport, field_list
from app.storage import Workspace, backups

logger = logging.getLogger(__name__)

PROFILE_FIELDS = ("function", "workflow", "focus", "okrs", "pressures", "history")
PERSON_FIELDS = ("role", "contact", "influence", "interest", "notes")
PART_FIELDS = ("relationship", "serves_their_goals", "engagement", "engagement_desired",
               "engagement_at_start", "decision_right", "readiness", "private_notes",
               "plan_channel", "cadence_days", "next_contact", "approach_order",
               "approach_reason")
STAKE_FIELDS = ("engagement", "engagement_desired", "engagement_at_start", "decision_right")


def _is_empty(value: Any) -> bool:
    return value is None or value == [] or (isinstance(value, str) and not value.strip())


def _merge(row: SQLModel, doc: pkg.Part, names: tuple[str, ...]) -> tuple[list[str], list[str]]:
    """Fill the row's empty fields from ``doc``; return the fields filled and those kept."""
    filled, kept = [], []
    for name in names:
        mine, theirs = getattr(row, name), getattr(doc, name)
        if _is_empty(theirs) or mine == theirs:
            continue
        if _is_empty(mine):
            setattr(row, name, list(theirs) if isinstance(theirs, list) else theirs)
            filled.append(name)
        else:
            kept.append(name)
    return filled, kept


class _Importer:
    """One import within one open transaction; ``run`` returns its report."""

    def __init__(self, session: Session, package: pkg.MeetingPackage) -> None:
        self.session = session
        self.package = package
        self.ids: dict[str, dict[str, int]] = defaultdict(dict)
        #: calendar UIDs given to rows of this import so far
        self.uids: set[str] = set()

    def _add(self, kind: str, pairs: list[tuple[str, SQLModel]]) -> None:
        """Insert rows in one batch and remember the database id behind each package id."""
        self.session.add_all([row for _key, row in pairs])
        self.session.flush()
        for key, row in pairs:
            self.ids[kind][key] = row.id  # type: ignore[attr-defined]

    def run(self) -> ImportReport:
        p = self.package
        fields = p.meeting.model_dump(exclude={"uid"})
        meeting = Meeting(**fields, uid=self._uid(Meeting, p.meeting.uid))
        self.session.add(meeting)
        self.session.flush()
        assert meeting.id is not None
        self.meeting_id = meeting.id
        self.report = ImportReport(meeting.id, meeting.title)
        self._team()
        self._add("goal", [(g.id, Goal(**g.model_dump(exclude={"id"}), meeting_id=meeting.id,
                                       position=i)) for i, g in enumerate(p.goals)])
        self._departments()
        self._department_rows()
        self._engagement_rows()
        self._meeting_rows()
        if p.review is not None:
            self.session.add(Review(**p.review.model_dump(), meeting_id=meeting.id))
        self.session.flush()
        logger.info("imported meeting %s with %d departments", meeting.id, len(p.departments))
        return self.report

    def _departments(self) -> None:
        docs = self.package.departments
        keys = [name_key(d.name) for d in docs]
        existing = {d.name_key: d for d in self.session.exec(
            select(Department).where(col(Department.name_key).in_(keys))).all()}
        profiles: list[tuple[str, SQLModel]] = []
        for doc, key in zip(docs, keys, strict=True):
            profile = existing.get(key)
            if profile is None:
                profile = Department(**doc.model_dump(include={"name", *PROFILE_FIELDS}),
                                     name_key=key)
                self.report.departments_added += 1
            else:
                self._link(profile.name, profile, doc, PROFILE_FIELDS, _(
                    "Linked {name} to the department profile already in the workspace."))
            profiles.append((doc.id, profile))
        self._add("department", profiles)
        self._people(existing.values())
        self._add("participation", [
            (doc.id, Participation(**doc.model_dump(include=set(PART_FIELDS)),
                                   meeting_id=self.meeting_id, position=i,
                                   department_id=self.ids["department"][doc.id],
                                   owner_id=self._id("team_member", doc.owner)))
            for i, doc in enumerate(docs)])

    def _team(self) -> None:
        """Our colleagues: the workspace's by name, the others added after them."""
        docs = self.package.team
        keys = [name_key(t.name) for t in docs]
        existing = {t.name_key: t for t in self.session.exec(
            select(TeamMember).where(col(TeamMember.name_key).in_(keys))).all()}
        position = (self.session.exec(select(func.max(TeamMember.position))).one() or 0) + 1
        rows: list[tuple[str, SQLModel]] = []
        for doc, key in zip(docs, keys, strict=True):
            member = existing.get(key)
            if member is None:
                member = TeamMember(name=doc.name, role=doc.role, name_key=key,
                                    position=position)
                position += 1
            elif not member.role and doc.role:
                member.role = doc.role
            rows.append((doc.id, member))
        self._add("team_member", rows)

    def _engagement_rows(self) -> None:
        p = self.package
        people = p.people_by_id()

        def part_of(department: str) -> int:
            return self.ids["participation"][department]

        self._add("stakeholder", [(s.person, Stakeholder(
            **s.model_dump(include=set(STAKE_FIELDS)),
            participation_id=part_of(people[s.person][0].id),
            person_id=self.ids["person"][s.person])) for s in p.stakeholders])
        self.session.add_all([EngagementChange(
            **c.model_dump(exclude={"department", "person", "touchpoint"}),
            participation_id=part_of(c.department), person_id=self._person(c.person),
            touchpoint_id=self._id("touchpoint", c.touchpoint))
            for c in p.engagement_history])

    def _link(self, name: str, row: SQLModel, doc: pkg.Part, fields: tuple[str, ...],
              linked: str) -> None:
        self.report.linked.append(linked.format(name=name))
        if getattr(row, "name") != getattr(doc, "name"):  # noqa: B009
            # the same name but for case or spacing: the workspace's spelling stays
            self.report.kept.append(_("{name}: kept the workspace's {fields}; the package "
                                      "differs.").format(name=name, fields=field_list(["name"])))
        filled, kept = _merge(row, doc, fields)
        if filled:
            self.report.filled.append(_("{name}: filled {fields} from the package.").format(
                name=name, fields=field_list(filled)))
        if kept:
            self.report.kept.append(_("{name}: kept the workspace's {fields}; the package "
                                      "differs.").format(name=name, fields=field_list(kept)))

    def _people(self, linked_profiles: Any) -> None:
        profile_ids = [d.id for d in linked_profiles]
        known: dict[int, list[Person]] = defaultdict(list)
        for person in self.session.exec(select(Person).where(
                col(Person.department_id).in_(profile_ids)).order_by(
                    col(Person.position), col(Person.id))).all():
            known[person.department_id].append(person)
        rows: list[tuple[str, SQLModel]] = []
        for doc in self.package.departments:
            department_id = self.ids["department"][doc.id]
            members = known.get(department_id, [])
            position = max((m.position for m in members), default=-1) + 1
            unclaimed = list(members)
            for person_doc in doc.people:
                key = name_key(person_doc.name)
                match = next((m for m in unclaimed if name_key(m.name) == key), None)
                if match is None:
                    rows.append((person_doc.id, Person(
                        **person_doc.model_dump(exclude={"id"}), department_id=department_id,
                        position=position)))
                    position += 1
                    self.report.people_added += 1
                    continue
                unclaimed.remove(match)
                label = f"{match.name} ({doc.name.strip()})"
                self._link(label, match, person_doc, PERSON_FIELDS, _(
                    "Linked {name} to the person already in the workspace."))
                rows.append((person_doc.id, match))
        self._add("person", rows)

    def _id(self, kind: str, key: str | None) -> int | None:
        """The database id behind a package id of ``kind`` (None stays None)."""
        return None if key is None else self.ids[kind][key]

    def _person(self, key: str | None) -> int | None:
        return self._id("person", key)

    def _department_rows(self) -> None:
        p = self.package

        def owned(doc: pkg.TouchpointDoc | pkg.DemandDoc | pkg.SuggestionDoc,
                  position: int) -> dict[str, Any]:
            # positions number these lists meeting-wide, so the package's order survives
            return {"participation_id": self.ids["participation"][doc.department],
                    "position": position}

        self._add("touchpoint", [(t.id, Touchpoint(
            **t.model_dump(exclude={"id", "department", "person"}),
            person_id=self._person(t.person), **owned(t, i))) for i, t in enumerate(p.touchpoints)])
        self._add("demand", [(d.id, Demand(
            **d.model_dump(exclude={"id", "department"}), **owned(d, i)))
            for i, d in enumerate(p.demands)])
        self._add("suggestion", [(s.id, Suggestion(
            **s.model_dump(exclude={"id", "department", "person"}),
            person_id=self._person(s.person), **owned(s, i))) for i, s in enumerate(p.suggestions)])

    def _meeting_rows(self) -> None:
        p, meeting_id = self.package, self.meeting_id
        self._add("agenda_item", [(a.id, AgendaItem(
            **a.model_dump(exclude={"id", "presenter", "goal"}),
            presenter_id=self._person(a.presenter),
            goal_id=None if a.goal is None else self.ids["goal"][a.goal],
            meeting_id=meeting_id, position=i)) for i, a in enumerate(p.agenda)])
        self._add("open_issue", [(o.id, OpenIssue(
            **o.model_dump(exclude={"id"}), meeting_id=meeting_id, position=i))
            for i, o in enumerate(p.open_issues)])
        self._add("decision", [(d.id, Decision(text=d.text, meeting_id=meeting_id, position=i))
                               for i, d in enumerate(p.decisions)])
        self.session.add_all([
            DecisionAgreement(decision_id=self.ids["decision"][d.id],
                              department_id=self.ids["department"][key], position=j)
            for d in p.decisions for j, key in enumerate(d.agreed_by)])
        self._add("action_item", [(a.id, ActionItem(
            **a.model_dump(exclude={"id", "owner", "department", "source", "uid"}),
            uid=self._uid(ActionItem, a.uid),
            owner_id=self._person(a.owner),
            department_id=None if a.department is None else self.ids["department"][a.department],
            **self._source(a.source), meeting_id=meeting_id, position=i))
            for i, a in enumerate(p.actions)])

    def _uid(self, table: type[Meeting] | type[ActionItem], uid: str | None) -> str:
        """The package's calendar UID, unless absent or already in this workspace (a second
        import of one package): then a new one."""
        if uid is None or uid in self.uids or self.session.exec(
                select(table.id).where(col(table.uid) == uid)).first() is not None:
            return new_uid()
        self.uids.add(uid)
        return uid

    def _source(self, key: str | None) -> dict[str, Any]:
        for kind, column in (("demand", "source_demand_id"),
                             ("suggestion", "source_suggestion_id"),
                             ("open_issue", "source_issue_id")):
            if key is not None and key in self.ids[kind]:
                return {column: self.ids[kind][key]}
        return {}


def import_in(session: Session, package: pkg.MeetingPackage) -> ImportReport:
    """Add the package's meeting within an open transaction (the caller commits)."""
    problems = cross_problems(package)
    if problems:
        raise PackageError.capped(problems)
    return _Importer(session, package).run()


def import_document(workspace: Workspace, package: pkg.MeetingPackage) -> ImportReport:
    """Add the meeting of a checked package, in one transaction: all of it or nothing.

    A backup is taken first (when the workspace changed since the last one).
    """
    backups.safety_backup(workspace.path, workspace.identity, "before-import")
    with workspace.session() as session:
        return import_in(session, package)


def import_package(workspace: Workspace, path: Path) -> ImportReport:
    """Read, check and add the package file at ``path``; a refused file changes nothing."""
    return import_document(workspace, read_package_file(path))
