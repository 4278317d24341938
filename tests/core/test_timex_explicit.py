"""Explicit dates in the usual German forms, with their values and intervals."""

from __future__ import annotations

from datetime import date

import pytest
from timex_support import ANCHOR, pairs, tag


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Das Abkommen wurde am 21. Januar 2024 in Genf unterzeichnet.", [("21. Januar 2024", "2024-01-21")]),
        ("Die Frist lief am 21.01.2024 ab.", [("21.01.2024", "2024-01-21")]),
        ("Am 3.2.2023 wurde die Anklage erhoben.", [("3.2.2023", "2023-02-03")]),
        ("Am 21.1. wurde das Gesetz verabschiedet.", [("21.1.", "2024-01-21")]),
        ("Der Unfall ereignete sich am 14. Jänner.", [("14. Jänner", "2024-01-14")]),
        ("Die Messe fand am 2. Feber 2023 statt.", [("2. Feber 2023", "2023-02-02")]),
        ("Bis 30. Sept. 2023 gingen 400 Anträge ein.", [("30. Sept. 2023", "2023-09-30")]),
        ("Die Zahlen für Januar 2024 liegen vor.", [("Januar 2024", "2024-01")]),
        ("Im Jan. 2023 begann der Prozess.", [("Jan. 2023", "2023-01")]),
        ("Im Jahr 2022 wurden 2022 Menschen verletzt.", [("Jahr 2022", "2022")]),
        ("Die Wahl war 2022 ein Erfolg.", [("2022", "2022")]),
        ("Ende März 2023 lief der Vertrag aus.", [("Ende März 2023", "2023-03")]),
        ("Im dritten Quartal 2023 stieg der Umsatz.", [("dritten Quartal 2023", "2023-Q3")]),
        ("In der ersten Jahreshälfte 2023 sank die Zahl.", [("der ersten Jahreshälfte 2023", "2023-H1")]),
        ("In den 1990er-Jahren wuchs die Stadt.", [("den 1990er-Jahren", "199")]),
        ("Die Kirche stammt aus dem 15. Jahrhundert.", [("dem 15. Jahrhundert", "14")]),
        ("Der Maler (1898–1976) lebte in Königsberg.", [("1898", "1898"), ("1976", "1976")]),
        ("Zu Ostern 2024 kommen viele Gäste.", [("Ostern 2024", "2024-03-31")]),
        ("Die Lieferung kam am 2024-01-15 an.", [("2024-01-15", "2024-01-15")]),
    ],
)
def test_explicit_dates(text: str, expected: list[tuple[str, str]]):
    assert pairs(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Bei dem Unglück wurden 2022 Menschen verletzt.",
        "Der Preis stieg auf 2022 Euro.",
        "Die Straße Nr. 2022 ist gesperrt.",
        "Die Anlage liegt auf 1950 m Höhe.",
        "Russland setzte zum ersten Mal 122-mm- und 152-mm-Geschosse ein.",
        "Seit Beginn der Offensive ist die Lage unklar.",
        "August Müller und Juli Zeh sprachen in Berlin.",
        "Die 31 Jahre alte Frau und der 29-Jährige wurden festgenommen.",
        "Damit stehen etwa 2000 der 2300 Beschäftigten vor der Arbeitslosigkeit.",
    ],
)
def test_numbers_and_names_that_are_no_dates(text: str):
    assert pairs(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Anfang März soll der Bau beginnen.", ("Anfang März", "2024-03")),
        ("Mitte März wird entschieden.", ("Mitte März", "2024-03")),
        ("Der Bericht wird Ende März vorgelegt.", ("Ende März", "2024-03")),
        ("Im Frühjahr wird die Brücke eröffnet.", ("Frühjahr", "2024-SP")),
        ("Im Sommer soll gebaut werden.", ("Sommer", "2024-SU")),
        ("Im Herbst wird gewählt.", ("Herbst", "2024-FA")),
        ("Im Herbst 2023 wurde gewählt.", ("Herbst 2023", "2023-FA")),
        ("In der 3. Kalenderwoche wird geliefert.", ("der 3. Kalenderwoche", "2024-W03")),
        ("Die Lieferung ist für KW 12/2024 geplant.", ("KW 12/2024", "2024-W12")),
    ],
)
def test_parts_of_periods_seasons_and_weeks(text: str, expected: tuple[str, str]):
    assert pairs(text) == [expected]


def test_season_and_month_intervals():
    spring, winter = tag("Im Frühjahr 2024 und im Winter 2024 wird gebaut.")
    assert (spring.earliest, spring.latest) == (date(2024, 3, 1), date(2024, 5, 31))
    assert (winter.value, winter.earliest, winter.latest) == ("2024-WI", date(2024, 12, 1), date(2025, 2, 28))


def test_winter_around_the_turn_of_the_year_is_the_running_one():
    [winter] = tag("Im Winter bleibt der Pass geschlossen.")
    assert winter.value == "2023-WI"
    assert winter.earliest <= ANCHOR <= winter.latest


def test_date_lists_share_their_month():
    assert pairs("Die Sitzungen finden am 29. Jänner, am 10. und 11. Februar und am 11., 18. und 25. März statt.") == [
        ("29. Jänner", "2024-01-29"),
        ("10.", "2024-02-10"),
        ("11. Februar", "2024-02-11"),
        ("11.", "2024-03-11"),
        ("18.", "2024-03-18"),
        ("25. März", "2024-03-25"),
    ]


def test_weekday_with_date_is_one_expression():
    assert pairs("Am Donnerstag, 18. Dezember, wird der Riesentorlauf ausgetragen.", date(2014, 12, 16)) == [
        ("Donnerstag, 18. Dezember", "2014-12-18")
    ]


def test_a_weekday_named_with_a_date_picks_its_year():
    assert pairs("Am Donnerstag, 18. Dezember, wurde gewählt.", date(2015, 1, 10)) == [
        ("Donnerstag, 18. Dezember", "2014-12-18")
    ]
    assert pairs("Termine: Sa., 11. Mai, 20 Uhr; So 12.5., 17 Uhr.") == [
        ("Sa., 11. Mai", "2024-05-11"),
        ("20 Uhr", "2024-05-11T20:00"),
        ("So 12.5.", "2024-05-12"),
        ("17 Uhr", "2024-05-12T17:00"),
    ]


def test_movable_feasts():
    assert pairs("Pfingstmontag 2024 und der Herz-Jesu-Sonntag 2024") == [
        ("Pfingstmontag 2024", "2024-05-20"),
        ("Herz-Jesu-Sonntag 2024", "2024-06-09"),
    ]


def test_umlauts_sharp_s_and_typographic_quotes():
    text = "„Im März“, sagte der Sprecher, „beginnt der Bau – spätestens am 15. März.“"
    assert pairs(text) == [("März", "2024-03"), ("15. März", "2024-03-15")]


def test_line_breaks_end_an_expression():
    assert pairs("Ende\nMärz 2023") == [("März 2023", "2023-03")]


def test_a_season_across_two_years_is_one_expression_without_a_day():
    assert pairs("In der Saison 2014/15 wurde er Meister.") == [("der Saison 2014/15", "XXXX-XX-XX")]
    [timex] = tag("Im Schuljahr 2023/2024 gibt es mehr Klassen.")
    assert (timex.text, timex.value, timex.earliest, timex.latest) == ("Schuljahr 2023/2024", "XXXX-XX-XX", None, None)
    assert pairs("Die Saison 2014/17 war lang.") == []


def test_a_month_range_shares_the_year_named_at_its_end():
    assert pairs("Von Januar bis Juli 2007 erschienen drei Bände.") == [("Januar", "2007-01"), ("Juli 2007", "2007-07")]
    assert pairs("Von Dezember bis Februar 2015 wurde gebaut.") == [("Dezember", "2014-12"), ("Februar 2015", "2015-02")]
