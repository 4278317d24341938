"""One order of events in time for the core, the views and the exports."""

from __future__ import annotations

from datetime import date

from lagebild.core.chronology import chronological_key
from lagebild.core.model import Event


def event(event_id: str, earliest: date | None, latest: date | None, sentence: int = 0) -> Event:
    return Event(event_id, "", earliest, latest, event_id, sentence, None)


def test_open_starts_first_open_ends_after_their_day_unplaced_last():
    events = [
        event("unplaced", None, None),
        event("future", date(2024, 1, 21), None),
        event("day", date(2024, 1, 21), date(2024, 1, 21)),
        event("until", None, date(2024, 3, 5)),
        event("past", None, date(2024, 1, 21)),
        event("month", date(2024, 1, 1), date(2024, 1, 31)),
    ]
    order = [e.id for e in sorted(events, key=chronological_key)]
    assert order == ["past", "until", "month", "day", "future", "unplaced"]


def test_ties_keep_reading_order():
    a, b = event("b", date(2024, 1, 2), date(2024, 1, 2), 1), event("a", date(2024, 1, 2), date(2024, 1, 2), 3)
    assert [e.id for e in sorted([b, a], key=chronological_key)] == ["b", "a"]
