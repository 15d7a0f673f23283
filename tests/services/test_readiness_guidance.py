"""Help explains the readiness score as it is computed: every rule and every cap, in the
three languages."""

from __future__ import annotations

import pytest

from app.i18n import LANGUAGES
from app.services import guidance
from app.services.readiness import CAPS


@pytest.mark.parametrize("language", LANGUAGES)
def test_help_lists_every_cap_with_its_limit(language: str) -> None:
    guide = guidance.readiness_guide(language)
    assert [(c.key, c.limit) for c in guide.caps] == [(c.key, c.limit) for c in CAPS]
    text = guidance.help_text(language)
    assert guidance.method_guide(language) in text and guide.caps_title in text
    for cap in guide.caps:
        assert str(cap.limit) in cap.title and cap.title in text and cap.why in text


@pytest.mark.parametrize("language", ["es", "zh_CN"])
def test_the_caps_are_translated(language: str) -> None:
    english = {c.key: c for c in guidance.readiness_guide("en").caps}
    for cap in guidance.readiness_guide(language).caps:
        assert cap.title != english[cap.key].title and cap.why != english[cap.key].why


def test_english_caps_read_as_the_score_s_reasons() -> None:
    (cap,) = [c for c in guidance.readiness_guide("en").caps if c.key == "cap.uncontacted"]
    assert cap.title == "At most 60 while a department has not been contacted"
