"""Calendar arithmetic and TIMEX3 value spelling (no language knowledge here)."""

from __future__ import annotations

from calendar import monthrange
from datetime import date, timedelta

SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 2)}


def day_value(day: date) -> str:
    """``2024-01-21``."""
    return day.isoformat()


def month_value(year: int, month: int) -> str:
    """``2024-01``."""
    return f"{year:04d}-{month:02d}"


def week_value(day: date) -> str:
    """The ISO week containing ``day``: ``2024-W03``."""
    year, week, _ = day.isocalendar()
    return f"{year:04d}-W{week:02d}"


def add_months(year: int, month: int, offset: int) -> tuple[int, int]:
    """``(year, month)`` moved by ``offset`` months."""
    index = year * 12 + (month - 1) + offset
    return index // 12, index % 12 + 1


def safe_date(year: int, month: int, day: int) -> date | None:
    """The date, or ``None`` if it does not exist (31 April) or is out of range."""
    if not (1 <= year <= 9999 and 1 <= month <= 12):
        return None
    if not 1 <= day <= monthrange(year, month)[1]:
        return None
    return date(year, month, day)


def month_bounds(year: int, month: int) -> tuple[date, date]:
    """First and last day of a month."""
    return date(year, month, 1), date(year, month, monthrange(year, month)[1])


def season_bounds(year: int, season: str) -> tuple[date, date]:
    """Meteorological season; winter runs from December into the next year."""
    first, last = SEASON_MONTHS[season]
    end_year = year + 1 if season == "WI" else year
    return date(year, first, 1), month_bounds(end_year, last)[1]


def week_bounds(year: int, week: int) -> tuple[date, date] | None:
    """Monday and Sunday of an ISO week, or ``None`` if the week does not exist."""
    try:
        monday = date.fromisocalendar(year, week, 1)
    except ValueError:
        return None
    return monday, monday + timedelta(days=6)


def easter_sunday(year: int) -> date:
    """Western (Gregorian) Easter Sunday, anonymous Gregorian algorithm."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    lx = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * lx) // 451
    month, day = divmod(h + lx - 7 * m + 114, 31)
    return date(year, month, day + 1)


def number_text(number: float) -> str:
    """``2`` for 2.0, ``1.5`` for 1.5 (as TIMEX3 durations spell them)."""
    return str(int(number)) if float(number).is_integer() else f"{number:g}"
