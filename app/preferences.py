"""Preferences that matter before any window exists (the interface language), kept as JSON
in the config folder so the command line and the window read the same choice.

Every command reads them before it parses its arguments, so this module imports
little: no dataclasses, no logging until there is something to log.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import NamedTuple

from app.i18n import LANGUAGES
from app.paths import config_dir


class Preferences(NamedTuple):
    #: "" follows the system; otherwise one of LANGUAGES
    language: str = ""


def _file() -> Path:
    return config_dir() / "preferences.json"


def load() -> Preferences:
    """The saved preferences; defaults when there are none or the file is unreadable."""
    try:
        data = json.loads(_file().read_text(encoding="utf-8"))
    except FileNotFoundError:
        return Preferences()
    except (OSError, ValueError) as error:
        import logging

        logging.getLogger(__name__).warning("ignoring unreadable preferences %s: %s",
                                            _file(), error)
        return Preferences()
    language = data.get("language", "") if isinstance(data, dict) else ""
    return Preferences(language=language if language in LANGUAGES else "")


def save(preferences: Preferences) -> None:
    from app.services import atomic

    path = _file()
    path.parent.mkdir(parents=True, exist_ok=True)
    atomic.write_bytes(path, json.dumps(preferences._asdict(), indent=2).encode("utf-8"))
