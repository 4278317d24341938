"""Case- and umlaut-insensitive matching for the entity filter (no Qt).

A name is indexed in two spellings, both case-folded: with diacritics
stripped ("Pjöngjang" -> "pjongjang") and with German transliteration
("pjoengjang"); ``ß`` becomes ``ss`` in both.  A query is folded the same way,
so "pjö", "PJO", "pjoe" and "Pjöngjang" all find "Pjöngjang", and "strasse"
finds "Straße".
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Iterable
from functools import lru_cache

_TRANSLITERATION = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue"})
_SEPARATOR = "\n"  # never part of a query word, so matches cannot span two keys


def _strip_marks(text: str) -> str:
    if text.isascii():  # nothing to decompose or strip
        return text
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@lru_cache(maxsize=65536)
def variants(text: str) -> frozenset[str]:
    """The folded spellings of ``text`` (stripped and transliterated).

    Kept per text: a briefing names the same places and people in many
    articles, and a filter folds its words once for every row.
    """
    folded = unicodedata.normalize("NFC", text.casefold())
    return frozenset((_strip_marks(folded), _strip_marks(folded.translate(_TRANSLITERATION))))


def search_key(texts: Iterable[str]) -> str:
    """One string holding every folded spelling of ``texts``, for ``matches``."""
    keys: set[str] = set()
    for text in texts:
        keys |= variants(text)
    return _SEPARATOR.join(sorted(keys))


def matches(query: str, key: str) -> bool:
    """Whether every word of ``query`` occurs, in some folded spelling, in ``key``."""
    return matcher(query)(key)


def matcher(query: str) -> Callable[[str], bool]:
    """``matches`` for one ``query`` over many keys: its words are folded once."""
    words = [variants(word) for word in query.split()]
    return lambda key: all(any(spelling in key for spelling in spellings) for spellings in words)
