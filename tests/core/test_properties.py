"""Property tests: the pipeline never raises and every offset stays true to the text."""

from __future__ import annotations

from datetime import date

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from lagebild.core.model import Article
from lagebild.core.pipeline import extract

GERMAN_PIECES = [
    "am 21. Januar", "21.01.2024", "im Februar 2022", "gestern", "heute", "in naher Zukunft", "früher",
    "Kyrylo Budanov", "Nordkorea", "Russlands", "der Leiter des Militärgeheimdienstes (HUR)", "z. B.", "Dr. Müller",
    "Nr. 5", "122-mm- und 152-mm-Geschosse", "„Zitat“", "Straße", "😀", "\n", ". ", ", ", "berichtete", "dass",
    "Ende März", "vor zwei Wochen", "um 14 Uhr", "jeden Montag", "seit zwei Jahren", "(", ")", "–",
]

german_like = st.lists(
    st.one_of(st.sampled_from(GERMAN_PIECES), st.text(min_size=0, max_size=12)), min_size=0, max_size=40
).map(" ".join)
anchors = st.one_of(st.none(), st.dates(min_value=date(1950, 1, 1), max_value=date(2090, 12, 31)))


def check_offsets(extraction) -> None:
    text = extraction.article.text
    previous_end = 0
    covered = set()
    for sentence in extraction.sentences:
        assert previous_end <= sentence.start < sentence.end <= len(text)
        assert text[sentence.start : sentence.end] == text[sentence.start : sentence.end].strip()
        covered.update(range(sentence.start, sentence.end))
        previous_end = sentence.end
    visible = {i for i, ch in enumerate(text) if ch.isprintable() and not ch.isspace()}
    assert visible <= covered, "sentences must cover every visible character"
    for timex in extraction.timexes:
        assert 0 <= timex.start < timex.end <= len(text)
        assert text[timex.start : timex.end] == timex.text
        assert 0 <= timex.sentence < len(extraction.sentences)
    for entity in extraction.entities:
        assert entity.mentions
        for mention in entity.mentions:
            assert 0 <= mention.start < mention.end <= len(text)
            assert text[mention.start : mention.end] == mention.text
            assert 0 <= mention.sentence < len(extraction.sentences)
    ids = {e.id for e in extraction.entities}
    for event in extraction.events:
        assert 0 <= event.sentence < len(extraction.sentences)
        assert event.timex is None or 0 <= event.timex < len(extraction.timexes)
        assert set(event.entities) <= ids
        assert event.label.strip()


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=st.text(max_size=400), anchor=anchors)
def test_arbitrary_text_never_raises(text: str, anchor: date | None):
    check_offsets(extract(Article(text=text, published=anchor)))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=german_like, anchor=anchors)
def test_german_like_text_keeps_offsets(text: str, anchor: date | None):
    check_offsets(extract(Article(text=text, published=anchor)))
