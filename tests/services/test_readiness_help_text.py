"""The readiness explanation in Help, as the user reads it in Spanish: the intro, then each
phase's title over its rules, each rule with its title, weight and reason from the file."""

from __future__ import annotations

import json

from app.paths import resources_dir
from app.services import guidance
from app.services.readiness import RULES, Phase
from app.services.readiness_rules import CAPS


def test_the_spanish_help_text_is_the_files_words_grouped_by_phase() -> None:
    data = json.loads((resources_dir() / "guidance" / "es.json").read_text("utf-8"))["readiness"]
    guide = guidance.readiness_guide("es")
    paragraphs = guide.text().split("\n\n")

    expected = [data["intro"]]
    for phase in (Phase.always, Phase.before, Phase.after):
        lines = [data["rule_line"].format(title=data["rules"][r.key]["title"], weight=r.weight,
                                          why=data["rules"][r.key]["why"])
                 for r in RULES if r.phase == phase]
        if lines:
            expected.append("\n".join([data["phases"][phase.value], *lines]))
    expected.append("\n".join([data["caps_title"], *(
        data["cap_line"].format(title=cap.title, why=cap.why) for cap in guide.caps)]))
    assert paragraphs == expected
    assert len(guide.caps) == len(CAPS)
    assert all(cap.title != cap_en.title for cap, cap_en in zip(
        guide.caps, guidance.readiness_guide("en").caps, strict=True))  # in Spanish
    assert paragraphs[0].startswith("El índice de preparación indica")
    assert paragraphs[1].startswith("En todas las fases\n• ")
