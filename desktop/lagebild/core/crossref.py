"""Across articles: one entity per real-world entity, one group per occurrence.

:func:`merge_entities` joins the entities of all articles that have the same
type and name (after case, hyphen and spacing are folded).  A person named by
surname alone joins the one full name of the briefing that ends with it
("Budanov" → "Kyrylo Budanov"), unless several full names do.  The analyst's
cross-article merges join entities whatever their names; an entity split off
by the analyst joins nothing by name.

:func:`group_events` puts events of different articles into one group when
they describe the same occurrence: their days overlap, and their labels share
most content words, or share enough of them and a participant.  Two events
that share a participant and most of their wording but lie on days that
cannot overlap are the same occurrence reported with a contradicting date:
they are grouped and the group is flagged.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from itertools import chain, combinations, repeat

from lagebild.core.chronology import interval_key
from lagebild.core.corrections import CorrectedView, Ref
from lagebild.core.model import Entity, EntityType, Event
from lagebild.core.resources import resource

#: Share of content words (Dice) two labels need to be one occurrence ...
SAME_WORDING = 0.7
#: ... or, with a shared participant, this much.
SHARED_WORDING = 0.4
#: With a shared participant and this much wording, days that cannot overlap are a contradiction.
CONTRADICTION_WORDING = 0.6
#: Word stems carried by more events than this do not make two events candidates
#: (they still count in the wording of candidates found through rarer words).
COMMON_STEM_EVENTS = 200
_STEM_LENGTH = 6
_WORD = re.compile(r"\w+", re.UNICODE)


@dataclass
class MergedEntity:
    """One entity of the briefing: its members are (article key, entity) pairs."""

    key: str  # "article:entity-id" of the lead member
    name: str
    type: EntityType
    members: list[tuple[str, Entity]]

    @property
    def articles(self) -> list[str]:
        """Keys of the articles it appears in, in briefing order."""
        return list(dict.fromkeys(key for key, _ in self.members))

    @property
    def article_count(self) -> int:
        return len(self.articles)

    @property
    def mention_count(self) -> int:
        return sum(entity.mention_count for _, entity in self.members)

    @property
    def refs(self) -> list[Ref]:
        return [(key, entity.id) for key, entity in self.members]


@dataclass
class EventGroup:
    """Events of one occurrence; ``members[0]`` comes from the most reliable source.

    ``date``/``earliest``/``latest`` are the most precise member's unless the
    group is a ``contradiction`` (members on days that cannot overlap), then
    the lead member's.
    """

    key: str  # "article:event-id" of the lead member
    members: list[tuple[str, Event]]
    contradiction: bool
    date: str
    earliest: date | None
    latest: date | None

    @property
    def label(self) -> str:
        return self.members[0][1].label

    @property
    def sources(self) -> list[str]:
        """Keys of the articles reporting it."""
        return list(dict.fromkeys(key for key, _ in self.members))

    @property
    def dates(self) -> list[str]:
        """The distinct dates the sources give."""
        return list(dict.fromkeys(event.date for _, event in self.members))


class _Union:
    """Disjoint sets of the numbers ``0 … size-1`` (union-find with path halving)."""

    def __init__(self, size: int) -> None:
        self.parent = list(range(size))

    def find(self, item: int) -> int:
        parent = self.parent
        while parent[item] != item:
            parent[item] = item = parent[parent[item]]
        return item

    def join(self, a: int, b: int) -> None:
        self.parent[self.find(b)] = self.find(a)

    def sets(self) -> list[list[int]]:
        """The sets, each in ascending order, ordered by their smallest number."""
        found: dict[int, list[int]] = {}
        find = self.find
        for item in range(len(self.parent)):
            found.setdefault(find(item), []).append(item)
        return list(found.values())


def _fold(name: str) -> str:
    name = unicodedata.normalize("NFC", name).casefold()
    return " ".join(name.replace("-", " ").replace("‐", " ").replace(".", " ").split())


def merge_entities(view: CorrectedView) -> list[MergedEntity]:
    """The entities of all articles, same ones merged; most widely reported first.

    Entities are numbered in the order listed (an ID listed twice in one
    article is one entity: the last one listed, numbered where first seen).
    """
    refs: list[Ref] = []
    entities: list[Entity] = []
    number: dict[Ref, int] = {}
    buckets: dict[tuple[EntityType, str], list[int]] = defaultdict(list)
    folded: dict[str, str] = {}
    for key, extraction in view.articles.items():
        for entity in extraction.entities:
            ref = (key, entity.id)
            n = number.setdefault(ref, len(refs))
            if n == len(refs):
                refs.append(ref)
                entities.append(entity)
            else:
                entities[n] = entity
            if ref not in view.detached:
                name = folded.get(entity.name)
                if name is None:
                    name = folded[entity.name] = _fold(entity.name)
                buckets[(entity.type, name)].append(n)
    union = _Union(len(refs))
    for numbers in buckets.values():
        for n in numbers[1:]:
            union.join(numbers[0], n)
    full_names: dict[str, set[str]] = defaultdict(set)
    for kind, name in buckets:
        if kind is EntityType.PER and " " in name:
            full_names[name.rsplit(" ", 1)[1]].add(name)
    for (kind, name), numbers in buckets.items():
        if kind is EntityType.PER and " " not in name and len(full_names.get(name, ())) == 1:
            (full,) = full_names[name]
            union.join(buckets[(kind, full)][0], numbers[0])
    for a, b in view.links:
        if a in number and b in number:
            union.join(number[a], number[b])

    counts = [entity.mention_count for entity in entities]
    merged: list[MergedEntity] = []
    order: list[tuple[int, int, str]] = []
    for group in union.sets():
        if len(group) == 1:
            lead = group[0]
            articles, mentions = 1, counts[lead]
        else:
            lead = min(group, key=lambda n: (-len(entities[n].name.split()), -counts[n], n))
            articles, mentions = len({refs[n][0] for n in group}), sum(counts[n] for n in group)
        key, entity_id = refs[lead]
        entity = entities[lead]
        merged.append(MergedEntity(f"{key}:{entity_id}", entity.name, entity.type, [(refs[n][0], entities[n]) for n in group]))
        order.append((-articles, -mentions, entity.name.casefold()))
    return [merged[n] for n in sorted(range(len(merged)), key=order.__getitem__)]


@lru_cache(maxsize=1)
def _function_words() -> frozenset[str]:
    lines = resource("lang/de/function_words.txt").read_text(encoding="utf-8").splitlines()
    return frozenset(line.strip() for line in lines if line.strip() and not line.startswith("#"))


def label_stems(label: str) -> frozenset[str]:
    """Content-word stems of a label: no function words, no words under three letters."""
    stop = _function_words()
    words = (w.casefold() for w in _WORD.findall(label))
    return frozenset(w[:_STEM_LENGTH] for w in words if len(w) >= 3 and w not in stop)


def _overlap(a: Event, b: Event) -> bool:
    return a.earliest <= b.latest and b.earliest <= a.latest  # type: ignore[operator]


def group_events(view: CorrectedView, merged: list[MergedEntity], grades: dict[str, str]) -> list[EventGroup]:
    """Every visible event in one group, groups in chronological order.

    ``grades`` maps article keys to reliability grades ("A1" best); events
    without both bounds (vague or unresolved dates) are never grouped.
    """
    events: list[tuple[str, Event]] = []
    for key, extraction in view.articles.items():
        events.extend(zip(repeat(key), extraction.events))

    stems: dict[int, frozenset[str]] = {}  # of the events that can be grouped
    stems_of: dict[str, frozenset[str]] = {}  # by label (copies of an article repeat labels)
    postings: dict[str, list[int]] = defaultdict(list)
    for n, (_, event) in enumerate(events):
        if event.earliest is not None and event.latest is not None:
            found = stems_of.get(event.label)
            if found is None:
                found = stems_of[event.label] = label_stems(event.label)
            stems[n] = found
            for stem in found:
                postings[stem].append(n)
    candidates: set[tuple[int, int]] = set()
    for numbers in postings.values():
        if len(numbers) <= COMMON_STEM_EVENTS:
            candidates.update(combinations(numbers, 2))

    union = _Union(len(events))
    if candidates:
        # Each pair is judged on its own, so the order of the pairs does not change the groups.
        entity_group = {ref: m.key for m in merged for ref in m.refs}
        people = {
            n: frozenset(map(entity_group.get, zip(repeat(events[n][0]), events[n][1].entities), events[n][1].entities))
            for n in set(chain.from_iterable(candidates))
        }
        for a, b in candidates:
            (key_a, event_a), (key_b, event_b) = events[a], events[b]
            if key_a == key_b:
                continue  # two events of one article are two occurrences
            wording = 2 * len(stems[a] & stems[b]) / (len(stems[a]) + len(stems[b]))
            with_participant = not people[a].isdisjoint(people[b])
            if _overlap(event_a, event_b):
                same = wording >= SAME_WORDING or (with_participant and wording >= SHARED_WORDING)
            else:
                same = with_participant and wording >= CONTRADICTION_WORDING
            if same:
                union.join(a, b)

    rank = {key: (grades.get(key, "F6"), n) for n, key in enumerate(view.articles)}
    groups = [_group([events[n] for n in numbers], rank) for numbers in union.sets()]
    groups.sort(key=_chronological)
    return groups


def _chronological(group: EventGroup) -> tuple[date, date, str]:
    return (*interval_key(group.earliest, group.latest), group.key)


def _group(members: list[tuple[str, Event]], rank: dict[str, tuple[str, int]]) -> EventGroup:
    if len(members) == 1:  # most events: the group of one
        key, event = members[0]
        return EventGroup(f"{key}:{event.id}", members, False, event.date, event.earliest, event.latest)
    members = sorted(members, key=lambda m: rank[m[0]])
    bounded = [e for _, e in members if e.earliest is not None and e.latest is not None]
    contradiction = any(not _overlap(a, b) for a, b in combinations(bounded, 2))
    lead = members[0][1]
    if contradiction or not bounded:
        source = lead
    else:
        source = min(bounded, key=lambda e: e.latest - e.earliest)  # type: ignore[operator]
    return EventGroup(f"{members[0][0]}:{lead.id}", members, contradiction, source.date, source.earliest, source.latest)
