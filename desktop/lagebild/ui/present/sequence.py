"""The order of a presentation: an overview, one slide per shown event, an overview (Qt-free).

The presenter steps with a clicker, the arrow keys or a typed number; the
sequence only knows slides and positions, never widgets, so it is tested
without Qt.  Events are shown in time order (see
:func:`~lagebild.core.chronology.chronological_key`); hidden events are left
out, so their numbers go to the next shown event.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import Enum

from lagebild.core.chronology import chronological_key
from lagebild.core.model import Event


class SlideKind(Enum):
    """What a slide shows."""

    OPENING = "opening"  # title, date and the whole timeline
    EVENT = "event"  # one event with its evidence
    CLOSING = "closing"  # the whole timeline again


@dataclass(frozen=True, slots=True)
class Slide:
    """One screen of the presentation; ``number`` counts events from 1 (0 on overviews)."""

    kind: SlideKind
    event_id: str | None = None
    number: int = 0


class SlideSequence:
    """Slides in presentation order and the position of the current one."""

    def __init__(self, events: Iterable[Event], hidden: Iterable[str] = ()) -> None:
        hidden = set(hidden)
        shown = sorted((e for e in events if e.id not in hidden), key=chronological_key)
        self.events: list[Event] = shown
        self.slides: list[Slide] = [
            Slide(SlideKind.OPENING),
            *(Slide(SlideKind.EVENT, e.id, n) for n, e in enumerate(shown, start=1)),
            Slide(SlideKind.CLOSING),
        ]
        self._index = 0

    def __len__(self) -> int:
        return len(self.slides)

    @property
    def index(self) -> int:
        """Position of the current slide (0 is the opening overview)."""
        return self._index

    @property
    def current(self) -> Slide:
        return self.slides[self._index]

    @property
    def next(self) -> Slide | None:
        """The slide after the current one (``None`` on the last)."""
        return self.slides[self._index + 1] if self._index + 1 < len(self.slides) else None

    @property
    def event_count(self) -> int:
        return len(self.events)

    @property
    def event_ids(self) -> list[str]:
        """IDs of the shown events in presentation order."""
        return [e.id for e in self.events]

    def go_to(self, index: int) -> bool:
        """Show slide ``index`` (clamped to the sequence); True if the slide changed."""
        index = max(0, min(len(self.slides) - 1, index))
        changed = index != self._index
        self._index = index
        return changed

    def step(self, delta: int) -> bool:
        """Move ``delta`` slides on (back if negative); stops at either end."""
        return self.go_to(self._index + delta)

    def first(self) -> bool:
        return self.go_to(0)

    def last(self) -> bool:
        return self.go_to(len(self.slides) - 1)

    def jump(self, number: int) -> bool:
        """Show event ``number`` (from 1); a number out of range changes nothing."""
        if 1 <= number <= len(self.events):
            return self.go_to(number)
        return False

    def show_event(self, event_id: str) -> bool:
        """Show the slide of ``event_id`` (a hidden or unknown ID changes nothing)."""
        for index, slide in enumerate(self.slides):
            if slide.event_id == event_id:
                return self.go_to(index)
        return False
