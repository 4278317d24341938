"""Seed acceptance: the sample article's nine temporal expressions, and no others."""

from __future__ import annotations

from datetime import date

from lagebild.core.model import TimexType
from lagebild.core.sentences import segment
from lagebild.core.timex import find_timexes

EXPECTED = [
    ("derzeit", "PRESENT_REF"),
    ("heutigen Tag", "2024-01-21"),
    ("21. Januar", "2024-01-21"),
    ("früher", "PAST_REF"),
    ("Februar 2022", "2022-02"),
    ("15. Januar", "2024-01-15"),
    ("2. Januar", "2024-01-02"),
    ("21. Januar", "2024-01-21"),
    ("naher Zukunft", "FUTURE_REF"),
]


def test_seed_article_yields_exactly_the_expected_timexes(seed_path, seed_expected):
    text = seed_path.read_text(encoding="utf-8")
    sentences, tokens = segment(text)
    timexes = find_timexes(text, sentences, tokens, date(2024, 1, 21))

    assert [(t.text, t.value) for t in timexes] == EXPECTED
    expected_sentences = [t["sentence"] - 1 for t in seed_expected["timexes"]]
    assert [t.sentence for t in timexes] == expected_sentences
    for timex in timexes:
        assert text[timex.start : timex.end] == timex.text
        assert timex.type is TimexType.DATE


def test_seed_intervals():
    text = "Seit Beginn der Invasion im Februar 2022 liefert Nordkorea derzeit Munition."
    sentences, tokens = segment(text)
    by_text = {t.text: t for t in find_timexes(text, sentences, tokens, date(2024, 1, 21))}

    assert set(by_text) == {"Februar 2022", "derzeit"}
    assert (by_text["Februar 2022"].earliest, by_text["Februar 2022"].latest) == (date(2022, 2, 1), date(2022, 2, 28))
    assert (by_text["derzeit"].earliest, by_text["derzeit"].latest) == (date(2024, 1, 21), date(2024, 1, 21))
