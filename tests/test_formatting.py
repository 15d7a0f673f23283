from __future__ import annotations

import subprocess
import sys
from datetime import date, datetime, timedelta, timezone

from app import formatting

SHANGHAI = timezone(timedelta(hours=8))
MADRID = timezone(timedelta(hours=1))


def test_days_in_each_language() -> None:
    d = date(2026, 12, 3)
    assert formatting.day(d, "en") == "3 Dec 2026"
    assert formatting.day(d, "es") == "3 dic 2026"
    assert formatting.day(d, "zh_CN") == "2026年12月3日"
    assert formatting.day(None, "en") == ""


def test_moments_keep_their_offset_and_24_hour_clock() -> None:
    moment = datetime(2026, 12, 3, 15, 30, tzinfo=SHANGHAI)
    assert formatting.offset(moment) == "UTC+08:00"
    assert formatting.time_of_day(moment, "es") == "15:30"
    assert formatting.time_of_day(moment, "zh_CN") == "15:30"
    text = formatting.moment_with_offset(datetime(2026, 11, 12, 9, 0, tzinfo=MADRID), "es")
    assert text.startswith("jueves, 12 de noviembre de 2026, 9:00") and "UTC+01:00" in text


def test_numbers_and_week_start() -> None:
    assert formatting.number(12345.5, "es") == "12.345,5"
    assert formatting.number(1234.5, "en") == "1,234.5"
    assert formatting.first_weekday("es") == 0
    assert formatting.first_weekday("zh_CN") == 0


def test_babel_loads_with_the_first_date_written_not_with_the_module() -> None:
    code = (
        "import sys; from datetime import date; from app import formatting;"
        "before = 'babel' in sys.modules;"
        "text = formatting.day(date(2026, 12, 3), 'es');"
        "print(before, 'babel' in sys.modules, text)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=True)
    assert done.stdout.strip() == "False True 3 dic 2026"
