"""merge_entities and group_events give exactly what their first, plain formulation gives (kept here
as the reference) on random briefings with namesakes, surnames, analyst links, split-off entities,
contradicting dates and open or malformed intervals."""

from __future__ import annotations

import random
import unicodedata
from collections import defaultdict
from collections.abc import Hashable
from datetime import date, timedelta
from itertools import combinations

import pytest
from lagebild.core.chronology import interval_key
from lagebild.core.corrections import CorrectedView
from lagebild.core.crossref import (
    COMMON_STEM_EVENTS,
    CONTRADICTION_WORDING,
    SAME_WORDING,
    SHARED_WORDING,
    EventGroup,
    MergedEntity,
    group_events,
    label_stems,
    merge_entities,
)
from lagebild.core.model import (
    Article,
    Entity,
    EntityType,
    Event,
    Extraction,
    Mention,
    MentionKind,
)

# --- the reference: the functions as first written -----------------------------------------


class Union:
    def __init__(self) -> None:
        self.parent: dict[Hashable, Hashable] = {}

    def find(self, item: Hashable) -> Hashable:
        self.parent.setdefault(item, item)
        while self.parent[item] != item:
            self.parent[item] = self.parent[self.parent[item]]
            item = self.parent[item]
        return item

    def join(self, a: Hashable, b: Hashable) -> None:
        self.parent[self.find(b)] = self.find(a)


def fold(name: str) -> str:
    name = unicodedata.normalize("NFC", name).casefold()
    return " ".join(name.replace("-", " ").replace("‐", " ").replace(".", " ").split())


def reference_merge(view: CorrectedView) -> list[MergedEntity]:
    union = Union()
    entities: dict = {}
    buckets: dict = defaultdict(list)
    for key, extraction in view.articles.items():
        for entity in extraction.entities:
            ref = (key, entity.id)
            entities[ref] = entity
            union.find(ref)
            if ref not in view.detached:
                buckets[(entity.type, fold(entity.name))].append(ref)
    for refs in buckets.values():
        for ref in refs[1:]:
            union.join(refs[0], ref)
    full_names: dict = defaultdict(set)
    for kind, name in buckets:
        if kind is EntityType.PER and " " in name:
            full_names[name.rsplit(" ", 1)[1]].add(name)
    for (kind, name), refs in buckets.items():
        if kind is EntityType.PER and " " not in name and len(full_names.get(name, ())) == 1:
            (full,) = full_names[name]
            union.join(buckets[(kind, full)][0], refs[0])
    for a, b in view.links:
        if a in entities and b in entities:
            union.join(a, b)
    groups: dict = defaultdict(list)
    for ref in entities:
        groups[union.find(ref)].append(ref)
    order = {ref: n for n, ref in enumerate(entities)}
    merged = []
    for refs in groups.values():
        lead = min(refs, key=lambda r: (-len(entities[r].name.split()), -entities[r].mention_count, order[r]))
        members = [(key, entities[(key, i)]) for key, i in refs]
        merged.append(MergedEntity(f"{lead[0]}:{lead[1]}", entities[lead].name, entities[lead].type, members))
    merged.sort(key=lambda m: (-m.article_count, -m.mention_count, m.name.casefold()))
    return merged


def overlap(a: Event, b: Event) -> bool:
    return a.earliest <= b.latest and b.earliest <= a.latest


def reference_group(members, rank) -> EventGroup:
    members = sorted(members, key=lambda m: rank[m[0]])
    bounded = [e for _, e in members if e.earliest is not None and e.latest is not None]
    contradiction = any(not overlap(a, b) for a, b in combinations(bounded, 2))
    lead = members[0][1]
    source = lead if contradiction or not bounded else min(bounded, key=lambda e: e.latest - e.earliest)
    return EventGroup(f"{members[0][0]}:{lead.id}", members, contradiction, source.date, source.earliest, source.latest)


def reference_groups(view: CorrectedView, merged: list[MergedEntity], grades: dict[str, str]) -> list[EventGroup]:
    entity_group = {ref: m.key for m in merged for ref in m.refs}
    events = []
    for key, extraction in view.articles.items():
        events.extend((key, event) for event in extraction.events)
    stems = [label_stems(event.label) for _, event in events]
    people = [frozenset(entity_group.get((key, i), i) for i in event.entities) for key, event in events]
    postings: dict = defaultdict(list)
    for n, (_, event) in enumerate(events):
        if event.earliest is not None and event.latest is not None:
            for stem in stems[n]:
                postings[stem].append(n)
    candidates = set()
    for numbers in postings.values():
        if len(numbers) <= COMMON_STEM_EVENTS:
            candidates.update(p for p in combinations(numbers, 2) if events[p[0]][0] != events[p[1]][0])
    union = Union()
    for a, b in sorted(candidates):
        wording = 2 * len(stems[a] & stems[b]) / (len(stems[a]) + len(stems[b]))
        with_participant = bool(people[a] & people[b])
        if overlap(events[a][1], events[b][1]):
            same = wording >= SAME_WORDING or (with_participant and wording >= SHARED_WORDING)
        else:
            same = with_participant and wording >= CONTRADICTION_WORDING
        if same:
            union.join(a, b)
    clusters: dict = defaultdict(list)
    for n in range(len(events)):
        clusters[union.find(n)].append(n)
    rank = {key: (grades.get(key, "F6"), n) for n, key in enumerate(view.articles)}
    groups = [reference_group([events[n] for n in numbers], rank) for numbers in clusters.values()]
    groups.sort(key=lambda g: (*interval_key(g.earliest, g.latest), g.key))
    return groups


# --- random briefings ----------------------------------------------------------------------

NAMES = [
    ("Kyrylo Budanov", "PER"), ("Budanov", "PER"), ("budanov", "PER"), ("Kim Jong Un", "PER"), ("Kim Jong-Un", "PER"),
    ("Jong Un", "PER"), ("Un", "PER"), ("Wladimir Putin", "PER"), ("Putin", "PER"), ("Olena Putin", "PER"),
    ("Selenskyj", "PER"), ("Nordkorea", "LOC"), ("NORDKOREA", "LOC"), ("Nord-Korea", "LOC"), ("Russland", "LOC"),
    ("Russland", "ORG"), ("HUR", "ORG"), ("H.U.R.", "ORG"), ("Financial Times", "ORG"), ("Kiew", "LOC"), ("Pjöngjang", "MISC"),
]
WORDS = ["Budanov", "Nordkorea", "liefert", "Millionen", "Granaten", "Russland", "Kim", "besuchte", "Rüstungsbetriebe", "Putin", "traf", "Berater", "Raketen", "an", "die"]
START = date(2024, 1, 1)


def random_extraction(n: int, rng: random.Random) -> Extraction:
    entities = []
    for k in range(rng.randint(0, 8)):
        name, kind = rng.choice(NAMES)
        mentions = [
            Mention(p, p + 3, name[:3], 0, rng.choice([MentionKind.NAME, MentionKind.NAME, MentionKind.DERIVED]))
            for p in sorted(rng.sample(range(100), rng.randint(1, 4)))
        ]
        entity_id = f"e{n}-{k}" if rng.random() > 0.05 else f"e{n}-0"  # now and then an ID listed twice
        entities.append(Entity(entity_id, name, EntityType(kind), mentions))
    events = []
    for k in range(rng.randint(0, 7)):
        first = START + timedelta(days=rng.randint(0, 20))
        last = first + timedelta(days=rng.choice([0, 0, 0, 1, 5, 30]))
        shape = rng.random()
        if shape < 0.1:
            first, last = None, None
        elif shape < 0.15:
            last = None
        elif shape < 0.18:
            first, last = last, first - timedelta(days=1)  # malformed: ends before it starts
        label = " ".join(rng.sample(WORDS, rng.randint(1, 6)))
        people = [e.id for e in rng.sample(entities, min(len(entities), rng.randint(0, 3)))]
        if rng.random() < 0.1:
            people.append("e-unknown")
        value = first.isoformat() if first else "PAST_REF"
        events.append(Event(f"ev{n}-{k}", value, first, last, label, 0, None, people))
    return Extraction(Article(text=f"Artikel {n}"), [], [], entities, events)


def random_view(rng: random.Random, articles: int) -> tuple[CorrectedView, dict[str, str]]:
    extractions = {f"k{n:03d}": random_extraction(n, rng) for n in range(articles)}
    refs = [(key, e.id) for key, x in extractions.items() for e in x.entities]
    links = [tuple(rng.sample(refs, 2)) for _ in range(rng.randint(0, 4))] if len(refs) >= 2 else []
    links += [(("k999", "e-gone"), refs[0])] if refs and rng.random() < 0.3 else []
    detached = set(rng.sample(refs, min(len(refs), rng.randint(0, 3))))
    grades = {key: rng.choice("ABCDEF") + rng.choice("123456") for key in extractions if rng.random() < 0.9}
    return CorrectedView(articles=extractions, links=links, detached=detached), grades


@pytest.mark.parametrize("seed", range(60))
def test_merging_and_grouping_match_the_plain_formulation(seed):
    rng = random.Random(seed)
    view, grades = random_view(rng, rng.choice([1, 2, 5, 20, 60]))
    merged = merge_entities(view)
    assert merged == reference_merge(view)
    assert group_events(view, merged, grades) == reference_groups(view, merged, grades)


def test_many_copies_of_one_article_group_like_the_plain_formulation():
    """Labels shared by many events: postings above COMMON_STEM_EVENTS and many candidate pairs."""
    rng = random.Random(7)
    view, grades = random_view(rng, 240)
    base = next(x for x in view.articles.values() if len(x.events) >= 3)
    for key, extraction in view.articles.items():
        extraction.events[:0] = [
            Event(f"{key}-{e.id}", e.date, e.earliest, e.latest, e.label, 0, None, list(e.entities)) for e in base.events[:3]
        ]
    merged = merge_entities(view)
    assert merged == reference_merge(view)
    groups = group_events(view, merged, grades)
    assert groups == reference_groups(view, merged, grades)
    assert any(len(g.members) > 1 for g in groups)
