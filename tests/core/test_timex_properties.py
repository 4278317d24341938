"""Property tests: the tagger never raises, and its output keeps its promises."""

from __future__ import annotations

from datetime import date

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from lagebild.core.model import Sentence, Timex
from lagebild.core.sentences import segment
from lagebild.core.timex import find_timexes

PIECES = [
    "am 21. Januar", "21.01.2024", "21.1.", "im Februar 2022", "2022", "Jänner", "Ende März", "im Frühjahr",
    "gestern", "heute Abend", "am Montag", "Montagabend", "vergangene Woche", "vor zwei Wochen", "in drei Tagen",
    "um 14.30 Uhr", "10-18 Uhr", "jeden Montag", "täglich", "seit zwei Jahren", "in naher Zukunft", "früher",
    "derzeit", "3., 4. und 5. Oktober", "KW 53", "31. Februar", "29. Februar", "der 3. Kalenderwoche",
    "Ende des Jahres", "im Vorjahr", "am Tag zuvor", "Weihnachten", "Ostern 9999", "1. Januar 0001",
    "Herz-Jesu-Sonntag", "Tag der Deutschen Einheit", "Sa., 11. Mai", "Dienstag vergangener Woche", "tags darauf",
    "1., 2., 3., 4., 5., 6. und 7. Oktober", "Ende          März", "14.00, 15.00, 16.00 und 17.00 Uhr",
    "hatte", "wird", "soll", "berichtete", "„", "“", "–", "\n", ". ", ", ", "(", ")", "😀", "ß",
]
german_like = st.lists(
    st.one_of(st.sampled_from(PIECES), st.text(max_size=10)), max_size=30
).map(" ".join)
anchors = st.one_of(st.none(), st.dates())  # date.min .. date.max: the calendar's edges


def check(text: str, sentences: list[Sentence], timexes: list[Timex]) -> None:
    previous_end = 0
    for timex in timexes:
        assert previous_end <= timex.start < timex.end <= len(text)
        assert text[timex.start : timex.end] == timex.text
        previous_end = timex.end
        if sentences:
            sentence = sentences[timex.sentence]
            assert sentence.start <= timex.start and timex.end <= sentence.end
        if timex.earliest is not None and timex.latest is not None:
            assert timex.earliest <= timex.latest


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=st.text(max_size=300), anchor=anchors)
def test_random_unicode_never_raises(text: str, anchor: date | None):
    sentences, tokens = segment(text)
    check(text, sentences, find_timexes(text, sentences, tokens, anchor))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=german_like, anchor=anchors)
def test_german_like_text_never_raises(text: str, anchor: date | None):
    sentences, tokens = segment(text)
    check(text, sentences, find_timexes(text, sentences, tokens, anchor))


@settings(max_examples=100, deadline=None)
@given(text=german_like, anchor=anchors)
def test_without_sentences_everything_is_in_sentence_zero(text: str, anchor: date | None):
    timexes = find_timexes(text, [], [], anchor)
    check(text, [], timexes)
    assert all(t.sentence == 0 for t in timexes)


def test_found_anywhere_in_a_long_text():
    # far apart expressions: each rule only scans around its keywords
    filler = "Die Lage blieb unübersichtlich und niemand wusste mehr. " * 200
    text = f"Am 3. Januar wurde gewählt. {filler}Am 21. Januar 2024 um 14 Uhr wurde gezählt. {filler}Seit zwei Jahren."
    sentences, tokens = segment(text)
    found = [(t.text, t.value) for t in find_timexes(text, sentences, tokens, date(2024, 1, 21))]
    assert found == [
        ("3. Januar", "2024-01-03"),
        ("21. Januar 2024", "2024-01-21"),
        ("14 Uhr", "2024-01-21T14:00"),
        ("zwei Jahren", "P2Y"),
    ]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=german_like, anchor=anchors)
def test_gating_never_changes_the_result(text: str, anchor: date | None):
    from lagebild.core.timex import tagger

    gated = find_timexes(text, [], [], anchor)
    original = tagger._windows
    tagger._windows = lambda gate, whole, margin: [(0, len(whole))]
    try:
        assert find_timexes(text, [], [], anchor) == gated
    finally:
        tagger._windows = original
