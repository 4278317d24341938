"""Clean-up of the tagger's name spans before they are merged into entities."""

from __future__ import annotations

from collections.abc import Sequence
from itertools import groupby

from lagebild.core.model import EntityType, Token
from lagebild.core.ner import gazetteer
from lagebild.core.ner.tagger import NameSpan


def _has_alnum(word: str) -> bool:
    return any(c.isalnum() for c in word)


def clean(tokens: Sequence[Token], normalized: Sequence[str], spans: Sequence[NameSpan]) -> list[NameSpan]:
    """Trim punctuation off span edges, drop spans without a capital letter and
    split a run of place names ("Nordkorea Russland") into single places."""
    cleaned = []
    for span in spans:
        first, end = span.first, span.end
        while first < end and not _has_alnum(tokens[first].text):
            first += 1
        while end > first and not _has_alnum(tokens[end - 1].text):
            end -= 1
        words = list(normalized[first:end])
        if not words or not any(c.isupper() for w in words for c in w):
            continue
        if span.type is EntityType.LOC and len(words) > 1 and not gazetteer.kind(" ".join(words)) \
                and all(gazetteer.place_kind(w) for w in words):
            cleaned.extend(NameSpan(i, i + 1, span.type) for i in range(first, end))
        else:
            cleaned.append(NameSpan(first, end, span.type))
    return cleaned


def add_listed(tokens: Sequence[Token], normalized: Sequence[str], spans: Sequence[NameSpan]) -> list[NameSpan]:
    """Add multi-word organisations, countries and regions of the gazetteer that the
    tagger left out ("der Financial Times")."""
    tagged = {i for s in spans for i in range(s.first, s.end)}
    added = []
    for _, group in groupby(range(len(tokens)), key=lambda i: tokens[i].sentence):
        indices = list(group)
        words = [normalized[i] for i in indices]
        labels = gazetteer.tags(words, [False] * len(words))
        for k, label in enumerate(labels):
            if label is None or not label.startswith("B-"):
                continue
            end = k + 1
            while end < len(labels) and labels[end] and labels[end].startswith("I-"):
                end += 1
            kind = label[2:]
            span = range(indices[k], indices[k] + end - k)
            if kind == "city" or any(i in tagged for i in span):
                continue
            added.append(NameSpan(span.start, span.stop, EntityType.ORG if kind == "org" else EntityType.LOC))
    return sorted([*spans, *added], key=lambda s: s.first)
