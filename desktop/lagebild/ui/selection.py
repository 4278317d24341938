"""The one source of truth for what is shown and selected.

It holds the briefing snapshot on display, the article shown in the article
panel, the selected event and the selected entity.  Views call
``select_event``/``select_entity``/``show_article`` when the user clicks and
react to the signals; none of them talks to another view.  Signals fire only
on a change, so a view that re-selects what the controller just told it to
show does not loop.

IDs are unique across the articles of a briefing.  The selected event may be
any member of an event group (the source the user is reading); the table and
the timeline show its group's lead (:meth:`BriefingSnapshot.lead`).  The
selected entity is always a merged entity's lead ID.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from lagebild.core.chronology import chronological_key
from lagebild.core.model import Entity, Event, Extraction

if TYPE_CHECKING:
    from lagebild.core.snapshot import BriefingSnapshot


class SelectionController(QObject):
    """Holds the snapshot, the shown article, the selected event and entity IDs."""

    snapshot_changed = Signal(object)  # BriefingSnapshot | None
    extraction_changed = Signal(object)  # the shown article's Extraction | None
    event_changed = Signal(object)  # event ID (str) | None
    entity_changed = Signal(object)  # lead entity ID (str) | None

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._snapshot: BriefingSnapshot | None = None
        self._article: str | None = None
        self._in_time: list[str] = []
        self._event_id: str | None = None
        self._entity_id: str | None = None

    # --- state -----------------------------------------------------------------

    @property
    def snapshot(self) -> BriefingSnapshot | None:
        return self._snapshot

    @property
    def article_key(self) -> str | None:
        """Key of the article shown in the article panel."""
        return self._article

    @property
    def extraction(self) -> Extraction | None:
        """The shown article's (corrected) extraction."""
        return self._snapshot.extraction(self._article) if self._snapshot else None

    @property
    def event_id(self) -> str | None:
        return self._event_id

    @property
    def entity_id(self) -> str | None:
        return self._entity_id

    def selected_event(self) -> Event | None:
        """The selected event (the member the user is reading)."""
        return self._snapshot.event(self._event_id) if self._snapshot else None

    def selected_lead(self) -> str | None:
        """The group lead standing for the selected event in the table and timeline."""
        return self._snapshot.lead(self._event_id) if self._snapshot else None

    def selected_entity(self) -> Entity | None:
        """The selected (lead) entity."""
        return self._snapshot.entity(self._entity_id) if self._snapshot else None

    def entity_in_article(self) -> Entity | None:
        """The selected entity's member in the shown article, if it appears there."""
        return self._snapshot.member_in(self._entity_id, self._article) if self._snapshot else None

    def events_in_time(self) -> list[Event]:
        """One event per group (its lead), earliest first."""
        snapshot = self._snapshot
        return [snapshot.event(i) for i in self._in_time] if snapshot else []  # type: ignore[misc]

    def events_of_entity(self, entity_id: str | None = None) -> set[str] | None:
        """Group leads of the events the (selected) entity takes part in; ``None`` without one."""
        entity_id = entity_id or self._entity_id
        if entity_id is None or self._snapshot is None:
            return None
        return self._snapshot.leads_of_entity(entity_id)

    # --- changes ---------------------------------------------------------------

    def set_extraction(self, extraction: Extraction | None) -> None:
        """Show one article without corrections (see :meth:`set_snapshot`)."""
        from lagebild.core.snapshot import BriefingSnapshot

        self.set_snapshot(BriefingSnapshot.of(extraction) if extraction is not None else None)

    def set_snapshot(self, snapshot: BriefingSnapshot | None, article: str | None = None) -> None:
        """Show ``snapshot``; keeps the shown article and the selection where they still exist.

        ``article`` chooses the article to show.  Always emits every signal,
        so each view rebuilds and then shows the (kept or cleared) selection.
        """
        self._snapshot = snapshot
        keys = snapshot.keys if snapshot else []
        if article in keys:
            self._article = article
        elif self._article not in keys:
            self._article = keys[0] if keys else None
        self._in_time = snapshot.leads_in_time() if snapshot else []
        if snapshot is None or snapshot.event(self._event_id) is None:
            self._event_id = None
        self._entity_id = snapshot.lead_entity(self._entity_id) if snapshot else None
        self.snapshot_changed.emit(snapshot)
        self.extraction_changed.emit(self.extraction)
        self.event_changed.emit(self._event_id)
        self.entity_changed.emit(self._entity_id)

    def show_article(self, key: str | None) -> None:
        """Show article ``key`` in the article panel (the selection stays)."""
        if self._snapshot is None or key not in self._snapshot.articles or key == self._article:
            return
        self._article = key
        self.extraction_changed.emit(self.extraction)
        self.event_changed.emit(self._event_id)
        self.entity_changed.emit(self._entity_id)

    def select_event(self, event_id: str | None) -> None:
        """Select an event, showing its article (``None`` or an unknown ID clears the selection)."""
        snapshot = self._snapshot
        if event_id is not None and (snapshot is None or snapshot.event(event_id) is None):
            event_id = None
        if event_id == self._event_id:
            return
        self._event_id = event_id
        key = snapshot.article_of(event_id) if snapshot and event_id else None
        if key is not None and key != self._article:
            self._article = key
            self.extraction_changed.emit(self.extraction)
            self.entity_changed.emit(self._entity_id)
        self.event_changed.emit(event_id)

    def select_entity(self, entity_id: str | None) -> None:
        """Select an entity: views emphasise its events and mentions in every article."""
        entity_id = self._snapshot.lead_entity(entity_id) if self._snapshot and entity_id else None
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

        Steps through groups (one per occurrence).  With an entity selected,
        only its events are visited.  Without a selected event, stepping
        forward starts at the first, backward at the last.
        """
        order = self._in_time
        emphasised = self.events_of_entity()
        if emphasised is not None:
            order = [i for i in order if i in emphasised] or order
        if not order:
            return
        current = self.selected_lead()
        if current in order:
            index = max(0, min(len(order) - 1, order.index(current) + delta))
        else:
            index = 0 if delta > 0 else len(order) - 1
        if order[index] != current:
            self.select_event(order[index])

    def select_at(self, offset: int) -> None:
        """The user clicked character ``offset`` of the shown article: select that sentence's event.

        Clicking again in a sentence with several events cycles through them;
        a sentence without events leaves the selection as it is.
        """
        extraction = self.extraction
        if extraction is None:
            return
        sentence = extraction.sentence_of(offset)
        if sentence is None:
            return
        ids = [e.id for e in sorted(extraction.events, key=chronological_key) if e.sentence == sentence]
        if not ids:
            return
        if self._event_id in ids:
            self.select_event(ids[(ids.index(self._event_id) + 1) % len(ids)])
        else:
            self.select_event(ids[0])
