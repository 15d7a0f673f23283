"""The sections of each document, in print order.

The private pack has every pack section; the pre-read only those marked
``shared`` (they then leave out the coordinator's own assessment); the report
for the leader has its own sections, none of which reads a private field.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from reportlab.platypus import Flowable

from app.briefing.context import Context, Kind
from app.briefing.sections import (
    agenda,
    cover,
    departments_summary,
    dossiers,
    follow_up_sheet,
    goals,
    objections,
    report_actions,
    report_cover,
    report_decisions,
    report_issues,
    report_outcome,
    report_review,
    sheet,
    suggestions,
)
from app.i18n import N_


@dataclass(frozen=True)
class Section:
    key: str
    build: Callable[[Context], list[Flowable]]
    #: whether the section may go into the pre-read (it then leaves out private fields)
    shared: bool = False
    #: its bookmark and contents line (translated when printed); none for the cover
    title: str = ""


PACK: tuple[Section, ...] = (
    Section("cover", cover.build, shared=True),
    Section("goals", goals.build, shared=True, title=N_("Goals and indicators")),
    Section("departments", departments_summary.build, title=N_("Departments at a glance")),
    Section("dossiers", dossiers.build, title=N_("Department dossiers")),
    Section("objections", objections.build, title=N_("Objections and prepared responses")),
    Section("suggestions", suggestions.build, shared=True, title=N_("Suggestions and thanks")),
    Section("agenda", agenda.build, shared=True, title=N_("Agenda")),
    Section("follow_up", follow_up_sheet.build, title=N_("Follow-up sheet")),
)
REPORT: tuple[Section, ...] = (
    Section("cover", report_cover.build),
    Section("outcome", report_outcome.build, title=N_("Outcome in brief")),
    Section("decisions", report_decisions.build, title=N_("Decisions")),
    Section("actions", report_actions.build, title=N_("Action items")),
    Section("issues", report_issues.build, title=N_("Unresolved issues")),
    Section("review", report_review.build, title=N_("Review")),
)
ONE_TO_ONE: tuple[Section, ...] = (Section("sheet", sheet.build),)
BY_KIND: dict[Kind, dict[str, Section]] = {
    Kind.pack: {s.key: s for s in PACK},
    Kind.pre_read: {s.key: s for s in PACK if s.shared},
    Kind.report: {s.key: s for s in REPORT},
    Kind.one_to_one: {s.key: s for s in ONE_TO_ONE},
}
KEYS: tuple[str, ...] = tuple(BY_KIND[Kind.pack])
SHARED_KEYS: tuple[str, ...] = tuple(BY_KIND[Kind.pre_read])
REPORT_KEYS: tuple[str, ...] = tuple(BY_KIND[Kind.report])
