"""Deleting with the means to undo: a snapshot of everything a delete removes or unlinks.

A delete cascades (a meeting takes its goals, a department's part takes its
touchpoints...) and unlinks (an agenda item loses its deleted presenter). The
snapshot holds the rows in the order they can be inserted again and the links
to set back, so :func:`restore` gives back exactly what was there, ids and all.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Table, delete, insert, select, update
from sqlmodel import Session, SQLModel

from app.domain.models import metadata
from app.storage import Workspace


@dataclass
class Snapshot:
    """What one delete took away; give it to :func:`restore` to undo the delete."""

    rows: list[tuple[str, dict[str, Any]]] = field(default_factory=list)
    links: list[tuple[str, dict[str, Any], str, Any]] = field(default_factory=list)

    def count(self, table: str) -> int:
        return sum(1 for name, _row in self.rows if name == table)


def _key(table: Table, row: dict[str, Any]) -> dict[str, Any]:
    return {c.name: row[c.name] for c in table.primary_key.columns}


def _collect(session: Session, table: Table, row: dict[str, Any], snap: Snapshot) -> None:
    if any(name == table.name and _key(table, row) == _key(table, r) for name, r in snap.rows):
        return  # reached twice (a decision's agreement via the decision and the department)
    snap.rows.append((table.name, row))
    for child in metadata.sorted_tables:
        for fk in child.foreign_keys:
            if fk.column.table is not table:
                continue
            value = row[fk.column.name]
            query = select(child).where(fk.parent == value)
            found = [dict(r) for r in session.execute(query).mappings()]
            if fk.ondelete == "CASCADE":
                for child_row in found:
                    _collect(session, child, child_row, snap)
            elif fk.ondelete == "SET NULL":
                for child_row in found:
                    snap.links.append((child.name, _key(child, child_row), fk.parent.name, value))


def delete_row(session: Session, row: SQLModel) -> Snapshot:
    """Delete ``row`` and what cascades from it, in ``session``; return the snapshot."""
    table: Table = row.__table__  # type: ignore[attr-defined]
    values = {c.name: getattr(row, c.name) for c in table.columns}
    snap = Snapshot()
    _collect(session, table, values, snap)
    session.flush()
    session.execute(delete(table).where(*[c == values[c.name] for c in table.primary_key]))
    session.expunge(row)
    return snap


def restore(workspace: Workspace, snapshot: Snapshot) -> None:
    """Put back what a delete took away, in one transaction."""
    with workspace.session() as session:
        restore_in(session, snapshot)


def restore_in(session: Session, snapshot: Snapshot) -> None:
    tables = metadata.tables
    # Rows go back parents first; their optional links (an action's source
    # demand, a presenter) may point at rows later in the list, so they are
    # inserted empty and set once every row is back.
    later: list[tuple[str, dict[str, Any], str, Any]] = []
    for name, row in snapshot.rows:
        table = tables[name]
        values = dict(row)
        for fk in table.foreign_keys:
            if fk.ondelete == "SET NULL" and values.get(fk.parent.name) is not None:
                later.append((name, _key(table, row), fk.parent.name, values[fk.parent.name]))
                values[fk.parent.name] = None
        session.execute(insert(table).values(**values))
    for name, key, column, value in [*later, *snapshot.links]:
        table = tables[name]
        session.execute(
            update(table).where(*[table.c[k] == v for k, v in key.items()]).values({column: value})
        )
