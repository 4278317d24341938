"""Word forms: stems for matching inflected phrases, nominative names, genitives."""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from lagebild.core.ner import gazetteer, lexicon

_ENDINGS = ("es", "en", "er", "em", "e", "s", "n")
_ARTICLES = frozenset("der die das des dem den ein eine eines einem einen einer".split())


@lru_cache(maxsize=50_000)
def stem(word: str) -> str:
    """A word without one inflection ending, for matching "ukrainischen
    Militärgeheimdienstes" with "ukrainische Militärgeheimdienst"."""
    lower = word.lower()
    for ending in _ENDINGS:
        if lower.endswith(ending) and len(lower) - len(ending) >= 4:
            return lower[: -len(ending)]
    return lower


def is_adjective(word: str) -> bool:
    """HanTa takes ``word`` (as written or in lower case) for an attributive adjective."""
    for form in (word, word.lower()):
        analysis = lexicon.lookup(form)
        if analysis and analysis.pos.startswith("ADJ(A)"):
            return True
    return False


def nominative(words: Sequence[str]) -> str:
    """A multi-word name in the nominative: its listed form if the gazetteer has
    one ("Auswärtigen Amtes" -> "Auswärtiges Amt"), else as used with the
    definite article ("Europäischen Zentralbank" -> "Europäische Zentralbank").
    Only words HanTa knows are changed."""
    if len(words) < 2:
        return " ".join(words)
    out = list(words)
    for i, word in enumerate(words[:-1]):
        if word[:1].isupper() and word.endswith(("en", "er", "es", "em")) and is_adjective(word):
            analysis = lexicon.lookup(word.lower()) or lexicon.lookup(word)
            lemma = analysis.lemma if analysis else ""
            if lemma and word.lower().startswith(lemma.lower()) and word[len(lemma):] in ("en", "er", "es", "em"):
                out[i] = word[: len(lemma)] + "e"
    head = words[-1]
    analysis = lexicon.lookup(head)
    if analysis and analysis.pos == "NN" and head in (analysis.lemma + "s", analysis.lemma + "es"):
        out[-1] = analysis.lemma
    return gazetteer.listed_form(out) or " ".join(out)


def genitive_base(name: str) -> str | None:
    """The name without a genitive ending ("Russlands" -> "Russland",
    "Wladimir Putins" -> "Wladimir Putin", "Jones'" -> "Jones"), or ``None``."""
    for ending in ("’s", "'s", "’", "'"):
        if name.endswith(ending) and len(name) > len(ending) + 1:
            return name[: -len(ending)]
    if name.endswith("s") and not name.endswith("ss") and len(name) > 3:
        return name[:-1]
    return None


def is_saxon_genitive(words: Sequence[str], index: int) -> bool:
    """``words[index]`` is a name in the genitive before its noun ("Budanovs Interview"):
    it ends in -s, is not itself a known place or first name, no article precedes
    it and a common noun follows."""
    word = words[index]
    if not word.endswith("s") or len(word) < 4 or gazetteer.kind(word) or gazetteer.is_first_name(word):
        return False
    if index > 0 and words[index - 1].lower() in _ARTICLES:
        return False
    if index + 1 >= len(words):
        return False
    following = lexicon.lookup(words[index + 1])
    return following is not None and following.pos == "NN"
