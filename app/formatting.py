"""Dates, times and numbers written as each language writes them (Babel, no Qt).

The interface uses the interface language; the briefing pack passes the
meeting's. Times keep the offset they were scheduled in: a meeting at
10:00+08:00 reads "10:00 (UTC+08:00)" everywhere, not the reader's clock.

Babel (some 15 ms to import) loads with the first date, time, number or list
written: what only needs :func:`one_line` (the command line, the search) or
imports this module before it shows a date does not wait for it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date, datetime
from typing import TYPE_CHECKING

from app.i18n import current_language, normalise

if TYPE_CHECKING:
    from babel import Locale

# Babel's locale names for the languages we ship
_LOCALES = {"en": "en_GB", "es": "es_ES", "zh_CN": "zh_Hans_CN"}


def one_line(text: str) -> str:
    """``text`` on one line: line breaks and runs of spaces become one space."""
    return " ".join(text.split())


def locale_for(language: str | None = None) -> Locale:
    from babel import Locale

    return Locale.parse(_LOCALES[normalise(language or current_language())])


def day(value: date | None, language: str | None = None, *, style: str = "medium") -> str:
    """``3 Dec 2026`` / ``3 dic 2026`` / ``2026年12月3日``; empty for None."""
    if value is None:
        return ""
    from babel.dates import format_date

    return format_date(value, format=style, locale=locale_for(language))


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
    from babel.dates import format_time

    return format_time(value, format="short", locale=locale_for(language))


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
    from babel.lists import format_list

    return format_list(list(items), locale=locale_for(language)) if items else ""


def number(value: float | int, language: str | None = None) -> str:
    from babel.numbers import format_decimal

    return format_decimal(value, locale=locale_for(language))


def first_weekday(language: str | None = None) -> int:
    """0 = Monday … 6 = Sunday, as calendars in that language start their week."""
    return int(locale_for(language).first_week_day)


# -- dates as typed ----------------------------------------------------------------------------
# The form a date is shown in for editing: the language's short numeric pattern with the
# whole year (``15/12/2026``, ``15/12/2026``, ``2026/12/15``), which parse_day reads back.
_TIME_TYPED = re.compile(r"^(?P<day>.*?)[\sT,]+(?P<time>\d{1,2}[:.]\d{2})\s*$")
#: the earliest year a typed date may have (a two-digit year read in the wrong order is
#: refused, not stored as the year 26)
_FIRST_YEAR = 1900


def _entry_pattern(language: str | None) -> str:
    from babel.dates import get_date_format

    pattern = str(get_date_format("short", locale=locale_for(language)).pattern)
    return re.sub(r"y+", "y", pattern)


def day_entry(value: date | None, language: str | None = None) -> str:
    """A day as a date field shows it for typing over (``15/12/2026`` in English)."""
    if value is None:
        return ""
    from babel.dates import format_date

    return format_date(value, format=_entry_pattern(language), locale=locale_for(language))


def moment_entry(value: datetime | None, language: str | None = None) -> str:
    """A moment's wall-clock date and time as a field shows it (``15/12/2026 10:00``)."""
    if value is None:
        return ""
    return f"{day_entry(value.date(), language)} {time_of_day(value, language)}"


def parse_day(text: str, language: str | None = None) -> date:
    """A day typed as the language writes it (``15/12/2026``, ``15/12/26``) or in ISO form
    (``2026-12-15``); ValueError when it is not one."""
    text = text.strip()
    if len(re.findall(r"\d+", text)) != 3:
        raise ValueError(text)  # a time or a stray number would be dropped without a word
    try:
        found = date.fromisoformat(text)
    except ValueError:
        from babel.dates import parse_date

        try:
            found = parse_date(text, locale=locale_for(language), format="short")
        except (ValueError, IndexError) as error:
            raise ValueError(text) from error
    if found.year < _FIRST_YEAR:
        raise ValueError(text)
    return found


def parse_moment(text: str, language: str | None = None) -> datetime:
    """A date and time typed as the language writes them (``15/12/2026 10:00``) or in ISO
    form (``2026-12-15 10:00``, with or without ``+08:00``); naive unless an offset was
    typed. ValueError when it is not one."""
    text = text.strip()
    try:
        found = datetime.fromisoformat(text)
    except ValueError:
        pass
    else:
        if found.year < _FIRST_YEAR or ":" not in text:
            raise ValueError(text)  # ISO without a time is a day, not a moment
        return found.replace(second=0, microsecond=0)
    match = _TIME_TYPED.match(text)
    if match is None:
        raise ValueError(text)
    from babel.dates import parse_time

    try:
        clock = parse_time(match["time"].replace(".", ":"), locale=locale_for(language),
                           format="short")
    except (ValueError, IndexError) as error:
        raise ValueError(text) from error
    return datetime.combine(parse_day(match["day"], language), clock)
