"""The demo meetings shipped with Prewire (one each in English, Spanish and Chinese)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from app.paths import resources_dir
from app.storage import Workspace

if TYPE_CHECKING:
    from app.services.packages import ImportReport


def demo_files() -> list[Path]:
    """The shipped demo packages, by file name."""
    return sorted((resources_dir() / "demo").glob("*.prewire.json"))


def load_demo(workspace: Workspace) -> list[ImportReport]:
    """Add every demo meeting, in one transaction: all of them or, if any is refused, none.

    Each file is read and checked before anything is written; a refused one
    raises PackageError naming the file.
    """
    # the packages (and SQLAlchemy) only when loading: the window asks for the files at start
    from app.services.packages import import_in, read_package_file

    packages = [read_package_file(path) for path in demo_files()]
    with workspace.session() as session:
        return [import_in(session, package) for package in packages]
