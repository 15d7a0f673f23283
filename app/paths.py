"""Every place Prewire reads or writes on disk, in one module.

Tests and `--workspace` redirect these with :func:`redirect`, so nothing
ever touches the real user folders by accident.
"""

from __future__ import annotations

import sys
from pathlib import Path

# platformdirs (5 ms to import, with tempfile) loads when a user folder is first asked
# for: `prewire --workspace W list` starts its file's check before it needs one

APP_NAME = "Prewire"
WORKSPACE_SUFFIX = ".prewire"
PACKAGE_SUFFIX = ".prewire.json"

_root: Path | None = None


def redirect(root: Path | None) -> None:
    """Send data, config and logs under ``root`` (``None`` restores the user's folders)."""
    global _root
    _root = root


def data_dir() -> Path:
    """Where the default workspace and its backups live."""
    if _root is not None:
        return _root / "data"
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def config_dir() -> Path:
    """Where preferences live (the window's QSettings point here too)."""
    if _root is not None:
        return _root / "config"
    import platformdirs

    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))


def log_dir() -> Path:
    """Where the rotating log file lives."""
    if _root is not None:
        return _root / "logs"
    import platformdirs

    return Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))


def default_workspace() -> Path:
    """The workspace opened when none is named."""
    return data_dir() / f"workspace{WORKSPACE_SUFFIX}"


def install_dir() -> Path:
    """The read-only folder that holds ``resources/``: the source tree, or a frozen bundle's."""
    # PyInstaller unpacks data files under sys._MEIPASS (``_internal`` beside the executable)
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle is not None:
        return Path(bundle)
    return Path(__file__).resolve().parent.parent


def resources_dir() -> Path:
    """Shipped, read-only files: translations, sample meetings, guidance, schema, icons."""
    return install_dir() / "resources"


def locale_dir() -> Path:
    """The compiled gettext catalogues (``LANG/LC_MESSAGES/prewire.mo``)."""
    return resources_dir() / "locale"
