"""What the readiness rules count while they read a meeting: each rule's subjects and
passes, the missing items, and the facts the caps look at."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from fractions import Fraction

from app.services.readiness_rules import RULE_BY_KEY, Gettext, NGettext, Phase, Step
from app.services.readiness_score import CapFacts


@dataclass(frozen=True)
class MissingItem:
    """One thing to do, named, with the step and row where it is done."""

    rule: str
    message: str
    step: Step
    ref: str | None
    weight: int


def short(text: str, limit: int = 60) -> str:
    """A name fit to go inside a sentence shown in a status bar: one readable line."""
    one_line = " ".join(text.split())
    return one_line if len(one_line) <= limit else one_line[: limit - 1].rstrip() + "…"


class Tally:
    """Counts each rule's subjects and collects the missing items."""

    def __init__(self, phase: Phase, gettext: Gettext, ngettext: NGettext) -> None:
        self.phase = phase
        self.gettext = gettext
        self.ngettext = ngettext
        self.done: dict[str, int] = defaultdict(int)
        self.total: dict[str, int] = defaultdict(int)
        #: for rules whose subjects weigh differently: (points earned, points possible)
        self.weighed: dict[str, tuple[int, int]] = {}
        self.items: list[MissingItem] = []
        self.facts = CapFacts()

    def count(self, rule: str, ok: bool, ref: str | None, message: str) -> None:
        info = RULE_BY_KEY[rule]
        self.total[rule] += 1
        if ok:
            self.done[rule] += 1
        else:
            self.items.append(MissingItem(rule, message, info.step, ref, info.weight))

    def weigh(self, rule: str, earned: int, possible: int) -> None:
        """Add one subject's points to a rule that weighs its subjects (it is also counted)."""
        before = self.weighed.get(rule, (0, 0))
        self.weighed[rule] = (before[0] + earned, before[1] + possible)

    def earned(self) -> dict[str, Fraction]:
        return {rule: Fraction(earned, possible)
                for rule, (earned, possible) in self.weighed.items() if possible}
