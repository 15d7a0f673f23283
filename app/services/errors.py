"""Errors the services raise for input they refuse; nothing is written when they do."""

from __future__ import annotations

from dataclasses import dataclass

from app.i18n import _


@dataclass(frozen=True)
class Problem:
    """One refused value: where it is (``title``, ``departments[2].name``) and why."""

    field: str
    message: str

    def __str__(self) -> str:
        return f"{self.field}: {self.message}"


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
