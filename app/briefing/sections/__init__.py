"""The sections of the briefing pack, in print order, and which may go into a pre-read."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from reportlab.platypus import Flowable

from app.briefing.context import Context
from app.briefing.sections import (
    agenda,
    cover,
    departments_summary,
    dossiers,
    follow_up_sheet,
    goals,
    objections,
    suggestions,
)


@dataclass(frozen=True)
class Section:
    key: str
    build: Callable[[Context], list[Flowable]]
    #: whether the section may go into the pre-read (it then leaves out private fields)
    shared: bool


REGISTRY: tuple[Section, ...] = (
    Section("cover", cover.build, shared=True),
    Section("goals", goals.build, shared=True),
    Section("departments", departments_summary.build, shared=False),
    Section("dossiers", dossiers.build, shared=False),
    Section("objections", objections.build, shared=False),
    Section("suggestions", suggestions.build, shared=True),
    Section("agenda", agenda.build, shared=True),
    Section("follow_up", follow_up_sheet.build, shared=False),
)
BY_KEY: dict[str, Section] = {s.key: s for s in REGISTRY}
KEYS: tuple[str, ...] = tuple(s.key for s in REGISTRY)
SHARED_KEYS: tuple[str, ...] = tuple(s.key for s in REGISTRY if s.shared)
