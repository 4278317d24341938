"""German sentence splitting and tokenisation with offsets."""

from __future__ import annotations

import pytest

from lagebild.core.sentences import segment


def sentence_texts(text: str) -> list[str]:
    sentences, _ = segment(text)
    return [text[s.start : s.end] for s in sentences]


@pytest.mark.parametrize(
    "text",
    [
        "Das Interview erschien am heutigen Tag (21. Januar) in der Zeitung.",
        "Der Angriff begann am 2. Januar gegen Mitternacht.",
        "Dazu zählen z. B. Drohnen und Raketen der Armee.",
        "Dr. Müller leitet die Abteilung Nr. 5 seit Jahren.",
        "Geliefert wurden 122-mm- und 152-mm-Artilleriegeschosse an die Front.",
        "Die Sitzung endet um 14.30 Uhr, sagte die Sprecherin.",
        "Am 21.01.2024 tagte der Rat in St. Gallen.",
    ],
)
def test_german_pitfalls_do_not_break_sentences(text: str):
    assert sentence_texts(text) == [text]


def test_sentences_and_paragraphs():
    text = "Überschrift ohne Punkt\nErster Satz. Zweiter Satz mit „Zitat“!\n\n  Dritter Absatz?"
    assert sentence_texts(text) == ["Überschrift ohne Punkt", "Erster Satz.", "Zweiter Satz mit „Zitat“!", "Dritter Absatz?"]


def test_tokens_carry_exact_offsets_and_sentence_numbers():
    text = "Straße in Köln 😀. „Größer“ wird’s nicht: 122-mm-Geschosse."
    sentences, tokens = segment(text)
    assert all(text[t.start : t.end] == t.text for t in tokens)
    assert [t.text for t in tokens if t.sentence == 0][:3] == ["Straße", "in", "Köln"]
    assert "😀" in [t.text for t in tokens]
    assert "122-mm-Geschosse" in [t.text for t in tokens]
    assert {t.sentence for t in tokens} == set(range(len(sentences)))


@pytest.mark.parametrize(
    "text",
    [
        "Er schrieb 👍🏽 und ♥‿♥ dazu :-) – dann ging’s los 🇩🇪! Am 3. März ☼.☼ war Ruhe.",
        "Die Silben\u00adtrennung und ein Null\u200bbreiten-Zeichen; dazu ``Zitate'' und a\x00b.",
        "Laut Budanov, dessen Interview am heutigen Tag (21. Januar) veröffentlicht wurde, sagte er: „Ja.“ https://example.org/a?b=1 #Tag @Name",
    ],
)
def test_fast_offsets_and_emoji_shortcut_give_somajos_own_tokens(text: str):
    """Located by str.find, or re-aligned by SoMaJo where that fails: always SoMaJo's offsets."""
    from somajo import SoMaJo

    plain = SoMaJo("de_CMC", split_camel_case=False, character_offsets=True)
    expected = [t.character_offset for s in plain.tokenize_text([text]) for t in s if t.character_offset[1] > t.character_offset[0]]
    _, tokens = segment(text)
    assert [(t.start, t.end) for t in tokens] == expected
    assert all(t.text == text[t.start : t.end] for t in tokens)


def test_text_somajo_cannot_align_still_gets_exact_offsets():
    text = "Ein Satz.\nTibetisch \u0f93 und mehr."
    sentences, tokens = segment(text)
    assert [text[s.start : s.end] for s in sentences][0] == "Ein Satz."
    assert all(text[t.start : t.end] == t.text for t in tokens)
    assert "\u0f93" in [t.text for t in tokens]
