"""German sentence splitting and tokenisation with exact character offsets.

SoMaJo (Proisl & Uhrig) knows German abbreviations ("z. B.", "Dr.", "Nr."),
ordinals in dates ("2. Januar", "(21. Januar)") and suspended compounds
("122-mm- und 152-mm-"), and reports each token's character offsets.  It is
run paragraph by paragraph (a line break always ends a sentence, as in news
copy where headlines carry no full stop) and offsets are shifted back into
article coordinates.
"""

from __future__ import annotations

import logging
import re
from functools import lru_cache

from lagebild.core.model import Sentence, Token

_PARAGRAPH = re.compile(r"[^\n]+")
_NON_SPACE = re.compile(r"\S+")
log = logging.getLogger(__name__)


@lru_cache(maxsize=2)
def _tokenizer(offsets: bool):
    from somajo import SoMaJo

    tokenizer = SoMaJo("de_CMC", split_camel_case=False, character_offsets=offsets)
    _skip_emoji_scan_without_emoji(tokenizer)
    return tokenizer


def _skip_emoji_scan_without_emoji(tokenizer) -> None:
    """Speed: SoMaJo scans every token grapheme by grapheme for emoji, which
    takes about two thirds of its time on news prose.  A token without any
    emoji character yields no split there, so the scan is skipped for it; the
    result is identical (tested).  Left alone if SoMaJo's internals change."""
    import regex

    inner = getattr(tokenizer, "_tokenizer", None)
    split_emojis = getattr(inner, "_split_emojis", None)
    if split_emojis is None:
        return
    emoji = regex.compile(r"[\p{Extended_Pictographic}\p{Emoji_Presentation}\uFE0F]")

    def split_emojis_if_any(node, token_class: str = "emoticon") -> None:
        if emoji.search(node.value.text):
            split_emojis(node, token_class)

    inner._split_emojis = split_emojis_if_any


def segment(text: str) -> tuple[list[Sentence], list[Token]]:
    """Split ``text`` into sentences and tokens.

    Sentences are trimmed of surrounding whitespace, in reading order, and do
    not overlap; every non-whitespace character belongs to exactly one.
    Tokens carry the index of their sentence.
    """
    paragraphs = [(m.start(), m.group()) for m in _PARAGRAPH.finditer(text) if m.group().strip()]
    sentences: list[Sentence] = []
    tokens: list[Token] = []
    if not paragraphs:
        return sentences, tokens
    for base, paragraph in paragraphs:
        for spans, classes in _paragraph_sentences(paragraph):
            index = len(sentences)
            for (start, end), token_class in zip(spans, classes):
                tokens.append(Token(base + start, base + end, text[base + start : base + end], token_class, index))
            sentences.append(Sentence(base + spans[0][0], base + spans[-1][1]))
    return _cover_gaps(text, sentences), tokens


Spans = list[tuple[int, int]]


def _paragraph_sentences(paragraph: str) -> list[tuple[Spans, list[str]]]:
    """Token spans and classes of each sentence of one paragraph.

    Speed: SoMaJo's own offset alignment costs about a fifth of its time.
    Tokens are located with ``str.find`` instead; when that cannot account for
    every character (SoMaJo dropped or normalised something), the paragraph
    is tokenised again with SoMaJo's alignment, so offsets are always exact.
    """
    located: list[tuple[Spans, list[str]]] = []
    position = 0
    for raw_sentence in _tokenizer(False).tokenize_text([paragraph]):
        spans: Spans = []
        for raw in raw_sentence:
            start = paragraph.find(raw.text, position)
            if start < 0 or paragraph[position:start].strip():
                return _aligned_by_somajo(paragraph)
            position = start + len(raw.text)
            spans.append((start, position))
        if spans:
            located.append((spans, [raw.token_class for raw in raw_sentence]))
    if paragraph[position:].strip():
        return _aligned_by_somajo(paragraph)
    return located


def _aligned_by_somajo(paragraph: str) -> list[tuple[Spans, list[str]]]:
    result = []
    try:
        for raw_sentence in _tokenizer(True).tokenize_text([paragraph]):
            kept = [t for t in raw_sentence if t.character_offset[1] > t.character_offset[0]]
            if kept:
                result.append(([t.character_offset for t in kept], [t.token_class for t in kept]))
    except AssertionError:
        # SoMaJo's alignment asserts on some sequences NFC recomposes (e.g. U+0F93);
        # such a paragraph becomes one sentence of whitespace-separated tokens.
        log.warning("SoMaJo could not align a paragraph; splitting it at white space")
        spans = [m.span() for m in _NON_SPACE.finditer(paragraph)]
        return [(spans, ["regular"] * len(spans))] if spans else []
    return result


def _cover_gaps(text: str, sentences: list[Sentence]) -> list[Sentence]:
    """Attach stray non-whitespace between sentences (e.g. skipped symbols) to the
    preceding sentence, so sentences cover every visible character."""
    covered: list[Sentence] = []
    for i, sentence in enumerate(sentences):
        next_start = sentences[i + 1].start if i + 1 < len(sentences) else len(text)
        gap = text[sentence.end : next_start]
        end = sentence.end + len(gap.rstrip()) if gap.strip() else sentence.end
        start = sentence.start
        if i == 0 and text[:start].strip():
            start = len(text[:start]) - len(text[:start].lstrip())
        covered.append(Sentence(start, end))
    return covered
