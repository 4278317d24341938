"""What the temporal-tagger tests share: the anchor and a tagging shortcut."""

from __future__ import annotations

from datetime import date

from lagebild.core.model import Timex
from lagebild.core.sentences import segment
from lagebild.core.timex import find_timexes

ANCHOR = date(2024, 1, 21)  # a Sunday in ISO week 3


def tag(text: str, anchor: date | None = ANCHOR) -> list[Timex]:
    """The temporal expressions of ``text`` against ``anchor``."""
    sentences, tokens = segment(text)
    return find_timexes(text, sentences, tokens, anchor)


def pairs(text: str, anchor: date | None = ANCHOR) -> list[tuple[str, str]]:
    """(surface, value) of each expression."""
    return [(t.text, t.value) for t in tag(text, anchor)]
