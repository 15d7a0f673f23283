"""What every subject's service does alike: validate, look up, append, move."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, TypeVar

from pydantic import ValidationError
from sqlalchemy import func
from sqlmodel import Session, SQLModel, select

from app.domain.rules import describe_error, error_place, name_key
from app.services.errors import InvalidInput, NotFound, Problem

Row = TypeVar("Row", bound=SQLModel)


def validated(base: type[SQLModel], values: Mapping[str, Any]) -> dict[str, Any]:
    """Validate ``values`` against a table's base class; raise InvalidInput naming each field."""
    unknown = set(values) - set(base.model_fields)
    if unknown:
        raise InvalidInput([Problem(name, describe_error({"type": "extra_forbidden"}))
                            for name in sorted(unknown)])
    try:
        model = base.model_validate(dict(values))
    except ValidationError as error:
        raise InvalidInput([Problem(error_place(e["loc"]), describe_error(e))
                            for e in error.errors()]) from None
    return model.model_dump()


def merged(base: type[SQLModel], row: SQLModel, changes: Mapping[str, Any]) -> dict[str, Any]:
    """The row's values with ``changes`` applied, validated as a whole."""
    current = {name: getattr(row, name) for name in base.model_fields}
    unknown = set(changes) - set(base.model_fields)
    if unknown:
        raise InvalidInput([Problem(name, describe_error({"type": "extra_forbidden"}))
                            for name in sorted(unknown)])
    return validated(base, {**current, **changes})


def get(session: Session, table: type[Row], key: Any) -> Row:
    row = session.get(table, key)
    if row is None:
        raise NotFound(str(getattr(table, "__tablename__", table.__name__)), key)
    return row


def name_taken(session: Session, table: type[Row], name: str,
               own_id: int | None) -> tuple[str, Row | None]:
    """The name's key (casefolded, spaces collapsed) and the other row of ``table`` that
    already goes by it, if any (``own_id``: the row being renamed, which may keep it)."""
    key = name_key(name)
    other = session.exec(select(table).where(getattr(table, "name_key") == key)).first()  # noqa: B009
    return key, None if other is None or getattr(other, "id") == own_id else other  # noqa: B009


def assign(row: SQLModel, values: Mapping[str, Any]) -> None:
    for name, value in values.items():
        setattr(row, name, value)


def next_position(session: Session, table: type[SQLModel], **owner: Any) -> int:
    """The position after the last of the rows that share ``owner`` (e.g. a meeting)."""
    query = select(func.max(table.position))  # type: ignore[attr-defined]
    for name, value in owner.items():
        query = query.where(getattr(table, name) == value)
    last = session.exec(query).one()
    return 0 if last is None else int(last) + 1


def ordered(session: Session, table: type[Row], **owner: Any) -> list[Row]:
    """The rows that share ``owner``, in their kept order."""
    query = select(table)
    for name, value in owner.items():
        query = query.where(getattr(table, name) == value)
    query = query.order_by(getattr(table, "position"), getattr(table, "id"))  # noqa: B009
    return list(session.exec(query).all())


def move_to(session: Session, row: SQLModel, siblings: Sequence[SQLModel], index: int) -> None:
    """Put ``row`` at ``index`` among its ``siblings`` (which include it), renumbering all."""
    others = [s for s in siblings if s is not row]
    index = max(0, min(index, len(others)))
    others.insert(index, row)
    for position, sibling in enumerate(others):
        if getattr(sibling, "position") != position:  # noqa: B009
            setattr(sibling, "position", position)  # noqa: B010
            session.add(sibling)
