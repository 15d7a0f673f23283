"""Dates, times and numbers written as each language writes them (Babel, no Qt).

The interface uses the interface language; the briefing pack passes the
meeting's. Times keep the offset they were scheduled in: a meeting at
10:00+08:00 reads "10:00 (UTC+08:00)" everywhere, not the reader's clock.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime

from babel import Locale
from babel.dates import format_date as _format_date
from babel.dates import format_time as _format_time
from babel.lists import format_list
from babel.numbers import format_decimal

from app.i18n import current_language, normalise

# Babel's locale names for the languages we ship
_LOCALES = {"en": "en_GB", "es": "es_ES", "zh_CN": "zh_Hans_CN"}


def locale_for(language: str | None = None) -> Locale:
    return Locale.parse(_LOCALES[normalise(language or current_language())])


def day(value: date | None, language: str | None = None, *, style: str = "medium") -> str:
    """``3 Dec 2026`` / ``3 dic 2026`` / ``2026年12月3日``; empty for None."""
    if value is None:
        return ""
    return _format_date(value, format=style, locale=locale_for(language))


def offset(value: datetime) -> str:
    """``UTC+08:00`` for the moment's own offset."""
    delta = value.utcoffset()
    if delta is None:
        return "UTC"
    minutes = int(delta.total_seconds() // 60)
    sign = "+" if minutes >= 0 else "-"
    minutes = abs(minutes)
    return f"UTC{sign}{minutes // 60:02d}:{minutes % 60:02d}"


def time_of_day(value: datetime, language: str | None = None) -> str:
    """The clock time in the language's custom (24-hour for es and zh_CN)."""
    return _format_time(value, format="short", locale=locale_for(language))


def moment(value: datetime | None, language: str | None = None, *, style: str = "full") -> str:
    """A meeting's date and time in its own offset, e.g. ``Thursday, 3 December 2026, 10:00``."""
    if value is None:
        return ""
    return f"{day(value.date(), language, style=style)}, {time_of_day(value, language)}"


def moment_with_offset(value: datetime | None, language: str | None = None) -> str:
    if value is None:
        return ""
    return f"{moment(value, language)} ({offset(value)})"


def meeting_moment(value: datetime | None, language: str | None = None) -> str:
    """Date, time and offset joined as the language joins them, for printed documents.

    ``Thursday, 3 December 2026, 10:00 (UTC+08:00)``,
    ``2026年12月3日星期四 10:00 (UTC+08:00)`` (Chinese joins with a space, not a comma).
    """
    if value is None:
        return ""
    pattern = str(locale_for(language).datetime_formats["medium"])
    joined = pattern.replace("{1}", day(value.date(), language, style="full")).replace(
        "{0}", time_of_day(value, language))
    return f"{joined} ({offset(value)})"


def listing(items: Sequence[str], language: str | None = None) -> str:
    """``Finance, Sales and IT`` / ``Finanzas, Ventas y TI`` / ``财务、销售和IT``."""
    return format_list(list(items), locale=locale_for(language)) if items else ""


def number(value: float | int, language: str | None = None) -> str:
    return format_decimal(value, locale=locale_for(language))


def first_weekday(language: str | None = None) -> int:
    """0 = Monday … 6 = Sunday, as calendars in that language start their week."""
    return int(locale_for(language).first_week_day)
