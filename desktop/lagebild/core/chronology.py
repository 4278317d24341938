"""The one order of events in time, used by the core, the views and the exports.

Open bounds sort outermost: an event without an earliest day ("früher",
"bis 5. März") comes before everything, one without a latest day
("künftig") after everything on its earliest day; events that cannot be
placed at all go last; ties keep reading order.
"""

from __future__ import annotations

from datetime import date

from lagebild.core.model import Event


def interval_key(earliest: date | None, latest: date | None) -> tuple[date, date]:
    """The time part of the order for any ``(earliest, latest)`` interval."""
    if earliest is None and latest is None:
        return (date.max, date.max)
    return (earliest or date.min, latest or date.max)


def chronological_key(event: Event) -> tuple[date, date, int, str]:
    """Sort key putting events in time order (then reading order, then ID)."""
    return (*interval_key(event.earliest, event.latest), event.sentence, event.id)
