"""An acronym in parentheses after its long form: "des ukrainischen
Militärgeheimdienstes (HUR)", or an organisation's short name after its tagged
full name: "des Statistischen Bundesamtes (Destatis)".

The long form is the run of adjectives and capitalised nouns right before the
parenthesis (or the tagged name ending there).  It is taken as the acronym's
long form when it was tagged as a non-person name or its head noun is an
organisation word ("…geheimdienst", "…ministerium"); the acronym then names
the entity, and every occurrence of the long form in the article, in any
inflection, is one of its mentions.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from lagebild.core.model import EntityType, Token
from lagebild.core.ner import cues, forms, lexicon
from lagebild.core.ner.tagger import NameSpan

_ACRONYM = re.compile(r"^[A-ZÄÖÜ][A-ZÄÖÜ0-9&\-]{1,9}$")
_NOUN_TAGS = frozenset({"NN", "NE", "FM", lexicon.UNKNOWN})
_MAX_LONG_FORM = 6


@dataclass(frozen=True, slots=True)
class Acronym:
    """An acronym, the type it names, and the stems of its long form."""

    text: str
    type: EntityType
    key: tuple[str, ...]


def _long_form_word(token: Token) -> bool:
    word = token.text
    if not any(c.isalpha() for c in word):
        return False
    analysis = lexicon.lookup(word)
    pos = analysis.pos if analysis else lexicon.UNKNOWN
    if word[:1].isupper():
        return pos in _NOUN_TAGS or pos.startswith("ADJ")
    if pos == lexicon.UNKNOWN:
        return word.endswith(("e", "en", "er", "es", "em"))
    return pos.startswith("ADJ(A)")


def find(tokens: Sequence[Token], spans: Sequence[NameSpan]) -> list[tuple[Acronym, int, int]]:
    """Acronyms defined in parentheses, each with the token range of its long form."""
    span_ending = {s.end: s for s in spans}
    type_at = {i: s.type for s in spans for i in range(s.first, s.end)}
    found = []
    for i in range(1, len(tokens) - 2):
        if tokens[i].text != "(" or tokens[i + 2].text != ")":
            continue
        acronym = tokens[i + 1]
        tagged = span_ending.get(i)
        short_name = (  # "des Statistischen Bundesamtes (Destatis)"
            tagged is not None and tagged.type is EntityType.ORG and type_at.get(i + 1) is EntityType.ORG
            and acronym.text[:1].isupper()
        )
        if not short_name and (not _ACRONYM.match(acronym.text) or sum(c.isalpha() for c in acronym.text) < 2):
            continue
        if acronym.sentence != tokens[i - 1].sentence or type_at.get(i + 1) is EntityType.PER:
            continue
        first = i
        while first > 0 and i - first < _MAX_LONG_FORM and tokens[first - 1].sentence == acronym.sentence \
                and _long_form_word(tokens[first - 1]):
            first -= 1
        if tagged is not None and tagged.first < first:
            first = tagged.first
        if first == i or not tokens[i - 1].text[:1].isupper():
            continue
        long_types = {type_at[j] for j in range(first, i) if j in type_at}
        if EntityType.PER in long_types:
            continue
        if not long_types and not cues.is_org_word(tokens[i - 1].text):
            continue
        kind = type_at.get(i + 1) or (long_types.pop() if len(long_types) == 1 else EntityType.ORG)
        key = tuple(forms.stem(t.text) for t in tokens[first:i])
        found.append((Acronym(acronym.text, kind, key), first, i))
    return found


def occurrences(tokens: Sequence[Token], key: tuple[str, ...]) -> list[tuple[int, int]]:
    """Token ranges within one sentence whose stems equal ``key``."""
    n = len(key)
    hits = []
    i = 0
    while i + n <= len(tokens):
        if forms.stem(tokens[i].text) == key[0] and tokens[i + n - 1].sentence == tokens[i].sentence \
                and tuple(forms.stem(t.text) for t in tokens[i : i + n]) == key:
            hits.append((i, i + n))
            i += n
        else:
            i += 1
    return hits
