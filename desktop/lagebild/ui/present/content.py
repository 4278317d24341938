"""What a slide says, taken from the core model (Qt-free).

An :class:`EventCard` holds the texts of one event slide: its date in words,
its label, the supporting sentence with the span of the date words in it
(Python offsets into the sentence), and the participants.  The slide widget
only lays these out.
"""

from __future__ import annotations

from dataclasses import dataclass

from lagebild.core.model import EntityType, Event, Extraction
from lagebild.ui.events.dates import describe_date

ICON_OF_TYPE = {
    EntityType.PER: "person",
    EntityType.ORG: "organisation",
    EntityType.LOC: "place",
    EntityType.MISC: "misc",
}


@dataclass(frozen=True, slots=True)
class Participant:
    """An entity taking part in an event; ``icon`` is a name in :mod:`lagebild.ui.icons`."""

    name: str
    icon: str


@dataclass(frozen=True, slots=True)
class EventCard:
    """The texts of one event slide."""

    event_id: str
    number: int
    date_text: str
    label: str
    sentence: str
    date_span: tuple[int, int] | None  # the date words, as Python offsets into ``sentence``
    participants: tuple[Participant, ...]


def sentence_text(extraction: Extraction, event: Event) -> tuple[str, int]:
    """The event's supporting sentence without surrounding blanks, and where it starts in the text."""
    sentence = extraction.sentences[event.sentence]
    raw = extraction.article.text[sentence.start : sentence.end]
    lead = len(raw) - len(raw.lstrip())
    return raw.strip(), sentence.start + lead


def event_card(extraction: Extraction, event: Event, number: int) -> EventCard:
    """The slide texts of ``event``, the ``number``-th event shown."""
    language = extraction.article.language or "de"
    text, start = sentence_text(extraction, event)
    span = None
    if event.timex is not None and 0 <= event.timex < len(extraction.timexes):
        timex = extraction.timexes[event.timex]
        lo, hi = timex.start - start, timex.end - start
        if 0 <= lo < hi <= len(text):
            span = (lo, hi)
    participants = []
    for entity_id in event.entities:
        entity = extraction.entity(entity_id)
        if entity is not None:
            participants.append(Participant(entity.name, ICON_OF_TYPE.get(entity.type, "misc")))
    return EventCard(
        event_id=event.id,
        number=number,
        date_text=describe_date(event.date, event.earliest, event.latest, language).text,
        label=event.label,
        sentence=text,
        date_span=span,
        participants=tuple(participants),
    )


def source_text(extraction: Extraction) -> str:
    """Where the article comes from: its title and source, as far as known."""
    article = extraction.article
    parts = [p for p in (article.title, article.source) if p]
    if not parts and article.path:
        from pathlib import Path

        parts.append(Path(article.path).name)
    return " — ".join(parts)
