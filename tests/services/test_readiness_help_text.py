"""The readiness explanation in Help, as the user reads it in Spanish: the intro, then each
phase's title over its rules, each rule with its title, weight and reason from the file."""

from __future__ import annotations

import json

from app.paths import resources_dir
from app.services import guidance
from app.services.readiness import RULES, Phase


def test_the_spanish_help_text_is_the_files_words_grouped_by_phase() -> None:
    data = json.loads((resources_dir() / "guidance" / "es.json").read_text("utf-8"))["readiness"]
    paragraphs = guidance.readiness_guide("es").text().split("\n\n")

    expected = [data["intro"]]
    for phase in (Phase.always, Phase.before, Phase.after):
        lines = [data["rule_line"].format(title=data["rules"][r.key]["title"], weight=r.weight,
                                          why=data["rules"][r.key]["why"])
                 for r in RULES if r.phase == phase]
        if lines:
            expected.append("\n".join([data["phases"][phase.value], *lines]))
    assert paragraphs == expected
    assert paragraphs[0].startswith("El índice de preparación indica")
    assert paragraphs[1].startswith("En todas las fases\n• ")
