"""Analyst corrections: edits kept apart from the extraction and re-applied to it.

A correction never changes an :class:`Extraction`.  It names what it edits by
an :class:`Anchor`: the article key, the stable ID of the event or entity
(:mod:`lagebild.core.ids`) and the span of text it was made on — the dating
expression of an event, a mention of an entity, the passage picked for a new
event.  :func:`apply_corrections` copies the extractions, applies the
corrections in the order they were made and reports every correction it
cannot place as an :class:`Orphan` instead of dropping it.

An anchor is resolved by its ID first.  When the ID is gone (a newer
extractor chose another first mention or a wider date expression) the span
decides: the event whose dating expression overlaps the anchor, the entity
with a mention overlapping it.  Re-extraction against another publication
date keeps the text, hence the IDs; only what is no longer extracted at all is
orphaned.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterable
from dataclasses import dataclass, field, fields, replace
from datetime import date
from typing import Any, ClassVar

from lagebild.core.chronology import chronological_key
from lagebild.core.ids import span_id, text_key
from lagebild.core.model import Entity, EntityType, Event, Extraction, Mention

#: (article key, event or entity ID)
Ref = tuple[str, str]

_DAY_VALUE = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", re.ASCII)


def date_bounds(value: str) -> tuple[date, date]:
    """First and last day of an analyst's date: ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``.

    Raises :class:`ValueError` with a one-line message for anything else.
    """
    match = _DAY_VALUE.fullmatch(value)
    try:
        if match is None:
            raise ValueError
        year, month, day = (int(g) if g else None for g in match.groups())
        if month is None:
            return date(year, 1, 1), date(year, 12, 31)
        if day is None:
            return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])
        return date(year, month, day), date(year, month, day)
    except ValueError:
        raise ValueError(f"{value!r} is not a date (YYYY, YYYY-MM or YYYY-MM-DD)") from None


@dataclass(frozen=True, slots=True)
class Anchor:
    """What a correction points at: ``article`` key, object ``id`` ("" for a
    bare span) and the span ``[start, end)`` with its ``text`` at the time."""

    article: str
    id: str
    start: int
    end: int
    text: str = ""

    def describe(self) -> str:
        """A short quote for messages."""
        return f"„{self.text}“" if self.text else self.id or f"{self.start}–{self.end}"


def event_span(extraction: Extraction, event: Event) -> tuple[int, int]:
    """The span an event is anchored on: its dating expression, else its sentence."""
    if event.timex is not None and 0 <= event.timex < len(extraction.timexes):
        timex = extraction.timexes[event.timex]
        return timex.start, timex.end
    sentence = extraction.sentences[event.sentence]
    return sentence.start, sentence.end


def event_anchor(extraction: Extraction, event: Event) -> Anchor:
    """An anchor on ``event`` (for an added event prefer :attr:`AddEvent.at`)."""
    start, end = event_span(extraction, event)
    return Anchor(extraction.article.key, event.id, start, end, extraction.article.text[start:end])


def entity_anchor(extraction: Extraction, entity: Entity, mention: Mention | None = None) -> Anchor:
    """An anchor on ``entity`` at ``mention`` (default: its first mention)."""
    mention = mention or entity.mentions[0]
    return Anchor(extraction.article.key, entity.id, mention.start, mention.end, mention.text)


def span_anchor(extraction: Extraction, start: int, end: int) -> Anchor:
    """An anchor on a bare span (a mention to split off, a passage for a new event)."""
    if not 0 <= start < end <= len(extraction.article.text):
        raise ValueError(f"span {start}–{end} is outside the article")
    return Anchor(extraction.article.key, "", start, end, extraction.article.text[start:end])


# --- one dataclass per kind of edit -------------------------------------------------


@dataclass(frozen=True, slots=True)
class SetEventDate:
    """Give an event another date (``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``)."""

    event: Anchor
    value: str
    kind: ClassVar[str] = "set_event_date"

    def __post_init__(self) -> None:
        date_bounds(self.value)


@dataclass(frozen=True, slots=True)
class RelabelEvent:
    """Give an event another label."""

    event: Anchor
    label: str
    kind: ClassVar[str] = "relabel_event"

    def __post_init__(self) -> None:
        if not self.label.strip():
            raise ValueError("an event label cannot be empty")


@dataclass(frozen=True, slots=True)
class HideEvent:
    """Leave an event out of the briefing (it stays listed in ``CorrectedView.hidden``)."""

    event: Anchor
    kind: ClassVar[str] = "hide_event"


@dataclass(frozen=True, slots=True)
class AddEvent:
    """An event the extractor missed, supported by the passage ``at``.

    ``at.id`` is the new event's ID; build one with :meth:`create`.
    """

    at: Anchor
    value: str
    label: str
    kind: ClassVar[str] = "add_event"

    def __post_init__(self) -> None:
        date_bounds(self.value)
        if not self.label.strip():
            raise ValueError("an event label cannot be empty")

    @classmethod
    def create(cls, extraction: Extraction, start: int, end: int, value: str, label: str) -> AddEvent:
        """A new event on ``text[start:end]`` of ``extraction``'s article."""
        anchor = span_anchor(extraction, start, end)
        return cls(replace(anchor, id=span_id("ev", anchor.article, start, end, "added")), value, label)


@dataclass(frozen=True, slots=True)
class NoteEvent:
    """Attach a note to an event; an empty text removes the note."""

    event: Anchor
    text: str
    kind: ClassVar[str] = "note_event"


@dataclass(frozen=True, slots=True)
class RenameEntity:
    """Give an entity another name."""

    entity: Anchor
    name: str
    kind: ClassVar[str] = "rename_entity"

    def __post_init__(self) -> None:
        if not self.name.strip():
            raise ValueError("an entity name cannot be empty")


@dataclass(frozen=True, slots=True)
class RetypeEntity:
    """Give an entity another type (PER, ORG, LOC, MISC)."""

    entity: Anchor
    type: EntityType
    kind: ClassVar[str] = "retype_entity"


@dataclass(frozen=True, slots=True)
class MergeEntities:
    """``other`` is the same as ``target``.

    In one article ``other``'s mentions join ``target`` and ``other`` is gone;
    across articles both stay, ``other`` takes ``target``'s name and type and
    the two are one entity of the briefing.
    """

    target: Anchor
    other: Anchor
    kind: ClassVar[str] = "merge_entities"


@dataclass(frozen=True, slots=True)
class SplitEntity:
    """The ``mentions`` of ``entity`` name someone else.

    They form a new entity named after the first of them, which stands apart
    from same-named entities (it is someone else).  When they are all of its
    mentions, the entity keeps them and stands apart from the same-named
    entities of other articles instead.
    """

    entity: Anchor
    mentions: tuple[Anchor, ...]
    kind: ClassVar[str] = "split_entity"

    def __post_init__(self) -> None:
        if not self.mentions:
            raise ValueError("a split needs at least one mention")


Correction = (
    SetEventDate | RelabelEvent | HideEvent | AddEvent | NoteEvent | RenameEntity | RetypeEntity | MergeEntities | SplitEntity
)
CORRECTION_TYPES: dict[str, type] = {
    cls.kind: cls
    for cls in (SetEventDate, RelabelEvent, HideEvent, AddEvent, NoteEvent, RenameEntity, RetypeEntity, MergeEntities, SplitEntity)
}


def anchors_of(correction: Correction) -> list[Anchor]:
    """Every anchor a correction holds."""
    found: list[Anchor] = []
    for f in fields(correction):
        value = getattr(correction, f.name)
        if isinstance(value, Anchor):
            found.append(value)
        elif isinstance(value, tuple):
            found.extend(v for v in value if isinstance(v, Anchor))
    return found


# --- plain-data form (JSON, the briefing file) ---------------------------------------


def correction_to_dict(correction: Correction) -> dict[str, Any]:
    """``{"kind": …, field: value}``; anchors become objects, tuples lists, enums values."""

    def plain(value: Any) -> Any:
        if isinstance(value, Anchor):
            return {f.name: getattr(value, f.name) for f in fields(Anchor)}
        if isinstance(value, tuple):
            return [plain(v) for v in value]
        if isinstance(value, EntityType):
            return value.value
        return value

    return {"kind": correction.kind, **{f.name: plain(getattr(correction, f.name)) for f in fields(correction)}}


#: Field names of each kind, in order (``fields()`` is slow enough to show when a file with
#: thousands of corrections opens).
_FIELD_NAMES: dict[type, tuple[str, ...]] = {cls: tuple(f.name for f in fields(cls)) for cls in CORRECTION_TYPES.values()}
_ANCHOR_FIELDS = frozenset({"event", "entity", "target", "other", "at"})


def _anchor(kind: str, value: Any) -> Anchor:
    """An anchor from its plain-data form; :class:`ValueError` naming ``kind`` if it is not one."""
    try:
        made = Anchor(**value)
    except TypeError:
        raise ValueError(f"{kind}: an anchor needs article, id, start, end, text") from None
    if not (isinstance(made.article, str) and isinstance(made.id, str) and isinstance(made.text, str)):
        raise ValueError(f"{kind}: anchor article, id and text must be strings")  # noqa: TRY004
    if not (type(made.start) is int and type(made.end) is int and 0 <= made.start <= made.end):
        raise ValueError(f"{kind}: anchor offsets must be integers with 0 <= start <= end")
    return made


def correction_from_dict(data: dict[str, Any]) -> Correction:
    """The inverse of :func:`correction_to_dict`; :class:`ValueError` with a one-line message."""
    if not isinstance(data, dict):
        raise ValueError("a correction must be an object")  # noqa: TRY004 - one error type for bad data
    cls = CORRECTION_TYPES.get(data.get("kind"))  # type: ignore[arg-type]
    if cls is None:
        raise ValueError(f"unknown correction kind {data.get('kind')!r}")
    names = _FIELD_NAMES[cls]
    missing = [n for n in names if n not in data]
    if missing:
        raise ValueError(f"{cls.kind}: missing {', '.join(missing)}")

    values: dict[str, Any] = {}
    for name in names:
        value = data[name]
        if name in _ANCHOR_FIELDS:
            value = _anchor(cls.kind, value)
        elif name == "mentions":
            if not isinstance(value, list):
                raise ValueError(f"{cls.kind}: mentions must be a list")
            value = tuple(_anchor(cls.kind, v) for v in value)
        elif name == "type":
            try:
                value = EntityType(value)
            except ValueError:
                raise ValueError(f"{cls.kind}: unknown entity type {value!r}") from None
        elif not isinstance(value, str):
            raise ValueError(f"{cls.kind}: {name} must be a string")
        values[name] = value
    return cls(**values)


# --- applying -------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Orphan:
    """A correction that found nothing to apply to: ``index`` in the list, and why."""

    index: int
    correction: Correction
    reason: str


@dataclass
class CorrectedView:
    """The extractions with corrections applied (uncorrected ones are shared, not copied).

    ``articles`` maps article keys to extractions in the order given; hidden
    events are left out of them and kept in ``hidden``.
    """

    articles: dict[str, Extraction]
    hidden: dict[Ref, Event] = field(default_factory=dict)
    notes: dict[Ref, str] = field(default_factory=dict)
    edited_events: set[Ref] = field(default_factory=set)
    edited_entities: set[Ref] = field(default_factory=set)
    links: list[tuple[Ref, Ref]] = field(default_factory=list)  # cross-article merges (target, other)
    detached: set[Ref] = field(default_factory=set)  # entities split off from their namesakes


def _position(items: list[Any], item: object) -> int:
    """Index of ``item`` itself in ``items`` (``list.index`` finds the first equal one)."""
    return next(n for n, x in enumerate(items) if x is item)


class _Copy:
    """One article's events and entities as the corrections leave them.

    The lists are private from the start; an event or entity in them is the
    extraction's own object until a correction changes it, and is copied then
    (:meth:`own_event`, :meth:`own_entity`): most corrections change one or
    two objects of an article, and a briefing has hundreds of articles.
    """

    def __init__(self, key: str, extraction: Extraction) -> None:
        self.key = key
        self.source = extraction
        self.entities = list(extraction.entities)
        self.events = list(extraction.events)
        self._spans: dict[str, tuple[int, int]] | None = None
        self._shared: set[int] | None = None  # id() of the extraction's events and entities (alive as long as it is)
        self.hidden: set[str] = set()
        self.resort = False

    @property
    def spans(self) -> dict[str, tuple[int, int]]:
        """Event ID → the span it is anchored on (made on first use)."""
        if self._spans is None:
            self._spans = {ev.id: event_span(self.source, ev) for ev in self.source.events}
        return self._spans

    def _is_shared(self, item: Event | Entity) -> bool:
        if self._shared is None:
            self._shared = {id(x) for x in self.source.events} | {id(x) for x in self.source.entities}
        return id(item) in self._shared

    def own_event(self, event: Event) -> Event:
        """``event`` (in :attr:`events`) as an object of this copy's own, to change."""
        if not self._is_shared(event):
            return event
        mine = replace(event, entities=list(event.entities))
        self.events[_position(self.events, event)] = mine
        return mine

    def own_entity(self, entity: Entity) -> Entity:
        """``entity`` (in :attr:`entities`) as an object of this copy's own, to change."""
        if not self._is_shared(entity):
            return entity
        mine = replace(entity, mentions=list(entity.mentions))
        self.entities[_position(self.entities, entity)] = mine
        return mine

    def event(self, anchor: Anchor) -> Event | None:
        for event in self.events:
            if event.id == anchor.id:
                return event
        best, best_overlap = None, 0
        for event in self.events:
            start, end = self.spans[event.id]
            overlap = min(end, anchor.end) - max(start, anchor.start)
            if overlap > best_overlap:
                best, best_overlap = event, overlap
        return best

    def entity(self, anchor: Anchor) -> Entity | None:
        for entity in self.entities:
            if entity.id == anchor.id:
                return entity
        best, best_overlap = None, 0
        for entity in self.entities:
            for mention in entity.mentions:
                overlap = min(mention.end, anchor.end) - max(mention.start, anchor.start)
                if overlap > best_overlap:
                    best, best_overlap = entity, overlap
        return best

    def event_sentences(self, event: Event) -> set[int]:
        start, end = self.spans[event.id]
        first, last = self.source.sentence_of(start), self.source.sentence_of(max(start, end - 1))
        if first is None or last is None:
            return {event.sentence}
        return set(range(first, last + 1))

    def build(self) -> Extraction:
        events = [ev for ev in self.events if ev.id not in self.hidden]
        if self.resort:
            events.sort(key=chronological_key)
        return replace(self.source, entities=self.entities, events=events)


class _Applier:
    def __init__(self, sources: dict[str, Extraction]) -> None:
        self.sources = sources
        self.copies: dict[str, _Copy] = {}
        self.view = CorrectedView(articles={})

    def copy(self, key: str) -> _Copy | None:
        if key not in self.copies:
            source = self.sources.get(key)
            if source is None:
                return None
            self.copies[key] = _Copy(key, source)
        return self.copies[key]

    def event(self, anchor: Anchor) -> tuple[_Copy, Event] | str:
        copy = self.copy(anchor.article)
        if copy is None:
            return f"the article {anchor.article} is not in the briefing"
        event = copy.event(anchor)
        if event is None:
            return f"the event at {anchor.describe()} is no longer extracted"
        return copy, event

    def entity(self, anchor: Anchor) -> tuple[_Copy, Entity] | str:
        copy = self.copy(anchor.article)
        if copy is None:
            return f"the article {anchor.article} is not in the briefing"
        entity = copy.entity(anchor)
        if entity is None:
            return f"the entity {anchor.describe()} is no longer extracted"
        return copy, entity

    def apply(self, correction: Correction) -> str | None:
        """Apply one correction; the reason it could not be placed, or None."""
        handler = getattr(self, f"_{correction.kind}")
        return handler(correction)

    # events

    def _set_event_date(self, c: SetEventDate) -> str | None:
        found = self.event(c.event)
        if isinstance(found, str):
            return found
        copy, event = found
        event = copy.own_event(event)
        event.date = c.value
        event.earliest, event.latest = date_bounds(c.value)
        copy.resort = True
        self.view.edited_events.add((copy.key, event.id))
        return None

    def _relabel_event(self, c: RelabelEvent) -> str | None:
        found = self.event(c.event)
        if isinstance(found, str):
            return found
        copy, event = found
        event = copy.own_event(event)
        event.label = c.label.strip()
        self.view.edited_events.add((copy.key, event.id))
        return None

    def _hide_event(self, c: HideEvent) -> str | None:
        found = self.event(c.event)
        if isinstance(found, str):
            return found
        copy, event = found
        copy.hidden.add(event.id)
        return None

    def _note_event(self, c: NoteEvent) -> str | None:
        found = self.event(c.event)
        if isinstance(found, str):
            return found
        copy, event = found
        if c.text.strip():
            self.view.notes[(copy.key, event.id)] = c.text
        else:
            self.view.notes.pop((copy.key, event.id), None)
        return None

    def _add_event(self, c: AddEvent) -> str | None:
        copy = self.copy(c.at.article)
        if copy is None:
            return f"the article {c.at.article} is not in the briefing"
        text = copy.source.article.text
        if text[c.at.start : c.at.end] != c.at.text or c.at.end > len(text):
            return f"the passage {c.at.describe()} is no longer at {c.at.start}–{c.at.end}"
        if any(ev.id == c.at.id for ev in copy.events):
            return f"the event at {c.at.describe()} was already added"
        sentence = copy.source.sentence_of(c.at.start)
        if sentence is None:
            return f"the passage {c.at.describe()} lies outside every sentence"
        earliest, latest = date_bounds(c.value)
        event = Event(c.at.id, c.value, earliest, latest, c.label.strip(), sentence, None, [])
        copy.events.append(event)
        copy.spans[event.id] = (c.at.start, c.at.end)
        sentences = copy.event_sentences(event)
        event.entities = [e.id for e in copy.entities if any(m.sentence in sentences for m in e.mentions)]
        copy.resort = True
        self.view.edited_events.add((copy.key, event.id))
        return None

    # entities

    def _rename_entity(self, c: RenameEntity) -> str | None:
        found = self.entity(c.entity)
        if isinstance(found, str):
            return found
        copy, entity = found
        entity = copy.own_entity(entity)
        entity.name = c.name.strip()
        self.view.edited_entities.add((copy.key, entity.id))
        return None

    def _retype_entity(self, c: RetypeEntity) -> str | None:
        found = self.entity(c.entity)
        if isinstance(found, str):
            return found
        copy, entity = found
        entity = copy.own_entity(entity)
        entity.type = c.type
        self.view.edited_entities.add((copy.key, entity.id))
        return None

    def _merge_entities(self, c: MergeEntities) -> str | None:
        target, other = self.entity(c.target), self.entity(c.other)
        for found in (target, other):
            if isinstance(found, str):
                return found
        (target_copy, target_entity), (other_copy, other_entity) = target, other  # type: ignore[misc]
        if target_entity is other_entity:
            return None
        if target_copy is other_copy:
            target_entity = target_copy.own_entity(target_entity)
            target_entity.mentions = sorted([*target_entity.mentions, *other_entity.mentions], key=lambda m: m.start)
            target_copy.entities.remove(other_entity)
            for event in target_copy.events:
                if other_entity.id in event.entities:
                    target_copy.own_event(event).entities = list(
                        dict.fromkeys(target_entity.id if i == other_entity.id else i for i in event.entities)
                    )
        else:
            other_entity = other_copy.own_entity(other_entity)
            other_entity.name, other_entity.type = target_entity.name, target_entity.type
            self.view.links.append(((target_copy.key, target_entity.id), (other_copy.key, other_entity.id)))
            self.view.edited_entities.add((other_copy.key, other_entity.id))
        self.view.edited_entities.add((target_copy.key, target_entity.id))
        return None

    def _split_entity(self, c: SplitEntity) -> str | None:
        found = self.entity(c.entity)
        if isinstance(found, str):
            return found
        copy, entity = found
        moved = [m for m in entity.mentions if any(min(m.end, a.end) > max(m.start, a.start) for a in c.mentions)]
        if not moved:
            return f"none of the mentions to split off belong to {c.entity.describe()} any more"
        ref = (copy.key, entity.id)
        if len(moved) == len(entity.mentions):
            self.view.detached.add(ref)
            self.view.links = [link for link in self.view.links if ref not in link]
            self.view.edited_entities.add(ref)
            return None
        first = moved[0]
        new = Entity(span_id("e", copy.key, first.start, first.end, "split"), first.text, entity.type, moved)
        entity = copy.own_entity(entity)
        entity.mentions = [m for m in entity.mentions if m not in moved]
        copy.entities.insert(copy.entities.index(entity) + 1, new)
        kept_sentences = {m.sentence for m in entity.mentions}
        moved_sentences = {m.sentence for m in moved}
        for event in copy.events:
            if entity.id not in event.entities:
                continue
            sentences = copy.event_sentences(event)
            ids = list(event.entities)
            if sentences & moved_sentences:
                ids.insert(ids.index(entity.id) + 1, new.id)
            if not sentences & kept_sentences:
                ids.remove(entity.id)
            copy.own_event(event).entities = ids
        self.view.edited_entities.update({ref, (copy.key, new.id)})
        self.view.detached.add((copy.key, new.id))  # someone else: never merged back into its namesakes
        return None

    def result(self) -> CorrectedView:
        for key, extraction in self.sources.items():
            copy = self.copies.get(key)
            if copy is None:
                self.view.articles[key] = extraction
                continue
            self.view.articles[key] = copy.build()
            for event in copy.events:
                if event.id in copy.hidden:
                    self.view.hidden[(key, event.id)] = event
        return self.view


def apply_corrections(
    extractions: Extraction | Iterable[Extraction],
    corrections: Iterable[Correction],
    keys: Iterable[str] | None = None,
) -> tuple[CorrectedView, list[Orphan]]:
    """Apply ``corrections`` in order to copies of ``extractions``.

    Returns the corrected view and the corrections that found no anchor (in
    their order, with their index in ``corrections`` and a one-line reason).
    The input extractions are never modified.  ``keys`` are the extractions'
    article keys where the caller has them (saves hashing every text again).
    """
    if isinstance(extractions, Extraction):
        extractions = [extractions]
    if keys is None:
        sources = {text_key(x.article.text): x for x in extractions}
    else:
        sources = dict(zip(keys, extractions, strict=True))
    applier = _Applier(sources)
    orphans: list[Orphan] = []
    for index, correction in enumerate(corrections):
        reason = applier.apply(correction)
        if reason is not None:
            orphans.append(Orphan(index, correction, reason))
    return applier.result(), orphans
