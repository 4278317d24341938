"""The plain data the timeline shows (Qt-free).

The main window turns core events into :class:`TimelineEntry` objects; the
timeline never sees the core model.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from enum import Enum
from typing import NamedTuple


class Precision(Enum):
    """How exactly an entry is placed in time, which decides how it is drawn."""

    DAY = "day"  # a marker on one day
    MONTH = "month"  # a bar over the month
    YEAR = "year"  # a bar over the year
    SPAN = "span"  # a bar over an arbitrary interval (week, season, ...)
    PAST = "past"  # vague, before the anchor: a band fading into the past
    FUTURE = "future"  # vague, after the anchor: a band fading into the future
    PRESENT = "present"  # vague, around the anchor: a band fading both ways

    @property
    def is_vague(self) -> bool:
        """True for references that have no calendar extent of their own."""
        return self in (Precision.PAST, Precision.FUTURE, Precision.PRESENT)


class TimelineEntry(NamedTuple):
    """One thing on the timeline (an immutable record: a briefing makes thousands).

    ``earliest``/``latest`` are the first and last day the entry may cover
    (inclusive).  Vague entries may leave them ``None``; they are drawn
    relative to the anchor given to :meth:`TimelineWidget.set_entries`.

    The date as the user reads it is only needed on hover: an entry either
    gives it as ``date_text`` or leaves that empty and gives ``describe``,
    which writes it when first asked (see :meth:`written_date`).
    """

    id: str
    label: str
    date_text: str  # as the user should read it, e.g. "21. Januar 2024"
    earliest: date | None
    latest: date | None
    precision: Precision
    lane_key: str = ""  # entries with the same key share a lane group
    colour_key: str = ""  # entries with the same key share a colour
    describe: Callable[[], str] | None = None  # writes the date on demand instead of ``date_text``

    def written_date(self) -> str:
        """The date as the user should read it."""
        return self.describe() if self.describe is not None else self.date_text
