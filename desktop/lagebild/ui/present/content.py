"""What a slide says, taken from a briefing snapshot (Qt-free).

An :class:`EventCard` holds the texts of one event slide — one event group
of the briefing: its date in words, its label, the lead source's sentence
with the span of the date words in it (Python offsets into the sentence),
the participants, the lead source and its grade, the other sources, and the
date each source gives when they disagree.  The slide widget only lays these
out.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from lagebild.core.crossref import EventGroup
from lagebild.core.handout import supporting_sentence
from lagebild.core.model import EntityType, Event, Extraction
from lagebild.core.snapshot import BriefingSnapshot
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
class SourceDate:
    """A source reporting an event, its grade, and the date it gives in words."""

    key: str  # the article's key
    source: str
    grade: str
    date_text: str


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
    source: str = ""  # the lead source (the most reliable)
    grade: str = ""
    reports: tuple[SourceDate, ...] = ()  # every source reporting the event, the lead first
    contradiction: bool = False  # the sources give dates that cannot both be true

    @property
    def others(self) -> tuple[SourceDate, ...]:
        """The other sources reporting the event, one entry each."""
        lead = self.reports[0].key if self.reports else None
        seen: dict[str, SourceDate] = {}
        for report in self.reports:
            if report.key != lead:
                seen.setdefault(report.key, report)
        return tuple(seen.values())

    @property
    def source_count(self) -> int:
        return 1 + len(self.others)


def sentence_text(extraction: Extraction, event: Event) -> tuple[str, tuple[int, int] | None]:
    """The event's supporting sentence without surrounding blanks, and its date words in it."""
    return supporting_sentence(extraction, event, collapse=False)


def _date_text(extraction: Extraction, event: Event) -> str:
    language = extraction.article.language or "de"
    return describe_date(event.date, event.earliest, event.latest, language).text


def event_card(snapshot: BriefingSnapshot, group: EventGroup, number: int) -> EventCard:
    """The slide texts of ``group``, the ``number``-th event shown."""
    key, event = group.members[0]
    extraction = snapshot.articles[key]
    text, span = sentence_text(extraction, event)
    participants = []
    for entity_id in dict.fromkeys(snapshot.lead_entity(i) for _, member in group.members for i in member.entities):
        entity = snapshot.entity(entity_id)
        if entity is not None:
            participants.append(Participant(entity.name, ICON_OF_TYPE.get(entity.type, "misc")))
    reports: dict[tuple[str, str], SourceDate] = {}
    for member_key, member in group.members:
        article = snapshot.articles[member_key]
        grade = snapshot.infos[member_key].reliability
        said = SourceDate(member_key, source_text(article), grade, _date_text(article, member))
        reports.setdefault((member_key, member.date), said)
    lead = next(iter(reports.values()))
    return EventCard(
        event_id=event.id,
        number=number,
        date_text=lead.date_text,
        label=event.label,
        sentence=text,
        date_span=span,
        participants=tuple(participants),
        source=lead.source,
        grade=lead.grade,
        reports=tuple(reports.values()),
        contradiction=group.contradiction,
    )


def source_text(extraction: Extraction) -> str:
    """Where the article comes from: its title and source, as far as known."""
    article = extraction.article
    parts = [p for p in (article.title, article.source) if p]
    if not parts and article.path:
        parts.append(Path(article.path).name)
    return " — ".join(parts)
