"""The files that make Prewire an installed application agree with the program."""

from __future__ import annotations

import configparser
import sys
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

import app
from app import cli, paths

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging" / "linux"
APP_ID = "org.prewire.Prewire"
MIME_NS = {"m": "http://www.freedesktop.org/standards/shared-mime-info"}


def pyproject_version() -> str:
    return str(tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["version"])


def desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read(PACKAGING / f"{APP_ID}.desktop", encoding="utf-8")
    return parser["Desktop Entry"]


def test_one_version_from_pyproject_in_the_program_and_the_metainfo(
        capsys: pytest.CaptureFixture[str]) -> None:
    version = pyproject_version()
    assert app.__version__ == version
    with pytest.raises(SystemExit):
        cli.main(["--version"])
    assert capsys.readouterr().out.strip() == f"prewire {version}"
    metainfo = ET.parse(PACKAGING / f"{APP_ID}.metainfo.xml").getroot()
    newest = metainfo.find("releases/release")
    assert newest is not None and newest.get("version") == version


def test_the_desktop_file_the_metainfo_and_the_mime_types_name_each_other() -> None:
    entry = desktop_entry()
    metainfo = ET.parse(PACKAGING / f"{APP_ID}.metainfo.xml").getroot()
    assert metainfo.findtext("id") == APP_ID == entry["Icon"]
    assert metainfo.findtext("launchable") == f"{APP_ID}.desktop"
    assert entry["Exec"] == "prewire %f"  # one file at a time, as `prewire FILE` takes it
    mime = ET.parse(PACKAGING / f"{APP_ID}.mime.xml").getroot()
    globs = {t.get("type"): [g.get("pattern") for g in t.findall("m:glob", MIME_NS)]
             for t in mime.findall("m:mime-type", MIME_NS)}
    assert globs == {"application/x-prewire-package": [f"*{paths.PACKAGE_SUFFIX}"],
                     "application/x-prewire-workspace": [f"*{paths.WORKSPACE_SUFFIX}"]}
    assert set(filter(None, entry["MimeType"].split(";"))) == set(globs)
    provided = {m.text for m in metainfo.findall("provides/mediatype")}
    assert provided == set(globs)


def test_the_app_icon_is_shipped_where_the_window_and_the_build_look() -> None:
    icon = paths.resources_dir() / "icons" / "app" / f"{APP_ID}.svg"
    root = ET.parse(icon).getroot()
    assert root.get("viewBox") == "0 0 128 128"  # square, as icon themes need


def test_resources_come_from_the_bundle_when_frozen(tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    assert (paths.resources_dir() / "demo").is_dir()  # the source tree
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert paths.resources_dir() == tmp_path / "resources"
    assert paths.locale_dir() == tmp_path / "resources" / "locale"


class Opened:
    """Stands in for the window: records what it was asked to open."""

    def __init__(self) -> None:
        self.args: list[object] = []

    def __call__(self, args: object) -> int:
        self.args.append(args)
        return 0


def test_a_double_clicked_workspace_opens_in_the_window(tmp_path: Path) -> None:
    opened = Opened()
    workspace = tmp_path / "Budget 2027.PREWIRE"
    assert cli.main([str(workspace)], open_window=opened) == 0
    (args,) = opened.args
    assert (args.workspace, args.package_file) == (workspace, None)  # type: ignore[attr-defined]


def test_a_double_clicked_package_is_offered_for_import(tmp_path: Path) -> None:
    opened = Opened()
    package = tmp_path / "kickoff.prewire.json"
    assert cli.main(["--lang", "es", str(package)], open_window=opened) == 0
    (args,) = opened.args
    # the default workspace, with the package to offer once the window is up
    assert (args.workspace, args.package_file) == (None, package)  # type: ignore[attr-defined]


def test_a_workspace_given_twice_is_refused(tmp_path: Path,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    opened = Opened()
    with pytest.raises(SystemExit) as refused:
        cli.main(["--workspace", str(tmp_path / "a.prewire"), str(tmp_path / "b.prewire")],
                 open_window=opened)
    assert refused.value.code == 2 and opened.args == []
    assert "--workspace" in capsys.readouterr().err


def test_any_other_word_is_still_an_unknown_command(capsys: pytest.CaptureFixture[str]) -> None:
    opened = Opened()
    with pytest.raises(SystemExit) as refused:
        cli.main(["lst"], open_window=opened)
    assert refused.value.code == 2 and opened.args == []
    assert "lst" in capsys.readouterr().err
