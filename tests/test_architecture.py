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


def test_prewire_list_loads_only_what_it_needs(tmp_path: Path) -> None:
    # `prewire list` is a few statements: no ORM, no PDF, no calendar, no migrations, and
    # no scoring (it prints no score)
    from app.storage import open_workspace

    path = tmp_path / "w.prewire"
    open_workspace(path).close()
    code = (
        "import sys; from pathlib import Path; from app import cli, paths;"
        "paths.redirect(Path(sys.argv[2]));"  # the logs and preferences stay in tmp_path
        "sys.argv = ['prewire', '--workspace', sys.argv[1], 'list']; status = cli.main();"
        "heavy = sorted({k.split('.')[0] for k in sys.modules} & {'sqlalchemy', 'sqlmodel', "
        "'reportlab', 'icalendar', 'alembic', 'PySide6', 'pydantic'});"
        "scoring = [k for k in sys.modules if k.startswith('app.views.readiness')];"
        "assert status == 0 and not heavy and not scoring, (heavy, scoring)"
    )
    subprocess.run([sys.executable, "-c", code, str(path), str(tmp_path / "home")], check=True,
                   cwd=tmp_path)
