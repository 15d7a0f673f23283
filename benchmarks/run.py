"""``make bench``: every case of issue 14 beside its floor, measured in the same run.

A years workspace is generated from a seed into a temporary folder, then each
case runs and the table is printed (Markdown, as the README carries it), with
the machine it ran on. The machine may be shared: the ratios are what holds.
"""

from __future__ import annotations

import os
import platform
import shutil
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.measure import Row, median, ms, ratio_row, run_process, table
from benchmarks.years import Years, generate

STARTS = 5


def _kib(args: list[str]) -> int:
    import subprocess

    done = subprocess.run([sys.executable, *args], check=True, capture_output=True, text=True)
    return int(done.stdout.split()[-1])


def start_cases(years: Years, small: Years, home: Path) -> list[Row]:
    """Start to a shown window, on one large meeting and on the years workspace, and the
    start of a command (`prewire list`)."""
    module = ["-m", "benchmarks.start"]
    rows = []
    for case, data in (("start to a shown window, 60-department meeting open", small),
                       ("same, workspace of 200 meetings", years)):
        run_process([*module, "prepare", str(data.path), str(home), str(data.largest)], 1)
        window = run_process([*module, "prewire", str(data.path), str(home)], STARTS)
        bare = run_process([*module, "bare"], STARTS)
        rows.append(ratio_row(case, median(window), median(bare), 2,
                              baseline_text=f"bare PySide6 window with a table {ms(median(bare))}"))
    listing = run_process(["-m", "ui.launch", "--workspace", str(years.path), "list"], STARTS)
    nothing = run_process(["-c", "pass"], STARTS)
    rows.append(ratio_row("`prewire list`, 200 meetings", median(listing), median(nothing), 3,
                          baseline_text=f"`python -c pass` {ms(median(nothing))}"))
    return rows


def process_cases(years: Years, small: Years, home: Path) -> list[Row]:
    """Start, `prewire list` and memory: whole processes, timed from outside."""
    module = ["-m", "benchmarks.start"]
    rows = start_cases(years, small, home)
    peak = _kib([*module, "memory", str(years.path), str(home)]) / 1024
    floor = _kib([*module, "bare-memory"]) / 1024
    rows.append(Row("peak memory after showing every meeting of the 200", f"{peak:.0f} MB",
                    f"bare Qt window {floor:.0f} MB", peak / floor, "≤ 250 MB", peak <= 250))
    return rows


def machine() -> str:
    from PySide6 import __version__ as qt

    cpu = platform.processor() or platform.machine()
    return (f"{platform.system()} {platform.release()}, {cpu}, {os.cpu_count()} cores, "
            f"Python {platform.python_version()}, PySide6 {qt}")


def compile_sources() -> None:
    """Write Prewire's bytecode, as an installed Prewire has it (pip compiles a package as it
    installs it, PyInstaller bundles the bytecode). An editable install has none, and with
    ``PYTHONDONTWRITEBYTECODE`` set (as on CI machines) none is ever written: every start
    would compile all of ``app/`` and ``ui/`` again, about 45 ms that no user pays."""
    import compileall

    root = Path(__file__).resolve().parent.parent
    for package in ("app", "ui", "benchmarks"):
        compileall.compile_dir(root / package, quiet=1)


def main(argv: list[str]) -> int:
    """Every case; with ``start`` only the start cases, with ``window`` only the cases measured
    inside one window and the durable edit beside them, with ``pack`` only the briefing
    packs (``python -m benchmarks.run start``, and so on)."""
    if argv not in ([], ["start"], ["window"], ["pack"]):
        print("usage: python -m benchmarks.run [start | window | pack]", file=sys.stderr)
        return 2
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    compile_sources()
    began = time.perf_counter()
    work = Path(tempfile.mkdtemp(prefix="prewire-bench-"))
    try:
        from app import paths

        home = work / "home"
        paths.redirect(home)
        years = generate(work / "years.prewire")
        from benchmarks import pack_cases, search_cases, window_cases

        if argv == ["pack"]:
            generated = time.perf_counter() - began
            rows = pack_cases.packs(years, work)
        elif argv == ["window"]:
            generated = time.perf_counter() - began
            rows = window_cases.switch_and_steps(years, work)
            rows.append(pack_cases.durable_edit(years, work))
        else:
            small = generate(work / "one.prewire", meetings=1, departments=60, people=360,
                             demands=1200, suggestions=1200, touchpoints=1200)
            generated = time.perf_counter() - began
            if argv == ["start"]:
                rows = start_cases(years, small, home)
            else:
                rows = process_cases(years, small, home)
                rows += window_cases.switch_and_steps(years, work)
                rows.append(pack_cases.durable_edit(years, work))
                rows += pack_cases.packs(years, work)
                rows += search_cases.search_cases(years)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return _report(rows, began, generated)


def _report(rows: list[Row], began: float, generated: float) -> int:
    print(table(rows))
    print()
    print(f"Machine: {machine()}.")
    total = time.perf_counter() - began
    print(f"Workspace generated in {generated:.1f} s; whole run {total:.0f} s.")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
