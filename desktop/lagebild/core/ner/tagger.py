"""Run the shipped CRF name tagger over tokenised sentences.

The model (``resources/models/ner-de.crfsuite``) is loaded on first use and
kept for the process.  It labels each token B-/I-/O for PER, LOC, ORG and MISC
(GermEval 2014 outer names; see :mod:`lagebild.core.ner.train`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from itertools import groupby
from threading import Lock

from lagebild.core.model import EntityType, Token
from lagebild.core.ner.features import sentence_features
from lagebild.core.resources import resource

MODEL = "models/ner-de.crfsuite"
_LOCK = Lock()  # a crfsuite Tagger holds the sequence being tagged: one at a time


@dataclass(frozen=True, slots=True)
class NameSpan:
    """Tokens ``[first, end)`` (indices into the article's token list) tagged as a name."""

    first: int
    end: int
    type: EntityType


@lru_cache(maxsize=1)
def _tagger():
    import pycrfsuite

    tagger = pycrfsuite.Tagger()
    with resources.as_file(resource(MODEL)) as path:  # crfsuite reads the file into memory
        tagger.open(str(path))
    return tagger


def tag_words(words: Sequence[str]) -> list[str]:
    """BIO labels for one sentence's words."""
    if not words:
        return []
    features = sentence_features(words)
    with _LOCK:
        return list(_tagger().tag(features))


def name_spans(tokens: Sequence[Token]) -> list[NameSpan]:
    """Names found in ``tokens`` (tagged sentence by sentence), in text order."""
    found: list[NameSpan] = []
    offset = 0
    for _, group in groupby(tokens, key=lambda t: t.sentence):
        words = [t.text for t in group]
        start, kind = -1, ""
        for i, label in enumerate(tag_words(words) + ["O"]):
            prefix, _, label_kind = label.partition("-")
            if start >= 0 and (prefix != "I" or label_kind != kind):
                found.append(NameSpan(offset + start, offset + i, EntityType(kind)))
                start = -1
            if prefix == "B" or (prefix == "I" and start < 0):
                start, kind = i, label_kind
        offset += len(words)
    return found
