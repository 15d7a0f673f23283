"""A pack or pre-read that cannot be printed is refused with a message that says why and what
to send instead, and the file already there is left whole."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.i18n import set_language
from app.services import briefing, meetings, packages
from app.storage import Workspace


def meeting_with(workspace: Workspace, departments: int) -> int:
    """A meeting imported from a package with this many departments (as a large one arrives)."""
    data = {"format": "prewire.meeting", "version": 1, "meeting": {"title": "All hands"},
            "departments": [{"id": f"d{n}", "name": f"Department {n}"}
                            for n in range(departments)]}
    package = packages.read_package(json.dumps(data).encode())
    return packages.import_document(workspace, package).meeting_id


def test_more_departments_than_a_reader_can_use_are_refused_and_the_file_kept(
        workspace: Workspace, tmp_path: Path) -> None:
    meeting = meeting_with(workspace, 2_001)
    target = tmp_path / "pack.pdf"
    target.write_bytes(b"old")
    for pre_read in (False, True):
        with pytest.raises(briefing.TooManyDepartments) as refused:
            briefing.export_pdf(workspace, meeting, target, pre_read=pre_read)
        assert str(refused.value) == (
            "departments: This meeting has 2,001 departments; a briefing pack or pre-read "
            "prints at most 2,000. Share the meeting as a package, or export its actions as "
            "CSV, instead.")
        assert refused.value.count == 2_001
    assert target.read_bytes() == b"old"
    set_language("es")
    with pytest.raises(briefing.TooManyDepartments) as refused:
        briefing.prepare(workspace, meeting)
    assert refused.value.problems[0].message.startswith("Esta reunión tiene 2.001 departamentos")


def test_exactly_as_many_departments_as_can_be_printed_are_read(workspace: Workspace) -> None:
    meeting = meeting_with(workspace, 2_000)
    document = briefing.prepare(workspace, meeting, sections=["cover"])
    assert len(document.package.departments) == 2_000


def test_unknown_sections_are_each_named_with_the_ones_to_choose_from(
        workspace: Workspace) -> None:
    meeting = meetings.create(workspace, title="Budget").id or 0
    with pytest.raises(briefing.UnknownSection) as refused:
        briefing.prepare(workspace, meeting, pre_read=True,
                         sections=["cover", "gossip", "dossiers"])
    assert refused.value.problems[0].message == (
        "Unknown section gossip, dossiers; choose among: cover, goals, suggestions, agenda.")
