"""A briefing → the :class:`~lagebild.core.handout.Handout` every export shows.

Dates read as in the event table ("21. Januar 2024", "künftig") and events
sort as in the table and on the timeline; both rules live in
:mod:`lagebild.ui.events.dates` and :mod:`lagebild.core.chronology`.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from PySide6.QtCore import QCoreApplication

from lagebild.core.briefing import DEFAULT_RELIABILITY
from lagebild.core.chronology import chronological_key
from lagebild.core.handout import Handout, briefing_handout, one_article
from lagebild.core.model import Event, Extraction
from lagebild.core.snapshot import BriefingSnapshot
from lagebild.ui.events.dates import describe_date


def as_snapshot(source: BriefingSnapshot | Extraction, reliability: str = DEFAULT_RELIABILITY) -> BriefingSnapshot:
    """``source`` itself, or a one-article snapshot of an extraction graded ``reliability``."""
    return source if isinstance(source, BriefingSnapshot) else one_article(source, reliability)


def briefing_title(snapshot: BriefingSnapshot, title: str | None = None) -> str | None:
    """``title``, else the briefing's, else ``None`` for one article (its name is used) or
    "Briefing of 3 articles" for several."""
    if title and title.strip():
        return title
    if snapshot.title.strip() or len(snapshot) <= 1:
        return snapshot.title or None
    return QCoreApplication.translate("Export", "Briefing of {0} articles").format(len(snapshot))


def event_date_text(snapshot: BriefingSnapshot, event: Event) -> str:
    """An event's date in words, in its article's language."""
    extraction = snapshot.extraction(snapshot.article_of(event.id))
    language = (extraction.article.language if extraction else None) or "de"
    return describe_date(event.date, event.earliest, event.latest, language).text


def build_handout(
    source: BriefingSnapshot | Extraction,
    *,
    title: str | None = None,
    reliability: str = DEFAULT_RELIABILITY,
    notes: Mapping[str, str] | None = None,
    hidden: Iterable[str] = (),
) -> Handout:
    """The handout of a briefing: one row per event group in date order, with readable dates.

    ``reliability`` grades a bare extraction (a snapshot has its own grades);
    ``notes`` (by event ID) add to the snapshot's notes.
    """
    snapshot = as_snapshot(source, reliability)
    return briefing_handout(
        snapshot,
        title=briefing_title(snapshot, title),
        date_text=lambda event: event_date_text(snapshot, event),
        sort_key=chronological_key,
        notes=notes,
        hidden=hidden,
    )


def briefing_language(snapshot: BriefingSnapshot) -> str:
    """The language dates are written in: the first article's (German by default)."""
    for extraction in snapshot.articles.values():
        return extraction.article.language or "de"
    return "de"
