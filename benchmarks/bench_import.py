"""Importing a large meeting (60 departments, about a thousand rows), against plain sqlite3.

The baseline inserts the same number of rows with ``executemany`` in one
transaction into a file of its own, in the same run, so the two figures
compare on the same machine: the import pays for reading, checking and the
ORM on top of that floor.
"""

from __future__ import annotations

import itertools
import json
import shutil
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from pytest_benchmark.fixture import BenchmarkFixture

from app.services import packages
from app.storage import Workspace, open_workspace

DEPARTMENTS = 60
ROUNDS = 8


def large_package() -> dict[str, Any]:
    """A valid package with 60 departments and about a thousand rows in all."""
    departments, touchpoints, demands, suggestions = [], [], [], []
    for n in range(1, DEPARTMENTS + 1):
        people = [{"id": f"p{n}-{k}", "name": f"Person {k} of {n} 张伟 <&>", "role": "Lead",
                   "influence": 1 + k % 5, "interest": 1 + n % 5} for k in range(2)]
        departments.append({"id": f"dep{n}", "name": f"Department {n} 部门", "function": "x" * 200,
                            "okrs": ["Grow", "Keep"], "people": people, "stance": "neutral"})
        for k in range(4):
            touchpoints.append({"id": f"t{n}-{k}", "department": f"dep{n}",
                                "person": people[k % 2]["id"], "date": "2026-10-01",
                                "summary": "Talked about the plan. " * 5})
        for k in range(3):
            demands.append({"id": f"d{n}-{k}", "department": f"dep{n}", "kind": "objection",
                            "text": "Not before the migration ends.", "root_cause": "workload"})
            suggestions.append({"id": f"s{n}-{k}", "department": f"dep{n}",
                                "person": people[0]["id"], "text": "Pilot first.",
                                "decision": "adopted", "credit": True})
    return {
        "format": "prewire.meeting", "version": 1,
        "meeting": {"title": "Large meeting", "scheduled_at": "2026-12-03T10:00:00+08:00"},
        "goals": [{"id": f"g{n}", "statement": f"Goal {n}"} for n in range(10)],
        "departments": departments, "touchpoints": touchpoints, "demands": demands,
        "suggestions": suggestions,
        "agenda": [{"id": f"a{n}", "title": f"Item {n}", "presenter": f"p{n + 1}-0",
                    "goal": f"g{n % 10}", "minutes": 5} for n in range(DEPARTMENTS)],
        "decisions": [{"id": f"dec{n}", "text": f"Decision {n}",
                       "agreed_by": [f"dep{n + 1}", f"dep{n + 21}", f"dep{n + 41}"]}
                      for n in range(20)],
        "actions": [{"id": f"act{n}", "text": f"Action {n}", "owner": f"p{n % 60 + 1}-1",
                     "department": f"dep{n % 60 + 1}", "due": "2026-12-20",
                     "source": f"d{n % 60 + 1}-0"} for n in range(100)],
        "open_issues": [{"id": f"i{n}", "text": f"Issue {n}"} for n in range(20)],
    }


def row_count(data: dict[str, Any]) -> int:
    """Rows an import of ``data`` inserts: one per list item, person, part and agreement."""
    lists = ("goals", "departments", "touchpoints", "demands", "suggestions", "agenda",
             "decisions", "actions", "open_issues")
    return (1 + sum(len(data[name]) for name in lists)
            + sum(len(d["people"]) + 1 for d in data["departments"])  # people and parts
            + sum(len(d["agreed_by"]) for d in data["decisions"]))


@pytest.fixture(scope="module")
def package_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("package") / "large.prewire.json"
    path.write_text(json.dumps(large_package(), ensure_ascii=False, indent=2), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("template") / "empty.prewire"
    open_workspace(path).close()
    return path


def test_import_large_package(benchmark: BenchmarkFixture, package_file: Path, template: Path,
                              tmp_path: Path) -> None:
    """Read, check and import the whole package into a fresh workspace."""
    opened: list[Workspace] = []
    counter = itertools.count()

    def fresh() -> tuple[tuple[Workspace, Path], dict[str, Any]]:
        path = tmp_path / f"w{next(counter)}.prewire"
        shutil.copyfile(template, path)
        opened.append(open_workspace(path))
        return (opened[-1], package_file), {}

    benchmark.group = "import 60 departments"
    benchmark.extra_info["rows"] = row_count(large_package())
    try:
        report = benchmark.pedantic(packages.import_package, setup=fresh, rounds=ROUNDS)
    finally:
        for workspace in opened:
            workspace.close()
    assert report.departments_added == DEPARTMENTS


def test_baseline_sqlite_executemany(benchmark: BenchmarkFixture, tmp_path: Path) -> None:
    """The floor: the same number of rows, inserted with plain sqlite3 in one transaction."""
    rows = row_count(large_package())
    counter = itertools.count()

    def fresh() -> tuple[tuple[Path], dict[str, Any]]:
        path = tmp_path / f"b{next(counter)}.sqlite"
        with sqlite3.connect(path) as connection:
            connection.execute("PRAGMA journal_mode = WAL")
            connection.execute("CREATE TABLE row (id INTEGER PRIMARY KEY, owner INTEGER, "
                               "position INTEGER, text TEXT, note TEXT)")
        connection.close()
        return (path,), {}

    def insert(path: Path) -> None:
        connection = sqlite3.connect(path)
        with connection:
            connection.executemany(
                "INSERT INTO row (owner, position, text, note) VALUES (?, ?, ?, ?)",
                [(n // 20, n % 20, "Talked about the plan. " * 5, "") for n in range(rows)])
        connection.close()

    benchmark.group = "import 60 departments"
    benchmark.extra_info["rows"] = rows
    benchmark.pedantic(insert, setup=fresh, rounds=ROUNDS)
