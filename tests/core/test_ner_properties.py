"""find_entities never raises and keeps its promises on arbitrary text."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from lagebild.core.model import MentionKind, Sentence, Token
from lagebild.core.ner import find_entities
from lagebild.core.sentences import segment

WORDS = st.sampled_from([
    "Russland", "Russlands", "russischen", "(", ")", "HUR", "Laut", "als", "„", "“", "Budanov",
    "Kyrylo", "Ukraine-Konflikts", "des", "ukrainischen", "Militärgeheimdienstes", ".", ",",
    "Müller", "Weiß", "Straße", "𝔘𝔫𝔦𝔠𝔬𝔡𝔢", "🙂", "Ǆ", "İstanbul", "ß", "\u0301", "\x00", "-",
])
TEXTS = st.one_of(st.text(max_size=300), st.lists(WORDS, max_size=60).map(" ".join))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXTS)
def test_find_entities_keeps_offsets_and_ids(text: str) -> None:
    sentences, tokens = segment(text)
    entities = find_entities(text, sentences, tokens, "prop")
    ids = [e.id for e in entities]
    assert len(ids) == len(set(ids))
    spans = []
    for entity in entities:
        assert entity.name
        assert entity.mention_count >= 1  # an entity is named at least once
        starts = [(m.start, m.end) for m in entity.mentions]
        assert starts == sorted(starts)
        for mention in entity.mentions:
            assert text[mention.start : mention.end] == mention.text
            assert 0 <= mention.sentence < len(sentences)
            if mention.kind is MentionKind.NAME:
                spans.append((mention.start, mention.end))
    spans.sort()
    for (_, end), (start, _) in zip(spans, spans[1:]):
        assert end <= start  # name mentions never overlap


@settings(max_examples=100, deadline=None)
@given(st.lists(st.text(alphabet=st.characters(exclude_categories=()), min_size=1, max_size=12), max_size=40))
def test_any_tokens_even_lone_surrogates(words: list[str]) -> None:
    """The stage itself, fed tokens directly (no tokeniser), never raises."""
    text = " ".join(words)
    tokens, offset = [], 0
    for i, word in enumerate(words):
        tokens.append(Token(offset, offset + len(word), word, "regular", i // 7))
        offset += len(word) + 1
    sentences = [Sentence(tokens[i].start, tokens[min(i + 6, len(tokens) - 1)].end) for i in range(0, len(tokens), 7)]
    for entity in find_entities(text, sentences, tokens, "prop"):
        for mention in entity.mentions:
            assert text[mention.start : mention.end] == mention.text
