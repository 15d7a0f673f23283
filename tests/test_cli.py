"""The command line's foundation: --version, --workspace and list, with exit statuses."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path

import pytest

from app import __version__, cli
from app.services import meetings
from app.storage import open_workspace


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as caught:
        cli.main(["--version"])
    assert caught.value.code == 0
    assert capsys.readouterr().out.strip() == f"prewire {__version__}"


def test_list_creates_a_new_workspace_and_prints_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "x.prewire"
    assert cli.main(["--workspace", str(path), "list"]) == 0
    assert capsys.readouterr().out == ""
    assert path.exists()


def test_list_prints_one_line_per_meeting(tmp_path: Path,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "x.prewire"
    with open_workspace(path) as ws:
        meetings.create(ws, title="Plan\twith a tab", scheduled_at="2026-12-03T10:00:00+08:00")
        meetings.create(ws, title="Compras")
    assert cli.main(["--workspace", str(path), "list"]) == 0
    assert capsys.readouterr().out.splitlines() == [
        "1\tPlan with a tab\t2026-12-03T10:00:00+08:00",
        "2\tCompras\t",
    ]


def test_a_file_that_is_not_a_workspace_exits_2_unchanged(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "some-random-file"
    path.write_bytes(os.urandom(1000))
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    assert cli.main(["--workspace", str(path), "list"]) == 2
    err = capsys.readouterr().err
    assert str(path) in err and "not a Prewire workspace" in err
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before


def test_a_locked_workspace_refuses_writing_commands_with_1_and_still_lists(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "busy.prewire"
    with open_workspace(path) as writer:
        meetings.create(writer, title="Held open")
        assert cli.main(["--workspace", str(path), "demo"]) == 1
        assert "open in another Prewire window" in capsys.readouterr().err
        assert cli.main(["--workspace", str(path), "list"]) == 0
        assert capsys.readouterr().out.split("\t")[1] == "Held open"


@pytest.mark.parametrize(("lang", "said"), [
    ("en", "is not a Prewire workspace"),
    ("es", "no es un espacio de trabajo de Prewire"),
    ("zh_CN", "不是 Prewire 工作区"),
])
def test_messages_follow_lang(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                              lang: str, said: str) -> None:
    path = tmp_path / "junk"
    path.write_bytes(b"junk" * 10)
    assert cli.main(["--lang", lang, "--workspace", str(path), "list"]) == 2
    err = capsys.readouterr().err
    assert said in err
    if lang != "en":  # the English sentence must not come through instead
        assert "is not a Prewire workspace" not in err


def test_the_installed_command_runs(tmp_path: Path) -> None:
    exe = Path(sys.executable).with_name("prewire")
    if not exe.exists():
        pytest.skip("prewire is not installed in this environment (run make install)")
    result = subprocess.run([str(exe), "--workspace", str(tmp_path / "y.prewire"), "list"],
                            capture_output=True, text=True, check=False)
    assert (result.returncode, result.stdout) == (0, "")
