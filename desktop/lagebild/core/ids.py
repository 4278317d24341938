"""Stable identifiers derived from text and offsets.

An ID depends only on the article text and the anchored span, never on list
positions or run order, so the same text gives the same IDs in every run and
analyst corrections keyed to them survive re-extraction.
"""

from __future__ import annotations

import hashlib


def text_key(text: str) -> str:
    """A short hash of an article's text."""
    return hashlib.blake2b(text.encode("utf-8"), digest_size=5).hexdigest()


def span_id(prefix: str, article_key: str, start: int, end: int, extra: str = "") -> str:
    """An ID for something anchored at ``[start, end)`` in an article.

    ``prefix`` names the kind ("e" entity, "ev" event, ...); ``extra``
    disambiguates several objects on the same span (e.g. two events of one
    sentence dated by different expressions).
    """
    digest = hashlib.blake2b(
        f"{article_key}:{start}:{end}:{extra}".encode("utf-8"), digest_size=4
    ).hexdigest()
    return f"{prefix}-{digest}"
