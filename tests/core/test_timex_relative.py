"""Expressions anchored at the publication date, and how tense places year-less
dates and weekdays (including across the turn of the year)."""

from __future__ import annotations

from datetime import date

import pytest
from timex_support import pairs, tag


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Heute beginnt der Prozess.", [("Heute", "2024-01-21")]),
        ("Der Minister reiste gestern nach Kiew.", [("gestern", "2024-01-20")]),
        ("Vorgestern demonstrierten Tausende.", [("Vorgestern", "2024-01-19")]),
        ("Morgen und übermorgen wird gestreikt.", [("Morgen", "2024-01-22"), ("übermorgen", "2024-01-23")]),
        ("Das Interview wurde am heutigen Tag veröffentlicht.", [("heutigen Tag", "2024-01-21")]),
        ("Die gestrige Sitzung dauerte lange.", [("gestrige", "2024-01-20")]),
        ("Vergangene Woche wurde gewählt.", [("Vergangene Woche", "2024-W02")]),
        ("Letzte Woche stürzte die Börse ab.", [("Letzte Woche", "2024-W02")]),
        ("Nächste Woche wird gezählt.", [("Nächste Woche", "2024-W04")]),
        ("Die Gespräche gehen kommende Woche weiter.", [("kommende Woche", "2024-W04")]),
        ("Letzten Monat stiegen die Preise.", [("Letzten Monat", "2023-12")]),
        ("Im vergangenen Jahr sank die Zahl der Unfälle.", [("vergangenen Jahr", "2023")]),
        ("Im Mai diesen Jahres soll gewählt werden.", [("Mai diesen Jahres", "2024-05")]),
        ("Der Umsatz übertraf den des Vorjahres.", [("des Vorjahres", "2023")]),
        ("Die Einnahmen sind heuer gestiegen.", [("heuer", "2024")]),
        ("Bis Ende des Jahres soll alles fertig sein.", [("Ende des Jahres", "2024")]),
        ("Anfang nächsten Jahres wird gebaut.", [("Anfang nächsten Jahres", "2025")]),
        ("Im kommenden Frühjahr wird eröffnet.", [("kommenden Frühjahr", "2024-SP")]),
        ("Im vergangenen Herbst wurde gewählt.", [("vergangenen Herbst", "2023-FA")]),
    ],
)
def test_relative_to_the_anchor(text: str, expected: list[tuple[str, str]]):
    assert pairs(text) == expected


def test_counted_from_the_anchor():
    assert pairs("Vor zwei Wochen wurde er entlassen.") == [("zwei Wochen", "2024-W01")]
    assert pairs("Vor drei Tagen brannte die Halle.") == [("drei Tagen", "2024-01-18")]
    assert pairs("Vor einem Jahr begann der Streik.") == [("einem Jahr", "2023")]
    assert pairs("In drei Tagen beginnt die Konferenz.") == [("drei Tagen", "2024-01-24")]
    assert pairs("In zwei Monaten soll der Bericht kommen.") == [("zwei Monaten", "2024-03")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Am Dienstag vergangener Woche wurde er festgenommen.", [("Dienstag vergangener Woche", "2024-01-09")]),
        ("Am Montag nächster Woche soll entschieden werden.", [("Montag nächster Woche", "2024-01-22")]),
        ("Im Laufe der Woche soll entschieden werden.", [("Laufe der Woche", "2024-W03")]),
        ("Mitte der 90er zog er nach Wien.", [("Mitte der 90er", "199")]),
        ("Am 5. März kam er an, tags darauf reiste er ab.", [("5. März", "2023-03-05"), ("tags darauf", "2023-03-06")]),
        ("Am 5. März kam er an, am Folgetag reiste er ab.", [("5. März", "2023-03-05"), ("Folgetag", "2023-03-06")]),
    ],
)
def test_compound_relative_expressions(text: str, expected: list[tuple[str, str]]):
    assert pairs(text) == expected


def test_later_without_a_day_to_count_from_stays_open():
    assert pairs("Zwei Jahre später wurde er Präsident.") == [("Zwei Jahre später", "XXXX")]
    assert pairs("Am 3. März 2020 trat er an, zwei Jahre später ab.") == [
        ("3. März 2020", "2020-03-03"),
        ("zwei Jahre später", "2022"),
    ]


def test_weekend_is_the_anchor_weeks_weekend():
    # KRAUTS convention: a bare "am Wochenende" is the weekend of the publication date's ISO week
    assert pairs("Am Wochenende wurde demonstriert.", date(2024, 1, 23)) == [("Wochenende", "2024-W04-WE")]
    assert pairs("Am Wochenende wird demonstriert.", date(2024, 1, 23)) == [("Wochenende", "2024-W04-WE")]
    assert pairs("Am vergangenen Wochenende wurde demonstriert.", date(2024, 1, 23)) == [
        ("vergangenen Wochenende", "2024-W03-WE")]
    assert pairs("Am kommenden Wochenende wird demonstriert.", date(2024, 1, 21)) == [
        ("kommenden Wochenende", "2024-W04-WE")]
    [weekend] = tag("Am Wochenende wurde demonstriert.")
    assert (weekend.value, weekend.earliest, weekend.latest) == ("2024-W03-WE", date(2024, 1, 20), date(2024, 1, 21))


@pytest.mark.parametrize(
    ("text", "anchor", "value"),
    [
        ("Am Montag hatte die Polizei den Mann festgenommen.", date(2024, 1, 18), "2024-01-15"),
        ("Am Montag wird die Polizei den Bericht vorlegen.", date(2024, 1, 18), "2024-01-22"),
        ("Am Donnerstag berichtete die Zeitung darüber.", date(2024, 1, 18), "2024-01-18"),
        ("Am Freitag wurde der Vertrag unterzeichnet.", date(2024, 1, 2), "2023-12-29"),
        ("Am Dienstag soll abgestimmt werden.", date(2023, 12, 29), "2024-01-02"),
        ("Vergangenen Freitag kam es zum Eklat.", date(2024, 1, 19), "2024-01-12"),
        ("Kommenden Samstag beginnt die Saison.", date(2024, 1, 20), "2024-01-27"),
    ],
)
def test_weekdays_follow_the_tense(text: str, anchor: date, value: str):
    [timex] = tag(text, anchor)
    assert timex.value == value
    assert timex.earliest == timex.latest == date.fromisoformat(value)


@pytest.mark.parametrize(
    ("text", "anchor", "value"),
    [
        ("Am 28. Dezember berichtete die Agentur über den Angriff.", date(2024, 1, 5), "2023-12-28"),
        ("Am 3. Januar soll die Sitzung stattfinden.", date(2023, 12, 28), "2024-01-03"),
        ("Ein Sprecher hatte bereits am 15. Januar berichtet, dass die Lieferung ankam.", date(2024, 1, 21), "2024-01-15"),
        ("Die Regierung wird im März entscheiden.", date(2024, 11, 20), "2025-03"),
        ("Im März hatte die Regierung entschieden.", date(2024, 2, 20), "2023-03"),
        ("Die Ausschreibung wird Mitte April 2025 veröffentlicht.", date(2024, 11, 20), "2025-04"),
        ("Die Zahlen werden am 19. Dezember verlegt, wurde mitgeteilt.", date(2014, 12, 16), "2014-12-19"),
        # preterites known to the lexicon though not listed as cues: weak and strong
        ("Am 3. März kaufte er ein Haus.", date(2024, 1, 21), "2023-03-03"),
        ("Am 3. März siegte die Mannschaft.", date(2024, 1, 21), "2023-03-03"),
        ("Am 3. März fuhr er nach Rom.", date(2024, 1, 21), "2023-03-03"),
        ("Am 3. März fährt er nach Rom.", date(2024, 1, 21), "2024-03-03"),
        ("Das letzte Konzert ist am 16. Dezember in Dortmund.", date(2010, 11, 19), "2010-12-16"),  # final, not past
    ],
)
def test_year_less_dates_take_the_year_the_tense_implies(text: str, anchor: date, value: str):
    assert [t.value for t in tag(text, anchor)] == [value]


def test_a_reported_future_is_not_dated_by_the_reporting_verb():
    text = "„Am 15. März“, sagte der Sprecher, „wird gewählt.“"
    assert pairs(text) == [("15. März", "2024-03-15")]
    text = "Die Wahl ist am 15. März, versprach der Präsident."
    assert pairs(text) == [("15. März", "2024-03-15")]


def test_an_explicit_year_carries_over_to_a_later_date_of_the_sentence():
    text = "Nachdem die Statue im März 1992 beschädigt worden war, brachte man sie im April in den Hof."
    assert pairs(text, date(2013, 3, 27)) == [("März 1992", "1992-03"), ("April", "1992-04")]


def test_the_year_under_discussion():
    text = "Erst 1991 erhielt die Statue den Status. Ab Ende des Jahres stand sie im Hof."
    assert pairs(text, date(2013, 3, 27)) == [("1991", "1991"), ("Ende des Jahres", "1991")]
    text = "Die Inflation lag 2023 bei 5 Prozent. Bis Ende des Jahres soll sie sinken."
    assert pairs(text, date(2024, 3, 27)) == [("2023", "2023"), ("Ende des Jahres", "2024")]
    assert pairs("Er kam 2010 nach Bozen und heiratete im selben Jahr.") == [("2010", "2010"), ("selben Jahr", "2010")]


def test_the_day_before_refers_to_the_sentence_day():
    text = "Am 12. März kam er an, am Tag zuvor war er abgereist."
    assert pairs(text) == [("12. März", "2023-03-12"), ("Tag zuvor", "2023-03-11")]


def test_the_day_before_counts_from_the_last_day_named_further_back():
    text = ("Am Freitag siegte sie in Arosa. Das Wetter war gut. Die Piste war hart. "
            "Den Sieg holte sie wie schon am Tag zuvor.")
    assert pairs(text, date(2015, 2, 9)) == [("Freitag", "2015-02-06"), ("Tag zuvor", "2015-02-05")]
    assert pairs("Er bestätigte den Sieg vom Vortag.", date(2015, 2, 9)) == [("Vortag", "2015-02-08")]


def test_the_same_period_last_year():
    assert pairs("Im Vorjahreszeitraum lag der Umsatz höher.") == [("Vorjahreszeitraum", "2023")]
