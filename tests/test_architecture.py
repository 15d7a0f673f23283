"""The layer directions of architecture.md hold."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_import_contracts_hold() -> None:
    exe = Path(sys.executable).with_name("lint-imports")
    result = subprocess.run([str(exe)], cwd=ROOT, capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr


def test_app_runs_without_qt() -> None:
    code = (
        "import sys, pkgutil, importlib, app;"
        "[importlib.import_module(m.name) for m in pkgutil.walk_packages(app.__path__, 'app.')"
        " if '.migrations' not in m.name];"
        "assert not any(k.startswith('PySide6') for k in sys.modules), 'Qt was imported'"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
