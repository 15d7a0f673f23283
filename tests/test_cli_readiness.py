"""`prewire readiness MEETING`: the score, then every point withheld with its reason."""

from __future__ import annotations

from pathlib import Path

import pytest

from app import cli
from app.services import departments, goals, meetings, participation
from app.storage import open_workspace


def test_the_score_then_points_and_reasons_that_add_up(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "w.prewire"
    with open_workspace(path) as writer:
        m = meetings.create(writer, title="Data platform sign-off").id or 0
        goals.add(writer, m, statement="One customer profile")
        participation.add(writer, m, departments.create(writer, name="Finance").id or 0)
        # a reading command: it answers while the window holds the workspace
        assert cli.main(["--workspace", str(path), "readiness", "Data platform sign-off"]) == 0
    first, *rest = capsys.readouterr().out.splitlines()
    score = int(first)
    assert 0 <= score < 100 and rest
    withheld = [line.split("\t") for line in rest]
    assert all(len(parts) == 2 and parts[1].strip() for parts in withheld)
    points = [int(n) for n, _reason in withheld]
    assert sum(points) == 100 - score and points == sorted(points, reverse=True)
    assert any("Finance" in reason for _n, reason in withheld)


def test_an_unknown_meeting_is_refused(tmp_path: Path,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "w.prewire"
    open_workspace(path).close()
    assert cli.main(["--workspace", str(path), "readiness", "nothing"]) == 2
    assert "no meeting with the ID or title nothing" in capsys.readouterr().err
