"""Day coordinates and German calendar ticks for the timeline axis (Qt-free).

The timeline's x coordinate is a day number, ``date.toordinal()``: day D
covers ``[x, x + 1)`` and its centre is ``x + 0.5``.  :func:`plan_ticks`
picks the finest calendar step whose labels fit at the current zoom; a second
row names the enclosing month or year.
"""

from __future__ import annotations

import calendar
import math
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from enum import Enum

# Display labels of the German UI (the axis reads "Jan … Dez", "Januar 2024").
MONTHS_SHORT = ("Jan", "Feb", "März", "Apr", "Mai", "Juni", "Juli", "Aug", "Sep", "Okt", "Nov", "Dez")
MONTHS_LONG = (
    "Januar",
    "Februar",
    "März",
    "April",
    "Mai",
    "Juni",
    "Juli",
    "August",
    "September",
    "Oktober",
    "November",
    "Dezember",
)

_MIN_X = float(date.min.toordinal())
_MAX_X = float(date.max.toordinal())


class Unit(Enum):
    """Calendar units the axis counts in."""

    DAY = 1.0
    MONTH = 365.2425 / 12
    YEAR = 365.2425

    @property
    def days(self) -> float:
        """Average length in days."""
        return self.value


# Days of the month that carry a tick for each day step; steps other than 1
# restart every month so that the 1st always has a tick.
_DAYS_OF_MONTH = {
    1: tuple(range(1, 32)),
    2: tuple(range(1, 28, 2)),
    7: (1, 8, 15, 22),
    14: (1, 15),
}
_SHORTEST = {1: 1, 2: 2, 7: 7, 14: 14}
_MONTH_STEPS = (1, 2, 3, 6)
_YEAR_STEPS = (1, 2, 5, 10, 20, 50, 100, 200, 500, 1000)


@dataclass(frozen=True, slots=True)
class Step:
    """A tick every ``count`` units."""

    unit: Unit
    count: int = 1

    @property
    def days(self) -> float:
        """Average tick spacing in days (pyqtgraph's ``spacing``)."""
        return self.unit.days * self.count

    @property
    def shortest_days(self) -> float:
        """The shortest real gap between two ticks, in days."""
        if self.unit is Unit.DAY:
            return _SHORTEST[self.count]
        if self.unit is Unit.MONTH:
            return 28.0 * self.count
        return 365.0 * self.count


STEPS = (
    *(Step(Unit.DAY, n) for n in _DAYS_OF_MONTH),
    *(Step(Unit.MONTH, n) for n in _MONTH_STEPS),
    *(Step(Unit.YEAR, n) for n in _YEAR_STEPS),
)


@dataclass(frozen=True, slots=True)
class TickPlan:
    """What the axis shows at one zoom level."""

    minor: Step
    major: Unit | None  # the second row: MONTH over days, YEAR over months
    long_minor: bool = False  # "Januar" rather than "Jan"
    long_major: bool = True  # "Januar 2024" rather than "Jan 2024"


def to_x(day: date) -> float:
    """The x coordinate where ``day`` begins."""
    return float(day.toordinal())


def to_date(x: float) -> date:
    """The day that contains ``x`` (clamped to the calendar Python knows)."""
    return date.fromordinal(math.floor(min(max(x, _MIN_X), _MAX_X)))


def plan_ticks(px_per_day: float, text_width: Callable[[str], float], padding: float) -> TickPlan:
    """The finest step whose labels fit ``px_per_day`` (plus ``padding`` px)."""
    return TickPlanner(text_width, padding)(px_per_day)


class TickPlanner:
    """:func:`plan_ticks` for one font: the label widths are measured once, not per frame."""

    def __init__(self, text_width: Callable[[str], float], padding: float) -> None:
        self._room = {  # px a label of each unit needs
            Unit.DAY: text_width("28.") + padding,
            Unit.MONTH: max(text_width(m) for m in MONTHS_SHORT) + padding,
            Unit.YEAR: text_width("2024") + padding,
        }
        self._long_major = max(text_width(f"{m} 2024") for m in MONTHS_LONG) + padding
        self._long_minor = max(map(text_width, MONTHS_LONG)) + padding

    def __call__(self, px_per_day: float) -> TickPlan:
        """The plan at ``px_per_day``."""
        minor = STEPS[-1]
        for step in STEPS:
            if step.shortest_days * px_per_day >= self._room[step.unit]:
                minor = step
                break
        if minor.unit is Unit.DAY:
            return TickPlan(minor, Unit.MONTH, long_major=28 * px_per_day >= self._long_major)
        if minor.unit is Unit.MONTH:
            long_minor = minor.count == 1 and 28 * px_per_day >= self._long_minor
            return TickPlan(minor, Unit.YEAR, long_minor=long_minor)
        return TickPlan(minor, None)


def ticks(lo: float, hi: float, step: Step) -> list[float]:
    """Tick positions of ``step`` in ``[lo, hi]``, in ascending order."""
    if hi < lo:
        return []
    first, last = to_date(lo), to_date(hi)
    out: list[float] = []
    if step.unit is Unit.YEAR:
        start = first.year - first.year % step.count
        for year in range(max(start, 1), last.year + 1, step.count):
            out.append(to_x(date(year, 1, 1)))
    else:
        year, month = first.year, first.month
        if step.unit is Unit.MONTH:
            month -= (month - 1) % step.count
        while (year, month) <= (last.year, last.month):
            if step.unit is Unit.MONTH:
                out.append(to_x(date(year, month, 1)))
            else:
                length = calendar.monthrange(year, month)[1]
                out.extend(to_x(date(year, month, d)) for d in _DAYS_OF_MONTH[step.count] if d <= length)
            month += step.count if step.unit is Unit.MONTH else 1
            if month > 12:
                year, month = year + 1, month - 12
    return [x for x in out if lo <= x <= hi]


def floor_tick(x: float, unit: Unit) -> float:
    """The start of the month or year (or day) containing ``x``."""
    day = to_date(x)
    if unit is Unit.YEAR:
        return to_x(date(day.year, 1, 1))
    if unit is Unit.MONTH:
        return to_x(date(day.year, day.month, 1))
    return to_x(day)


def next_tick(x: float, unit: Unit) -> float:
    """The start of the month or year (or day) after the one containing ``x``."""
    day = to_date(x)
    if unit is Unit.YEAR:
        return to_x(date(day.year + 1, 1, 1)) if day.year < date.max.year else _MAX_X + 1
    if unit is Unit.MONTH:
        if day.month == 12:
            return to_x(date(day.year + 1, 1, 1)) if day.year < date.max.year else _MAX_X + 1
        return to_x(date(day.year, day.month + 1, 1))
    return to_x(day) + 1


def minor_label(x: float, step: Step, long: bool = False) -> str:
    """Label of a tick on the first row: "21.", "Jan"/"Januar", "2024"."""
    day = to_date(x)
    if step.unit is Unit.DAY:
        return f"{day.day}."
    if step.unit is Unit.MONTH:
        return (MONTHS_LONG if long else MONTHS_SHORT)[day.month - 1]
    return str(day.year)


def major_label(x: float, unit: Unit, long: bool = True) -> str:
    """Label of a tick on the second row: "Januar 2024"/"Jan 2024", "2024"."""
    day = to_date(x)
    if unit is Unit.MONTH:
        return f"{(MONTHS_LONG if long else MONTHS_SHORT)[day.month - 1]} {day.year}"
    return str(day.year)


def long_date(day: date) -> str:
    """German long form: "21. Januar 2024" (the app's one spelling)."""
    from lagebild.core.wording import long_date as written

    return written(day, "de")
