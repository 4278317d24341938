"""German cue words from ``resources/lang/de``: roles, organisation words, demonyms."""

from __future__ import annotations

from functools import lru_cache

from lagebild.core.resources import resource


def _lines(name: str) -> list[str]:
    text = resource(f"lang/de/{name}").read_text(encoding="utf-8")
    return [line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")]


@lru_cache(maxsize=1)
def _roles() -> frozenset[str]:
    return frozenset(_lines("roles.txt"))


@lru_cache(maxsize=1)
def _org_words() -> frozenset[str]:
    return frozenset(_lines("org_words.txt"))


def _ends_with_one_of(word: str, endings: frozenset[str]) -> bool:
    lower = word.lower()
    return any(lower[i:] in endings for i in range(len(lower) - 2))


@lru_cache(maxsize=50_000)
def is_role(word: str) -> bool:
    """``word`` is or ends in a role noun ("Präsident", "Außenministerin")."""
    return len(word) > 2 and _ends_with_one_of(word, _roles())


@lru_cache(maxsize=50_000)
def is_org_word(word: str) -> bool:
    """``word`` is or ends in an organisation noun ("Militärgeheimdienstes")."""
    if len(word) < 3:
        return False
    return _ends_with_one_of(word, _org_words()) or _ends_with_one_of(_strip_case(word), _org_words())


def _strip_case(word: str) -> str:
    """Drop a genitive/dative/plural noun ending: "Geheimdienstes" -> "Geheimdienst"."""
    for ending in ("es", "en", "s", "n", "e"):
        if word.endswith(ending) and len(word) > len(ending) + 3:
            return word[: -len(ending)]
    return word


@lru_cache(maxsize=1)
def _demonyms() -> tuple[dict[str, tuple[str, ...]], dict[str, tuple[str, ...]]]:
    """(adjective stems, inhabitant nouns) -> the place names they derive from."""
    adjectives: dict[str, tuple[str, ...]] = {}
    nouns: dict[str, tuple[str, ...]] = {}
    for line in _lines("demonyms.tsv"):
        stem, places = line.split("\t")
        target = nouns if stem[:1].isupper() else adjectives
        target[stem] = tuple(places.split("|"))
    return adjectives, nouns


_ADJECTIVE_ENDINGS = ("", "e", "en", "er", "es", "em")
_NOUN_ENDINGS = ("", "n", "en", "in", "innen", "s")


@lru_cache(maxsize=50_000)
def demonym_places(word: str) -> tuple[str, ...]:
    """The places a demonym derives from: "russischen" -> ("Russland",),
    "Ukrainer" -> ("Ukraine",); ``()`` for other words."""
    adjectives, nouns = _demonyms()
    candidates = [(adjectives, _ADJECTIVE_ENDINGS, word.lower())]
    if word[:1].isupper():
        candidates.insert(0, (nouns, _NOUN_ENDINGS, word))
    for table, endings, form in candidates:
        for ending in endings:
            if form.endswith(ending):
                places = table.get(form[: len(form) - len(ending)])
                if places:
                    return places
    return ()
