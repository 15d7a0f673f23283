"""Reading a meeting package: bytes in, a checked :class:`MeetingPackage` out, or every problem.

The checks run from the outside in (text, JSON, format and version, fields,
cross-references), so that each message speaks of the first thing wrong:
a file that is not JSON is not also reported as missing a title.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from datetime import date
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from app.domain import package_v1
from app.domain.package import FORMAT, VERSION, MeetingPackage
from app.domain.rules import describe_error, error_place
from app.i18n import _, ngettext
from app.services.errors import InvalidInput, Problem
from app.services.packages.checks import cross_problems

#: more problems than this are counted, not listed (the first ones show what is wrong)
MAX_PROBLEMS = 20
_BOM = b"\xef\xbb\xbf"


class PackageError(InvalidInput):
    """A package was refused; each problem names its place (``demands[3].status``).

    ``more`` counts the problems left out after :data:`MAX_PROBLEMS`; ``source``
    is the file, when there is one. Nothing was written when this is raised.
    """

    def __init__(self, problems: list[Problem], *, more: int = 0,
                 source: Path | None = None) -> None:
        super().__init__(problems)
        self.more = more
        self.source = source

    @classmethod
    def capped(cls, problems: list[Problem]) -> PackageError:
        return cls(problems[:MAX_PROBLEMS], more=max(0, len(problems) - MAX_PROBLEMS))

    @classmethod
    def whole(cls, message: str) -> PackageError:
        """A problem with the file as a whole, which has no place inside it."""
        return cls([Problem("", message)])

    def lines(self) -> list[str]:
        """One line per problem, ``place: message``, then how many were left out."""
        lines = [f"{p.field}: {p.message}" if p.field else p.message for p in self.problems]
        if self.more:
            lines.append(ngettext("... and {count} more problem", "... and {count} more problems",
                                  self.more).format(count=self.more))
        return lines

    def __str__(self) -> str:
        prefix = f"{self.source}: " if self.source is not None else ""
        return "\n".join(prefix + line for line in self.lines())


def _position(data: bytes, offset: int) -> tuple[int, int]:
    """Line and column (both from 1) of byte ``offset`` in ``data``."""
    before = data[:offset]
    start = before.rfind(b"\n") + 1
    return before.count(b"\n") + 1, offset - start + 1


def _decode(data: bytes) -> str:
    if not data.strip():
        raise PackageError.whole(_("The file is empty; a meeting package is a JSON object "
                                   "that starts with {."))
    # editors on Windows often write a byte-order mark; it is not part of the text
    if data.startswith(_BOM):
        data = data[len(_BOM):]
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        line, column = _position(data, error.start)
        raise PackageError.whole(_(
            "The file is not UTF-8 text (line {line}, column {column}); "
            "save it as UTF-8 and try again.").format(line=line, column=column)) from None


class _Repeated(dict[str, Any]):
    """A JSON object in which some keys appeared more than once (the last copy is kept)."""

    repeated: list[str]


def _object(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    """Build one JSON object, remembering the keys it repeats (json keeps the last silently)."""
    built = dict(pairs)
    if len(built) == len(pairs):
        return built
    seen: set[str] = set()
    marked = _Repeated(built)
    marked.repeated = []
    for key, _value in pairs:
        if key in seen and key not in marked.repeated:
            marked.repeated.append(key)
        seen.add(key)
    return marked


def _repeated_keys(value: Any, place: tuple[str | int, ...] = ()) -> Iterator[Problem]:
    """A problem for each key given twice in one object, at its place (``demands[3].status``)."""
    if isinstance(value, dict):
        for key in getattr(value, "repeated", ()):
            yield Problem(error_place((*place, key)), _(
                "is given more than once in the same object; a meeting package names each "
                "field once, so the copies cannot disagree"))
        for key, item in value.items():
            yield from _repeated_keys(item, (*place, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _repeated_keys(item, (*place, index))


def _parse(text: str) -> Any:
    try:
        return json.loads(text, object_pairs_hook=_object)
    except json.JSONDecodeError as error:
        end = len(text.rstrip())
        # an unterminated string runs to the end of the file, so the file is cut short too
        if error.pos >= end or error.msg.startswith("Unterminated string"):
            line, column = _position(text[:end].encode(), len(text[:end].encode()))
            message = _("The file ends too early (line {line}, column {column}): "
                        "it may have been cut off while it was copied.").format(
                            line=line, column=column)
        else:
            message = _("The file is not valid JSON at line {line}, column {column}: "
                        "{reason}.").format(line=error.lineno, column=error.colno,
                                            reason=error.msg)
        raise PackageError.whole(message) from None
    except RecursionError:
        raise PackageError.whole(_("The file is nested too deeply to be a meeting package.")
                                 ) from None
    except ValueError as error:  # e.g. a number with thousands of digits
        raise PackageError.whole(_("The file is not valid JSON: {reason}.").format(
            reason=error)) from None


def _kind_of(value: Any) -> str:
    if isinstance(value, list):
        return _("a list")
    if isinstance(value, str):
        return _("a text")
    if isinstance(value, bool):
        return _("true or false")
    if isinstance(value, int | float):
        return _("a number")
    return _("null")


def _check_header(raw: Mapping[str, Any]) -> list[Problem]:
    problems = []
    if "format" not in raw:
        problems.append(Problem("format", _(
            'is missing: this is not a Prewire meeting package, which says "format": "{format}".'
        ).format(format=FORMAT)))
    elif raw["format"] != FORMAT:
        shown = json.dumps(raw["format"], ensure_ascii=False)[:80]
        problems.append(Problem("format", _(
            '{value} is not a format Prewire knows; a meeting package says "{format}".'
        ).format(value=shown, format=FORMAT)))
    version = raw.get("version")
    if "version" not in raw:
        problems.append(Problem("version", _(
            'is missing; a meeting package says "version": {version}.').format(version=VERSION)))
    elif not isinstance(version, int) or isinstance(version, bool):
        problems.append(Problem("version", _("must be a whole number")))
    elif version > VERSION:
        problems.append(Problem("version", _(
            "is {version}: the package was made by a newer Prewire. "
            "Update Prewire to import it.").format(version=version)))
    elif version < 1:
        problems.append(Problem("version", _(
            "is {version}, which no Prewire writes; the first version is 1.").format(
                version=version)))
    return problems


def _lone_surrogates(value: Any, place: tuple[str | int, ...] = ()) -> Iterator[Problem]:
    """Text escaped as half of a character pair (``"\\ud800"``), which no file can store."""
    if isinstance(value, str):
        if any("\ud800" <= c <= "\udfff" for c in value):
            yield Problem(error_place(place), _("holds an invalid character (an unpaired "
                                                "\\ud800-\\udfff escape)"))
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from _lone_surrogates(key, place)
            yield from _lone_surrogates(item, (*place, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _lone_surrogates(item, (*place, index))


def _field_problem(error: Mapping[str, Any]) -> Problem:
    place = error_place(tuple(error["loc"]))
    kind = error.get("type", "")
    if kind == "string_too_short":
        return Problem(place, _("must not be empty"))
    if kind == "json_invalid":
        reason = (error.get("ctx") or {}).get("error", "")
        return Problem(place, _("The file is not valid JSON: {reason}.").format(reason=reason))
    return Problem(place, describe_error(error))


def read_package(data: bytes) -> MeetingPackage:
    """The package in ``data``; raise :class:`PackageError` naming every problem's place.

    Refuses text that is not UTF-8, empty or cut-off files, JSON that is not one
    object, a key given twice in one object, an unknown ``format``, a ``version``
    from a newer Prewire, any field the format does not define or allow, and
    every broken cross-reference
    (see :func:`~app.services.packages.checks.cross_problems`).
    """
    text = _decode(data)
    raw = _parse(text)
    if not isinstance(raw, dict):
        raise PackageError.whole(_(
            "The file holds {kind}; a meeting package is one JSON object, "
            "{{ ... }}, holding one meeting.").format(kind=_kind_of(raw)))
    problems = list(_repeated_keys(raw))
    if problems:
        raise PackageError.capped(problems)
    problems = _check_header(raw)
    if problems:
        raise PackageError.capped(problems)
    problems = list(_lone_surrogates(raw))
    if problems:
        raise PackageError.capped(problems)
    try:
        if raw["version"] == 1:  # stances then; engagement levels since version 2
            package = package_v1.upgrade(package_v1.MeetingPackage.model_validate_json(text),
                                         date.today())
        else:
            package = MeetingPackage.model_validate_json(text)
    except ValidationError as error:
        raise PackageError.capped([_field_problem(e) for e in error.errors()]) from None
    problems = cross_problems(package)
    if problems:
        raise PackageError.capped(problems)
    return package


def read_package_file(path: Path) -> MeetingPackage:
    """Read and check the package file at ``path``; a PackageError names the file."""
    data = Path(path).read_bytes()
    try:
        return read_package(data)
    except PackageError as error:
        error.source = Path(path)
        raise
