"""Corrections: each kind of edit, survival across re-extraction, orphans, plain-data form."""

from __future__ import annotations

import copy
from dataclasses import replace
from datetime import date, timedelta

import pytest
from briefing_samples import agency_report, ft_report, make_extraction
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
    correction_from_dict,
    correction_to_dict,
    date_bounds,
    entity_anchor,
    event_anchor,
    span_anchor,
)
from lagebild.core.model import EntityType, Extraction

WEEK = "Am Montag traf Budanov in Kiew ein. Am Mittwoch sprach Selenskyj mit Budanov über Granaten aus Nordkorea."


def week_report(published: date, *, entity_id_extra: str = "", wide_dates: bool = False) -> Extraction:
    """Relative dates resolved against ``published`` (as the tagger would); ``wide_dates``
    makes the date expressions include their preposition (another extractor's choice)."""
    monday = published - timedelta(days=published.weekday())
    monday_text, wednesday_text = ("Am Montag", "Am Mittwoch") if wide_dates else ("Montag", "Mittwoch")
    return make_extraction(
        WEEK,
        published=published,
        entities={
            "Budanov": ("PER", ["Budanov"]),
            "Kiew": ("LOC", ["Kiew"]),
            "Selenskyj": ("PER", ["Selenskyj"]),
            "Nordkorea": ("LOC", ["Nordkorea"]),
        },
        events=[
            (monday_text, monday.isoformat(), "Budanov traf in Kiew ein"),
            (wednesday_text, (monday + timedelta(days=2)).isoformat(), "Selenskyj sprach mit Budanov"),
        ],
        entity_id_extra=entity_id_extra,
    )


def by_label(extraction: Extraction, label: str):
    return next(e for e in extraction.events if e.label == label)


def entity_named(extraction: Extraction, name: str):
    return next(e for e in extraction.entities if e.name == name)


def test_date_bounds():
    assert date_bounds("2024") == (date(2024, 1, 1), date(2024, 12, 31))
    assert date_bounds("2024-02") == (date(2024, 2, 1), date(2024, 2, 29))
    assert date_bounds("2024-01-15") == (date(2024, 1, 15), date(2024, 1, 15))
    for bad in ("15.01.2024", "2024-13", "2024-02-30", "PAST_REF", ""):
        with pytest.raises(ValueError, match="is not a date"):
            date_bounds(bad)


def test_event_edits_apply_to_a_copy():
    x = ft_report()
    original = copy.deepcopy(x)
    interview, visit = x.events
    corrections = [
        SetEventDate(event_anchor(x, visit), "2024-01-14"),
        RelabelEvent(event_anchor(x, interview), "Interview in der Financial Times"),
        NoteEvent(event_anchor(x, interview), "Quelle: HUR-Chef selbst"),
        HideEvent(event_anchor(x, visit)),
    ]
    view, orphans = apply_corrections(x, corrections)
    assert orphans == []
    assert x == original  # the input is never changed
    corrected = view.articles[x.article.key]
    assert [e.label for e in corrected.events] == ["Interview in der Financial Times"]
    key = x.article.key
    hidden = view.hidden[(key, visit.id)]
    assert (hidden.date, hidden.earliest, hidden.latest) == ("2024-01-14", date(2024, 1, 14), date(2024, 1, 14))
    assert view.notes == {(key, interview.id): "Quelle: HUR-Chef selbst"}
    assert view.edited_events == {(key, interview.id), (key, visit.id)}


def test_a_changed_date_reorders_events_and_an_empty_note_removes_the_note():
    x = ft_report()
    interview, visit = x.events
    view, _ = apply_corrections(
        x,
        [
            SetEventDate(event_anchor(x, interview), "2024-01"),
            NoteEvent(event_anchor(x, visit), "prüfen"),
            NoteEvent(event_anchor(x, visit), ""),
        ],
    )
    events = view.articles[x.article.key].events
    assert [e.id for e in events] == [interview.id, visit.id]  # 1 January … 31 January starts first
    assert (events[0].earliest, events[0].latest) == (date(2024, 1, 1), date(2024, 1, 31))
    assert view.notes == {}


def test_add_an_event_from_a_selected_sentence():
    x = ft_report()
    sentence = x.sentences[2]  # "Budanov leitet den Militärgeheimdienst HUR."
    added = AddEvent.create(x, sentence.start, sentence.end, "2023", "Budanov leitet den HUR")
    view, orphans = apply_corrections(x, [added, NoteEvent(added.at, "aus dem Archiv")])
    assert orphans == []
    event = next(e for e in view.articles[x.article.key].events if e.id == added.at.id)
    assert (event.date, event.sentence, event.timex) == ("2023", 2, None)
    names = {entity_named(x, n).id for n in ("Kyrylo Budanov", "HUR")}
    assert set(event.entities) == names
    assert view.notes[(x.article.key, added.at.id)] == "aus dem Archiv"
    assert view.articles[x.article.key].events[0].id == added.at.id  # 2023 comes first


def test_entity_edits_and_merge_within_an_article():
    x = ft_report()
    hur, ft = entity_named(x, "HUR"), entity_named(x, "Financial Times")
    budanov = entity_named(x, "Kyrylo Budanov")
    view, orphans = apply_corrections(
        x,
        [
            RenameEntity(entity_anchor(x, hur), "Militärgeheimdienst HUR"),
            RetypeEntity(entity_anchor(x, ft), EntityType.MISC),
            MergeEntities(entity_anchor(x, budanov), entity_anchor(x, hur)),
        ],
    )
    assert orphans == []
    corrected = view.articles[x.article.key]
    assert entity_named(corrected, "Financial Times").type is EntityType.MISC
    merged = entity_named(corrected, "Kyrylo Budanov")
    assert [m.text for m in merged.mentions] == ["Kyrylo Budanov", "Budanov", "Budanov", "HUR"]
    assert all(e.name != "Militärgeheimdienst HUR" for e in corrected.entities)
    # A later correction addressed to the merged-away entity still finds it by its mention.
    view, orphans = apply_corrections(
        x, [MergeEntities(entity_anchor(x, budanov), entity_anchor(x, hur)), RenameEntity(entity_anchor(x, hur), "Budanow")]
    )
    assert orphans == [] and entity_named(view.articles[x.article.key], "Budanow").id == budanov.id


def test_split_moves_mentions_to_a_new_entity_and_updates_participants():
    text = "Kim Jong Un besuchte am 2. Januar eine Fabrik. Am 5. Januar reiste Kim Yo Jong nach Moskau."
    x = make_extraction(
        text,
        entities={"Kim Jong Un": ("PER", ["Kim Jong Un", "Kim Yo Jong"]), "Moskau": ("LOC", ["Moskau"])},
        events=[("2. Januar", "2024-01-02", "Kim Jong Un besuchte eine Fabrik"), ("5. Januar", "2024-01-05", "Kim Yo Jong reiste nach Moskau")],
    )
    kim = entity_named(x, "Kim Jong Un")
    sister = kim.mentions[1]
    split = SplitEntity(entity_anchor(x, kim), (span_anchor(x, sister.start, sister.end),))
    view, orphans = apply_corrections(x, [split])
    assert orphans == []
    corrected = view.articles[x.article.key]
    new = entity_named(corrected, "Kim Yo Jong")
    assert [m.text for m in new.mentions] == ["Kim Yo Jong"]
    assert [m.text for m in entity_named(corrected, "Kim Jong Un").mentions] == ["Kim Jong Un"]
    visit, trip = corrected.events
    assert visit.entities == [kim.id]
    assert trip.entities == [new.id, entity_named(x, "Moskau").id]
    # The split-off entity can be addressed like any other, e.g. renamed.
    rename = RenameEntity(entity_anchor(corrected, new), "Kim Yo-jong")
    view, orphans = apply_corrections(x, [split, rename])
    assert orphans == [] and entity_named(view.articles[x.article.key], "Kim Yo-jong").mentions == new.mentions


def test_corrections_survive_re_extraction_with_another_publication_date():
    first = week_report(date(2024, 1, 21))
    arrival = by_label(first, "Budanov traf in Kiew ein")
    talk = by_label(first, "Selenskyj sprach mit Budanov")
    budanov = entity_named(first, "Budanov")
    corrections = [
        RelabelEvent(event_anchor(first, arrival), "Budanov in Kiew"),
        SetEventDate(event_anchor(first, talk), "2024-01-18"),
        NoteEvent(event_anchor(first, talk), "Datum laut Präsidialamt"),
        RenameEntity(entity_anchor(first, budanov), "Kyrylo Budanov"),
    ]
    again = week_report(date(2024, 2, 4))  # the analyst corrected the publication date
    assert by_label(again, "Budanov traf in Kiew ein").date != arrival.date
    view, orphans = apply_corrections(again, corrections)
    assert orphans == []
    corrected = view.articles[again.article.key]
    arrival_now = by_label(corrected, "Budanov in Kiew")
    assert arrival_now.date == "2024-01-29"  # Monday of the new week: the extraction's new value
    talk_now = next(e for e in corrected.events if e.id == talk.id)
    assert talk_now.date == "2024-01-18"  # the analyst's date wins over the new one
    assert view.notes[(again.article.key, talk.id)] == "Datum laut Präsidialamt"
    assert entity_named(corrected, "Kyrylo Budanov").id == budanov.id


def test_corrections_follow_their_span_when_a_newer_extractor_changes_ids():
    first = week_report(date(2024, 1, 21))
    talk = by_label(first, "Selenskyj sprach mit Budanov")
    budanov = entity_named(first, "Budanov")
    newer = week_report(date(2024, 1, 21), entity_id_extra="v2", wide_dates=True)
    assert {e.id for e in newer.events}.isdisjoint({e.id for e in first.events})
    assert entity_named(newer, "Budanov").id != budanov.id
    view, orphans = apply_corrections(
        newer, [HideEvent(event_anchor(first, talk)), RetypeEntity(entity_anchor(first, budanov), EntityType.ORG)]
    )
    assert orphans == []
    corrected = view.articles[newer.article.key]
    assert [e.label for e in corrected.events] == ["Budanov traf in Kiew ein"]
    assert entity_named(corrected, "Budanov").type is EntityType.ORG


def test_a_correction_without_its_anchor_is_reported_not_dropped():
    first = ft_report()
    interview, visit = first.events
    hur = entity_named(first, "HUR")
    other = agency_report()
    corrections = [
        RelabelEvent(event_anchor(first, interview), "Interview"),
        HideEvent(event_anchor(first, visit)),
        RenameEntity(entity_anchor(first, hur), "Militärgeheimdienst"),
        NoteEvent(event_anchor(other, other.events[0]), "anderer Artikel"),
    ]
    # A newer extractor no longer finds the visit nor the HUR.
    newer = replace(first, events=[interview], entities=[e for e in first.entities if e.name != "HUR"])
    view, orphans = apply_corrections(newer, corrections)
    assert [o.index for o in orphans] == [1, 2, 3]
    assert "„15. Januar“ is no longer extracted" in orphans[0].reason
    assert "„HUR“ is no longer extracted" in orphans[1].reason
    assert "is not in the briefing" in orphans[2].reason
    assert orphans[0].correction is corrections[1]
    assert all("\n" not in o.reason for o in orphans)
    assert view.articles[first.article.key].events[0].label == "Interview"


def test_added_event_on_a_passage_of_another_text_is_an_orphan():
    x = ft_report()
    added = AddEvent.create(x, 0, 9, "2024", "Nordkorea")
    moved = AddEvent(replace(added.at, start=1, end=10), "2024", "Nordkorea")
    _, orphans = apply_corrections(x, [added, added, moved])
    assert [o.index for o in orphans] == [1, 2]
    assert "already added" in orphans[0].reason and "no longer at 1–10" in orphans[1].reason


def test_every_kind_round_trips_through_plain_data():
    x = ft_report()
    event, entity = x.events[0], x.entities[0]
    ev, en = event_anchor(x, event), entity_anchor(x, entity)
    corrections = [
        SetEventDate(ev, "2024-01"),
        RelabelEvent(ev, "Neu"),
        HideEvent(ev),
        AddEvent.create(x, 0, 9, "2024-01-20", "Nordkorea"),
        NoteEvent(ev, "Notiz „mit“ Anführungszeichen"),
        RenameEntity(en, "Budanow"),
        RetypeEntity(en, EntityType.ORG),
        MergeEntities(en, entity_anchor(x, x.entities[1])),
        SplitEntity(en, (span_anchor(x, 31, 45), span_anchor(x, 120, 127))),
    ]
    assert len({type(c) for c in corrections}) == 9
    for correction in corrections:
        data = correction_to_dict(correction)
        assert correction_from_dict(data) == correction
        assert data["kind"] == correction.kind


@pytest.mark.parametrize(
    "data, message",
    [
        ({"kind": "paint_event"}, "unknown correction kind"),
        ({"kind": "hide_event"}, "missing event"),
        ({"kind": "hide_event", "event": {"article": "a", "id": "b"}}, "an anchor needs"),
        ({"kind": "hide_event", "event": {"article": "a", "id": "b", "start": -1, "end": 2, "text": ""}}, "offsets"),
        ({"kind": "retype_entity", "entity": {"article": "a", "id": "b", "start": 0, "end": 1, "text": "x"}, "type": "THING"}, "entity type"),
        ({"kind": "set_event_date", "event": {"article": "a", "id": "b", "start": 0, "end": 1, "text": "x"}, "value": "gestern"}, "not a date"),
        ({"kind": "relabel_event", "event": {"article": "a", "id": "b", "start": 0, "end": 1, "text": "x"}, "label": 5}, "must be a string"),
    ],
)
def test_bad_plain_data_is_refused_with_a_message(data, message):
    with pytest.raises(ValueError, match=message):
        correction_from_dict(data)


def test_invalid_edits_cannot_be_made():
    anchor = Anchor("a", "ev-1", 0, 1, "x")
    with pytest.raises(ValueError):
        RelabelEvent(anchor, "  ")
    with pytest.raises(ValueError):
        RenameEntity(anchor, "")
    with pytest.raises(ValueError):
        SplitEntity(anchor, ())
    with pytest.raises(ValueError):
        SetEventDate(anchor, "morgen")


def test_real_extraction_keeps_corrections_after_reanchoring(seed_path):
    pipeline = pytest.importorskip("lagebild.core.pipeline")
    try:
        from lagebild.core.ner import find_entities  # noqa: F401
        from lagebild.core.timex import find_timexes  # noqa: F401
    except ImportError:
        pytest.skip("the date and entity stages are not there yet")
    first = pipeline.extract_file(seed_path)
    dated = [e for e in first.events if e.earliest is not None and e.timex is not None]
    entity = max(first.entities, key=lambda e: e.mention_count)
    corrections = [
        RelabelEvent(event_anchor(first, dated[0]), "Geprüft"),
        NoteEvent(event_anchor(first, dated[-1]), "Notiz"),
        RenameEntity(entity_anchor(first, entity), "Umbenannt"),
    ]
    again = pipeline.reanchor(first, date(2024, 3, 1))
    view, orphans = apply_corrections(again, corrections)
    assert orphans == []
    corrected = view.articles[again.article.key]
    assert any(e.label == "Geprüft" for e in corrected.events)
    assert any(e.name == "Umbenannt" for e in corrected.entities)


def test_mentions_split_off_stay_apart_from_their_namesakes_in_other_articles() -> None:
    from lagebild.core.briefing import Briefing

    briefing = Briefing()
    a = briefing.add_article(ft_report(), "B2").extraction
    briefing.add_article(agency_report(), "C3")
    budanov = next(e for e in a.entities if e.name == "Kyrylo Budanov")
    third = budanov.mentions[2]
    briefing.corrections = [SplitEntity(entity_anchor(a, budanov), (span_anchor(a, third.start, third.end),))]
    merged = {m.name: m for m in briefing.merged_entities()}
    assert merged["Kyrylo Budanov"].mention_count == 3  # two in A, one in B
    split = [m for m in briefing.merged_entities() if m.name == "Budanov"]
    assert len(split) == 1 and split[0].mention_count == 1 and split[0].article_count == 1
