"""What every bench case shares: timing loops, medians, and one row of the table."""

from __future__ import annotations

import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Row:
    """One line of the table: a figure beside its floor, measured in the same run."""

    case: str
    figure: str
    baseline: str
    ratio: float | None
    budget: str
    passed: bool | None

    def cells(self) -> list[str]:
        ratio = "—" if self.ratio is None else f"{self.ratio:.2f}×"
        verdict = "—" if self.passed is None else ("pass" if self.passed else "miss")
        return [self.case, self.figure, self.baseline, ratio, self.budget, verdict]


def timed(action: Callable[[], Any], rounds: int, *, warmup: int = 1) -> list[float]:
    """Seconds per call of ``action``, after ``warmup`` calls that are not counted."""
    for _ in range(warmup):
        action()
    found = []
    for _ in range(rounds):
        start = time.perf_counter()
        action()
        found.append(time.perf_counter() - start)
    return found


def run_process(args: Sequence[str], rounds: int) -> list[float]:
    """Seconds from starting ``python args`` to its exit, ``rounds`` times (after one warm-up)."""
    def once() -> None:
        subprocess.run([sys.executable, *args], check=True, stdout=subprocess.DEVNULL)
    return timed(once, rounds)


def median(values: Sequence[float]) -> float:
    return statistics.median(values)


def p95(values: Sequence[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.0f} ms" if seconds < 10 else f"{seconds:.1f} s"


def ratio_row(case: str, figure: float, baseline: float, budget: float | None,
              *, figure_text: str | None = None, baseline_text: str | None = None) -> Row:
    """A row judged by its ratio to the floor (``budget`` None: reported, not judged)."""
    ratio = figure / baseline if baseline else None
    return Row(case, figure_text or ms(figure), baseline_text or ms(baseline), ratio,
               "—" if budget is None else f"≤ {budget:g}×",
               None if budget is None or ratio is None else ratio <= budget)


def table(rows: Sequence[Row]) -> str:
    """The rows as a Markdown table (it goes into the README as printed)."""
    head = ["case", "Prewire", "floor, same run", "ratio", "budget", "verdict"]
    lines = [head, ["---"] * len(head), *(row.cells() for row in rows)]
    return "\n".join("| " + " | ".join(cells) + " |" for cells in lines)
