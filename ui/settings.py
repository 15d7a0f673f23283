"""What the window remembers between runs: geometry, docks, recent workspaces, last meeting,
where documents were last exported and which briefing sections were chosen.

One INI file in the configuration folder (``app.paths.config_dir()``), so
tests that redirect the paths never touch the user's preferences.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from app.paths import config_dir

RECENT_LIMIT = 8


def settings() -> QSettings:
    """The preferences file (created on first write)."""
    return QSettings(str(config_dir() / "prewire.ini"), QSettings.Format.IniFormat)


def _workspace_key(path: Path) -> str:
    # a path holds slashes, which QSettings takes for groups; a digest is one plain key
    return hashlib.sha1(str(path.resolve()).encode()).hexdigest()[:16]


def save_window(geometry: QByteArray, state: QByteArray) -> None:
    store = settings()
    store.setValue("window/geometry", geometry)
    store.setValue("window/state", state)


def window_geometry() -> QByteArray | None:
    value = settings().value("window/geometry")
    return value if isinstance(value, QByteArray) else None


def window_state() -> QByteArray | None:
    value = settings().value("window/state")
    return value if isinstance(value, QByteArray) else None


def last_meeting(workspace: Path) -> int | None:
    value = settings().value(f"last_meeting/{_workspace_key(workspace)}")
    try:
        return int(str(value)) if value is not None else None
    except ValueError:
        return None


def set_last_meeting(workspace: Path, meeting_id: int | None) -> None:
    store = settings()
    key = f"last_meeting/{_workspace_key(workspace)}"
    if meeting_id is None:
        store.remove(key)
    else:
        store.setValue(key, meeting_id)


def last_step() -> str:
    return str(settings().value("window/step", "") or "")


def set_last_step(step: str) -> None:
    settings().setValue("window/step", step)


def recent_workspaces() -> list[Path]:
    """Workspaces opened before, most recent first, only those that still exist."""
    value = settings().value("recent/workspaces", [])
    if isinstance(value, str):  # a list of one comes back from an INI file as a string
        value = [value]
    paths = [Path(str(item)) for item in value] if isinstance(value, list) else []
    return [path for path in paths if path.exists()]


def add_recent_workspace(path: Path) -> None:
    path = path.resolve()
    paths = [path, *[p for p in recent_workspaces() if p.resolve() != path]]
    settings().setValue("recent/workspaces", [str(p) for p in paths[:RECENT_LIMIT]])


def clear_recent_workspaces() -> None:
    settings().remove("recent/workspaces")


def last_export_folder() -> Path:
    """The folder of the last exported document (briefing, calendar, CSV), else the home folder."""
    value = settings().value("export/folder")
    folder = Path(str(value)) if value else None
    return folder if folder is not None and folder.is_dir() else Path.home()


def set_last_export_folder(folder: Path) -> None:
    settings().setValue("export/folder", str(folder))


def briefing_sections(pre_read: bool) -> list[str] | None:
    """The sections last chosen for the pack or the pre-read (None: never chosen)."""
    value = settings().value(f"export/{'pre_read' if pre_read else 'pack'}_sections")
    if value is None:
        return None
    if isinstance(value, str):  # a list of one comes back from an INI file as a string
        value = [value]
    return [str(item) for item in value]


def set_briefing_sections(pre_read: bool, sections: list[str]) -> None:
    settings().setValue(f"export/{'pre_read' if pre_read else 'pack'}_sections", sections)


#: a department not spoken with for this many days stands out (Preferences)
STALE_DAYS_DEFAULT = 14
STALE_DAYS_RANGE = (1, 365)


def stale_days() -> int:
    """After how many days without a contact a department stands out on the Overview and in
    the meeting list."""
    value = settings().value("attention/stale_days", STALE_DAYS_DEFAULT)
    try:
        days = int(str(value))
    except ValueError:
        return STALE_DAYS_DEFAULT
    low, high = STALE_DAYS_RANGE
    return days if low <= days <= high else STALE_DAYS_DEFAULT


def set_stale_days(days: int) -> None:
    settings().setValue("attention/stale_days", days)
