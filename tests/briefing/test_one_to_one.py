"""The one-to-one sheet: from the command line, by name or ID; private on every page."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.services import guidance, meeting_document
from app.storage import open_workspace
from tests.briefing import pdf
from tests.test_cli_exports import CHINESE, SPANISH, demo_file, export, label, workspace

__all__ = ["demo_file", "workspace"]  # fixtures, used by name


def test_a_departments_sheet_by_name(workspace: Path, tmp_path: Path,
                                     capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "sheet.pdf"
    status, printed, err = export(capsys, workspace, CHINESE, "--one-to-one", "销售部", str(out))
    assert (status, err) == (0, "")
    pages = pdf.page_texts(out.read_bytes())
    assert printed == f"{out}: {len(pages)} pages\n"
    marking = label("Private one-to-one sheet — do not distribute", "zh_CN")
    assert all(marking in " ".join(page.split()) for page in pages)
    text = " ".join(" ".join(pages).split())
    with open_workspace(workspace) as opened:
        package = meeting_document.load(opened, int(CHINESE)).package
    sales = next(d for d in package.departments if d.name == "销售部")
    assert sales.function.split()[0][:10] in text
    assert all(okr[:8] in text for okr in sales.okrs)
    # the guidance's questions, in the meeting's language
    question = guidance.for_step("departments", "zh_CN").questions[0]
    assert question[:12] in text.replace(" ", "")
    assert label("Notes from the conversation", "zh_CN") in text
    assert sales.private_notes[:10] not in text  # the dossier's notes stay in the pack


def test_by_id_and_an_unknown_department(workspace: Path, tmp_path: Path,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    with open_workspace(workspace) as opened:
        document = meeting_document.load(opened, int(SPANISH))
    first = document.package.departments[0]
    key = str(document.rows[first.id][1])
    out = tmp_path / "by-id.pdf"
    status, _printed, err = export(capsys, workspace, SPANISH, "--one-to-one", key, str(out))
    assert (status, err) == (0, "")
    assert first.name in pdf.text(out.read_bytes())
    missing = tmp_path / "none.pdf"
    status, _printed, err = export(capsys, workspace, SPANISH, "--one-to-one", "Nadie",
                                   str(missing))
    assert status == 2 and "Nadie" in err and first.name in err
    assert not missing.exists()
