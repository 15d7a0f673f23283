"""`prewire check` on a file that is not there, and on one a crash left mid-save that may not
be written: each says what is wrong with that file and changes nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from app import cli
from tests.storage.test_damage import crashed, digest  # noqa: F401  (crashed is a fixture)


def test_checking_a_missing_file_says_it_does_not_exist(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "missing.prewire"
    assert cli.main(["--workspace", str(path), "check"]) == 1
    assert f"{path} cannot be written (it does not exist yet)." in capsys.readouterr().err
    assert not path.exists()


def test_checking_a_crashed_read_only_file_says_it_must_be_opened_for_writing(
        crashed: Path, capsys: pytest.CaptureFixture[str]) -> None:  # noqa: F811
    before = digest(crashed)
    crashed.chmod(0o444)
    try:
        assert cli.main(["--workspace", str(crashed), "check"]) == 1
    finally:
        crashed.chmod(0o644)
    assert f"{crashed} was left in the middle of a save" in capsys.readouterr().err
    assert digest(crashed) == before
