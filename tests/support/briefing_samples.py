"""Hand-built extractions for the briefing tests (no tagger involved, so the tests
pin the briefing logic, not the extractor's current output)."""

from __future__ import annotations

import re
from datetime import date

from lagebild.core.briefing import Briefing
from lagebild.core.corrections import date_bounds
from lagebild.core.ids import span_id, text_key
from lagebild.core.model import (
    Article,
    Entity,
    EntityType,
    Event,
    Extraction,
    Mention,
    Sentence,
    Timex,
    TimexType,
)

#: A sentence ends at . ! ? after a non-digit ("am 21. Januar" stays whole).
_SENTENCE = re.compile(r"\S.*?(?<=\D)[.!?](?=\s|$)", re.DOTALL)


def make_extraction(
    text: str,
    *,
    published: date | None = None,
    title: str | None = None,
    source: str | None = None,
    entities: dict[str, tuple[str, list[str]]] | None = None,
    events: list[tuple[str, str, str]] | None = None,
    entity_id_extra: str = "",
) -> Extraction:
    """``entities``: name → (type, surface forms); ``events``: (date text, value, label).

    Every occurrence of a surface form is a mention; every date text (first
    occurrence) is a timex and dates one event in its sentence.
    """
    key = text_key(text)
    sentences = [Sentence(m.start(), m.end()) for m in _SENTENCE.finditer(text)]
    article = Article(text=text, title=title, published=published, source=source, published_source="sidecar")
    extraction = Extraction(article, sentences, [], [], [])

    for name, (kind, forms) in (entities or {}).items():
        mentions: list[Mention] = []
        for form in sorted(forms, key=len, reverse=True):  # "Budanov" inside "Kyrylo Budanov" is no mention of its own
            for m in re.finditer(rf"\b{re.escape(form)}\b", text):
                if not any(m.start() < other.end and other.start < m.end() for other in mentions):
                    mentions.append(Mention(m.start(), m.end(), form, extraction.sentence_of(m.start())))
        mentions.sort(key=lambda m: m.start)
        first = mentions[0]
        extraction.entities.append(
            Entity(span_id("e", key, first.start, first.end, entity_id_extra), name, EntityType(kind), mentions)
        )
    for date_text, value, label in events or []:
        start = text.index(date_text)
        end = start + len(date_text)
        sentence = extraction.sentence_of(start)
        earliest, latest = date_bounds(value)
        extraction.timexes.append(Timex(start, end, date_text, TimexType.DATE, value, earliest, latest, sentence))
        participants = [e.id for e in extraction.entities if any(m.sentence == sentence for m in e.mentions)]
        extraction.events.append(
            Event(span_id("ev", key, start, end), value, earliest, latest, label, sentence, len(extraction.timexes) - 1, participants)
        )
    return extraction


FT_REPORT = (
    "Nordkorea ist nach Angaben von Kyrylo Budanov der größte Waffenlieferant Russlands. "
    "Am 21. Januar sagte Budanov der Financial Times, Nordkorea liefere Millionen Granaten. "
    "Budanov leitet den Militärgeheimdienst HUR. "
    "Am 15. Januar hatte Kim Jong Un die Rüstungsbetriebe besucht."
)


def ft_report(published: date = date(2024, 1, 21)) -> Extraction:
    """Article A: Budanov's interview on 21 January, Kim's visit on 15 January."""
    return make_extraction(
        FT_REPORT,
        published=published,
        title="Nordkorea ist Russlands größter Waffenlieferant",
        source="Financial Times",
        entities={
            "Kyrylo Budanov": ("PER", ["Kyrylo Budanov", "Budanov"]),
            "Nordkorea": ("LOC", ["Nordkorea"]),
            "Russland": ("LOC", ["Russlands"]),
            "Financial Times": ("ORG", ["Financial Times"]),
            "HUR": ("ORG", ["HUR"]),
            "Kim Jong Un": ("PER", ["Kim Jong Un"]),
        },
        events=[
            ("21. Januar", "2024-01-21", "Budanov: Nordkorea liefert Millionen Granaten"),
            ("15. Januar", "2024-01-15", "Kim Jong Un besuchte Rüstungsbetriebe"),
        ],
    )


AGENCY_REPORT = (
    "Der ukrainische Geheimdienstchef Budanov sagte am 21. Januar, Nordkorea liefere Russland Millionen Granaten. "
    "Am 14. Januar besuchte Kim Jong Un die Rüstungsbetriebe in Pjöngjang. "
    "Am 19. Januar traf sich Putin mit Beratern."
)


def agency_report(published: date = date(2024, 1, 22)) -> Extraction:
    """Article B: the same interview (same day) and Kim's visit (another day!)."""
    return make_extraction(
        AGENCY_REPORT,
        published=published,
        title="Budanov: Granaten aus Nordkorea",
        source="Agentur",
        entities={
            "Budanov": ("PER", ["Budanov"]),
            "Nordkorea": ("LOC", ["Nordkorea"]),
            "Russland": ("LOC", ["Russland"]),
            "Kim Jong Un": ("PER", ["Kim Jong Un"]),
            "Pjöngjang": ("LOC", ["Pjöngjang"]),
            "Putin": ("PER", ["Putin"]),
        },
        events=[
            ("21. Januar", "2024-01-21", "Budanov: Nordkorea liefert Russland Millionen Granaten"),
            ("14. Januar", "2024-01-14", "Kim Jong Un besuchte Rüstungsbetriebe in Pjöngjang"),
            ("19. Januar", "2024-01-19", "Putin traf sich mit Beratern"),
        ],
    )


def edited_briefing() -> Briefing:
    """Two graded reports with one correction of every kind."""
    from lagebild.core.corrections import (
        AddEvent,
        HideEvent,
        MergeEntities,
        NoteEvent,
        RelabelEvent,
        RenameEntity,
        RetypeEntity,
        SetEventDate,
        SplitEntity,
        entity_anchor,
        event_anchor,
        span_anchor,
    )

    briefing = Briefing("Lage Nordkorea – Russland")
    a = briefing.add_article(ft_report(), "B2", extractor="0.1.0").extraction
    b = briefing.add_article(agency_report(), "C3", extractor="0.1.0").extraction
    interview, visit = a.events
    hur = next(e for e in a.entities if e.name == "HUR")
    kim = next(e for e in a.entities if e.name == "Kim Jong Un")
    putin = next(e for e in b.entities if e.name == "Putin")
    budanov = next(e for e in a.entities if e.name == "Kyrylo Budanov")
    briefing.corrections = [
        SetEventDate(event_anchor(a, visit), "2024-01-14"),
        RelabelEvent(event_anchor(a, interview), "Interview in der Financial Times"),
        NoteEvent(event_anchor(a, interview), "Budanov ist Partei – mit Vorsicht lesen."),
        HideEvent(event_anchor(b, b.events[2])),
        AddEvent.create(a, a.sentences[2].start, a.sentences[2].end, "2023", "Budanov leitet den HUR"),
        RenameEntity(entity_anchor(a, hur), "Militärgeheimdienst HUR"),
        RetypeEntity(entity_anchor(b, putin), EntityType.ORG),
        MergeEntities(entity_anchor(a, budanov), entity_anchor(a, kim)),
        SplitEntity(entity_anchor(a, budanov), (span_anchor(a, kim.mentions[0].start, kim.mentions[0].end),)),
    ]
    return briefing
