"""Thank-you notes after the meeting: whom to thank for an adopted or adapted suggestion,
a short note in the meeting's language to copy, and the day each was thanked."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import text

from app.domain.enums import Language, SuggestionDecision
from app.domain.models import Suggestion
from app.formatting import one_line
from app.i18n import translator
from app.services._rows import get
from app.storage import Workspace


@dataclass(frozen=True)
class ThankYou:
    """One person (or a department, when nobody is named) and what they are thanked for."""

    name: str
    department: str
    suggestion_ids: tuple[int, ...]
    #: the day they were thanked; None until every one of their suggestions was
    thanked_on: date | None
    note: str


_TAKEN = """
    SELECT s.id, s.text, s.decision, s.incorporation, s.thanked_on, s.person_id,
           coalesce(person.name, ''), dept.name, m.title, m.language
    FROM suggestion AS s
    JOIN participation AS p ON p.id = s.participation_id
    JOIN department AS dept ON dept.id = p.department_id
    JOIN meeting AS m ON m.id = p.meeting_id
    LEFT JOIN person ON person.id = s.person_id
    WHERE p.meeting_id = :meeting AND s.decision IN ('adopted', 'adapted')
    ORDER BY p.position, s.position, s.id
"""


def note(name: str, meeting: str, taken: list[tuple[str, SuggestionDecision, str]],
         language: str) -> str:
    """The note to send: each suggestion, what became of it, and thanks."""
    _ = translator(language)  # named `_` for the extractor
    lines = [_("Dear {name},").format(name=name), "",
             _("thank you for what you suggested for “{meeting}”:").format(meeting=meeting), ""]
    for suggestion, decision, how in taken:
        lines.append(f"• {one_line(suggestion)}")
        if decision == SuggestionDecision.adopted:
            done = (_("We adopted it: {how}").format(how=one_line(how)) if how.strip()
                    else _("We adopted it as you proposed."))
        else:
            done = (_("We adopted it in an adapted form: {how}").format(
                how=one_line(how)) if how.strip()
                else _("We adopted it in an adapted form."))
        lines.append(f"  {done}")
    lines += ["", _("It made the plan better. Thank you for your help.")]
    return "\n".join(lines)


def thank_you_notes(workspace: Workspace, meeting_id: int) -> list[ThankYou]:
    """Everyone to thank in a meeting, in the meeting's order, each with their note."""
    with workspace.session() as session:
        rows = session.connection().execute(text(_TAKEN), {"meeting": meeting_id}).all()
    people: dict[tuple[str, object], list[tuple[object, ...]]] = {}
    for row in rows:
        # a person is thanked once for all their suggestions; unnamed ones by department
        key = ("person", row[5]) if row[5] is not None else ("department", row[7])
        people.setdefault(key, []).append(tuple(row))
    notes = []
    for (kind, _key), taken in people.items():
        first = taken[0]
        name = str(first[6]) if kind == "person" else str(first[7])
        language = str(first[9] or Language.en)
        days = [date.fromisoformat(str(r[4])) if r[4] else None for r in taken]
        notes.append(ThankYou(
            name, str(first[7]), tuple(int(str(r[0])) for r in taken),
            None if None in days else max(d for d in days if d is not None),
            note(name, str(first[8]),
                 [(str(r[1]), SuggestionDecision(str(r[2])), str(r[3])) for r in taken],
                 language)))
    return notes


def mark_thanked(workspace: Workspace, days: dict[int, date | None]) -> dict[int, date | None]:
    """Record the day each suggestion's author was thanked (None: not yet).

    Returns the days they had before, so that the change can be undone.
    """
    before = {}
    with workspace.session() as session:
        for suggestion_id, day in days.items():
            row = get(session, Suggestion, suggestion_id)
            before[suggestion_id] = row.thanked_on
            row.thanked_on = day
            session.add(row)
    return before
