"""Clock times and parts of the day, placed on the day their sentence talks about."""

from __future__ import annotations

from datetime import date

import pytest
from lagebild.core.model import TimexType
from timex_support import pairs, tag


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Die Sitzung beginnt um 14 Uhr.", [("14 Uhr", "2024-01-21T14:00")]),
        ("Die Sitzung begann um 14.30 Uhr.", [("14.30 Uhr", "2024-01-21T14:30")]),
        ("Der Zug fuhr um 9:15 Uhr ab.", [("9:15 Uhr", "2024-01-21T09:15")]),
        ("Gegen 3 Uhr morgens brach das Feuer aus.", [("3 Uhr", "2024-01-21T03:00")]),
        ("Um 8 Uhr abends war alles vorbei.", [("8 Uhr", "2024-01-21T20:00")]),
        ("Am Abend kam es zu Ausschreitungen.", [("Abend", "2024-01-21TEV")]),
        ("Am Morgen regnete es.", [("Morgen", "2024-01-21TMO")]),
        ("Am Vormittag tagte der Ausschuss.", [("Vormittag", "2024-01-21TMO")]),
        ("Am Nachmittag wurde abgestimmt.", [("Nachmittag", "2024-01-21TAF")]),
        ("Heute Abend wird gefeiert.", [("Heute Abend", "2024-01-21TEV")]),
        ("Am Donnerstagabend wurde gewählt.", [("Donnerstagabend", "2024-01-18TEV")]),
        ("In der Nacht zum Montag brannte ein Haus.", [("der Nacht zum Montag", "2024-01-15TNI")]),
        ("In der Nacht zum Montag soll es schneien.", [("der Nacht zum Montag", "2024-01-22TNI")]),
        ("In der Nacht auf Samstag wurde eingebrochen.", [("der Nacht auf Samstag", "2024-01-20TNI")]),
        ("In der Nacht zu Samstag wurde eingebrochen.", [("der Nacht zu Samstag", "2024-01-20TNI")]),
        ("Um Mitternacht wurde das Feuerwerk gezündet.", [("Mitternacht", "2024-01-21T24:00")]),
    ],
)
def test_times_and_parts_of_day(text: str, expected: list[tuple[str, str]]):
    timexes = tag(text)
    assert [(t.text, t.value) for t in timexes] == expected
    assert all(t.type is TimexType.TIME for t in timexes)
    assert all(t.earliest == t.latest == date.fromisoformat(t.value[:10]) for t in timexes)


def test_time_takes_the_day_named_in_its_sentence():
    assert pairs("Am Montag wird um 17.30 Uhr ein Radtag veranstaltet.", date(2024, 1, 19)) == [
        ("Montag", "2024-01-22"),
        ("17.30 Uhr", "2024-01-22T17:30"),
    ]
    assert pairs("Um 9 Uhr beginnt am 25. Januar die Qualifikation.") == [
        ("9 Uhr", "2024-01-25T09:00"),
        ("25. Januar", "2024-01-25"),
    ]


def test_time_takes_the_day_of_the_sentence_before():
    text = "Das Rennen wird am Freitag ausgetragen. Um 9 Uhr startet die Qualifikation."
    assert pairs(text, date(2024, 1, 16)) == [("Freitag", "2024-01-19"), ("9 Uhr", "2024-01-19T09:00")]


def test_time_ranges_and_lists():
    assert pairs("Geöffnet ist am 25. Januar von 10-18 Uhr.") == [
        ("25. Januar", "2024-01-25"),
        ("10", "2024-01-25T10:00"),
        ("18 Uhr", "2024-01-25T18:00"),
    ]
    assert [t.value for t in tag("Die Läufe beginnen um 9.30/12.30 Uhr.")] == ["2024-01-21T09:30", "2024-01-21T12:30"]


def test_scores_are_no_times():
    assert pairs("Mit einem Teilergebnis von 0:13 ging das Viertel verloren.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Termin: 25. und 26. Januar von 10 bis 18 Uhr.",
         [("25.", "2024-01-25"), ("26. Januar", "2024-01-26"), ("10", "T10:00"), ("18 Uhr", "T18:00")]),
        ("Vorstellungen am 3. und 4. Februar, jeweils 20 Uhr.",
         [("3.", "2024-02-03"), ("4. Februar", "2024-02-04"), ("20 Uhr", "T20:00")]),
        ("Anmeldung ab 3. Februar wochentags von 14 bis 18 Uhr.",
         [("3. Februar", "2024-02-03"), ("wochentags", "P6D"), ("14", "T14:00"), ("18 Uhr", "T18:00")]),
    ],
)
def test_a_time_kept_on_several_days_has_no_day(text: str, expected: list[tuple[str, str]]):
    assert pairs(text) == expected
    assert all(t.earliest is None for t in tag(text) if t.value.startswith("T"))



def test_the_last_night_is_the_night_before_the_anchor():
    assert pairs("In der vergangenen Nacht brannte ein Haus.") == [("der vergangenen Nacht", "2024-01-20TNI")]
    assert pairs("Letzte Nacht brannte ein Haus.") == [("Letzte Nacht", "2024-01-20TNI")]
    assert pairs("In der kommenden Nacht soll es schneien.") == [("der kommenden Nacht", "2024-01-21TNI")]
