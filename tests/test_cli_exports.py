"""prewire export --pdf / --report / --ics / --csv on the demo meetings: files and exit statuses."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from app import cli
from app.i18n import Translator
from app.services import demo
from app.storage import open_workspace
from tests.briefing import pdf

#: the demo meetings by language (their IDs in a fresh workspace)
SPANISH, ENGLISH, CHINESE = "1", "2", "3"


def label(message: str, language: str) -> str:
    """A label as the meeting's catalogue has it today (translated or not)."""
    return " ".join(Translator(language).gettext(message).split())


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A workspace with the demo meetings, made once (tests copy it)."""
    path = tmp_path_factory.mktemp("demo") / "demo.prewire"
    with open_workspace(path) as workspace:
        reports = demo.load_demo(workspace)
    assert [r.meeting_id for r in reports] == [1, 2, 3]
    assert "Compras" in reports[0].title and "Customer" in reports[1].title
    return path


@pytest.fixture
def workspace(demo_file: Path, tmp_path: Path) -> Path:
    path = tmp_path / "w.prewire"
    shutil.copyfile(demo_file, path)
    return path


def export(capsys: pytest.CaptureFixture[str], workspace: Path, *args: str
           ) -> tuple[int, str, str]:
    status = cli.main(["--workspace", str(workspace), "export", *args])
    out, err = capsys.readouterr()
    return status, out, err


def test_report_is_written_and_its_pages_counted(
        workspace: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "report.pdf"
    status, printed, err = export(capsys, workspace, SPANISH, "--report", str(out))
    assert (status, err) == (0, "")
    pages = pdf.page_texts(out.read_bytes())
    assert printed == f"{out}: {len(pages)} pages\n"
    text = " ".join(" ".join(pages).split())
    assert label("Report for the leader", "es") in text
    assert "Centralización de Compras" in text
    assert "Aceros del Jalón" in text  # an unresolved issue, as typed
    assert "Sergio Roldán" in text  # an action's owner


def test_report_of_a_meeting_not_held_yet_is_written_and_says_so(
        workspace: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "report.pdf"
    status, _printed, err = export(capsys, workspace, CHINESE, "--report", str(out))
    assert (status, err) == (0, "")
    text = "".join(pdf.text(out.read_bytes()).split())  # Chinese lines join without a space
    warning = "The meeting has not been held yet: this report shows what is recorded so far."
    assert "".join(label(warning, "zh_CN").split()) in text
    assert "无糖气泡茶" in text


@pytest.mark.parametrize("key", ["99", "No such meeting"])
def test_report_of_an_unknown_meeting_exits_2_and_writes_nothing(
        key: str, workspace: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "out" / "report.pdf"
    out.parent.mkdir()
    status, printed, err = export(capsys, workspace, key, "--report", str(out))
    assert (status, printed) == (2, "")
    assert key in err and "prewire list" in err
    assert list(out.parent.iterdir()) == []


def test_report_takes_no_sections(workspace: Path, tmp_path: Path,
                                  capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "report.pdf"
    with pytest.raises(SystemExit) as caught:
        export(capsys, workspace, SPANISH, "--report", str(out), "--sections", "goals")
    assert caught.value.code == 2 and not out.exists()


def test_briefing_pack_by_title(workspace: Path, tmp_path: Path,
                                capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "pack.pdf"
    title = "Customer data platform rollout: cross-team sign-off"
    status, printed, err = export(capsys, workspace, title, "--pdf", str(out))
    assert (status, err) == (0, "")
    pages = pdf.page_texts(out.read_bytes())
    assert printed == f"{out}: {len(pages)} pages\n" and len(pages) > 5
    text = "\n".join(pages)
    assert "Private briefing — do not distribute" in text
    assert "Departments at a glance" in text and "Follow-up sheet" in text


def test_pre_read_with_chosen_sections(workspace: Path, tmp_path: Path,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "pre-read.pdf"
    status, _printed, err = export(capsys, workspace, ENGLISH, "--pdf", str(out), "--pre-read",
                                   "--sections", "goals,agenda")
    assert (status, err) == (0, "")
    text = pdf.text(out.read_bytes())
    assert "Goals and indicators" in text and "Agenda" in text
    for absent in ("Private briefing", "Suggestions adopted", "Purpose",
                   "Departments at a glance"):
        assert absent not in text
    assert "Pre-read" in text  # the header marks every page


def test_pre_read_refuses_a_private_section(workspace: Path, tmp_path: Path,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "pre-read.pdf"
    status, _printed, err = export(capsys, workspace, ENGLISH, "--pdf", str(out), "--pre-read",
                                   "--sections", "goals,dossiers")
    assert status == 2 and "dossiers" in err and not out.exists()


def test_calendar_and_actions_files(workspace: Path, tmp_path: Path,
                                    capsys: pytest.CaptureFixture[str]) -> None:
    ics, csv = tmp_path / "dates.ics", tmp_path / "actions.csv"
    status, printed, err = export(capsys, workspace, SPANISH, "--ics", str(ics))
    assert (status, err) == (0, "") and printed.startswith(f"{ics}: ")
    assert ics.read_bytes().startswith(b"BEGIN:VCALENDAR")
    status, printed, err = export(capsys, workspace, SPANISH, "--csv", str(csv))
    assert (status, err) == (0, "") and printed == f"{csv}: 7 actions\n"
    rows = csv.read_text(encoding="utf-8-sig").splitlines()
    assert len(rows) == 8 and any("Sergio Roldán" in row for row in rows)
