"""The readiness score from each rule's counts: shared by the full assessment and the
meeting list, which counts in SQL and never reads a meeting's rows into Python.

Imports nothing heavy (no ORM, no package model), so the read model may use it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from fractions import Fraction

from app.domain.enums import MeetingStatus
from app.services.readiness_rules import RULES, Phase

#: what Python's str.strip() takes off: SQL's trim() gets the same characters, so a text of
#: only spaces (ideographic ones included) is empty for the list as for the Overview
WHITESPACE = "".join(c for c in map(chr, range(0x3001)) if c.isspace())


@dataclass(frozen=True)
class Check:
    """How many of a rule's subjects pass (``total`` 0 and not blocked: passed)."""

    rule: str
    done: int
    total: int
    weight: int
    #: nothing to check because what it checks is missing (no goals: no goal has an indicator)
    blocked: bool = False

    @property
    def passed(self) -> bool:
        return self.done >= self.total and not self.blocked

    @property
    def share(self) -> Fraction:
        """The part of the weight earned."""
        if self.blocked:
            return Fraction(0)
        return Fraction(self.done, self.total) if self.total else Fraction(1)


def phase_of(status: MeetingStatus | str) -> Phase:
    held = (MeetingStatus.held, MeetingStatus.closed)
    return Phase.after if status in held else Phase.before


def checks_of(phase: Phase, done: Mapping[str, int], total: Mapping[str, int]) -> list[Check]:
    """The checks of the rules of ``phase``, from how many subjects each counted and passed."""
    failed = {r.key for r in RULES if done.get(r.key, 0) < total.get(r.key, 0)}
    return [Check(r.key, done.get(r.key, 0), total.get(r.key, 0), r.weight,
                  blocked=not total.get(r.key, 0) and bool(failed.intersection(r.needs)))
            for r in RULES if r.phase in (Phase.always, phase)]


def score_of(checks: list[Check]) -> int:
    """The weighted share passed, rounded down, so that 100 means nothing at all is missing."""
    weight = sum(c.weight for c in checks)
    earned = sum((c.weight * c.share for c in checks), Fraction(0))
    return int(earned * 100 / weight) if weight else 100


def missing_of(checks: list[Check]) -> int:
    """How many things are left to do (the missing items the Overview lists)."""
    return sum(max(0, c.total - c.done) for c in checks)
