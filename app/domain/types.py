"""Column types the standard ones do not cover."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import String
from sqlalchemy.engine import Dialect
from sqlalchemy.types import TypeDecorator


class AwareDateTime(TypeDecorator[datetime]):
    """A moment stored as ISO 8601 text with its UTC offset.

    SQLite has no time-zone type; SQLAlchemy's DateTime would drop the offset,
    and a meeting at 10:00+08:00 must come back as 10:00+08:00, not 02:00.
    A naive value is taken as UTC.
    """

    impl = String
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> str | None:
        if value is None:
            return None
        if value.tzinfo is None:
            value = value.replace(tzinfo=UTC)
        return value.isoformat()

    def process_result_value(self, value: Any, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        return datetime.fromisoformat(str(value))


def utcnow() -> datetime:
    return datetime.now(UTC)
