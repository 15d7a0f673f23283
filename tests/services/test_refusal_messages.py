"""What the user reads when a row is missing, a profile is still used, or a field is refused
in a form that names its fields."""

from __future__ import annotations

import pytest

from app.services import departments, meetings, participation
from app.services.errors import InUse, NotFound, Problem, problem_text
from app.storage import Workspace


def test_a_missing_meeting_is_named_with_its_key(workspace: Workspace) -> None:
    with pytest.raises(NotFound) as caught:
        meetings.get_meeting(workspace, 999)
    assert str(caught.value) == "No meeting with the key 999."
    assert (caught.value.what, caught.value.key) == ("meeting", 999)


def test_a_profile_in_use_names_the_meetings_that_use_it(workspace: Workspace) -> None:
    finance = departments.create(workspace, name="Finance").id or 0
    for title in ("Budget", "Audit"):
        participation.add(workspace, meetings.create(workspace, title=title).id or 0, finance)
    with pytest.raises(InUse) as caught:
        departments.delete(workspace, finance)
    assert str(caught.value) == ("Finance takes part in Audit, Budget; remove it from those "
                                 "meetings first.")
    assert caught.value.users == ["Audit", "Budget"]
    assert departments.get_department(workspace, finance).name == "Finance"


def test_a_forms_label_names_a_field_the_table_does_not_know() -> None:
    labels = {"influence": "Influence (1-5)", "goals[0].indicator": "Indicator"}
    assert problem_text(Problem("influence", "must be 1-5"), labels) == (
        "Influence (1-5): must be 1-5")
    assert problem_text(Problem("people[1].influence", "must be 1-5"), labels) == (
        "Influence (1-5): must be 1-5")
    assert problem_text(Problem("goals[0].indicator", "too long"), labels) == (
        "Indicator: too long")
    assert problem_text(Problem("title", "must not be blank"), labels) == (
        "Title: must not be blank")
    assert problem_text(Problem("contact", "is not valid"), labels) == "is not valid"
