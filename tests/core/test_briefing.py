"""Briefings: articles and grades, entities merged across articles, events grouped by occurrence."""

from __future__ import annotations

from datetime import date

import pytest
from briefing_samples import agency_report, ft_report, make_extraction
from lagebild.core.briefing import Briefing, reliability_grade
from lagebild.core.corrections import (
    HideEvent,
    MergeEntities,
    RetypeEntity,
    SetEventDate,
    SplitEntity,
    entity_anchor,
    event_anchor,
    span_anchor,
)
from lagebild.core.model import EntityType


def two_reports() -> Briefing:
    briefing = Briefing("Nordkorea und Russland")
    briefing.add_article(ft_report(), "B2")
    briefing.add_article(agency_report(), "C3")
    return briefing


def merged(briefing: Briefing, name: str):
    return next(m for m in briefing.merged_entities() if m.name == name)


def group_with(briefing: Briefing, label_start: str):
    return next(g for g in briefing.event_groups() if any(e.label.startswith(label_start) for _, e in g.members))


@pytest.mark.parametrize("value, grade", [("B2", "B2"), ("a1", "A1"), (" f6 ", "F6")])
def test_reliability_grades_are_normalised(value, grade):
    assert reliability_grade(value) == grade


@pytest.mark.parametrize("value", ["G1", "A7", "A0", "AA", "B", "B22", "", None])
def test_reliability_grades_outside_the_admiralty_code_are_refused(value):
    with pytest.raises(ValueError, match="source A–F and information 1–6"):
        reliability_grade(value)


def test_articles_have_a_validated_grade_defaulting_to_f6():
    briefing = two_reports()
    plain = briefing.add_article(make_extraction("Ein dritter Bericht ohne Datum."))
    assert plain.reliability == "F6"
    plain.reliability = "e5"
    assert plain.reliability == "E5"
    with pytest.raises(ValueError):
        plain.reliability = "Z9"
    assert plain.title == "Ein dritter Bericht ohne Datum."
    assert briefing.articles[0].title == "Nordkorea ist Russlands größter Waffenlieferant"


def test_the_same_text_cannot_be_added_twice():
    briefing = two_reports()
    with pytest.raises(ValueError, match="already holds"):
        briefing.add_article(ft_report(date(2024, 1, 22)))


def test_removing_an_article_takes_its_corrections_and_restore_puts_them_back():
    briefing = two_reports()
    a, b = (item.extraction for item in briefing.articles)
    own = HideEvent(event_anchor(b, b.events[0]))
    shared = MergeEntities(entity_anchor(a, a.entities[0]), entity_anchor(b, b.entities[0]))
    kept = HideEvent(event_anchor(a, a.events[0]))
    briefing.corrections = [kept, own, shared]
    removed = briefing.remove_article(briefing.articles[1].key)
    assert briefing.corrections == [kept, shared]
    assert [o.correction for o in briefing.orphans()] == [shared]  # reported, not dropped
    briefing.restore(removed)
    assert briefing.corrections == [kept, own, shared]
    assert [item.extraction for item in briefing.articles] == [a, b]
    assert briefing.orphans() == []


def test_replace_extraction_needs_the_same_text():
    briefing = two_reports()
    key = briefing.articles[0].key
    old = briefing.replace_extraction(key, ft_report(date(2024, 1, 25)), extractor="0.2.0")
    assert old.article.published == date(2024, 1, 21)
    assert briefing.articles[0].extractor == "0.2.0"
    assert briefing.articles[0].article.published == date(2024, 1, 25)
    with pytest.raises(ValueError, match="same text"):
        briefing.replace_extraction(key, agency_report())


def test_the_same_person_in_two_articles_is_one_entity_with_an_article_count():
    briefing = two_reports()
    budanov = merged(briefing, "Kyrylo Budanov")  # "Budanov" alone in the agency report
    assert budanov.type is EntityType.PER
    assert budanov.article_count == 2
    assert budanov.mention_count == 4
    assert budanov.articles == [item.key for item in briefing.articles]
    assert merged(briefing, "Kim Jong Un").article_count == 2
    assert merged(briefing, "Russland").article_count == 2
    assert merged(briefing, "Putin").article_count == 1
    names = [m.name for m in briefing.merged_entities()]
    assert len(names) == len(set(names))
    assert briefing.merged_entities()[0].article_count == 2  # widely reported first


def test_a_surname_shared_by_two_full_names_is_not_merged():
    briefing = two_reports()
    briefing.add_article(
        make_extraction(
            "Olga Budanov sprach am 3. Januar in Odessa.",
            entities={"Olga Budanov": ("PER", ["Olga Budanov"]), "Odessa": ("LOC", ["Odessa"])},
        )
    )
    names = {m.name: m.article_count for m in briefing.merged_entities()}
    assert names["Kyrylo Budanov"] == 1 and names["Olga Budanov"] == 1 and names["Budanov"] == 1


def test_same_name_with_another_type_stays_apart_until_retyped():
    briefing = two_reports()
    b = briefing.articles[1].extraction
    nordkorea_b = next(e for e in b.entities if e.name == "Nordkorea")
    briefing.corrections.append(RetypeEntity(entity_anchor(b, nordkorea_b), EntityType.ORG))
    assert sorted(m.type.value for m in briefing.merged_entities() if m.name == "Nordkorea") == ["LOC", "ORG"]
    briefing.corrections.append(RetypeEntity(entity_anchor(b, nordkorea_b), EntityType.LOC))
    assert merged(briefing, "Nordkorea").article_count == 2


def test_analyst_merges_across_articles_and_splits_again():
    briefing = two_reports()
    a, b = (item.extraction for item in briefing.articles)
    hur = next(e for e in a.entities if e.name == "HUR")
    putin = next(e for e in b.entities if e.name == "Putin")
    merge = MergeEntities(entity_anchor(a, hur), entity_anchor(b, putin))  # absurd, but the analyst's call
    briefing.corrections.append(merge)
    joined = merged(briefing, "HUR")
    assert joined.article_count == 2 and joined.type is EntityType.ORG
    assert all(m.name != "Putin" for m in briefing.merged_entities())
    briefing.corrections.append(SplitEntity(entity_anchor(b, putin), tuple(span_anchor(b, m.start, m.end) for m in putin.mentions)))
    assert merged(briefing, "HUR").article_count == 1
    # Split off, it no longer joins its namesake in the other article by name either.
    kim_b = next(e for e in b.entities if e.name == "Kim Jong Un")
    briefing.corrections.append(SplitEntity(entity_anchor(b, kim_b), (span_anchor(b, kim_b.mentions[0].start, kim_b.mentions[0].end),)))
    assert [m.article_count for m in briefing.merged_entities() if m.name == "Kim Jong Un"] == [1, 1]


def test_the_same_occurrence_in_two_articles_is_one_group_with_two_sources():
    briefing = two_reports()
    interview = group_with(briefing, "Budanov: Nordkorea liefert")
    assert len(interview.members) == 2
    assert interview.sources == [item.key for item in briefing.articles]
    assert not interview.contradiction
    assert interview.date == "2024-01-21"
    # Putin's meeting is reported once and stays alone.
    meeting = group_with(briefing, "Putin traf")
    assert len(meeting.members) == 1 and not meeting.contradiction
    assert len(briefing.event_groups()) == 3
    dates = [g.earliest for g in briefing.event_groups()]
    assert dates == sorted(dates)


def test_the_same_occurrence_on_different_days_is_flagged_as_a_contradiction():
    briefing = two_reports()
    visit = group_with(briefing, "Kim Jong Un besuchte")
    assert visit.contradiction
    assert sorted(visit.dates) == ["2024-01-14", "2024-01-15"]
    assert visit.members[0][0] == briefing.articles[0].key  # B2 leads over C3
    assert visit.date == "2024-01-15"
    briefing.articles[1].reliability = "A1"
    visit = group_with(briefing, "Kim Jong Un besuchte")
    assert visit.members[0][0] == briefing.articles[1].key and visit.date == "2024-01-14"


def test_an_analyst_date_resolves_a_contradiction_and_hidden_events_leave_their_group():
    briefing = two_reports()
    b = briefing.articles[1].extraction
    visit_b = next(e for e in b.events if e.label.startswith("Kim"))
    briefing.corrections.append(SetEventDate(event_anchor(b, visit_b), "2024-01-15"))
    assert not group_with(briefing, "Kim Jong Un besuchte").contradiction
    interview_b = next(e for e in b.events if e.label.startswith("Budanov"))
    briefing.corrections.append(HideEvent(event_anchor(b, interview_b)))
    assert len(group_with(briefing, "Budanov: Nordkorea liefert").members) == 1


def test_a_coarser_date_is_compatible_and_the_precise_one_is_shown():
    briefing = two_reports()
    briefing.add_article(
        make_extraction(
            "Im Januar 2024 besuchte Kim Jong Un erneut Rüstungsbetriebe.",
            entities={"Kim Jong Un": ("PER", ["Kim Jong Un"])},
            events=[("Januar 2024", "2024-01", "Kim Jong Un besuchte Rüstungsbetriebe")],
        ),
        "A1",
    )
    visit = group_with(briefing, "Kim Jong Un besuchte")
    assert len(visit.members) == 3
    assert visit.members[0][1].date == "2024-01"  # the most reliable source leads …
    assert visit.contradiction  # … but 14 and 15 January still contradict each other


def test_events_with_open_or_unknown_dates_are_never_grouped():
    text = "Früher hatte Budanov gewarnt, Nordkorea liefere Granaten."
    vague = make_extraction(text, entities={"Budanov": ("PER", ["Budanov"])}, events=[("Früher", "2024-01-21", "Budanov warnte")])
    vague.events[0].date, vague.events[0].earliest = "PAST_REF", None
    briefing = two_reports()
    briefing.add_article(vague)
    budanov_groups = [g for g in briefing.event_groups() if any("Budanov" in e.label for _, e in g.members)]
    assert sorted(len(g.members) for g in budanov_groups) == [1, 2]
    assert briefing.event_groups()[0].date == "PAST_REF"  # open towards the past: first
