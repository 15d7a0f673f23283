"""The method's guidance, in the user's language: why each step matters and what to ask.

The texts live in ``resources/guidance/<language>.json``, one file per language,
so that a writer fluent in the language edits whole paragraphs and question
lists in context (gettext's one-sentence entries suit neither). Each file holds
``steps`` (title, why, questions), ``method`` (the Help page) and ``readiness``
(the score's explanation; the weights themselves come from
:data:`app.services.readiness.RULES` and the caps from ``CAPS``, so Help never
disagrees with the score; a cap's sentence is the one the score's reasons use, from
the gettext catalogue).
A language or entry missing falls back to English.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from typing import Any

from app.i18n import Translator, normalise
from app.paths import resources_dir
from app.services.readiness import CAPS, RULES, Phase, Step

FALLBACK = "en"
STEPS: tuple[Step, ...] = tuple(Step)


@dataclass(frozen=True)
class StepGuidance:
    """What the guidance panel shows beside one step."""

    title: str
    why: str
    questions: list[str]


@dataclass(frozen=True)
class RuleGuide:
    """One readiness rule as Help explains it."""

    key: str
    title: str
    why: str
    weight: int
    phase: Phase


@dataclass(frozen=True)
class CapGuide:
    """One cap on the score as Help explains it (the title holds its limit)."""

    key: str
    title: str
    why: str
    limit: int


@dataclass(frozen=True)
class ReadinessGuide:
    """How the readiness score is computed, for Help."""

    intro: str
    rules: list[RuleGuide]
    phase_titles: dict[Phase, str]
    line_format: str
    caps: list[CapGuide]
    caps_title: str
    cap_format: str

    def text(self) -> str:
        """The explanation as plain paragraphs: the intro, the rules by phase, the caps."""
        parts = [self.intro]
        for phase in (Phase.always, Phase.before, Phase.after):
            lines = [self.line_format.format(title=r.title, weight=r.weight, why=r.why)
                     for r in self.rules if r.phase == phase]
            if lines:
                parts.append("\n".join([self.phase_titles[phase], *lines]))
        parts.append("\n".join([self.caps_title,
                                *(self.cap_format.format(title=cap.title, why=cap.why)
                                  for cap in self.caps)]))
        return "\n\n".join(parts)


@cache
def _load(language: str) -> dict[str, Any]:
    path = resources_dir() / "guidance" / f"{language}.json"
    if not path.is_file():
        return {}
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


def _entry(language: str, *keys: str) -> Any:
    """The entry at ``keys`` in the language's file, else in English's."""
    for source in (normalise(language), FALLBACK):
        node: Any = _load(source)
        for key in keys:
            node = node.get(key) if isinstance(node, dict) else None
        if node:
            return node
    raise KeyError("/".join(keys))


def for_step(step: str, language: str) -> StepGuidance:
    """Why ``step`` matters and the questions worth asking, in ``language``."""
    if step not in STEPS:
        raise ValueError(f"unknown step {step!r}")
    entry = _entry(language, "steps", step)
    return StepGuidance(str(entry["title"]), str(entry["why"]),
                        [str(q) for q in entry["questions"]])


def method_guide(language: str) -> str:
    """The method in a few paragraphs (blank lines between them), for Help."""
    return str(_entry(language, "method"))


def readiness_guide(language: str) -> ReadinessGuide:
    """What the readiness score counts and with which weights, in ``language``."""
    rules = []
    for rule in RULES:
        try:
            text = _entry(language, "readiness", "rules", rule.key)
            title, why = str(text["title"]), str(text["why"])
        except KeyError:
            # English has no table of its own: the rules' source text is English
            title, why = rule.title, rule.why
        rules.append(RuleGuide(rule.key, title, why, rule.weight, rule.phase))
    phases = _entry(language, "readiness", "phases")
    gettext = Translator(language).gettext
    return ReadinessGuide(
        intro=str(_entry(language, "readiness", "intro")),
        rules=rules,
        phase_titles={phase: str(phases[phase.value]) for phase in Phase},
        line_format=str(_entry(language, "readiness", "rule_line")),
        caps=[CapGuide(cap.key, gettext(cap.title).format(limit=cap.limit), gettext(cap.why),
                       cap.limit) for cap in CAPS],
        caps_title=str(_entry(language, "readiness", "caps_title")),
        cap_format=str(_entry(language, "readiness", "cap_line")),
    )


def help_text(language: str) -> str:
    """Help ▸ The method: the method, then how the readiness score is reached."""
    return method_guide(language) + "\n\n" + readiness_guide(language).text()
