"""The extraction pipeline: article file → :class:`Extraction`.

Stages: sentences and tokens (SoMaJo), temporal expressions, entities,
events.  Each stage is a plain function over the article text and the
results of the stages before it, so the UI can run the whole pipeline in a
worker thread with progress and cancel callbacks, and re-anchoring to a new
publication date keeps the entities.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import replace
from datetime import date
from pathlib import Path

from lagebild.core.errors import ArticleError
from lagebild.core.model import Article, Extraction

log = logging.getLogger(__name__)

#: Changes whenever a stage's output may change for the same text, so stored
#: briefings can tell an extraction made by an older extractor.
EXTRACTOR_VERSION = "1"

Progress = Callable[[str, float], None]
Cancelled = Callable[[], bool]

MISSING_ANCHOR = (
    "publication date unknown: relative dates stay unresolved (XXXX-…); "
    "give one with --date YYYY-MM-DD or a sidecar NAME.meta.json"
)


class ExtractionCancelled(Exception):
    """Raised inside :func:`extract` when the ``cancelled`` callback says so."""


def load_article(path: str | Path, published: date | None = None) -> Article:
    """Read an article file and settle its metadata.

    The publication date comes from ``published``, else the sidecar, else the
    page's metadata, else a dateline in the text.  Problems that still let
    the article be read end up in ``Article.warnings``.  Raises :class:`ArticleError` for input
    nothing can be extracted from.
    """
    from lagebild.core.loading import load_sidecar, load_text
    from lagebild.core.metadata import find_dateline, looks_german

    path = Path(path)
    loaded = load_text(path)
    sidecar = load_sidecar(path)
    warnings = [*loaded.warnings, *sidecar.warnings]
    if not loaded.text.strip():
        raise ArticleError(f"{path}: no text to read")
    language = sidecar.language or "de"
    if language.lower()[:2] != "de":
        raise ArticleError(f"{path}: the sidecar says the language is {language!r}; Lagebild reads German articles")
    if not looks_german(loaded.text):
        raise ArticleError(f"{path}: the text does not look German; Lagebild reads German articles")

    source_of_date = None
    anchor = None
    for candidate, origin in (
        (published, "option"),
        (sidecar.published, "sidecar"),
        (loaded.published, "page"),
    ):
        if candidate is not None:
            anchor, source_of_date = candidate, origin
            break
    if anchor is None:
        anchor = find_dateline(loaded.text)
        source_of_date = "dateline" if anchor else None

    article = Article(
        text=loaded.text,
        path=str(path),
        title=sidecar.title or loaded.title,
        published=anchor,
        published_source=source_of_date,
        source=sidecar.source or loaded.source,
        language="de",
        warnings=warnings,
    )
    return article


def extract(
    article: Article,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> Extraction:
    """Run every stage over ``article``.

    ``progress(stage, fraction)`` is called before each stage; when
    ``cancelled()`` turns true the run stops with :class:`ExtractionCancelled`.
    """
    from lagebild.core.events import find_events
    from lagebild.core.ids import text_key
    from lagebild.core.ner import find_entities
    from lagebild.core.sentences import segment
    from lagebild.core.timex import find_timexes

    def step(stage: str, fraction: float) -> None:
        if cancelled is not None and cancelled():
            raise ExtractionCancelled(stage)
        if progress is not None:
            progress(stage, fraction)

    text = article.text
    step("sentences", 0.0)
    sentences, tokens = segment(text)
    step("dates", 0.3)
    timexes = find_timexes(text, sentences, tokens, article.published)
    step("entities", 0.45)
    key = text_key(text)
    entities = find_entities(text, sentences, tokens, key)
    step("events", 0.9)
    events = find_events(text, sentences, tokens, timexes, entities, key)
    step("done", 1.0)

    return Extraction(article, sentences, timexes, entities, events, _notes(article, events))


def _notes(article: Article, events: list) -> list[str]:
    """The reading warnings plus what the user must know about the result."""
    notes = list(article.warnings)
    if article.published is None:
        notes.append(MISSING_ANCHOR)
    if not events:
        notes.append("no dated events found in this article")
    return notes


def extract_file(
    path: str | Path,
    published: date | None = None,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> Extraction:
    """Read ``path`` and extract it (see :func:`load_article` and :func:`extract`)."""
    return extract(load_article(path, published), progress, cancelled)


def reanchor(
    extraction: Extraction,
    published: date | None,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> Extraction:
    """The same article against another publication date.

    Names do not depend on the date, so the entities are kept; sentences and
    tokens are cut again (they are not stored) and only dates and events are
    found anew.
    """
    from lagebild.core.events import find_events
    from lagebild.core.ids import text_key
    from lagebild.core.sentences import segment
    from lagebild.core.timex import find_timexes

    def step(stage: str, fraction: float) -> None:
        if cancelled is not None and cancelled():
            raise ExtractionCancelled(stage)
        if progress is not None:
            progress(stage, fraction)

    article = replace(
        extraction.article, published=published, published_source="option" if published else None
    )
    text = article.text
    step("sentences", 0.0)
    sentences, tokens = segment(text)
    step("dates", 0.5)
    timexes = find_timexes(text, sentences, tokens, published)
    step("events", 0.8)
    events = find_events(text, sentences, tokens, timexes, extraction.entities, text_key(text))
    step("done", 1.0)
    return Extraction(article, sentences, timexes, extraction.entities, events, _notes(article, events))


__all__ = ["EXTRACTOR_VERSION", "ArticleError", "ExtractionCancelled", "extract", "extract_file", "load_article", "reanchor"]
