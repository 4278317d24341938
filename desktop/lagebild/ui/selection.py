"""The one source of truth for what is selected: the shown extraction, an event, an entity.

Views call ``select_event``/``select_entity`` when the user clicks and react
to the signals; none of them talks to another view.  Signals fire only on a
change, so a view that re-selects what the controller just told it to show
does not loop.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from lagebild.core.chronology import chronological_key
from lagebild.core.model import Entity, Event, Extraction


class SelectionController(QObject):
    """Holds the current extraction, selected event ID and selected entity ID."""

    extraction_changed = Signal(object)  # Extraction | None
    event_changed = Signal(object)  # event ID (str) | None
    entity_changed = Signal(object)  # entity ID (str) | None

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._extraction: Extraction | None = None
        self._events: dict[str, Event] = {}
        self._in_time: list[str] = []
        self._event_id: str | None = None
        self._entity_id: str | None = None

    # --- state -----------------------------------------------------------------

    @property
    def extraction(self) -> Extraction | None:
        return self._extraction

    @property
    def event_id(self) -> str | None:
        return self._event_id

    @property
    def entity_id(self) -> str | None:
        return self._entity_id

    def selected_event(self) -> Event | None:
        """The selected event."""
        return self._events.get(self._event_id) if self._event_id else None

    def selected_entity(self) -> Entity | None:
        """The selected entity."""
        if self._extraction is None or self._entity_id is None:
            return None
        return self._extraction.entity(self._entity_id)

    def events_in_time(self) -> list[Event]:
        """All events, earliest first."""
        return [self._events[i] for i in self._in_time]

    def events_of_entity(self, entity_id: str | None = None) -> set[str] | None:
        """IDs of the events the (selected) entity takes part in; ``None`` without an entity."""
        entity_id = entity_id or self._entity_id
        if entity_id is None:
            return None
        return {e.id for e in self._events.values() if entity_id in e.entities}

    # --- changes ---------------------------------------------------------------

    def set_extraction(self, extraction: Extraction | None) -> None:
        """Show ``extraction``; keeps the selection where its IDs still exist.

        Always emits all three signals, so every view rebuilds and then shows
        the (kept or cleared) selection.
        """
        self._extraction = extraction
        events = extraction.events if extraction else []
        self._events = {e.id: e for e in events}
        self._in_time = [e.id for e in sorted(events, key=chronological_key)]
        if self._event_id not in self._events:
            self._event_id = None
        if extraction is None or (self._entity_id and extraction.entity(self._entity_id) is None):
            self._entity_id = None
        self.extraction_changed.emit(extraction)
        self.event_changed.emit(self._event_id)
        self.entity_changed.emit(self._entity_id)

    def select_event(self, event_id: str | None) -> None:
        """Select an event (``None`` or an unknown ID clears the event selection)."""
        if event_id is not None and event_id not in self._events:
            event_id = None
        if event_id != self._event_id:
            self._event_id = event_id
            self.event_changed.emit(event_id)

    def select_entity(self, entity_id: str | None) -> None:
        """Select an entity: views emphasise its events and mentions."""
        if entity_id is not None and (self._extraction is None or self._extraction.entity(entity_id) is None):
            entity_id = None
        if entity_id != self._entity_id:
            self._entity_id = entity_id
            self.entity_changed.emit(entity_id)

    def clear(self) -> None:
        """Esc: drop the entity filter first, the event selection next."""
        if self._entity_id is not None:
            self.select_entity(None)
        else:
            self.select_event(None)

    def step(self, delta: int) -> None:
        """Select the event ``delta`` places later in time (earlier if negative).

        With an entity selected, only its events are stepped through.  Without
        a selected event, stepping forward starts at the first, backward at the last.
        """
        order = self._in_time
        emphasised = self.events_of_entity()
        if emphasised is not None:
            order = [i for i in order if i in emphasised] or order
        if not order:
            return
        if self._event_id in order:
            index = max(0, min(len(order) - 1, order.index(self._event_id) + delta))
        else:
            index = 0 if delta > 0 else len(order) - 1
        self.select_event(order[index])

    def select_at(self, offset: int) -> None:
        """The user clicked character ``offset`` of the article: select that sentence's event.

        Clicking again in a sentence with several events cycles through them;
        a sentence without events leaves the selection as it is.
        """
        if self._extraction is None:
            return
        sentence = self._extraction.sentence_of(offset)
        if sentence is None:
            return
        here = [self._events[i] for i in self._in_time if self._events[i].sentence == sentence]
        if not here:
            return
        ids = [e.id for e in here]
        if self._event_id in ids:
            self.select_event(ids[(ids.index(self._event_id) + 1) % len(ids)])
        else:
            self.select_event(ids[0])
