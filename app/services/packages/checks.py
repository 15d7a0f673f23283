"""The rules of the package format that no single field can check: ids, references, names.

Person ids are treated as unique across all departments, not only within
one: a touchpoint, an agenda item or an action names a person by id alone,
so two people with one id would make those references ambiguous.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from datetime import datetime
from typing import Protocol

from app.domain import package as pkg
from app.domain.package import MeetingPackage
from app.domain.rules import name_key
from app.i18n import _
from app.services.errors import Problem

#: the largest whole number the workspace file can store
LARGEST_NUMBER = 2**63 - 1


class _HasId(Protocol):
    id: str


def _shown(value: str) -> str:
    return json.dumps(value, ensure_ascii=False)


def _unique_ids(problems: list[Problem], places: Sequence[tuple[str, str]]) -> None:
    """``places`` are (place, id) pairs of one list; report each id seen before."""
    first: dict[str, str] = {}
    for place, key in places:
        if key in first:
            problems.append(Problem(f"{place}.id", _("{id} is already the id of {other}").format(
                id=_shown(key), other=first[key])))
        else:
            first[key] = place


def _listed(name: str, rows: Sequence[_HasId]) -> list[tuple[str, str]]:
    return [(f"{name}[{i}]", row.id) for i, row in enumerate(rows)]


def _check_ids(package: MeetingPackage, problems: list[Problem]) -> None:
    p = package
    for name, rows in (("team", p.team), ("goals", p.goals), ("departments", p.departments),
                       ("touchpoints", p.touchpoints), ("demands", p.demands),
                       ("suggestions", p.suggestions), ("agenda", p.agenda),
                       ("decisions", p.decisions), ("actions", p.actions),
                       ("open_issues", p.open_issues)):
        _unique_ids(problems, _listed(name, rows))
    _unique_ids(problems, [
        (f"departments[{i}].people[{j}]", person.id)
        for i, department in enumerate(p.departments) for j, person in enumerate(department.people)
    ])


def _check_names(package: MeetingPackage, problems: list[Problem]) -> None:
    named: tuple[tuple[str, Sequence[pkg.DepartmentDoc | pkg.TeamMemberDoc]], ...] = (
        ("departments", package.departments), ("team", package.team))
    for list_name, rows in named:
        first: dict[str, int] = {}
        for index, row in enumerate(rows):
            key = name_key(row.name)
            if key in first:
                problems.append(Problem(f"{list_name}[{index}].name", _(
                    "{name} is already the name of {list}[{other}] "
                    "(names are compared ignoring case and surrounding spaces)").format(
                        name=_shown(row.name), list=list_name, other=first[key])))
            else:
                first[key] = index


def _check_numbers(package: MeetingPackage, problems: list[Problem]) -> None:
    scheduled: datetime | None = package.meeting.scheduled_at
    if scheduled is not None and scheduled.utcoffset() is None:
        problems.append(Problem("meeting.scheduled_at", _(
            "must say its offset from UTC, such as 2026-12-01T10:00:00+08:00")))
    too_large = _("is too large")
    if (package.meeting.duration_minutes or 0) > LARGEST_NUMBER:
        problems.append(Problem("meeting.duration_minutes", too_large))
    for index, item in enumerate(package.agenda):
        if (item.minutes or 0) > LARGEST_NUMBER:
            problems.append(Problem(f"agenda[{index}].minutes", too_large))
    for index, department in enumerate(package.departments):
        for name in ("cadence_days", "approach_order"):
            if (getattr(department, name) or 0) > LARGEST_NUMBER:
                problems.append(Problem(f"departments[{index}].{name}", too_large))


def _check_references(package: MeetingPackage, problems: list[Problem]) -> None:
    p = package
    departments = {d.id for d in p.departments}
    people_of = {d.id: {person.id for person in d.people} for d in p.departments}
    people = {person for members in people_of.values() for person in members}
    goals = {g.id for g in p.goals}
    no_department = _("no department has the id {id}")
    no_person = _("no person has the id {id}")

    def department(place: str, key: str | None) -> bool:
        if key is not None and key not in departments:
            problems.append(Problem(place, no_department.format(id=_shown(key))))
            return False
        return True

    def person(place: str, key: str | None, within: str | None = None) -> None:
        if key is None:
            return
        if key not in people:
            problems.append(Problem(place, no_person.format(id=_shown(key))))
        elif within is not None and key not in people_of.get(within, set()):
            problems.append(Problem(place, _(
                "{id} is not one of the people of department {department}").format(
                    id=_shown(key), department=_shown(within))))

    with_person: list[tuple[str, pkg.TouchpointDoc | pkg.SuggestionDoc]] = [
        *((f"touchpoints[{i}]", t) for i, t in enumerate(p.touchpoints)),
        *((f"suggestions[{i}]", s) for i, s in enumerate(p.suggestions)),
    ]
    for place, row in with_person:
        known = department(f"{place}.department", row.department)
        person(f"{place}.person", row.person, row.department if known else None)
    for i, demand in enumerate(p.demands):
        department(f"demands[{i}].department", demand.department)
    _check_engagement(p, problems, department, person)
    for i, item in enumerate(p.agenda):
        person(f"agenda[{i}].presenter", item.presenter)
        if item.goal is not None and item.goal not in goals:
            problems.append(Problem(f"agenda[{i}].goal", _("no goal has the id {id}").format(
                id=_shown(item.goal))))
    for i, decision in enumerate(p.decisions):
        seen: set[str] = set()
        for j, key in enumerate(decision.agreed_by):
            place = f"decisions[{i}].agreed_by[{j}]"
            if department(place, key) and key in seen:
                problems.append(Problem(place, _("{id} is listed twice").format(id=_shown(key))))
            seen.add(key)
    sources = {
        _("a demand"): {d.id for d in p.demands},
        _("a suggestion"): {s.id for s in p.suggestions},
        _("an open issue"): {i.id for i in p.open_issues},
    }
    for i, action in enumerate(p.actions):
        person(f"actions[{i}].owner", action.owner)
        department(f"actions[{i}].department", action.department)
        if action.source is None:
            continue
        kinds = [kind for kind, ids in sources.items() if action.source in ids]
        if not kinds:
            problems.append(Problem(f"actions[{i}].source", _(
                "no demand, suggestion or open issue has the id {id}").format(
                    id=_shown(action.source))))
        elif len(kinds) > 1:
            problems.append(Problem(f"actions[{i}].source", _(
                "{id} is the id of {kinds}, so the source is ambiguous; give demands, "
                "suggestions and open issues different ids").format(
                    id=_shown(action.source), kinds=", ".join(kinds))))


def _check_engagement(p: MeetingPackage, problems: list[Problem],
                      department: Callable[[str, str | None], bool],
                      person: Callable[..., None]) -> None:
    """The team a department's owner names, stakeholders once each, the history's rows."""
    team = {t.id for t in p.team}
    for i, d in enumerate(p.departments):
        if d.owner is not None and d.owner not in team:
            problems.append(Problem(f"departments[{i}].owner", _(
                "no member of the team has the id {id}").format(id=_shown(d.owner))))
    seen: set[str] = set()
    for i, stakeholder in enumerate(p.stakeholders):
        place = f"stakeholders[{i}].person"
        person(place, stakeholder.person)
        if stakeholder.person in seen:
            problems.append(Problem(place, _("{id} is listed twice").format(
                id=_shown(stakeholder.person))))
        seen.add(stakeholder.person)
    touchpoints = {t.id for t in p.touchpoints}
    for i, change in enumerate(p.engagement_history):
        place = f"engagement_history[{i}]"
        known = department(f"{place}.department", change.department)
        person(f"{place}.person", change.person, change.department if known else None)
        if change.touchpoint is not None and change.touchpoint not in touchpoints:
            problems.append(Problem(f"{place}.touchpoint", _(
                "no touchpoint has the id {id}").format(id=_shown(change.touchpoint))))


def cross_problems(package: MeetingPackage) -> list[Problem]:
    """Every broken rule of the format that spans fields, each with its place.

    Ids must be non-empty (the model checks that) and unique within their list;
    every reference must name a row of the package; a touchpoint's or a
    suggestion's person must be one of its department's people; an action's
    source names a demand, a suggestion or an open issue, and exactly one;
    department names are unique ignoring case and surrounding spaces.
    """
    problems: list[Problem] = []
    _check_ids(package, problems)
    _check_names(package, problems)
    _check_numbers(package, problems)
    _check_references(package, problems)
    return problems
