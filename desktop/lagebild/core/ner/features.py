"""Token features for the CRF name tagger.

Per token: the word, its shape, prefixes and suffixes, capitalisation, HanTa's
POS tag and lemma (from the precomputed :mod:`lexicon`; ``UNK`` for unknown
words), organisation and role cue words, gazetteer matches (only for proper
nouns and unknown capitalised words), an acronym in parentheses, and the same
kind of facts about the two words either side.  Word-level features are
cached, so a word costs its analysis once per process.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from lagebild.core.ner import cues, gazetteer, lexicon

_QUOTES = str.maketrans({"„": '"', "“": '"', "”": '"', "»": '"', "«": '"', "‚": "'", "‘": "'",
                         "’": "'", "–": "-", "—": "-", "‑": "-"})
_SHAPE_RUNS = re.compile(r"(.)\1+")


def normalize(word: str) -> str:
    """Map typographic quotes and dashes to the ASCII forms of the training data."""
    return word.translate(_QUOTES)


def _shape(word: str) -> str:
    chars = []
    for c in word:
        if c.isupper():
            chars.append("X")
        elif c.isalpha():
            chars.append("x")
        elif c.isdigit():
            chars.append("d")
        else:
            chars.append(c)
    return _SHAPE_RUNS.sub(r"\1", "".join(chars))[:8]


class _Word:
    """What neighbours need to know about a word, and its own features."""

    __slots__ = ("lower", "pos", "shape", "title", "eligible", "role", "org", "own")

    def __init__(self, word: str) -> None:
        self.lower = word.lower()
        analysis = lexicon.lookup(word)
        self.pos = analysis.pos if analysis else lexicon.UNKNOWN
        self.shape = _shape(word)
        self.title = word[:1].isupper()
        # proper nouns and unknown capitalised words may be looked up as places
        self.eligible = self.title and self.pos in ("NE", "FM", lexicon.UNKNOWN)
        self.role = self.title and cues.is_role(word)
        self.org = self.title and cues.is_org_word(word)
        lower = self.lower
        own = [
            "w=" + lower,
            "pos=" + self.pos,
            "sh=" + self.shape,
            "p2=" + lower[:2],
            "p3=" + lower[:3],
            "p4=" + lower[:4],
            "s1=" + lower[-1:],
            "s2=" + lower[-2:],
            "s3=" + lower[-3:],
            "s4=" + lower[-4:],
            "s5=" + lower[-5:],
            "len=" + str(min(len(word), 12) // 3),
            "pos|sh=" + self.pos + "|" + self.shape,
        ]
        if analysis and analysis.lemma.lower() != lower:
            own.append("lem=" + analysis.lemma.lower())
        if self.title:
            own.append("title")
            as_lower = lexicon.lookup(lower)
            if as_lower is not None:  # "Laut", "Als": a common word written capitalised
                own.append("lowpos=" + as_lower.pos)
        if word.isupper() and len(word) > 1:
            own.append("upper")
        if self.role:
            own.append("role")
        if self.org:
            own.append("org")
        if not self.title and cues.demonym_places(word):
            own.append("demonym")
        if self.eligible and gazetteer.is_first_name(word):
            own.append("fname")
        if "-" in word.strip("-"):
            first = word.split("-", 1)[0]
            place = gazetteer.kind(first)
            own.append("hyph")
            if place:
                own.append("hyph1gaz=" + place)
            if first.isupper():
                own.append("hyph1acro")
        self.own = tuple(own)


@lru_cache(maxsize=100_000)
def _word(word: str) -> _Word:
    return _Word(word)


def sentence_features(words: Sequence[str]) -> list[list[str]]:
    """Feature strings for each token of one sentence (``words`` as written)."""
    infos = [_word(normalize(w)) for w in words]
    n = len(infos)
    places = gazetteer.tags([normalize(w) for w in words], [i.eligible for i in infos])
    result: list[list[str]] = []
    for i, info in enumerate(infos):
        features = ["bias", *info.own]
        if i == 0:
            features.append("BOS")
        if i == n - 1:
            features.append("EOS")
        if places[i]:
            features.append("gaz=" + places[i])
        for offset in (-2, -1, 1, 2):
            j = i + offset
            if j < 0 or j >= n:
                features.append(f"{offset}:none")
                continue
            other = infos[j]
            features.append(f"{offset}:w={other.lower}")
            features.append(f"{offset}:pos={other.pos}")
            features.append(f"{offset}:sh={other.shape}")
            if other.role:
                features.append(f"{offset}:role")
            if other.org:
                features.append(f"{offset}:org")
            if "fname" in other.own and abs(offset) == 1:
                features.append(f"{offset}:fname")
            if places[j] and abs(offset) == 1:
                features.append(f"{offset}:gaz={places[j]}")
        if i > 0:
            features.append(f"-1|0:pos={infos[i - 1].pos}|{info.pos}")
            features.append(f"-1|0:w={infos[i - 1].lower}|{info.lower}")
        if i + 1 < n:
            features.append(f"0|1:pos={info.pos}|{infos[i + 1].pos}")
        if 0 < i < n - 1 and infos[i - 1].lower == "(" and infos[i + 1].lower == ")":
            features.append("in_parens")
        result.append(features)
    return result
