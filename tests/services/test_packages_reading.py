"""Reading a package: every problem is refused with its place, several at once."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.services import packages
from app.services.packages import PackageError, read_package
from tests.services.test_packages_sample import sample, sample_bytes


def problems_of(data: bytes) -> list[str]:
    with pytest.raises(PackageError) as caught:
        read_package(data)
    return caught.value.lines()


def test_several_problems_are_reported_together_each_with_its_place() -> None:
    data = sample()
    data["departments"][0]["people"][1]["influence"] = 7
    data["demands"][0]["status"] = "closed"
    data["meeting"]["title"] = " "
    lines = problems_of(sample_bytes(data))
    assert "departments[0].people[1].influence: must be 1-5" in lines
    assert "meeting.title: must not be blank" in lines
    assert any(line.startswith("demands[0].status: must be one of") for line in lines)


def test_many_problems_are_capped_and_counted() -> None:
    data = sample()
    data["goals"] = [{"id": f"g{i}", "statement": ""} for i in range(30)]
    lines = problems_of(sample_bytes(data))
    assert len(lines) == packages.MAX_PROBLEMS + 1
    assert lines[-1] == "... and 10 more problems"


def test_cross_references_name_the_dangling_id() -> None:
    data = sample()
    data["touchpoints"][0]["person"] = "cy"  # Cy is in Sales, the touchpoint is Finance's
    data["agenda"][0]["goal"] = "goal-z"
    data["decisions"][0]["agreed_by"] = ["fin", "fin"]
    data["actions"][0]["owner"] = "nobody"
    lines = problems_of(sample_bytes(data))
    assert 'touchpoints[0].person: "cy" is not one of the people of department "fin"' in lines
    assert 'agenda[0].goal: no goal has the id "goal-z"' in lines
    assert 'decisions[0].agreed_by[1]: "fin" is listed twice' in lines
    assert 'actions[0].owner: no person has the id "nobody"' in lines


def test_an_action_source_that_names_two_lists_is_ambiguous() -> None:
    data = sample()
    data["open_issues"][0]["id"] = "dm"  # also the demand's id
    data["actions"][1]["source"] = "dm"
    lines = problems_of(sample_bytes(data))
    assert any(line.startswith('actions[0].source: "dm" is the id of a demand, an open issue')
               for line in lines)


def test_person_ids_are_unique_across_departments() -> None:
    data = sample()
    data["departments"][1]["people"][0]["id"] = "ana"
    lines = problems_of(sample_bytes(data))
    assert 'departments[1].people[0].id: "ana" is already the id of departments[0].people[0]' \
        in lines


def test_a_moment_without_its_offset_is_refused() -> None:
    data = sample()
    data["meeting"]["scheduled_at"] = "2026-12-03T10:00:00"
    assert problems_of(sample_bytes(data)) == [
        "meeting.scheduled_at: must say its offset from UTC, such as 2026-12-01T10:00:00+08:00"]


def test_an_unpaired_surrogate_escape_is_refused_with_its_place() -> None:
    text = sample_bytes().decode().replace('"Pilot"', '"Pilot \\ud800"')
    assert problems_of(text.encode()) == [
        "agenda[1].title: holds an invalid character (an unpaired \\ud800-\\udfff escape)"]


@pytest.mark.parametrize(("language", "says"), [
    ("en", "is given more than once"), ("es", "aparece más de una vez"),
    ("zh_CN", "出现了不止一次")])
def test_a_key_given_twice_is_refused_naming_it_and_its_place(language: str, says: str) -> None:
    from app.i18n import set_language

    text = sample_bytes().decode().replace('"Pilot"', '"Pilot", "title": "Other"', 1)
    text = text.replace('"format": ', '"format": "x", "format": ', 1)
    set_language(language)
    problems = problems_of(text.encode())
    assert [p.split(":")[0] for p in problems] == ["format", "agenda[1].title"]
    assert all(says in p for p in problems)


def test_a_number_too_large_to_store_is_refused() -> None:
    data = sample()
    data["agenda"][0]["minutes"] = 10**30
    assert problems_of(sample_bytes(data)) == ["agenda[0].minutes: is too large"]


def test_a_byte_order_mark_is_accepted() -> None:
    assert read_package(b"\xef\xbb\xbf" + sample_bytes()).meeting.title.startswith("Customer")


def test_bad_utf8_names_line_and_column() -> None:
    data = b'{\n  "format": "prewire.meeting",\n  "x": "caf\xe9"\n}'
    assert problems_of(data) == [
        "The file is not UTF-8 text (line 3, column 12); save it as UTF-8 and try again."]


@settings(max_examples=100, deadline=None)
@given(st.one_of(st.binary(max_size=300),
                 st.text(max_size=300).map(str.encode),
                 st.recursive(st.none() | st.booleans() | st.integers() | st.text(max_size=5),
                              lambda inner: st.lists(inner, max_size=3)
                              | st.dictionaries(st.text(max_size=8), inner, max_size=3),
                              max_leaves=10).map(lambda v: repr(v).encode())))
def test_any_bytes_give_a_package_or_a_package_error(data: bytes) -> None:
    try:
        read_package(data)
    except PackageError as error:
        assert error.lines() and all(line.strip() for line in error.lines())
