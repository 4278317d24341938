"""BriefingSnapshot: the indexed, corrected view every window view reads."""

from __future__ import annotations

from lagebild.core.briefing import Briefing
from lagebild.core.corrections import HideEvent, NoteEvent, event_anchor
from lagebild.core.snapshot import BriefingSnapshot

from briefing_samples import agency_report, edited_briefing, ft_report


def two_reports() -> Briefing:
    briefing = Briefing("Lage")
    briefing.add_article(ft_report(), "B2")
    briefing.add_article(agency_report(), "C3")
    return briefing


def test_events_and_entities_are_found_in_their_articles() -> None:
    briefing = two_reports()
    snapshot = BriefingSnapshot(briefing)
    a, b = (item.key for item in briefing.articles)
    assert snapshot.keys == [a, b]
    assert [snapshot.infos[k].number for k in snapshot.keys] == [1, 2]
    assert snapshot.infos[b].reliability == "C3"
    for key in (a, b):
        extraction = snapshot.extraction(key)
        for event in extraction.events:
            assert snapshot.article_of(event.id) == key
            assert snapshot.event(event.id) is event
        for entity in extraction.entities:
            assert snapshot.article_of(entity.id) == key


def test_the_same_interview_in_two_reports_is_one_group_led_by_the_better_source() -> None:
    briefing = two_reports()
    snapshot = BriefingSnapshot(briefing)
    a, b = (item.extraction for item in briefing.articles)
    interview_a, interview_b = a.events[0], b.events[0]
    assert snapshot.lead(interview_b.id) == interview_a.id  # B2 beats C3
    assert snapshot.lead(interview_a.id) == interview_a.id
    assert len(snapshot.group(interview_a.id).sources) == 2
    # Kim's visit: 15 vs 14 January → one group, flagged as a contradiction
    visit = snapshot.group(a.events[1].id)
    assert visit is snapshot.group(b.events[1].id)
    assert visit.contradiction
    leads = snapshot.leads_in_time()
    assert len(leads) == len(snapshot.groups) == 3  # interview, visit, Putin's meeting
    assert len(set(leads)) == 3


def test_budanov_in_both_reports_is_one_entity_with_both_events() -> None:
    briefing = two_reports()
    snapshot = BriefingSnapshot(briefing)
    a, b = (item.extraction for item in briefing.articles)
    budanov_a = next(e for e in a.entities if e.name == "Kyrylo Budanov")
    budanov_b = next(e for e in b.entities if e.name == "Budanov")
    assert snapshot.lead_entity(budanov_b.id) == snapshot.lead_entity(budanov_a.id) == budanov_a.id
    assert snapshot.merged_entity(budanov_a.id).article_count == 2
    assert snapshot.member_in(budanov_a.id, b.article.key) is snapshot.entity(budanov_b.id)
    assert snapshot.leads_of_entity(budanov_b.id) == {a.events[0].id}
    putin = next(e for e in b.entities if e.name == "Putin")
    assert snapshot.leads_of_entity(putin.id) == {b.events[2].id}
    assert budanov_a.id in snapshot.participants(b.events[0].id)


def test_corrections_show_hidden_events_gone_and_notes_kept() -> None:
    briefing = two_reports()
    b = briefing.articles[1].extraction
    briefing.corrections = [
        HideEvent(event_anchor(b, b.events[2])),
        NoteEvent(event_anchor(b, b.events[1]), "Datum prüfen"),
    ]
    snapshot = BriefingSnapshot(briefing)
    assert snapshot.event(b.events[2].id) is None
    assert snapshot.note(b.events[1].id) == "Datum prüfen"
    assert snapshot.note(b.events[0].id) == ""
    assert len(snapshot.leads_in_time()) == 2


def test_a_fully_edited_briefing_has_no_orphans_and_one_snapshot_of_one_article() -> None:
    assert BriefingSnapshot(edited_briefing()).orphans == []
    single = BriefingSnapshot.of(ft_report())
    assert len(single) == 1
    assert single.title == ""
