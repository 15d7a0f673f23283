"""Errors the services raise for input they refuse; nothing is written when they do."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from app.i18n import N_, _


@dataclass(frozen=True)
class Problem:
    """One refused value: where it is (``title``, ``departments[2].name``) and why."""

    field: str
    message: str

    def __str__(self) -> str:
        return f"{self.field}: {self.message}"


#: fields refused outside a form that names them (a rename, a name typed to add a row):
#: their labels as the window shows them
FIELD_LABELS = {
    "title": N_("Title"),
    "name": N_("Name"),
    "statement": N_("Goal"),
    "text": N_("Text"),
    "scheduled_at": N_("When"),
    "duration_minutes": N_("Duration"),
    "minutes": N_("Minutes"),
    "due": N_("Due"),
    "date": N_("Date"),
    "role": N_("Role"),
}
_LAST_PART = re.compile(r"(?:^|\.)(\w+)$")


def field_label(field: str, labels: Mapping[str, str] | None = None) -> str:
    """The label of the field ``field`` in the interface language ("" when it has none).

    ``labels`` are the form's own (the field's label where it was typed); the table's
    names above stand in for fields typed elsewhere. ``departments[2].name`` is a name.
    """
    if labels and field in labels:
        return labels[field]
    match = _LAST_PART.search(field)
    key = match.group(1) if match else field
    if labels and key in labels:
        return labels[key]
    return _(FIELD_LABELS[key]) if key in FIELD_LABELS else ""


def problem_text(problem: Problem, labels: Mapping[str, str] | None = None) -> str:
    """``Goal: must not be blank``: the refusal as the user reads it, never an internal name."""
    named = field_label(problem.field, labels)
    if not named:
        return problem.message
    return _("{field}: {message}").format(field=named, message=problem.message)


class InvalidInput(ValueError):
    """One or more values were refused; ``problems`` names each field."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        super().__init__("; ".join(str(p) for p in problems))

    @classmethod
    def one(cls, field: str, message: str) -> InvalidInput:
        return cls([Problem(field, message)])

    @property
    def fields(self) -> list[str]:
        return [p.field for p in self.problems]


class NotFound(LookupError):
    """The row asked for does not exist (any more)."""

    def __init__(self, what: str, key: object) -> None:
        self.what = what
        self.key = key
        super().__init__(_("No {what} with the key {key}.").format(what=what, key=key))


class InUse(ValueError):
    """A row cannot be deleted because others depend on it; ``users`` says which."""

    def __init__(self, message: str, users: list[str]) -> None:
        self.users = users
        super().__init__(message)
