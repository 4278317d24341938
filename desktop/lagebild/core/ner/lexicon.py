"""Part-of-speech tags and lemmas of known German words, precomputed with HanTa.

HanTa (Wartena 2019) analyses ~1,000-4,000 words per second, too slow for the
NER stage.  Its model ships a list of ~23,000 word forms it has seen in
training; :func:`build` tags and lemmatises each of them once (as written
capitalised and in lower case) and the result ships as
``resources/models/hanta-lexicon.tsv.gz``.  At run time a word is looked up;
a word outside the list is *unknown* (POS ``UNK``), both in training and at
run time, so the tagger learns what unknown capitalised words are.

Rebuilt by ``python -m lagebild.core.ner.train`` (see there).
"""

from __future__ import annotations

import gzip
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

from lagebild.core.ner.tablecache import cached_table
from lagebild.core.resources import resource

LEXICON = "models/hanta-lexicon.tsv.gz"
UNKNOWN = "UNK"


class Analysis(NamedTuple):
    """HanTa's POS tag (STTS-like, e.g. ``NE``, ``NN``, ``ADJ(A)``) and lemma."""

    pos: str
    lemma: str


@lru_cache(maxsize=1)
def _table() -> dict[str, tuple[str, str, str, str]]:
    """lower-case form -> (POS and lemma when capitalised, POS and lemma in lower case)."""
    return cached_table("hanta-lexicon", resource(LEXICON).read_bytes(), _parse)


def _parse(packed: bytes) -> dict[str, tuple[str, str, str, str]]:
    table: dict[str, tuple[str, str, str, str]] = {}
    for line in gzip.decompress(packed).decode("utf-8").splitlines():
        word, pos_cap, lemma_cap, pos_low, lemma_low = line.split("\t")
        table[word] = (pos_cap, lemma_cap or word.capitalize(), pos_low, lemma_low or word)
    return table


def lookup(word: str) -> Analysis | None:
    """The analysis of ``word`` as written, or ``None`` if HanTa does not know it."""
    entry = _table().get(word.lower())
    if entry is None:
        return None
    return Analysis(entry[0], entry[1]) if word[:1].isupper() else Analysis(entry[2], entry[3])


def build(out: Path) -> int:
    """Analyse HanTa's known word forms and write the lexicon; returns its size."""
    from HanTa import HanoverTagger as ht

    tagger = ht.HanoverTagger("morphmodel_ger.pgz")
    lines = []
    for word in sorted(tagger.cache):
        if not word or "\t" in word or "\n" in word or not any(c.isalpha() for c in word):
            continue
        columns = [word]
        for form in (word.capitalize(), word):
            lemma, pos = tagger.analyze(form)
            default = form if form is word else word.capitalize()
            columns += [pos, "" if lemma == default else lemma]
        lines.append("\t".join(columns))
    out.write_bytes(gzip.compress(("\n".join(lines) + "\n").encode("utf-8"), mtime=0))
    return len(lines)
