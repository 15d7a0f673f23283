"""Guidance: every step in every language, really translated, with English as the fallback."""

from __future__ import annotations

import json
import re

import pytest

from app.i18n import LANGUAGES
from app.paths import resources_dir
from app.services import guidance
from app.services.readiness import RULES, Phase, Step

CJK = re.compile(r"[\u4e00-\u9fff]")
LATIN_WORD = re.compile(r"[A-Za-z]{4,}")
# sentence ends: Western full stops followed by a space or the end, and Chinese 。
SENTENCE_END = re.compile(r"[.!?](?=\s|$)|[。！？]")
# names that stay in Latin letters in Chinese text
KEPT = {"Prewire", "OKR"}


def sentences(text: str) -> int:
    return len(SENTENCE_END.findall(text))


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("step", list(Step))
def test_every_step_has_why_and_questions(step: Step, language: str) -> None:
    entry = guidance.for_step(step, language)
    assert entry.title.strip()
    assert 2 <= sentences(entry.why) <= 3, entry.why
    assert 4 <= len(entry.questions) <= 7
    assert all(q.strip().endswith(("?", "？")) for q in entry.questions)
    assert len(set(entry.questions)) == len(entry.questions)


@pytest.mark.parametrize("language", ["es", "zh_CN"])
@pytest.mark.parametrize("step", list(Step))
def test_translations_differ_from_english(step: Step, language: str) -> None:
    english = guidance.for_step(step, "en")
    entry = guidance.for_step(step, language)
    assert entry.title != english.title and entry.why != english.why
    assert len(entry.questions) == len(english.questions)
    assert not set(entry.questions) & set(english.questions)


def test_chinese_is_chinese_and_spanish_uses_its_words() -> None:
    for step in Step:
        entry = guidance.for_step(step, "zh_CN")
        for text in [entry.title, entry.why, *entry.questions]:
            assert CJK.search(text), text
            assert set(LATIN_WORD.findall(text)) <= KEPT, text
    assert [guidance.for_step(s, "es").title for s in Step] == [
        "Resumen", "Objetivos", "Departamentos", "Demandas", "Sugerencias", "Reunión",
        "Seguimiento"]
    assert [guidance.for_step(s, "zh_CN").title for s in Step] == [
        "概览", "目标", "部门", "诉求", "建议", "会议", "跟进"]
    assert "orden del día" in guidance.for_step(Step.meeting, "es").why
    assert "议程" in guidance.for_step(Step.meeting, "zh_CN").why


@pytest.mark.parametrize("language", LANGUAGES)
def test_method_guide_names_the_conviction_and_the_steps(language: str) -> None:
    text = guidance.method_guide(language)
    assert text.count("\n\n") >= 2  # a few paragraphs
    for step in Step:
        if step != Step.overview:
            assert guidance.for_step(step, language).title in text


def test_method_guide_is_translated() -> None:
    english = guidance.method_guide("en")
    assert "won before it starts" in english
    assert guidance.method_guide("es") != english
    assert CJK.search(guidance.method_guide("zh_CN"))


@pytest.mark.parametrize("language", LANGUAGES)
def test_readiness_guide_matches_the_rules(language: str) -> None:
    guide = guidance.readiness_guide(language)
    assert [(r.key, r.weight, r.phase) for r in guide.rules] == [
        (r.key, r.weight, r.phase) for r in RULES]
    text = guide.text()
    assert guide.intro in text
    for rule in guide.rules:
        assert rule.title in text and f"{rule.weight}" in text
    for phase in Phase:
        assert guide.phase_titles[phase] in text


@pytest.mark.parametrize("language", ["es", "zh_CN"])
def test_readiness_rules_are_translated_in_the_files(language: str) -> None:
    data = json.loads((resources_dir() / "guidance" / f"{language}.json").read_text("utf-8"))
    assert set(data["readiness"]["rules"]) == {r.key for r in RULES}
    english = {r.key: r for r in RULES}
    for rule in guidance.readiness_guide(language).rules:
        assert rule.title != english[rule.key].title and rule.why != english[rule.key].why


def test_english_rules_come_from_the_rules_themselves() -> None:
    guide = guidance.readiness_guide("en")
    assert [(r.title, r.why) for r in guide.rules] == [(r.title, r.why) for r in RULES]


def test_unknown_language_falls_back_to_english() -> None:
    assert guidance.for_step("goals", "fr") == guidance.for_step("goals", "en")
    assert guidance.method_guide("de_DE") == guidance.method_guide("en")
    # regional variants reach the language we ship
    assert guidance.for_step("goals", "es_MX") == guidance.for_step("goals", "es")
    assert guidance.for_step("goals", "zh-Hans") == guidance.for_step("goals", "zh_CN")


def test_unknown_step_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown step"):
        guidance.for_step("budget", "en")
