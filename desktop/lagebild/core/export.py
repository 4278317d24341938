"""Serialising an :class:`Extraction`: the JSON document of ``lagebild-cli extract``
and a readable plain-text table for a terminal."""

from __future__ import annotations

import json
from datetime import date
from typing import Any

from lagebild.core.model import (
    Article,
    Entity,
    EntityType,
    Event,
    Extraction,
    Mention,
    MentionKind,
    Sentence,
    Timex,
    TimexType,
)


def _day(value: date | None) -> str | None:
    return value.isoformat() if value else None


def extraction_to_dict(extraction: Extraction) -> dict[str, Any]:
    """The documented JSON shape: offsets are Python ``str`` indices into ``text``,
    sentence numbers count from 0."""
    article = extraction.article
    return {
        "path": article.path,
        "title": article.title,
        "published": _day(article.published),
        "language": article.language,
        "text": article.text,
        "sentences": [{"start": s.start, "end": s.end} for s in extraction.sentences],
        "timexes": [
            {
                "start": t.start,
                "end": t.end,
                "text": t.text,
                "type": t.type.value,
                "value": t.value,
                "earliest": _day(t.earliest),
                "latest": _day(t.latest),
                "sentence": t.sentence,
            }
            for t in extraction.timexes
        ],
        "entities": [
            {
                "id": e.id,
                "name": e.name,
                "type": e.type.value,
                "mentions": [
                    {"start": m.start, "end": m.end, "text": m.text, "sentence": m.sentence, "kind": m.kind.value}
                    for m in e.mentions
                ],
            }
            for e in extraction.entities
        ],
        "events": [
            {
                "id": ev.id,
                "date": ev.date,
                "earliest": _day(ev.earliest),
                "latest": _day(ev.latest),
                "label": ev.label,
                "sentence": ev.sentence,
                "timex": ev.timex,
                "entities": list(ev.entities),
            }
            for ev in extraction.events
        ],
        "warnings": list(extraction.warnings),
    }


def _parse_day(value: str | None) -> date | None:
    return date.fromisoformat(value) if value is not None else None


def extraction_from_dict(data: dict[str, Any], article: Article) -> Extraction:
    """The inverse of :func:`extraction_to_dict` for ``article``: sentences,
    timexes, entities, events and warnings read back (KeyError/ValueError on bad data)."""
    return Extraction(
        article,
        [Sentence(s["start"], s["end"]) for s in data["sentences"]],
        [
            Timex(t["start"], t["end"], t["text"], TimexType(t["type"]), t["value"],
                  _parse_day(t["earliest"]), _parse_day(t["latest"]), t["sentence"])
            for t in data["timexes"]
        ],
        [
            Entity(
                e["id"],
                e["name"],
                EntityType(e["type"]),
                [Mention(m["start"], m["end"], m["text"], m["sentence"], MentionKind(m["kind"])) for m in e["mentions"]],
            )
            for e in data["entities"]
        ],
        [
            Event(ev["id"], ev["date"], _parse_day(ev["earliest"]), _parse_day(ev["latest"]), ev["label"],
                  ev["sentence"], ev["timex"], list(ev["entities"]))
            for ev in data["events"]
        ],
        [str(w) for w in data.get("warnings", [])],
    )


def to_json(document: Any) -> str:
    """The one JSON spelling of Lagebild's documents: UTF-8 text, umlauts kept."""
    return json.dumps(document, ensure_ascii=False, indent=1) + "\n"


def extraction_to_json(extraction: Extraction) -> str:
    """The JSON document of ``lagebild extract`` for one article."""
    return to_json(extraction_to_dict(extraction))


def extraction_to_text(extraction: Extraction) -> str:
    """A readable summary for a terminal."""
    article = extraction.article
    names = {e.id: e.name for e in extraction.entities}
    lines = [
        f"# {article.title or article.path or 'Artikel'}",
        f"published: {_day(article.published) or 'unknown'}   sentences: {len(extraction.sentences)}",
        "",
        "Events",
    ]
    for event in extraction.events:
        who = ", ".join(names.get(i, i) for i in event.entities)
        lines.append(f"  {event.date:<12} [{event.sentence:>3}] {event.label}")
        if who:
            lines.append(f"  {'':<12}       ({who})")
    lines += ["", "Dates"]
    for timex in extraction.timexes:
        lines.append(f"  {timex.value:<22} {timex.type.value:<9} [{timex.sentence:>3}] {timex.text}")
    lines += ["", "Entities"]
    for entity in sorted(extraction.entities, key=lambda e: (e.type.value, -e.mention_count, e.name)):
        forms = sorted({m.text for m in entity.mentions})
        lines.append(f"  {entity.type.value:<4} {entity.name:<30} {entity.mention_count:>3}×  {', '.join(forms)}")
    for warning in extraction.warnings:
        lines.append(f"warning: {warning}")
    return "\n".join(lines) + "\n\n"
