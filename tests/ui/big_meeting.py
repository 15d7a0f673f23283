"""A generated meeting of many departments, for the window's speed checks."""

from __future__ import annotations

import json
from datetime import date, timedelta

from app.services import packages
from app.storage import Workspace


def big_meeting(workspace: Workspace, size: int = 60, prefix: str = "Department") -> int:
    """A meeting with ``size`` departments, each with 3 people and 4 touchpoints.

    Written as one package import: one transaction instead of hundreds of fsyncs.
    """
    departments, log = [], []
    for n in range(size):
        staff = [{"id": f"p{n}-{k}", "name": f"Person {n}-{k}", "role": "Lead"}
                 for k in range(3)]
        departments.append({"id": f"d{n}", "name": f"{prefix} {n:02}", "function": "Works",
                            "people": staff, "stance": "neutral"})
        log += [{"id": f"t{n}-{k}", "department": f"d{n}", "person": f"p{n}-{k % 3}",
                 "date": (date(2026, 11, 1) + timedelta(k)).isoformat(),
                 "channel": "call", "summary": f"Talk {k}"} for k in range(4)]
    data = {
        "format": "prewire.meeting", "version": 1,
        "meeting": {"title": f"{size} departments"},
        "goals": [{"id": f"g{n}", "statement": f"Goal {n}", "indicator": "share %"}
                  for n in range(8)],
        "departments": departments, "touchpoints": log,
    }
    package = packages.read_package(json.dumps(data).encode())
    return packages.import_document(workspace, package).meeting_id
