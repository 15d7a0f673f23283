"""The JSON Schema of the package format, generated from the models and shipped with Prewire.

After changing :mod:`app.domain.package`, regenerate the shipped file with
``.venv/bin/python -c "from app.services.packages import write_schema; write_schema()"``;
a test fails while it is stale.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from app.domain.package import VERSION, MeetingPackage
from app.paths import resources_dir


def schema_path() -> Path:
    return resources_dir() / "schema" / f"prewire-meeting-{VERSION}.schema.json"


def schema() -> dict[str, Any]:
    generated = MeetingPackage.model_json_schema()
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        **generated,
        "title": f"Prewire meeting package, version {VERSION}",
    }


def schema_bytes() -> bytes:
    return (json.dumps(schema(), indent=2, ensure_ascii=False) + "\n").encode("utf-8")


def write_schema(path: Path | None = None) -> Path:
    """Write the schema file (by default, the shipped one) and return its path."""
    target = path or schema_path()
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(schema_bytes())  # a shipped file: readable by all, unlike atomic's
    return target
