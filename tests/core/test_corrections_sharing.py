"""Corrections copy an event or entity only when they change it: the view is the one that copying
every event and entity up front gives, and the extractions stay as they were."""

from __future__ import annotations

import copy
import random
from dataclasses import replace
from datetime import date

import pytest
from briefing_samples import agency_report, ft_report
from lagebild.core import corrections
from lagebild.core.corrections import (
    AddEvent,
    Anchor,
    HideEvent,
    MergeEntities,
    NoteEvent,
    RelabelEvent,
    RenameEntity,
    RetypeEntity,
    SetEventDate,
    SplitEntity,
    apply_corrections,
    entity_anchor,
    event_anchor,
    span_anchor,
)
from lagebild.core.model import EntityType, Extraction


class EagerCopy(corrections._Copy):
    """The reference: every event and entity of an article copied as soon as a correction names it."""

    def __init__(self, key: str, extraction: Extraction) -> None:
        super().__init__(key, extraction)
        self.entities = [replace(e, mentions=list(e.mentions)) for e in extraction.entities]
        self.events = [replace(ev, entities=list(ev.entities)) for ev in extraction.events]


def stale(anchor: Anchor, rng: random.Random) -> Anchor:
    """The anchor as a newer extractor might leave it: another ID, a shifted span, or another article."""
    choice = rng.randrange(3)
    if choice == 0:
        return replace(anchor, id=anchor.id + "-alt")
    if choice == 1:
        return replace(anchor, id="", start=anchor.start + 1, end=anchor.end + 1)
    return replace(anchor, article="0000000000")


def random_corrections(extractions: list[Extraction], rng: random.Random, count: int) -> list:
    """``count`` corrections of every kind on random events, entities and passages (some stale)."""
    made: list = []
    for _ in range(count):
        x = rng.choice(extractions)
        other = rng.choice(extractions)
        event = event_anchor(x, rng.choice(x.events))
        entity_ = rng.choice(x.entities)
        entity = entity_anchor(x, entity_, rng.choice(entity_.mentions))
        second = entity_anchor(other, rng.choice(other.entities))
        sentence = rng.choice(x.sentences)
        kind = rng.randrange(9)
        if kind == 0:
            made.append(SetEventDate(event, rng.choice(["2024", "2024-01", "2024-01-05", "2023-12-31"])))
        elif kind == 1:
            made.append(RelabelEvent(event, rng.choice(["Neu", "Budanov: Granaten", " Treffen "])))
        elif kind == 2:
            made.append(HideEvent(event))
        elif kind == 3:
            made.append(NoteEvent(event, rng.choice(["Notiz", "", "prüfen"])))
        elif kind == 4:
            made.append(AddEvent.create(x, sentence.start, sentence.end, "2024-01-20", "Hinzugefügt"))
        elif kind == 5:
            made.append(RenameEntity(entity, rng.choice(["Budanow", "HUR-Chef"])))
        elif kind == 6:
            made.append(RetypeEntity(entity, rng.choice(list(EntityType))))
        elif kind == 7:
            made.append(MergeEntities(entity, second))
        else:
            mentions = rng.sample(entity_.mentions, rng.randint(1, len(entity_.mentions)))
            made.append(SplitEntity(entity, tuple(span_anchor(x, m.start, m.end) for m in mentions)))
        if rng.random() < 0.15:
            c = made[-1]
            field = next(name for name in ("event", "entity", "target", "at") if hasattr(c, name))
            if field != "at":
                made[-1] = replace(c, **{field: stale(getattr(c, field), rng)})
    return made


@pytest.mark.parametrize("seed", range(40))
def test_the_view_is_the_one_of_copying_everything_and_the_extractions_stay_unchanged(seed, monkeypatch):
    rng = random.Random(seed)
    extractions = [ft_report(), agency_report(), ft_report(date(2024, 2, 1)), agency_report(date(2024, 1, 30))]
    extractions[2].article.text += " "  # another text, another key
    extractions[3].article.text += " "
    before = copy.deepcopy(extractions)
    for _ in range(10):
        made = random_corrections(extractions, rng, rng.randint(1, 14))
        view, orphans = apply_corrections(extractions, made)
        assert extractions == before
        with monkeypatch.context() as patch:
            patch.setattr(corrections, "_Copy", EagerCopy)
            expected_view, expected_orphans = apply_corrections(copy.deepcopy(extractions), made)
        assert view == expected_view
        assert orphans == expected_orphans


def test_an_article_without_a_change_keeps_its_objects_and_a_changed_one_gets_new_ones():
    x = ft_report()
    interview, visit = x.events
    view, _ = apply_corrections(x, [RelabelEvent(event_anchor(x, interview), "Interview"), NoteEvent(event_anchor(x, visit), "n")])
    corrected = view.articles[x.article.key]
    assert corrected.events[0] is not interview and corrected.events[0].label == "Interview"
    assert corrected.events[1] is visit and interview.label != "Interview"
    assert all(a is b for a, b in zip(corrected.entities, x.entities, strict=True))
    assert corrected.events is not x.events and corrected.entities is not x.entities


def test_keys_given_by_the_caller_name_the_articles():
    x, y = ft_report(), agency_report()
    made = [RelabelEvent(event_anchor(y, y.events[0]), "Neu")]
    assert apply_corrections([x, y], made, [x.article.key, y.article.key]) == apply_corrections([x, y], made)
    with pytest.raises(ValueError):
        apply_corrections([x, y], made, [x.article.key])
