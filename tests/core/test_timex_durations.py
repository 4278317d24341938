"""Durations, sets and vague references."""

from __future__ import annotations

from datetime import date

import pytest
from lagebild.core.model import TimexType
from timex_support import ANCHOR, tag


def triples(text: str, anchor: date | None = ANCHOR) -> list[tuple[str, str, str]]:
    return [(t.text, t.type.value, t.value) for t in tag(text, anchor)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Seit zwei Jahren herrscht Krieg.", ("zwei Jahren", "P2Y")),
        ("Er war drei Tage lang verschwunden.", ("drei Tage", "P3D")),
        ("Seit Monaten wird verhandelt.", ("Monaten", "PXM")),
        ("Seit Jahren fehlt das Geld.", ("Jahren", "PXY")),
        ("Die Verhandlungen dauerten 48 Stunden.", ("48 Stunden", "PT48H")),
        ("Nach einer halben Stunde war alles vorbei.", ("einer halben Stunde", "PT30M")),
        ("Die Reparatur dauert eineinhalb Stunden.", ("eineinhalb Stunden", "PT1.5H")),
        ("Seit etwa einem Jahrzehnt wird das diskutiert.", ("etwa einem Jahrzehnt", "P10Y")),
        ("Der Streit zog sich über einige Wochen hin.", ("einige Wochen", "PXW")),
        ("In den vergangenen Tagen regnete es.", ("den vergangenen Tagen", "PXD")),
        ("Der einwöchige Aufenthalt endete früh.", ("einwöchige", "P1W")),
        ("Die Gespräche zogen sich jahrelang hin.", ("jahrelang", "PXY")),
    ],
)
def test_durations(text: str, expected: tuple[str, str]):
    [timex] = tag(text)
    assert (timex.text, timex.value) == expected
    assert timex.type is TimexType.DURATION
    assert (timex.earliest, timex.latest) == (None, None)


def test_the_coming_years_are_the_near_future():
    assert [(t.text, t.value) for t in tag("In den nächsten Jahren wollen wir wachsen.")] == [
        ("den nächsten Jahren", "FUTURE_REF")]
    assert [(t.text, t.value) for t in tag("In den nächsten zwei Jahren wollen wir wachsen.")] == [
        ("den nächsten zwei Jahren", "P2Y")]


def test_number_ranges_give_two_durations():
    assert [(t.text, t.value) for t in tag("Das dauert sechs bis acht Monate.")] == [
        ("sechs", "P6M"),
        ("acht Monate", "P8M"),
    ]


def test_ages_are_no_durations():
    assert tag("Der 16 Jahre alte Spieler traf, die 31 Jahre alte Frau auch.") == []
    assert tag("Im Alter von 80 Jahren starb er.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Der Markt findet jeden Montag statt.", ("jeden Montag", "XXXX-WXX-1")),
        ("Die Zeitung erscheint täglich.", ("täglich", "P1D")),
        ("Die Beilage erscheint wöchentlich.", ("wöchentlich", "P1W")),
        ("Zur jährlichen Tagung kamen alle.", ("jährlichen", "P1Y")),
        ("Die Müllabfuhr kommt alle zwei Wochen.", ("alle zwei Wochen", "P2W")),
        ("Er verdient 400 Euro im Monat.", ("im Monat", "P1M")),
        ("Pro Tag kommen 150 Patienten.", ("Pro Tag", "P1D")),
        ("Sonntags bleibt das Geschäft geschlossen.", ("Sonntags", "XXXX-WXX-7")),
        ("Jedes Wochenende kommen Touristen.", ("Jedes Wochenende", "XXXX-WXX-WE")),
    ],
)
def test_sets(text: str, expected: tuple[str, str]):
    [timex] = tag(text)
    assert (timex.text, timex.value) == expected
    assert timex.type is TimexType.SET
    assert (timex.earliest, timex.latest) == (None, None)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Derzeit gibt es keine Lösung.", [("Derzeit", "PRESENT_REF")]),
        ("Aktuell wird verhandelt, zurzeit ruht alles.", [("Aktuell", "PRESENT_REF"), ("zurzeit", "PRESENT_REF")]),
        ("Gegenwärtig und momentan ist es ruhig.", [("Gegenwärtig", "PRESENT_REF"), ("momentan", "PRESENT_REF")]),
        # KRAUTS tags "jetzt" but hardly ever the discourse words "nun" and "bisher"
        ("Nun steht eine Pause bevor, jetzt erst recht.", [("jetzt", "PRESENT_REF")]),
        ("Früher galt das als unwürdig.", [("Früher", "PAST_REF")]),
        ("Hier stand einst ein Wald, damals gab es kein Geld.", [("einst", "PAST_REF"), ("damals", "PAST_REF")]),
        ("Bisher fehlt eine Antwort.", []),
        ("Putin plant in naher Zukunft einen Besuch.", [("naher Zukunft", "FUTURE_REF")]),
        ("Das soll bald geschehen.", [("bald", "FUTURE_REF")]),
        ("Künftig und demnächst wird gespart.", [("Künftig", "FUTURE_REF"), ("demnächst", "FUTURE_REF")]),
        ("Auch in Zukunft wird gespart.", [("Zukunft", "FUTURE_REF")]),
        ("Sie stehen in dieser schwierigen Zeit zusammen.", [("dieser schwierigen Zeit", "PRESENT_REF")]),
    ],
)
def test_vague_references(text: str, expected: list[tuple[str, str]]):
    assert [(t.text, t.value) for t in tag(text)] == expected


def test_vague_reference_intervals():
    present, past, future = tag("Derzeit ist es ruhig, früher nicht, bald wieder.")
    assert (present.earliest, present.latest) == (ANCHOR, ANCHOR)
    assert (past.earliest, past.latest) == (None, ANCHOR)
    assert (future.earliest, future.latest) == (ANCHOR, None)


@pytest.mark.parametrize(
    "text",
    [
        "Früher oder später wird er zurücktreten.",
        "Er kam, so bald er konnte.",
        "Nun, das ist eine andere Frage.",
        "Ein Mord ist nun einmal ein Mord.",
        "Er lebte zur Zeit des Kaisers Nero in Rom.",
    ],
)
def test_idioms_are_no_vague_references(text: str):
    assert tag(text) == []


def test_a_race_time_is_no_duration_of_thousands_of_minutes():
    assert tag("Hülkenberg wurde Vierter mit 1:20.953 Minuten.") == []
