"""What one write changed, so that each view redraws only that (as Anki's ``OpChanges``).

Rows are named by their table and database id. An undo announces the
reverse of what its command did: rows it inserted are removed, and back.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

Row = tuple[str, int]


@dataclass(frozen=True)
class Changes:
    """The rows one action inserted, updated or removed, and the meeting they belong to."""

    #: the meeting changed; None when the change belongs to no single meeting (a profile)
    meeting_id: int | None = None
    inserted: frozenset[Row] = field(default_factory=frozenset)
    updated: frozenset[Row] = field(default_factory=frozenset)
    removed: frozenset[Row] = field(default_factory=frozenset)
    #: tables whose rows changed places (a move): their lists are read again in order
    reordered: frozenset[str] = field(default_factory=frozenset)

    @classmethod
    def of(cls, meeting_id: int | None = None, *, inserted: Iterable[Row] = (),
           updated: Iterable[Row] = (), removed: Iterable[Row] = (),
           reordered: Iterable[str] = ()) -> Changes:
        return cls(meeting_id, frozenset(inserted), frozenset(updated), frozenset(removed),
                   frozenset(reordered))

    def reverse(self) -> Changes:
        """What undoing this change changes."""
        return Changes(self.meeting_id, self.removed, self.updated, self.inserted,
                       self.reordered)

    def __or__(self, other: Changes) -> Changes:
        meeting = self.meeting_id if self.meeting_id == other.meeting_id else (
            self.meeting_id if other.meeting_id is None else
            other.meeting_id if self.meeting_id is None else None)
        return Changes(meeting, self.inserted | other.inserted, self.updated | other.updated,
                       self.removed | other.removed, self.reordered | other.reordered)

    @property
    def tables(self) -> frozenset[str]:
        """Every table with a row in this change."""
        return frozenset(t for t, _id in self.inserted | self.updated | self.removed
                         ) | self.reordered

    def ids(self, table: str, *, updated_only: bool = False) -> set[int]:
        rows = self.updated if updated_only else self.inserted | self.updated | self.removed
        return {key for name, key in rows if name == table}

    def only_updates(self, tables: Iterable[str]) -> bool:
        """True when this change only updated rows of ``tables``, in place (no row came or
        went, nothing moved): a view of those rows may read just them again."""
        allowed = set(tables)
        return (not self.inserted and not self.removed and not self.reordered
                and bool(self.updated) and all(t in allowed for t, _id in self.updated))
