"""Value rules shared by the tables' validating base classes."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from app import i18n
from app.i18n import N_

# Messages are marked here and translated where they are shown.
BLANK = N_("must not be blank")
BOTH_PRESENTERS = N_("choose the coordinator or a person as presenter, not both")


def not_blank(value: str) -> str:
    """Refuse text that is empty or only white space (the text itself is kept as typed)."""
    if not value.strip():
        raise ValueError(BLANK)
    return value


def name_key(name: str) -> str:
    """The form under which two department or person names are the same name."""
    return " ".join(name.split()).casefold()


def describe_error(error: Mapping[str, Any], gettext: Callable[[str], str] | None = None) -> str:
    """A user's sentence for one pydantic error (``must be 1-5``, ``must not be blank``)."""
    # named `_` so that the extractor finds the messages below
    _ = gettext or i18n._
    kind = str(error.get("type", ""))
    ctx = error.get("ctx") or {}
    if kind == "value_error":
        inner = ctx.get("error")
        return _(str(inner)) if inner is not None else _("is not valid")
    if kind in ("greater_than_equal", "less_than_equal", "greater_than", "less_than"):
        low, high = ctx.get("ge"), ctx.get("le")
        if (kind == "less_than_equal" and high == 5) or (kind == "greater_than_equal" and low == 1):
            return _("must be 1-5")
        if low is not None:
            return _("must be {low} or more").format(low=low)
        return _("must be {high} or less").format(high=high)
    if kind == "enum":
        return _("must be one of: {choices}").format(choices=ctx.get("expected", ""))
    if kind == "missing":
        return _("is required")
    if kind == "extra_forbidden":
        return _("is not a known field")
    if kind.startswith("int_"):
        return _("must be a whole number")
    if kind.startswith("bool"):
        return _("must be true or false")
    if kind.startswith("datetime") or kind.startswith("timezone"):
        return _("must be a date and time such as 2026-12-01T10:00:00+08:00")
    if kind.startswith("date"):
        return _("must be a date such as 2026-12-01")
    if kind.startswith("string") or kind == "str_type":
        return _("must be text")
    if kind.startswith("list") or kind.startswith("tuple"):
        return _("must be a list")
    if kind.startswith("dict") or kind.startswith("model"):
        return _("must be an object")
    return _("is not valid")


def error_place(location: tuple[str | int, ...]) -> str:
    """``("departments", 2, "people", 0, "influence")`` → ``departments[2].people[0].influence``."""
    place = ""
    for part in location:
        if isinstance(part, int):
            place += f"[{part}]"
        else:
            place += f".{part}" if place else str(part)
    return place
