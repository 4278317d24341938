"""The calendar days a TIMEX3 value covers."""

from __future__ import annotations

import re
from datetime import date, timedelta

from lagebild.core.timex import calendar as cal

_VALUE = re.compile(
    r"(?P<year>\d{4})(?:-(?:"
    r"(?P<month>\d{2})(?:-(?P<day>\d{2}))?"
    r"|W(?P<week>\d{2})(?:-(?P<weekday>[1-7]|WE))?"
    r"|(?P<season>SP|SU|FA|WI)"
    r"|Q(?P<quarter>[1-4])"
    r"|H(?P<half>[12])"
    r"))?"
    r"|(?P<decade>\d{3})"
    r"|(?P<century>\d{2})",
    re.ASCII,
)
_TIME_SUFFIX = re.compile(r"T(?:\d{2}(?::\d{2}(?::\d{2})?)?|MO|MI|AF|EV|NI|DT)", re.ASCII)

Interval = tuple[date | None, date | None]


def interval_of(value: str, anchor: date | None) -> Interval:
    """The earliest and latest day ``value`` covers; ``None`` where open or unknown.

    Days, months, years, ISO weeks (Monday..Sunday), weekends, seasons (winter
    runs from 1 December to the end of February of the next year), quarters,
    halves, decades ("199") and centuries ("19"); a TIME value covers its day.
    PRESENT_REF is the anchor day, PAST_REF ends and FUTURE_REF starts at the
    anchor.  Durations, sets and underspecified values give ``(None, None)``.
    """
    if value == "PRESENT_REF":
        return anchor, anchor
    if value == "PAST_REF":
        return (None, anchor) if anchor else (None, None)
    if value == "FUTURE_REF":
        return (anchor, None) if anchor else (None, None)
    date_part, _, time_part = value.partition("T")
    if time_part and not _TIME_SUFFIX.fullmatch("T" + time_part):
        return None, None
    match = _VALUE.fullmatch(date_part)
    if match is None:
        return None, None
    try:
        return _bounds(match)
    except (ValueError, OverflowError):
        return None, None


def _bounds(match: re.Match[str]) -> Interval:
    groups = match.groupdict()
    if groups["decade"]:
        first = int(groups["decade"]) * 10
        return _years(first, first + 9)
    if groups["century"]:
        first = int(groups["century"]) * 100
        return _years(max(first, 1), first + 99)
    year = int(groups["year"])
    if year < 1:
        return None, None
    if groups["day"]:
        day = date(year, int(groups["month"]), int(groups["day"]))
        return day, day
    if groups["month"]:
        return cal.month_bounds(year, int(groups["month"]))
    if groups["week"]:
        return _week(year, int(groups["week"]), groups["weekday"])
    if groups["season"]:
        if groups["season"] == "WI" and year == 9999:
            return None, None
        return cal.season_bounds(year, groups["season"])
    if groups["quarter"]:
        first = (int(groups["quarter"]) - 1) * 3 + 1
        return cal.month_bounds(year, first)[0], cal.month_bounds(year, first + 2)[1]
    if groups["half"]:
        first = 1 if groups["half"] == "1" else 7
        return cal.month_bounds(year, first)[0], cal.month_bounds(year, first + 5)[1]
    return _years(year, year)


def _years(first: int, last: int) -> Interval:
    return date(first, 1, 1), date(last, 12, 31)


def _week(year: int, week: int, weekday: str | None) -> Interval:
    bounds = cal.week_bounds(year, week)
    if bounds is None:
        return None, None
    monday, sunday = bounds
    if weekday == "WE":
        return monday + timedelta(days=5), sunday
    if weekday:
        day = monday + timedelta(days=int(weekday) - 1)
        return day, day
    return monday, sunday
