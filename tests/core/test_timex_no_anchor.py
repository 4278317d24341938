"""Without a publication date relative and year-less values stay underspecified."""

from __future__ import annotations

import pytest

from lagebild.core.sentences import segment
from lagebild.core.timex import find_timexes, interval_of


def values(text: str) -> list[tuple[str, str]]:
    sentences, tokens = segment(text)
    return [(t.text, t.value) for t in find_timexes(text, sentences, tokens, None)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Am 21. Januar wurde gewählt.", [("21. Januar", "XXXX-01-21")]),
        ("Im März wird gebaut.", [("März", "XXXX-03")]),
        ("Heute beginnt der Prozess, gestern wurde verhandelt.", [("Heute", "XXXX-XX-XX"), ("gestern", "XXXX-XX-XX")]),
        ("Am Montag wurde gewählt.", [("Montag", "XXXX-WXX-1")]),
        ("Nächste Woche wird gezählt.", [("Nächste Woche", "XXXX-WXX")]),
        ("Letzten Monat stiegen die Preise.", [("Letzten Monat", "XXXX-XX")]),
        ("Im vergangenen Jahr sank die Zahl.", [("vergangenen Jahr", "XXXX")]),
        ("Im Sommer wird gebaut.", [("Sommer", "XXXX-SU")]),
        ("Die Sitzung beginnt um 14 Uhr.", [("14 Uhr", "XXXX-XX-XXT14:00")]),
        ("Vor zwei Wochen wurde er entlassen.", [("zwei Wochen", "XXXX-WXX")]),
        ("Derzeit ist es ruhig.", [("Derzeit", "PRESENT_REF")]),
    ],
)
def test_relative_values_stay_underspecified(text: str, expected: list[tuple[str, str]]):
    assert values(text) == expected


def test_underspecified_values_have_no_interval():
    sentences, tokens = segment("Am 21. Januar, heute, am Montag und derzeit, früher und bald.")
    for timex in find_timexes("Am 21. Januar, heute, am Montag und derzeit, früher und bald.", sentences, tokens, None):
        assert (timex.earliest, timex.latest) == (None, None)
        assert interval_of(timex.value, None) == (None, None)


def test_explicit_values_need_no_anchor():
    sentences, tokens = segment("Am 21. Januar 2024 und im Februar 2022 wurde gewählt.")
    found = find_timexes("Am 21. Januar 2024 und im Februar 2022 wurde gewählt.", sentences, tokens, None)
    assert [(t.value, t.earliest.isoformat(), t.latest.isoformat()) for t in found] == [
        ("2024-01-21", "2024-01-21", "2024-01-21"),
        ("2022-02", "2022-02-01", "2022-02-28"),
    ]


def test_an_explicit_year_in_the_sentence_places_a_later_year_less_date():
    assert values("Im März 1992 brach die Nase ab, im April kam die Statue in den Hof.") == [
        ("März 1992", "1992-03"),
        ("April", "1992-04"),
    ]
