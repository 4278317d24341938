"""The slide order of presentation mode, without widgets."""

from __future__ import annotations

from datetime import date

from lagebild.core.model import Event
from lagebild.ui.present.sequence import SlideKind, SlideSequence


def _event(event_id: str, day: date | None, sentence: int = 0) -> Event:
    return Event(event_id, day.isoformat() if day else "XXXX", day, day, event_id, sentence, None)


EVENTS = [
    _event("late", date(2024, 3, 1)),
    _event("undated", None),
    _event("early", date(2020, 1, 1)),
    _event("middle", date(2022, 6, 1), sentence=2),
    _event("middle-first", date(2022, 6, 1), sentence=1),
]


def test_overview_first_and_last_events_in_time_between() -> None:
    sequence = SlideSequence(EVENTS)
    kinds = [s.kind for s in sequence.slides]
    assert kinds[0] is SlideKind.OPENING and kinds[-1] is SlideKind.CLOSING
    assert set(kinds[1:-1]) == {SlideKind.EVENT}
    # Same day: reading order; undated events go last.
    assert sequence.event_ids == ["early", "middle-first", "middle", "late", "undated"]
    assert [s.number for s in sequence.slides] == [0, 1, 2, 3, 4, 5, 0]


def test_stepping_stops_at_both_ends() -> None:
    sequence = SlideSequence(EVENTS)
    assert not sequence.step(-1)
    assert sequence.current.kind is SlideKind.OPENING
    assert sequence.step(1) and sequence.current.event_id == "early"
    assert sequence.last() and sequence.current.kind is SlideKind.CLOSING
    assert sequence.next is None
    assert not sequence.step(1)
    assert sequence.first() and sequence.index == 0


def test_jump_by_event_number() -> None:
    sequence = SlideSequence(EVENTS)
    assert sequence.jump(3) and sequence.current.event_id == "middle"
    assert not sequence.jump(0) and not sequence.jump(6)
    assert sequence.current.event_id == "middle"


def test_hidden_events_are_skipped_and_renumbered() -> None:
    sequence = SlideSequence(EVENTS, hidden={"middle-first", "undated"})
    assert sequence.event_ids == ["early", "middle", "late"]
    sequence.jump(2)
    assert sequence.current.event_id == "middle" and sequence.current.number == 2
    assert not sequence.show_event("middle-first")
    assert sequence.show_event("late") and sequence.next.kind is SlideKind.CLOSING


def test_no_events_still_has_both_overviews() -> None:
    sequence = SlideSequence([])
    assert [s.kind for s in sequence.slides] == [SlideKind.OPENING, SlideKind.CLOSING]
    assert not sequence.jump(1)
