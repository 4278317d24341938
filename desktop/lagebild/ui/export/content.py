"""An extraction → the :class:`~lagebild.core.exports.Handout` every export shows.

Dates read as in the event table ("21. Januar 2024", "künftig") and events
sort as on the timeline; both rules live in :mod:`lagebild.ui.events.dates`.
"""

from __future__ import annotations

from collections.abc import Mapping

from lagebild.core.briefing import DEFAULT_RELIABILITY
from lagebild.core.chronology import chronological_key
from lagebild.core.exports import Handout, handout
from lagebild.core.model import Event, Extraction
from lagebild.ui.events.dates import describe_date


def build_handout(
    extraction: Extraction,
    *,
    title: str | None = None,
    reliability: str = DEFAULT_RELIABILITY,
    notes: Mapping[str, str] | None = None,
) -> Handout:
    """The handout of ``extraction``: events in date order with readable dates, ``notes`` by event ID."""
    language = extraction.article.language or "de"

    def date_text(event: Event) -> str:
        return describe_date(event.date, event.earliest, event.latest, language).text

    return handout(
        extraction, title=title, reliability=reliability, date_text=date_text, sort_key=chronological_key, notes=notes
    )
