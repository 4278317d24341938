"""Core events → timeline entries (the timeline never sees the core model)."""

from __future__ import annotations

from lagebild.core.model import Extraction
from lagebild.ui.events.dates import describe_date
from lagebild.ui.timeline.entry import TimelineEntry


def timeline_entries(extraction: Extraction | None) -> list[TimelineEntry]:
    """One entry per event that can be placed in time (undated events stay in the table)."""
    if extraction is None:
        return []
    language = extraction.article.language or "de"
    entries = []
    for event in extraction.events:
        view = describe_date(event.date, event.earliest, event.latest, language)
        if view.precision is None:
            continue
        entries.append(
            TimelineEntry(
                id=event.id,
                label=event.label,
                date_text=view.text,
                earliest=event.earliest,
                latest=event.latest,
                precision=view.precision,
            )
        )
    return entries
