"""The readiness score from each rule's counts: shared by the full assessment and the
meeting list, which counts in SQL and never reads a meeting's rows into Python.

The score is the weighted share of the rules passed, rounded down, then held under
the lowest cap that applies (:data:`~app.services.readiness_rules.CAPS`). Every point
below 100 is attributed to a rule or a cap, so the points withheld add up to
``100 - score``.

Imports nothing heavy (no ORM, no package model), so the read model may use it.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from fractions import Fraction

from app.domain.enums import MeetingStatus
from app.services.readiness_rules import CAP_BY_KEY, RULES, CapInfo, Phase

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
    #: the part of the weight earned when subjects weigh differently (the engagement gap)
    earned: Fraction | None = None

    @property
    def passed(self) -> bool:
        return self.done >= self.total and not self.blocked

    @property
    def share(self) -> Fraction:
        """The part of the weight earned."""
        if self.blocked:
            return Fraction(0)
        if self.earned is not None:
            return self.earned
        return Fraction(self.done, self.total) if self.total else Fraction(1)


@dataclass(frozen=True)
class CapFacts:
    """What the caps look at beyond the rules' counts."""

    #: goals with both an indicator and a target
    measurable_goals: int = 0
    #: the agenda runs over by more than a quarter of the planned time
    far_over: bool = False


def phase_of(status: MeetingStatus | str) -> Phase:
    held = (MeetingStatus.held, MeetingStatus.closed)
    return Phase.after if status in held else Phase.before


def checks_of(phase: Phase, done: Mapping[str, int], total: Mapping[str, int],
              earned: Mapping[str, Fraction] | None = None) -> list[Check]:
    """The checks of the rules of ``phase``, from how many subjects each counted and passed
    (and, for rules whose subjects weigh differently, the share ``earned``)."""
    earned = earned or {}
    failed = {r.key for r in RULES if done.get(r.key, 0) < total.get(r.key, 0)}
    return [Check(r.key, done.get(r.key, 0), total.get(r.key, 0), r.weight,
                  blocked=not total.get(r.key, 0) and bool(failed.intersection(r.needs)),
                  earned=earned.get(r.key) if total.get(r.key, 0) else None)
            for r in RULES if r.phase in (Phase.always, phase)]


def caps_of(phase: Phase, checks: Sequence[Check], facts: CapFacts) -> list[CapInfo]:
    """The caps that apply, loosest first; none once the meeting is held."""
    if phase != Phase.before:
        return []
    failing = {c.rule for c in checks if c.done < c.total}
    applies = {
        "cap.agenda_over": "agenda.fits" in failing and not facts.far_over,
        "cap.agenda_far_over": "agenda.fits" in failing and facts.far_over,
        "cap.surprise": "person.briefed" in failing,
        "cap.no_measurable_goal": facts.measurable_goals == 0,
        "cap.uncontacted": "department.contacted" in failing,
        "cap.blocker_resistant": any(c.rule == "resistant.answered" and c.total
                                     for c in checks),
        "cap.resistant_decider": "resistant.answered" in failing,
    }
    return [CAP_BY_KEY[key] for key, on in applies.items() if on]


def _base(checks: list[Check]) -> int:
    weight = sum(c.weight for c in checks)
    earned = sum((c.weight * c.share for c in checks), Fraction(0))
    return int(earned * 100 / weight) if weight else 100


def score_of(checks: list[Check], caps: Sequence[CapInfo] = ()) -> int:
    """The weighted share passed, rounded down, under the lowest cap: 100 means nothing
    at all is missing."""
    return min([_base(checks), *(cap.limit for cap in caps)])


def withheld_of(checks: list[Check], caps: Sequence[CapInfo]) -> list[tuple[str, int]]:
    """(rule or cap key, points) for every point below 100, adding up to ``100 - score``.

    A rule withholds its lost share of the weight, apportioned in whole points by largest
    remainder; a blocked rule's points go to the rule that blocks it (no goals: the goal
    rules' points are the missing goals'). A cap withholds what it takes below the score
    the looser caps left.
    """
    weight = sum(c.weight for c in checks)
    by_rule = {r.key: r for r in RULES}
    failing = [c.rule for c in checks if c.done < c.total]
    lost: dict[str, Fraction] = {}
    for c in checks:
        if c.share == 1 or not weight:
            continue
        owner = c.rule
        if c.blocked:
            owner = next(key for key in by_rule[c.rule].needs if key in failing)
        lost[owner] = lost.get(owner, Fraction(0)) + c.weight * (1 - c.share) * 100 / weight
    base = _base(checks)
    points = {key: int(value) for key, value in lost.items()}
    left = 100 - base - sum(points.values())
    order = {key: i for i, key in enumerate(lost)}
    for key in sorted(lost, key=lambda k: (-(lost[k] - points[k]), order[k]))[:left]:
        points[key] += 1
    found = [(key, n) for key, n in points.items() if n]
    running = base
    for cap in sorted(caps, key=lambda cap: -cap.limit):
        if cap.limit < running:
            found.append((cap.key, running - cap.limit))
            running = cap.limit
    return found


def missing_of(checks: list[Check]) -> int:
    """How many things are left to do (the missing items the Overview lists)."""
    return sum(max(0, c.total - c.done) for c in checks)
