"""Token features for the CRF name tagger.

Per token: the word, its shape, prefixes and suffixes, capitalisation, HanTa's
POS tag and lemma (from the precomputed :mod:`lexicon`; ``UNK`` for unknown
words), organisation and role cue words, gazetteer matches (only for proper
nouns and unknown capitalised words), an acronym in parentheses, and the same
kind of facts about the two words either side.  Word-level features are
cached, so a word costs its analysis once per process.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from lagebild.core.ner import cues, gazetteer, lexicon

_QUOTES = str.maketrans({"„": '"', "“": '"', "”": '"', "»": '"', "«": '"', "‚": "'", "‘": "'",
                         "’": "'", "–": "-", "—": "-", "‑": "-"})


def normalize(word: str) -> str:
    """Map typographic quotes and dashes to the ASCII forms of the training data."""
    return word.translate(_QUOTES)


def _shape(word: str) -> str:
    """Character classes with runs collapsed, at most 8: "Budanov" -> "Xx", "122-mm" -> "d-x"."""
    out = []
    last = ""
    for c in word:
        kind = "X" if c.isupper() else "x" if c.isalpha() else "d" if c.isdigit() else c
        if kind != last:
            out.append(kind)
            last = kind
            if len(out) == 8:
                break
    return "".join(out)


class _Word:
    """A word's own features and the features it gives its neighbours (cached)."""

    __slots__ = ("norm", "lower", "pos", "eligible", "own", "before2", "before1", "after1", "after2")

    def __init__(self, raw: str) -> None:
        word = self.norm = normalize(raw)
        if not word.isascii():  # lone surrogates cannot reach crfsuite
            word = word.encode("utf-8", "replace").decode("utf-8")
        lower = self.lower = word.lower()
        analysis = lexicon.lookup(word)
        pos = self.pos = analysis.pos if analysis else lexicon.UNKNOWN
        shape = _shape(word)
        title = word[:1].isupper()
        # proper nouns and unknown capitalised words may be looked up as places
        self.eligible = title and pos in ("NE", "FM", lexicon.UNKNOWN)
        role = title and cues.is_role(word)
        org = title and cues.is_org_word(word)
        first_name = self.eligible and gazetteer.is_first_name(word)
        own = [
            "w=" + lower, "pos=" + pos, "sh=" + shape,
            "p2=" + lower[:2], "p3=" + lower[:3], "p4=" + lower[:4],
            "s1=" + lower[-1:], "s2=" + lower[-2:], "s3=" + lower[-3:], "s4=" + lower[-4:], "s5=" + lower[-5:],
            "len=" + str(min(len(word), 12) // 3),
            "pos|sh=" + pos + "|" + shape,
        ]
        if analysis and analysis.lemma.lower() != lower:
            own.append("lem=" + analysis.lemma.lower())
        if title:
            own.append("title")
            as_lower = lexicon.lookup(lower)
            if as_lower is not None:  # "Laut", "Als": a common word written capitalised
                own.append("lowpos=" + as_lower.pos)
        if word.isupper() and len(word) > 1:
            own.append("upper")
        if role:
            own.append("role")
        if org:
            own.append("org")
        if not title and cues.demonym_places(word):
            own.append("demonym")
        if first_name:
            own.append("fname")
        if "-" in word.strip("-"):
            first = word.split("-", 1)[0]
            place = gazetteer.kind(first)
            own.append("hyph")
            if place:
                own.append("hyph1gaz=" + place)
            if first.isupper():
                own.append("hyph1acro")
        self.own = ("bias", *own)
        context = {}
        for offset in (-2, -1, 1, 2):
            features = [f"{offset}:w={lower}", f"{offset}:pos={pos}", f"{offset}:sh={shape}"]
            if role:
                features.append(f"{offset}:role")
            if org:
                features.append(f"{offset}:org")
            if first_name and abs(offset) == 1:
                features.append(f"{offset}:fname")
            context[offset] = tuple(features)
        # what this word tells the word 2 / 1 after it, and 1 / 2 before it
        self.before2, self.before1, self.after1, self.after2 = (context[-2], context[-1], context[1], context[2])


@lru_cache(maxsize=100_000)
def _word(word: str) -> _Word:
    return _Word(word)


def sentence_features(words: Sequence[str]) -> list[list[str]]:
    """Feature strings for each token of one sentence (``words`` as written)."""
    infos = [_word(w) for w in words]
    n = len(infos)
    places = gazetteer.tags([i.norm for i in infos], [i.eligible for i in infos])
    result: list[list[str]] = []
    for i, info in enumerate(infos):
        features = list(info.own)
        if i == 0:
            features.append("BOS")
        if i == n - 1:
            features.append("EOS")
        if places[i]:
            features.append("gaz=" + places[i])
        features.extend(infos[i - 2].before2 if i >= 2 else ("-2:none",))
        if i >= 1:
            previous = infos[i - 1]
            features.extend(previous.before1)
            features.append(f"-1|0:pos={previous.pos}|{info.pos}")
            features.append(f"-1|0:w={previous.lower}|{info.lower}")
            if places[i - 1]:
                features.append(f"-1:gaz={places[i - 1]}")
        else:
            features.append("-1:none")
        if i + 1 < n:
            following = infos[i + 1]
            features.extend(following.after1)
            features.append(f"0|1:pos={info.pos}|{following.pos}")
            if places[i + 1]:
                features.append(f"1:gaz={places[i + 1]}")
        else:
            features.append("1:none")
        features.extend(infos[i + 2].after2 if i + 2 < n else ("2:none",))
        if 0 < i < n - 1 and infos[i - 1].lower == "(" and infos[i + 1].lower == ")":
            features.append("in_parens")
        result.append(features)
    return result
