"""A refused value is named by its field's label in the interface language, never by the
internal name of the field."""

from __future__ import annotations

import pytest

from app.i18n import set_language
from app.services.errors import Problem, problem_text


@pytest.mark.parametrize(("language", "expected"), [
    ("en", "Title: must not be blank"),
    ("es", "Título: must not be blank"),
    ("zh_CN", "标题：must not be blank"),
])
def test_a_field_refused_outside_a_form_has_its_label(language: str, expected: str) -> None:
    set_language(language)
    assert problem_text(Problem("title", "must not be blank")) == expected


def test_the_forms_own_label_comes_first_and_a_path_names_its_field() -> None:
    labels = {"statement": "Goal"}
    assert problem_text(Problem("statement", "too long"), labels) == "Goal: too long"
    assert problem_text(Problem("departments[2].name", "taken")) == "Name: taken"


def test_a_field_without_a_label_is_not_named() -> None:
    assert problem_text(Problem("source_issue_id", "is not valid")) == "is not valid"
