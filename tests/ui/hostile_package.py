"""A hostile meeting at scale, as package JSON: markup and images in every name, huge fields.

Every department's name carries markup and an image pointing at ``/dev/zero`` (a widget that
took it for rich text would read forever); the meeting's purpose is a million characters.
Some departments have people, demands, suggestions and actions, so that every page of the
window and every export has rows to show.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

ZERO = '<img src="/dev/zero">'
HUGE = 1_000_000


def name(n: int) -> str:
    """A department's name: unique, with markup and an endless image."""
    return f"<b>Dept {n:06d}</b>{ZERO}<font color=red>x</font>"


def department(n: int, people: int) -> dict[str, Any]:
    return {
        "id": f"d{n}", "name": name(n), "engagement": ("neutral", "resistant", "leading")[n % 3],
        "function": f"<i>function {n}</i>{ZERO}" if n % 10 == 0 else "",
        "people": [{"id": f"p{n}-{k}", "name": f"<u>Person {n}-{k}</u>{ZERO}",
                    "role": f"<b>role</b>{ZERO}", "influence": 1 + k % 5}
                   for k in range(people)],
    }


def hostile_meeting(departments: int, *, with_rows_every: int = 100) -> dict[str, Any]:
    """The package's data: ``departments`` departments; every ``with_rows_every``-th has
    three people, a demand, a suggestion and an action (due, owned: calendar and CSV)."""
    rich = range(0, departments, with_rows_every)
    data: dict[str, Any] = {
        "format": "prewire.meeting", "version": 2,
        "meeting": {"title": f"<h1>Hostile</h1>{ZERO}", "purpose": "p" * HUGE,
                    "location": f"<a href='x'>here</a>{ZERO}", "status": "preparing",
                    "scheduled_at": "2026-12-10T10:00:00+00:00", "duration_minutes": 60},
        "goals": [{"id": "g1", "statement": f"<b>goal</b>{ZERO}", "evidence": "e" * HUGE}],
        "departments": [department(n, 3 if n in rich else 0) for n in range(departments)],
        "demands": [{"id": f"o{n}", "department": f"d{n}", "text": f"=<b>demand {n}</b>{ZERO}"}
                    for n in rich],
        "suggestions": [{"id": f"s{n}", "department": f"d{n}", "person": f"p{n}-0",
                         "text": f"<b>suggestion {n}</b>{ZERO}"} for n in rich],
        "actions": [{"id": f"x{n}", "department": f"d{n}", "owner": f"p{n}-1",
                     "text": f"=HYPERLINK(\"http://x\")<b>{n}</b>{ZERO}", "due": "2026-12-20"}
                    for n in rich],
        "open_issues": [{"id": "i1", "text": f"<b>issue</b>{ZERO}", "due": "2026-12-24"}],
    }
    return data


def write_hostile_package(path: Path, departments: int) -> Path:
    """Write the package to ``path`` (compact JSON, as a script would send it)."""
    path.write_text(json.dumps(hostile_meeting(departments), ensure_ascii=False),
                    encoding="utf-8")
    return path
