"""Events from German news-style sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from lagebild.core.model import Article
from lagebild.core.pipeline import extract


def events_of(text: str, anchor: date = date(2024, 3, 7)):
    return extract(Article(text=text, published=anchor)).events


def test_plain_occurrence_is_an_event_with_a_clause_label():
    (event,) = events_of("Die Polizei nahm am Dienstag in Görlitz zwei Männer fest.")
    assert event.date == "2024-03-05"
    assert event.label == "Die Polizei nahm in Görlitz zwei Männer fest"


def test_state_and_opinion_are_not_events():
    assert events_of("Früher galt eine solche Zusammenarbeit als undenkbar.") == []
    assert events_of("Die Lage ist derzeit angespannt, sagen Beobachter.") == []


def test_date_on_an_event_noun_in_a_state_clause():
    (event,) = events_of("Seit dem Ausbruch des Krieges im Februar 2022 ist die Lage an der Grenze schwierig.")
    assert event.date == "2022-02"
    assert (event.earliest, event.latest) == (date(2022, 2, 1), date(2022, 2, 28))
    assert event.label == "Ausbruch des Krieges"


def test_reported_date_is_the_event_and_the_report_content_is_the_label():
    events = events_of(
        "Ein Sprecher der Stadt Leipzig hatte bereits am 4. März berichtet, "
        "dass die Brücke über die Weiße Elster gesperrt wurde."
    )
    assert [e.date for e in events] == ["2024-03-04"]
    assert "die Brücke über die Weiße Elster gesperrt" in events[0].label.replace("Die", "die")


def test_future_plan_is_a_future_event():
    events = events_of("Der Minister kündigte am Montag an, dass er in naher Zukunft nach Kiew reisen will.")
    assert sorted(e.date for e in events) == ["2024-03-04", "FUTURE_REF"]
    future = next(e for e in events if e.date == "FUTURE_REF")
    assert future.earliest == date(2024, 3, 7) and future.latest is None


def test_same_value_twice_in_one_clause_is_one_event():
    events = events_of("Das Urteil wurde heute (7. März) in Düsseldorf verkündet.")
    assert [e.date for e in events] == ["2024-03-07"]


def test_possessive_relative_clause_names_its_antecedent():
    events = events_of("Laut Petra Weiß, deren Buch am 5. März erschienen ist, wächst die Sorge in Dresden.")
    assert [e.date for e in events] == ["2024-03-05"]
    assert events[0].label == "Buch von Weiß erschienen"


def test_participants_are_the_entities_of_the_sentence():
    result = extract(
        Article(
            text="Bundeskanzler Olaf Scholz traf am 5. März in Paris den französischen Präsidenten Emmanuel Macron.",
            published=date(2024, 3, 7),
        )
    )
    (event,) = result.events
    names = {result.entity(i).name for i in event.entities}
    assert {"Olaf Scholz", "Paris", "Emmanuel Macron"} <= names


@pytest.mark.parametrize(
    ("anchor", "expected"),
    [(date(2024, 1, 3), "2023-12-28"), (date(2023, 12, 30), "2023-12-28")],
)
def test_year_less_dates_around_new_year(anchor: date, expected: str):
    (event,) = events_of("Die Feuerwehr löschte am 28. Dezember einen Brand in einer Lagerhalle.", anchor)
    assert event.date == expected


def test_events_are_in_chronological_order():
    events = events_of(
        "Am 4. März wurde das Gesetz beschlossen. Früher hatte die Regierung andere Pläne verfolgt. "
        "Am 1. März hatte die Opposition protestiert. In naher Zukunft soll das Gesetz in Kraft treten."
    )
    assert [e.date for e in events] == ["PAST_REF", "2024-03-01", "2024-03-04", "FUTURE_REF"]


def test_date_first_main_clause_becomes_subject_first_and_keeps_enumeration_commas():
    (event,) = events_of("Am Montag reisten Olaf Scholz und Emmanuel Macron nach Brüssel, Paris und Rom.")
    assert event.label == "Olaf Scholz und Emmanuel Macron reisten nach Brüssel, Paris und Rom"


def test_parentheses_emptied_of_their_date_disappear():
    events = events_of("Nach Gesprächen in Wien (4./5. März) reiste die Delegation weiter nach Prag.")
    assert events and all("(" not in e.label for e in events)


def test_verb_lists_cover_every_inflection():
    reported = events_of("Die Sprecherinnen betonten am 4. März, dass die Brücke in Dresden gesperrt bleibt.")
    assert [e.date for e in reported] == ["2024-03-04"]
    assert "Brücke in Dresden" in reported[0].label  # "betonten", unknown to HanTa, still reports
    assert events_of("Früher galten solche Abkommen in Berlin als undenkbar.") == []
    assert events_of("Das Buch erschien am 5. März in Leipzig.")[0].date == "2024-03-05"
