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
    suggestions,
)


@dataclass(frozen=True)
class Section:
    key: str
    build: Callable[[Context], list[Flowable]]
    #: whether the section may go into the pre-read (it then leaves out private fields)
    shared: bool = False


PACK: tuple[Section, ...] = (
    Section("cover", cover.build, shared=True),
    Section("goals", goals.build, shared=True),
    Section("departments", departments_summary.build),
    Section("dossiers", dossiers.build),
    Section("objections", objections.build),
    Section("suggestions", suggestions.build, shared=True),
    Section("agenda", agenda.build, shared=True),
    Section("follow_up", follow_up_sheet.build),
)
REPORT: tuple[Section, ...] = (
    Section("cover", report_cover.build),
    Section("outcome", report_outcome.build),
    Section("decisions", report_decisions.build),
    Section("actions", report_actions.build),
    Section("issues", report_issues.build),
    Section("review", report_review.build),
    Section("next_steps", report_actions.next_steps),
)
BY_KIND: dict[Kind, dict[str, Section]] = {
    Kind.pack: {s.key: s for s in PACK},
    Kind.pre_read: {s.key: s for s in PACK if s.shared},
    Kind.report: {s.key: s for s in REPORT},
}
KEYS: tuple[str, ...] = tuple(BY_KIND[Kind.pack])
SHARED_KEYS: tuple[str, ...] = tuple(BY_KIND[Kind.pre_read])
REPORT_KEYS: tuple[str, ...] = tuple(BY_KIND[Kind.report])
