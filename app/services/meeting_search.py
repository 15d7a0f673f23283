"""What the meetings list filter matches: a meeting's title, place and departments.

Matching ignores case and accents, so that ``compras`` finds "Compras" and
``ano`` finds "año"; Chinese matches inside a word, as it has no spaces.
"""

from __future__ import annotations

import unicodedata

from sqlmodel import col, select

from app.domain.models import Department, Meeting, Participation
from app.storage import Workspace


def fold(text: str) -> str:
    """``text`` without case or accents, for matching what a user typed."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def searchable_texts(workspace: Workspace) -> dict[int, str]:
    """Per meeting id: its title, location and department names, folded, one per line."""
    with workspace.session() as session:
        texts = {m.id or 0: [m.title, m.location]
                 for m in session.exec(select(Meeting)).all()}
        names = session.exec(
            select(Participation.meeting_id, Department.name)
            .join(Department, col(Department.id) == Participation.department_id)).all()
    for meeting_id, name in names:
        texts.setdefault(meeting_id, []).append(name)
    return {key: fold("\n".join(parts)) for key, parts in texts.items()}


def matches(text: str, needle: str) -> bool:
    """Whether every word of ``needle`` is in ``text`` (both folded)."""
    return all(word in text for word in needle.split())
