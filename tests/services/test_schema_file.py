"""The JSON Schema file a developer regenerates: written where asked, folders made."""

from __future__ import annotations

import json
from pathlib import Path

from app.services import packages


def test_the_schema_is_written_where_asked_making_its_folder(tmp_path: Path) -> None:
    target = tmp_path / "new" / "folder" / "schema.json"
    assert packages.write_schema(target) == target
    assert target.read_bytes() == packages.schema_bytes()
    written = json.loads(target.read_text("utf-8"))
    assert written["title"] == "Prewire meeting package, version 2"
    assert written["$schema"] == "https://json-schema.org/draft/2020-12/schema"
