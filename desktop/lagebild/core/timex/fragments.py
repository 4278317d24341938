"""Regular-expression building blocks made from the German vocabulary.

Nouns (months, weekdays, seasons, units) are matched capitalised, as German
writes them; adverbs and adjectives may be capitalised at a sentence start.
Whitespace inside an expression never spans a line break: a line break ends a
sentence (headlines carry no full stop).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable

from lagebild.core.timex.vocabulary import Vocabulary, vocabulary

# Every repetition is bounded, so a match never reaches far beyond its rule's gate
# word (see Rule.reach): whitespace inside an expression is at most ten characters.
WS = r"[^\S\n]{1,10}"  # horizontal whitespace, at least one
OWS = r"[^\S\n]{0,10}"
B = r"(?<!\w)"  # a word starts here
E = r"(?!\w)"  # a word ends here
ADJ_END = r"(?:e|en|er|es|em)"
ART = r"(?:[Dd](?:er|ie|as|en|em|es))"
DIGITS = r"(?:\d{1,3}(?:\.\d{3}){1,3}(?![.,]?\d)|\d{1,5}(?:,\d{1,3})?(?![.,]?\d))"
YEAR4 = r"[12]\d{3}(?![\d.,]\d|\d)"


def alt(patterns: Iterable[str]) -> str:
    """A non-capturing alternation, longest first (so "Jänner" wins over "Jän")."""
    unique = sorted(set(patterns), key=lambda p: (-len(p), p))
    return "(?:" + "|".join(unique) + ")"


def noun(word: str) -> str:
    """``word`` capitalised, as a German noun is written."""
    return re.escape(word[:1].upper() + word[1:])


def either(word: str) -> str:
    """``word`` with its first letter in either case (sentence starts)."""
    first = word[:1]
    return f"[{first.upper()}{first.lower()}]" + re.escape(word[1:]) if first.isalpha() else re.escape(word)


@dataclass(frozen=True)
class Fragments:
    """Pattern pieces for one vocabulary (non-capturing unless noted)."""

    month: str
    month_abbr: str
    weekday: str
    weekday_or_abbreviation: str  # only before a date: "Sa., 12. Mai"
    weekday_adverb: str
    season: str
    number: str
    number_word: str
    vague_quantity: str
    approximator: str
    sequence: str
    set_quantifier: str
    ordinal: str
    unit: str
    relative: str
    period_part: str
    day_part: str
    day_part_suffix: str
    previous_period: str  # "Vorjahr", "Folgetag"
    this_year: str
    decade_word: str
    part_compound: str


@lru_cache(maxsize=1)
def fragments() -> Fragments:
    """Fragments for the bundled vocabulary."""
    return build_fragments(vocabulary())


def build_fragments(vocab: Vocabulary) -> Fragments:
    """Turn the word lists into regular-expression alternations."""
    number_word = alt(either(w) for w in vocab.numbers) + E
    return Fragments(
        month=alt(noun(m) for m in vocab.months) + E,
        month_abbr=alt(noun(m) for m in vocab.month_abbreviations) + r"\.(?!\w)",
        weekday=alt(noun(w) for w in vocab.weekdays),
        weekday_or_abbreviation=alt([*(noun(w) for w in vocab.weekdays),
                                     *(noun(a) + r"\.?" for a in vocab.weekday_abbreviations)]),
        weekday_adverb=alt(either(w) for w in vocab.weekday_adverbs) + E,
        season=alt(noun(s) for s in vocab.seasons) + E,
        number=f"(?:{DIGITS}|{number_word})",
        number_word=number_word,
        approximator=alt(WS.join(either(w) if i == 0 else re.escape(w) for i, w in enumerate(a.split()))
                         for a in vocab.approximators),
        sequence=alt(re.escape(w) for w in vocab.sequence_words) + E,
        set_quantifier=alt(either(q) for q in vocab.set_quantifiers) + E,
        vague_quantity=alt([either(q) for q in vocab.vague_quantities] + [r"(?:[Ee]in" + WS + ")?paar"]) + E,
        ordinal=alt(either(o) for o in vocab.ordinals) + r"(?:n|r|s|m)?" + E,
        unit=alt(noun(u) for u in vocab.units) + E,
        relative=alt(either(r) for r in vocab.relative_adjectives) + ADJ_END + E,
        period_part=alt(noun(p) for p in vocab.period_parts) + E,
        day_part=alt(noun(p) for p in vocab.day_parts if not p.endswith("s") and p != "früh") + E,
        day_part_suffix=alt(re.escape(p) for p in vocab.day_parts if not p.endswith("s") and p != "früh"),
        previous_period=alt(noun(p) for p in (*vocab.previous_period_nouns, *vocab.next_period_nouns)) + E,
        this_year=alt(either(w) for w in vocab.this_year_words) + f"(?:{ADJ_END})?" + E,
        decade_word=alt(either(w) for w in vocab.decade_words),
        part_compound=alt(noun(c) for c in vocab.period_part_compounds) + E,
    )
