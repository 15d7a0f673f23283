"""The schema revisions this build ships, read from the migration files without Alembic.

Opening a workspace compares its ``alembic_version`` with the newest revision
here; Alembic itself (about 170 ms to import) is loaded only when an upgrade
is due. Each revision file names itself and its parent on lines of their own
(``revision = '0002'``, ``down_revision = '0001'``), as Alembic writes them.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

#: the Alembic revision files
VERSIONS = Path(__file__).resolve().parent / "storage" / "migrations" / "versions"

_REVISION = re.compile(r"^revision\s*(?::\s*str\s*)?=\s*['\"]([^'\"]+)['\"]", re.MULTILINE)
_PARENT = re.compile(r"^down_revision\s*(?::[^=]*)?=\s*(?:['\"]([^'\"]+)['\"]|None)",
                     re.MULTILINE)


@cache
def revisions(folder: Path = VERSIONS) -> dict[str, str | None]:
    """Every revision in ``folder`` and the one it follows (None for the first)."""
    found: dict[str, str | None] = {}
    for path in sorted(folder.glob("*.py")):
        text = path.read_text(encoding="utf-8")
        revision, parent = _REVISION.search(text), _PARENT.search(text)
        if revision is not None and parent is not None:
            found[revision.group(1)] = parent.group(1)
    return found


def head_revision(folder: Path = VERSIONS) -> str:
    """The newest revision: the one no other revision follows."""
    chain = revisions(folder)
    heads = set(chain) - {parent for parent in chain.values() if parent is not None}
    if len(heads) != 1:
        raise RuntimeError(f"the migrations in {folder} have {len(heads)} heads: {heads}")
    return heads.pop()


def known_revisions(folder: Path = VERSIONS) -> set[str]:
    return set(revisions(folder))
