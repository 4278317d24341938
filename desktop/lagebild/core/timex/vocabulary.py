"""The German temporal vocabulary, read from ``resources/lang/de/temporal.json``.

Loaded on first use (never at import) and cached: the tagger's patterns are
built from these word lists, so extending the vocabulary needs no code change.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from lagebild.core.resources import load_json

RESOURCE = "lang/de/temporal.json"
_THOUSANDS = re.compile(r"\d{1,3}(?:\.\d{3})+")


@dataclass(frozen=True)
class Vocabulary:
    """Word lists and word → meaning maps; every key is lower case."""

    months: dict[str, int]
    month_abbreviations: dict[str, int]
    weekdays: dict[str, int]
    weekday_abbreviations: dict[str, int]
    weekday_adverbs: dict[str, int]
    seasons: dict[str, str]
    day_parts: dict[str, str]
    period_parts: dict[str, str]
    numbers: dict[str, float]
    approximators: tuple[str, ...]
    age_words: tuple[str, ...]
    sequence_words: dict[str, int]
    vague_quantities: frozenset[str]
    ordinals: dict[str, int]
    units: dict[str, str]
    relative_days: dict[str, int]
    relative_adjectives: dict[str, int]
    relative_day_adjectives: dict[str, int]
    previous_period_nouns: dict[str, str]
    next_period_nouns: dict[str, str]
    this_year_words: tuple[str, ...]
    vague: dict[str, tuple[str, ...]]
    vague_exclusions: tuple[str, ...]
    vague_durations: dict[str, str]
    year_cues: frozenset[str]
    year_blockers_before: frozenset[str]
    year_blockers_after: frozenset[str]
    decade_words: dict[str, int]
    period_part_compounds: dict[str, tuple[str, str]]
    sets: dict[str, str]
    set_quantifiers: frozenset[str]
    recurrence_cues: frozenset[str]  # "jeweils 20 Uhr": a time on each of several days
    split_year_nouns: tuple[str, ...]  # as written: "Saison" in "Saison 2014/15"
    holidays: dict[str, str]  # as written ("Tag der Arbeit") -> "05-01"
    easter_holidays: dict[str, int]  # as written ("Pfingstmontag") -> days after Easter Sunday
    future_cues: frozenset[str]
    past_cues: frozenset[str]
    reporting_past: frozenset[str]
    perfect_auxiliaries: frozenset[str]
    reporting_lemmas: frozenset[str]
    present_like_lemmas: frozenset[str]

    def number(self, word: str) -> float | None:
        """The value of a number written in digits or as a German word."""
        word = word.lower()
        if word in self.numbers:
            return self.numbers[word]
        if _THOUSANDS.fullmatch(word):
            word = word.replace(".", "")
        try:
            return float(word.replace(",", "."))
        except ValueError:
            return None


@lru_cache(maxsize=1)
def vocabulary() -> Vocabulary:
    """The bundled German vocabulary (parsed once per process)."""
    data = load_json(RESOURCE)
    tense = data["tense"]
    return Vocabulary(
        months=dict(data["months"]),
        month_abbreviations=dict(data["month_abbreviations"]),
        weekdays=dict(data["weekdays"]),
        weekday_abbreviations=dict(data["weekday_abbreviations"]),
        weekday_adverbs=dict(data["weekday_adverbs"]),
        seasons=dict(data["seasons"]),
        day_parts=dict(data["day_parts"]),
        period_parts=dict(data["period_parts"]),
        numbers={k: float(v) for k, v in data["numbers"].items()},
        approximators=tuple(data["approximators"]),
        age_words=tuple(data["age_words"]),
        sequence_words=dict(data["sequence_words"]),
        vague_quantities=frozenset(data["vague_quantities"]),
        ordinals=dict(data["ordinals"]),
        units=dict(data["units"]),
        relative_days=dict(data["relative_days"]),
        relative_adjectives=dict(data["relative_adjectives"]),
        relative_day_adjectives=dict(data["relative_day_adjectives"]),
        previous_period_nouns=dict(data["previous_period_nouns"]),
        next_period_nouns=dict(data["next_period_nouns"]),
        this_year_words=tuple(data["this_year_words"]),
        vague={k: tuple(v) for k, v in data["vague"].items()},
        vague_exclusions=tuple(data["vague_exclusions"]),
        vague_durations=dict(data["vague_durations"]),
        year_cues=frozenset(data["year_cues"]),
        year_blockers_before=frozenset(data["year_blockers"]["before"]),
        year_blockers_after=frozenset(data["year_blockers"]["after"]),
        decade_words=dict(data["decade_words"]),
        period_part_compounds={k: (v[0], v[1]) for k, v in data["period_part_compounds"].items()},
        sets=dict(data["sets"]),
        set_quantifiers=frozenset(data["set_quantifiers"]),
        recurrence_cues=frozenset(data["recurrence_cues"]),
        split_year_nouns=tuple(data["split_year_nouns"]),
        holidays=dict(data["holidays"]),
        easter_holidays=dict(data["easter_holidays"]),
        future_cues=frozenset(tense["future"]),
        past_cues=frozenset(tense["past"]),
        reporting_past=frozenset(tense["reporting_past"]),
        perfect_auxiliaries=frozenset(tense["perfect_auxiliaries"]),
        reporting_lemmas=frozenset(tense["reporting_lemmas"]),
        present_like_lemmas=frozenset(tense["present_like_lemmas"]),
    )
