"""Writing a meeting as a package: the same JSON every time for the same meeting."""

from __future__ import annotations

import json
from pathlib import Path

from app.domain.package import MeetingPackage
from app.services import atomic, meeting_document
from app.storage import Workspace


def dumps(package: MeetingPackage) -> bytes:
    """The package as UTF-8 JSON: every field in the model's order, indented, one final newline.

    Text is written as itself (not as ``\\u`` escapes), so a package in Chinese
    reads as Chinese in any editor.
    """
    text = json.dumps(package.model_dump(mode="json"), indent=2, ensure_ascii=False)
    return (text + "\n").encode("utf-8")


def package_bytes(workspace: Workspace, meeting_id: int) -> bytes:
    """The meeting's package file; NotFound when there is no such meeting."""
    return dumps(meeting_document.load(workspace, meeting_id).package)


def export_package(workspace: Workspace, meeting_id: int, path: Path) -> None:
    """Write the meeting's package to ``path``: the whole file or, on failure, no change."""
    data = package_bytes(workspace, meeting_id)
    atomic.write_bytes(Path(path), data)
