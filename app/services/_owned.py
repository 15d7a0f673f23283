"""The five use cases shared by every list that belongs to a meeting, a department's part
in it, or a department: add, update, delete, move and list."""

from __future__ import annotations

from typing import Any, Generic, Literal

from sqlalchemy import func
from sqlmodel import Session, SQLModel, col, select

from app.domain.models import Department, Meeting, Participation
from app.services import _refs
from app.services._rows import Row, assign, get, merged, move_to, next_position, ordered, validated
from app.services.trash import Snapshot, delete_row
from app.storage import Workspace

Owner = Literal["meeting_id", "participation_id", "department_id"]
SOURCES = ("source_demand_id", "source_suggestion_id", "source_issue_id")


class OwnedRows(Generic[Row]):
    """The rows of ``table`` that belong to one owner, kept in order."""

    def __init__(self, table: type[Row], base: type[SQLModel], owner: Owner,
                 colleagues: tuple[str, ...] = ()) -> None:
        self.table = table
        self.base = base
        self.owner = owner
        #: fields naming a member of our team, not a person of the meeting (a plan's owner)
        self.colleagues = colleagues

    def _context(self, session: Session, owner_id: int) -> tuple[int | None, int | None]:
        """The meeting the rows belong to, and the department when the owner is one's part."""
        if self.owner == "meeting_id":
            get(session, Meeting, owner_id)
            return owner_id, None
        if self.owner == "participation_id":
            part = get(session, Participation, owner_id)
            return part.meeting_id, part.department_id
        get(session, Department, owner_id)
        return None, None

    def _check(self, session: Session, owner_id: int, values: dict[str, Any]) -> None:
        meeting_id, department_id = self._context(session, owner_id)
        _refs.check_colleagues(session, {k: values[k] for k in self.colleagues if k in values})
        if meeting_id is not None:
            _refs.check(session, meeting_id,
                        {k: v for k, v in values.items() if k not in self.colleagues},
                        department_id=department_id)

    def add_in(self, session: Session, owner_id: int, values: dict[str, Any],
               **fixed: Any) -> Row:
        """Add within an open transaction (imports and compound actions use this).

        ``fixed`` are columns outside the user's fields, such as a part's department.
        """
        clean = validated(self.base, values)
        self._check(session, owner_id, clean)
        position = self._next_position(session, owner_id)
        row = self.table(**clean, **fixed, **{self.owner: owner_id, "position": position})
        session.add(row)
        session.flush()
        return row

    def _next_position(self, session: Session, owner_id: int) -> int:
        if self.owner != "participation_id":
            return next_position(session, self.table, **{self.owner: owner_id})
        # a department's touchpoints, demands and suggestions are also one list per
        # meeting (as in the package): number them across the meeting's departments
        meeting_id = get(session, Participation, owner_id).meeting_id
        table: Any = self.table
        query = select(func.max(table.position)).join(
            Participation, col(Participation.id) == table.participation_id
        ).where(Participation.meeting_id == meeting_id)
        last = session.exec(query).one()
        return 0 if last is None else int(last) + 1

    def add(self, workspace: Workspace, owner_id: int, /, **values: Any) -> Row:
        """Append a row; raise InvalidInput naming each refused field."""
        with workspace.session() as session:
            return self.add_in(session, owner_id, values)

    def update(self, workspace: Workspace, row_id: int, /, **changes: Any) -> Row:
        """Change some fields of a row; the whole row is validated, nothing is half-written."""
        with workspace.session() as session:
            row = get(session, self.table, row_id)
            clean = merged(self.base, row, changes)
            touched = {k: clean[k] for k in changes}
            if touched.keys() & set(SOURCES):
                touched.update({k: clean[k] for k in SOURCES if k in clean})
            self._check(session, getattr(row, self.owner), touched)
            assign(row, clean)
            session.add(row)
            return row

    def delete(self, workspace: Workspace, row_id: int) -> Snapshot:
        """Delete a row (and what belongs to it); the snapshot undoes it."""
        with workspace.session() as session:
            row = get(session, self.table, row_id)
            return delete_row(session, row)

    def _siblings(self, session: Session, row: Row) -> list[Row]:
        if self.owner != "participation_id":
            return ordered(session, self.table, **{self.owner: getattr(row, self.owner)})
        meeting_id = get(session, Participation, row.participation_id).meeting_id  # type: ignore[attr-defined]
        table: Any = self.table
        query = (select(self.table)
                 .join(Participation, col(Participation.id) == table.participation_id)
                 .where(Participation.meeting_id == meeting_id)
                 .order_by(table.position, table.id))
        return list(session.exec(query).all())

    def move(self, workspace: Workspace, row_id: int, index: int) -> None:
        """Put a row at ``index`` in its list (for a department's rows: the meeting's list)."""
        with workspace.session() as session:
            row = get(session, self.table, row_id)
            siblings = self._siblings(session, row)
            mine = next(s for s in siblings if s.id == row.id)  # type: ignore[attr-defined]
            move_to(session, mine, siblings, index)

    def get(self, workspace: Workspace, row_id: int) -> Row:
        with workspace.session() as session:
            return get(session, self.table, row_id)

    def list_for(self, workspace: Workspace, owner_id: int) -> list[Row]:
        """The owner's rows in their kept order."""
        with workspace.session() as session:
            return ordered(session, self.table, **{self.owner: owner_id})
