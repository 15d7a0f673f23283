"""The message a refused package gives, for each way a file can be wrong (what the user reads)."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.services.packages import PackageError, read_package, read_package_file
from tests.services.test_packages_sample import sample, sample_bytes


def problems_of(data: bytes) -> list[str]:
    with pytest.raises(PackageError) as caught:
        read_package(data)
    return caught.value.lines()


@pytest.mark.parametrize(("data", "message"), [
    (b"  \n ", "The file is empty; a meeting package is a JSON object that starts with {."),
    (b'{"format": "prewire.meeting",\n "meeting": {',
     "The file ends too early (line 2, column 14): it may have been cut off while it was copied."),
    (b'{"a": 1,, }', "The file is not valid JSON at line 1, column 9: Expecting property name "
                     "enclosed in double quotes."),
    (b"[" * 5000, "The file is nested too deeply to be a meeting package."),
])
def test_a_file_that_is_not_a_package_says_what_is_wrong_with_it(data: bytes, message: str) -> None:
    assert problems_of(data) == [message]


@pytest.mark.parametrize(("data", "kind"), [
    (b"[1]", "a list"), (b'"x"', "a text"), (b"true", "true or false"), (b"3.5", "a number"),
    (b"null", "null")])
def test_json_that_is_not_one_object_names_what_it_holds(data: bytes, kind: str) -> None:
    assert problems_of(data) == [
        f"The file holds {kind}; a meeting package is one JSON object, {{ ... }}, holding one "
        "meeting."]


@pytest.mark.parametrize(("key", "value", "message"), [
    ("format", None, 'format: is missing: this is not a Prewire meeting package, which says '
                     '"format": "prewire.meeting".'),
    ("format", "other", 'format: "other" is not a format Prewire knows; a meeting package '
                        'says "prewire.meeting".'),
    ("format", 5, 'format: 5 is not a format Prewire knows; a meeting package says '
                  '"prewire.meeting".'),
    ("version", None, 'version: is missing; a meeting package says "version": 2.'),
    ("version", "1", "version: must be a whole number"),
    ("version", True, "version: must be a whole number"),
    ("version", 3, "version: is 3: the package was made by a newer Prewire. Update Prewire to "
                   "import it."),
    ("version", 0, "version: is 0, which no Prewire writes; the first version is 1."),
])
def test_a_wrong_or_missing_format_or_version_is_refused(key: str, value: object,
                                                         message: str) -> None:
    data = sample()
    if value is None:
        del data[key]
    else:
        data[key] = value
    assert problems_of(sample_bytes(data)) == [message]


def test_a_version_1_package_is_still_read() -> None:
    data = sample()
    data["version"] = 1
    assert read_package(sample_bytes(data)).meeting.title == sample()["meeting"]["title"]


def test_an_empty_id_must_not_be_empty() -> None:
    data = sample()
    data["goals"][0]["id"] = ""
    assert "goals[0].id: must not be empty" in problems_of(sample_bytes(data))


def test_a_refused_file_names_itself_on_every_line(tmp_path: Path) -> None:
    data = sample()
    del data["format"]
    data["version"] = 0
    path = tmp_path / "plan.prewire.json"
    path.write_bytes(sample_bytes(data))
    with pytest.raises(PackageError) as caught:
        read_package_file(path)
    assert str(caught.value).split("\n") == [
        f"{path}: format: is missing: this is not a Prewire meeting package, which says "
        '"format": "prewire.meeting".',
        f"{path}: version: is 0, which no Prewire writes; the first version is 1."]


def test_bytes_without_a_file_are_refused_without_a_file_name() -> None:
    with pytest.raises(PackageError) as caught:
        read_package(b"[]")
    assert str(caught.value).startswith("The file holds a list;")


def test_an_id_in_chinese_is_quoted_as_typed() -> None:
    data = sample()
    data["touchpoints"][0]["department"] = "财务"
    assert problems_of(sample_bytes(data)) == [
        'touchpoints[0].department: no department has the id "财务"']
