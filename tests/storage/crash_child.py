"""A child process for the crash tests: it forks writers that the test kills at random.

Started once per test (``python -m tests.storage.crash_child HOME PACKAGE``),
it imports everything and writes once, then reads commands on stdin, one a line:
``edit PATH ACKS SEED`` or ``import PATH ACKS PACKAGE``. For each it forks a
writer, prints the writer's pid, and reports its exit when it ends (the test
kills it). A forked writer starts in a few milliseconds, so hundreds of kills
fit in seconds. The writer appends a line to ACKS after each call returns:
every line there is an edit the user was told was saved.
"""

from __future__ import annotations

import os
import random
import sys
import tempfile
import traceback
from pathlib import Path

from app import paths
from app.services import meetings, packages
from app.storage import open_workspace


def _ack(acks: int, line: str) -> None:
    # the page cache outlives a killed process, so no fsync is needed for the test to read it
    os.write(acks, (line + "\n").encode())


def edit_loop(path: Path, acks: int, seed: int) -> None:
    """Create meetings and rename a counter meeting, acknowledging each saved edit."""
    rng = random.Random(seed)
    workspace = open_workspace(path)
    counter = meetings.find(workspace, "counter") or []
    counter_id = counter[0].id if counter else meetings.create(workspace, title="counter").id
    assert counter_id is not None
    step = 0
    while True:
        step += 1
        if rng.random() < 0.5:
            title = f"m-{seed}-{step}"
            meetings.create(workspace, title=title, notes="x" * rng.randrange(0, 3_000))
            _ack(acks, f"create\t{title}")
        else:
            meetings.update(workspace, counter_id, notes=f"{seed}-{step}")
            _ack(acks, f"counter\t{seed}-{step}")


def import_loop(path: Path, acks: int, package: Path) -> None:
    """Import the package again and again, acknowledging each import that returned."""
    document = packages.read_package_file(package)
    workspace = open_workspace(path)
    while True:
        report = packages.import_document(workspace, document)
        _ack(acks, f"import\t{report.meeting_id}")


def warm_up(folder: Path) -> None:
    """Run each kind of write once, so that forked writers start with the ORM ready."""
    with open_workspace(folder / "warm-up.prewire") as workspace:
        meeting = meetings.create(workspace, title="warm-up")
        meetings.update(workspace, meeting.id or 0, notes="warm")
        packages.read_package_file(Path(sys.argv[2]))


def main() -> None:
    paths.redirect(Path(sys.argv[1]))
    with tempfile.TemporaryDirectory() as folder:
        warm_up(Path(folder))
    for line in sys.stdin:
        kind, path, acks_path, arg = line.split()
        pid = os.fork()
        if pid == 0:
            acks = os.open(acks_path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
            try:
                if kind == "edit":
                    edit_loop(Path(path), acks, int(arg))
                else:
                    import_loop(Path(path), acks, Path(arg))
            except BaseException:
                traceback.print_exc()
            finally:
                os._exit(3)  # only a kill should end a writer; 3 tells the test it failed
        print(pid, flush=True)
        _pid, status = os.waitpid(pid, 0)
        print(f"exit {status}", flush=True)


if __name__ == "__main__":
    main()
