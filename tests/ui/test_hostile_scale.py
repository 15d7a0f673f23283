"""A hostile meeting at scale, as a user meets it: 100,000 departments whose names carry
markup and an image pointing at /dev/zero, imported with the command line.

Each command runs in its own process, so its peak memory is its own (``wait4``): the
import, the list and the exports finish within a bound well above what they were measured
to take (at 100,000 departments: import about 890 MB, each export about 750 MB). The pack
and the pre-read refuse a meeting that large and say what to send instead. The window then
opens a meeting of 10,000 such departments (100,000 take too long to walk in CI): every
page, the search dialog and the open items show their text as typed, and File ▸ Export
briefing pack says why it cannot.
"""

from __future__ import annotations

import csv
import json
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from app.storage import open_workspace
from tests.ui.hostile_package import ZERO, name, write_hostile_package
from tests.ui.test_document_exports import SaveAs, choose_sections, wait_done
from tests.ui.test_hostile_text import markup_labels
from tests.ui.window_helpers import Dialogs, no_dialogs, window_on

__all__ = ["no_dialogs"]  # a fixture, used by name

pytestmark = pytest.mark.slow

DEPARTMENTS = 100_000
IN_WINDOW = 10_000
#: peak resident memory allowed to any one command (measured: at most 890 MB)
MEMORY_BOUND = 1_600 * 1024 * 1024
#: no command may hang: each is killed after this long (measured: at most 35 s)
TIMEOUT = 300
PREWIRE = str(Path(sys.executable).with_name("prewire"))


@dataclass(frozen=True)
class Run:
    status: int
    stdout: str
    stderr: str
    peak: int  # bytes


class Command:
    """One ``prewire`` command in its own process, its output in files."""

    def __init__(self, folder: Path, workspace: Path, *args: str) -> None:
        self.out = folder / f"{args[0]}-{len(os.listdir(folder))}.out"
        self.err = self.out.with_suffix(".err")
        with self.out.open("w") as out, self.err.open("w") as err:
            self.process = subprocess.Popen(
                [PREWIRE, "--workspace", str(workspace), "--lang", "en", *args],
                stdout=out, stderr=err)

    def finish(self) -> Run:
        """Wait (killed after TIMEOUT) and take the process's own peak memory."""
        deadline = time.monotonic() + TIMEOUT
        while True:
            pid, status, usage = os.wait4(self.process.pid, os.WNOHANG)
            if pid:
                break
            if time.monotonic() > deadline:
                self.process.kill()
                os.wait4(self.process.pid, 0)
                pytest.fail(f"{self.process.args} still running after {TIMEOUT} s")
            time.sleep(0.05)
        self.process.returncode = os.waitstatus_to_exitcode(status)
        return Run(self.process.returncode, self.out.read_text(encoding="utf-8"),
                   self.err.read_text(encoding="utf-8"), usage.ru_maxrss * 1024)


def prewire(folder: Path, workspace: Path, *args: str) -> Run:
    return Command(folder, workspace, *args).finish()


@pytest.fixture(scope="module")
def large(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, str]:
    """A workspace holding the 100,000-department meeting, imported by the command line."""
    folder = tmp_path_factory.mktemp("hostile")
    package = write_hostile_package(folder / "hostile.prewire.json", DEPARTMENTS)
    workspace = folder / "large.prewire"
    run = prewire(folder, workspace, "import", str(package))
    assert run.status == 0, run.stderr
    assert run.peak < MEMORY_BOUND
    return folder, workspace, run.stdout.split()[-1]


def test_import_and_list_finish_in_bounded_memory(large: tuple[Path, Path, str]) -> None:
    folder, workspace, meeting = large
    run = prewire(folder, workspace, "list")
    assert run.status == 0 and run.peak < MEMORY_BOUND
    [line] = run.stdout.splitlines()
    assert line.split("\t")[:2] == [meeting, f"<h1>Hostile</h1>{ZERO}"]


def test_every_export_writes_the_text_as_typed(large: tuple[Path, Path, str]) -> None:
    folder, workspace, meeting = large
    outs = {kind: folder / f"out.{kind}" for kind in ("json", "ics", "csv")}
    # the three read in parallel, as the command line allows while others read
    commands = [Command(folder, workspace, "export", meeting, f"--{kind}", str(path))
                for kind, path in outs.items()]
    for command in commands:
        run = command.finish()
        assert run.status == 0, run.stderr
        assert run.peak < MEMORY_BOUND
    data = json.loads(outs["json"].read_text(encoding="utf-8"))
    assert len(data["departments"]) == DEPARTMENTS
    assert data["departments"][-1]["name"] == name(DEPARTMENTS - 1)
    assert len(data["meeting"]["purpose"]) == 1_000_000
    assert "BEGIN:VEVENT" in outs["ics"].read_text(encoding="utf-8")
    with outs["csv"].open(encoding="utf-8-sig", newline="") as file:
        rows = list(csv.reader(file))
    texts = [cell for row in rows[1:] for cell in row if "HYPERLINK" in cell]
    assert len(texts) == DEPARTMENTS // 100
    assert all(not text.startswith("=") for text in texts)  # neutralised


@pytest.mark.parametrize("kind", [("--pdf",), ("--pdf", "--pre-read")])
def test_the_pack_and_the_pre_read_refuse_and_say_what_to_send(
        large: tuple[Path, Path, str], kind: tuple[str, ...]) -> None:
    folder, workspace, meeting = large
    out = folder / "pack.pdf"
    run = prewire(folder, workspace, "export", meeting, kind[0], str(out), *kind[1:])
    assert run.status == 2
    assert "100,000 departments" in run.stderr and "at most 2,000" in run.stderr
    assert "package" in run.stderr and not out.exists()
    assert run.peak < MEMORY_BOUND


def test_the_report_is_written(large: tuple[Path, Path, str]) -> None:
    folder, workspace, meeting = large
    out = folder / "report.pdf"
    run = prewire(folder, workspace, "export", meeting, "--report", str(out))
    assert run.status == 0, run.stderr
    assert run.peak < MEMORY_BOUND
    assert out.read_bytes().startswith(b"%PDF")


@pytest.fixture
def window_meeting(tmp_path: Path) -> Iterator[tuple[object, int]]:
    package = write_hostile_package(tmp_path / "hostile.prewire.json", IN_WINDOW)
    run = prewire(tmp_path, tmp_path / "window.prewire", "import", str(package))
    assert run.status == 0, run.stderr
    workspace = open_workspace(tmp_path / "window.prewire")
    yield workspace, int(run.stdout.split()[-1])
    workspace.close()


def test_the_window_shows_every_page_as_typed(qtbot, window_meeting, no_dialogs: Dialogs,
                                              tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    workspace, meeting = window_meeting
    window = window_on(qtbot, workspace, meeting)
    for index in range(window.steps.count()):
        window.steps.setCurrentIndex(index)
        qtbot.wait(20)  # laid out and painted: an image in a label would be read now
        window.grab()
        assert markup_labels(window) == [], window.steps.tabText(index)
    for view in (window.finder.show_search(), window.finder.show_open_items()):
        qtbot.wait(20)
        view.grab()
        assert markup_labels(view) == []
        view.close()
    # File ▸ Export briefing pack: refused, in a message, and no file left
    target = tmp_path / "pack.pdf"
    SaveAs(monkeypatch, target)
    choose_sections(qtbot, window, "export_briefing")
    wait_done(qtbot, window)  # counted by the worker, refused on the GUI thread
    [(_kind, _title, text)] = no_dialogs.shown
    assert "10,000 departments" in text and "at most 2,000" in text
    assert not target.exists()
    window.close()
