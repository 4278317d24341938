"""Merge tagged names into entities of one article and add derived mentions.

Rules (after :mod:`spans` has cleaned the tagger's spans and added
listed multi-word organisations and countries it left out):

* An acronym defined in parentheses ("ukrainischen Militärgeheimdienstes (HUR)")
  names one entity with its long form's occurrences (see :mod:`acronyms`).
* A genitive joins its base form ("Russlands" -> "Russland", "Budanovs" ->
  "Budanov") when the base is also named, is a known place, is a person's
  surname, or the name stands before its noun ("Putins Besuch").
* A single name that is the last word of a person's full name joins the
  nearest full name before it ("Budanov" -> "Kyrylo Budanov").
* Each name found, and the surname of each full name, is also looked for where
  the tagger missed it (proper nouns and unknown capitalised words only).
* The entity's type is the majority of its mentions' tagged types; its name is
  the root form, in the nominative for multi-word names ("Auswärtigen Amtes"
  -> "Auswärtiges Amt", "Europäischen Zentralbank" -> "Europäische
  Zentralbank"), the acronym for acronym entities.  Groups whose names agree
  are one entity.
* Demonyms ("russischen", "Ukrainer", "Kiewer") become DERIVED mentions of a
  place the article names; no entity is made for a place only derived from.
  A demonym inside another entity's name mention ("ukrainischen
  Militärgeheimdienstes" of HUR) is not a derived mention: mentions never overlap.

IDs come from the first NAME mention's span, so they do not change when the
list of demonyms does.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from lagebild.core.ids import span_id
from lagebild.core.model import Entity, EntityType, Mention, MentionKind, Token
from lagebild.core.ner import acronyms, cues, forms, gazetteer, lexicon
from lagebild.core.ner import spans as name_spans
from lagebild.core.ner.features import normalize
from lagebild.core.ner.tagger import NameSpan

_ACRONYM_KEY = "\0acronym:"
_PROPER = frozenset({"NE", "FM", lexicon.UNKNOWN})


@dataclass(slots=True)
class _Candidate:
    first: int
    end: int
    type: EntityType
    key: str  # surface form, or _ACRONYM_KEY + acronym


def _surface(words: Sequence[str], first: int, end: int) -> str:
    return " ".join(words[first:end])


def _proper_word(token: Token) -> bool:
    word = token.text
    if not word[:1].isupper():
        return False
    analysis = lexicon.lookup(word)
    return analysis is None or analysis.pos in _PROPER or (word.isupper() and len(word) > 1)


class _Merger:
    """Union of surface forms into entities."""

    def __init__(self, words: Sequence[str], candidates: list[_Candidate]) -> None:
        self.words = words
        self.candidates = candidates
        self.parent: dict[str, str] = {}

    def root(self, key: str) -> str:
        while key in self.parent:
            key = self.parent[key]
        return key

    def join(self, key: str, target: str) -> None:
        a, b = self.root(key), self.root(target)
        if a != b:
            self.parent[a] = b

    def merge(self) -> None:
        by_key: dict[str, list[_Candidate]] = {}
        for c in self.candidates:
            by_key.setdefault(c.key, []).append(c)
        keys = set(by_key)
        first_at = {key: min(c.first for c in members) for key, members in by_key.items()}
        full_names: dict[str, list[str]] = {}
        for key in keys:
            votes = Counter(c.type for c in by_key[key])
            if " " in key and not key.startswith(_ACRONYM_KEY) and votes.most_common(1)[0][0] is EntityType.PER:
                full_names.setdefault(key.rsplit(" ", 1)[1], []).append(key)
        words = self.words
        for key in sorted(keys):
            if key.startswith(_ACRONYM_KEY):
                continue
            base = forms.genitive_base(key)
            if base is None or base == key or (gazetteer.kind(key) and base not in keys):
                continue
            saxon = any(c.end - c.first == 1 and forms.is_saxon_genitive(words, c.first) for c in by_key[key])
            if base in keys or base in full_names or saxon or (" " not in base and gazetteer.kind(base)):
                self.join(key, base)
        for key in sorted(keys | set(self.parent.values())):
            target_key = self.root(key)
            if " " in target_key or target_key.startswith(_ACRONYM_KEY) or target_key not in full_names:
                continue
            start = first_at[key] if key in first_at else \
                min(first_at[k] for k in keys if self.root(k) == target_key)
            names = sorted(full_names[target_key], key=lambda k: first_at[k])
            before = [k for k in names if first_at[k] <= start]
            self.join(target_key, before[-1] if before else names[0])


def _propagate(tokens: Sequence[Token], words: Sequence[str], candidates: list[_Candidate],
               taken: set[int], merger: _Merger) -> None:
    """Add untagged occurrences of names already found (and their -s genitives)."""
    forms_of: dict[tuple[str, ...], tuple[str, EntityType]] = {}
    for c in candidates:
        form = tuple(words[c.first : c.end])
        forms_of.setdefault(form, (c.key, c.type))
        if c.type is EntityType.PER and len(form) > 1:  # the surname alone
            forms_of.setdefault(form[-1:], (form[-1], c.type))
    for form, (key, kind) in list(forms_of.items()):
        if len(form) == 1 and not form[0].endswith("s"):
            forms_of.setdefault((form[0] + "s",), (key, kind))
    by_first: dict[str, list[tuple[str, ...]]] = {}
    for form in sorted(forms_of, key=len, reverse=True):
        by_first.setdefault(form[0], []).append(form)
    i = 0
    while i < len(tokens):
        n = 0
        for form in by_first.get(words[i], ()):
            n = len(form)
            if tuple(words[i : i + n]) != form or tokens[i + n - 1].sentence != tokens[i].sentence \
                    or any(j in taken for j in range(i, i + n)) or (n == 1 and not _proper_word(tokens[i])):
                n = 0
                continue
            key, kind = forms_of[form]
            new_key = key if key.startswith(_ACRONYM_KEY) else " ".join(form)
            if new_key != key:
                merger.join(new_key, key)
            candidates.append(_Candidate(i, i + n, kind, new_key))
            taken.update(range(i, i + n))
            break
        i += max(n, 1)


def _derived(text: str, tokens: Sequence[Token], taken: set[int],
             places: dict[str, list[Mention]]) -> None:
    """Add demonyms of named places as DERIVED mentions."""
    for index, token in enumerate(tokens):
        if index in taken or not token.text[:1].isalpha():
            continue
        offset = token.start
        for part in token.text.split("-"):
            start, end = offset, offset + len(part)
            offset = end + 1
            if len(part) < 3:
                continue
            targets = list(cues.demonym_places(part))
            if part[:1].isupper() and part.endswith("er"):
                targets.append(part[:-2])
            for place in targets:
                if place in places:
                    places[place].append(Mention(start, end, text[start:end], token.sentence,
                                                 MentionKind.DERIVED))
                    break


def build(text: str, tokens: Sequence[Token], spans: Sequence[NameSpan], article_key: str) -> list[Entity]:
    """Entities of one article from the tagger's name spans."""
    words = [normalize(t.text) for t in tokens]
    spans = name_spans.clean(tokens, words, name_spans.add_listed(tokens, words, spans))
    candidates: list[_Candidate] = []
    taken: set[int] = set()
    defined: dict[str, acronyms.Acronym] = {}
    for acronym, _first, _end in acronyms.find(tokens, spans):
        if acronym.text in defined:
            continue
        defined[acronym.text] = acronym
        for first, end in acronyms.occurrences(tokens, acronym.key):
            if not any(j in taken for j in range(first, end)):
                candidates.append(_Candidate(first, end, acronym.type, _ACRONYM_KEY + acronym.text))
                taken.update(range(first, end))
    for span in spans:
        if any(j in taken for j in range(span.first, span.end)):
            continue
        surface = _surface(words, span.first, span.end)
        key = _ACRONYM_KEY + surface if surface in defined else surface
        candidates.append(_Candidate(span.first, span.end, span.type, key))
        taken.update(range(span.first, span.end))
    merger = _Merger(words, candidates)
    _propagate(tokens, words, candidates, taken, merger)
    merger.merge()

    # name each group; groups whose names agree ("Dominikanische Republik" from
    # "Dominikanischen Republik") are one entity
    by_name: dict[str, list[_Candidate]] = {}
    named: dict[str, str] = {}
    for root, members in _groups(candidates, merger).items():
        name = _name(root, _kind(root, members))
        by_name.setdefault(name, []).extend(members)
        named.setdefault(name, root)
    entities: list[Entity] = []
    places: dict[str, list[Mention]] = {}
    for name, members in by_name.items():
        members.sort(key=lambda c: c.first)
        kind = _kind(named[name], members)
        if kind in (EntityType.ORG, EntityType.MISC) and gazetteer.place_kind(name) in ("country", "region"):
            kind = EntityType.LOC  # countries are places even when they act
        mentions = []
        for c in members:
            start, end = tokens[c.first].start, tokens[c.end - 1].end
            mentions.append(Mention(start, end, text[start:end], tokens[c.first].sentence))
        first = mentions[0]
        entity = Entity(span_id("ent", article_key, first.start, first.end), name, kind, mentions)
        entities.append(entity)
        if kind is EntityType.LOC:
            places.setdefault(name, entity.mentions)
    _derived(text, tokens, taken, places)
    for entity in entities:
        entity.mentions.sort(key=lambda m: (m.start, m.end))
    entities.sort(key=lambda e: min(m.start for m in e.mentions if m.kind is MentionKind.NAME))
    return entities


def _groups(candidates: list[_Candidate], merger: _Merger) -> dict[str, list[_Candidate]]:
    groups: dict[str, list[_Candidate]] = {}
    for c in sorted(candidates, key=lambda c: c.first):
        groups.setdefault(merger.root(c.key), []).append(c)
    return groups


def _kind(root: str, members: list[_Candidate]) -> EntityType:
    """The majority of the tagged types (ties: the earlier), a listed name counting half."""
    votes: Counter[EntityType] = Counter(c.type for c in members)
    if not root.startswith(_ACRONYM_KEY) and gazetteer.kind(root):
        votes[EntityType.LOC if gazetteer.place_kind(root) else EntityType.ORG] += 0.5
    order: dict[EntityType, int] = {}
    for i, c in enumerate(members):
        order.setdefault(c.type, i)
    return max(votes, key=lambda t: (votes[t], -order.get(t, len(members))))


def _name(root: str, kind: EntityType) -> str:
    if root.startswith(_ACRONYM_KEY):
        return root[len(_ACRONYM_KEY) :]
    if kind is EntityType.PER:
        return root
    return forms.nominative(root.split(" "))
