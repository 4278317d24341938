"""What a rule is, what it proposes, and the registry of all rules.

A rule is a compiled regular expression plus a builder that turns a match
into zero or more :class:`Candidate` spans, each with a resolver (see
:mod:`lagebild.core.timex.normalise`).  Rules are compiled on first use.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Callable, Iterable

from lagebild.core.timex.normalise import Resolver
from lagebild.core.timex.vocabulary import Vocabulary

_WORD_BEFORE = re.compile(r"(\w+)\.?[^\S\n]*$")
_WORD_AFTER = re.compile(r"[^\S\n]*(\w+)")
_SENTENCE_OPENING = re.compile(r"(?:^|[.!?:;\n]|[.!?:]?[\"'„“”«»‚‘’(\[-])[^\S\n]*$")


@dataclass(frozen=True, slots=True)
class Candidate:
    """A proposed temporal expression ``text[start:end]``.

    ``extent`` is the span that competes with other candidates (a list such as
    "25. und 26. August" proposes two expressions that stand or fall together).
    ``stage`` orders resolution: 0 stands on its own; 1 is a year-less date that
    follows an explicit earlier date of its sentence ("im März 1992 ..., im
    April"); 2 refers to the day the sentence talks about ("um 14 Uhr").
    """

    start: int
    end: int
    resolve: Resolver
    stage: int = 0
    extent: tuple[int, int] | None = None


class Scan:
    """The text being tagged, with small look-around helpers for builders."""

    def __init__(self, text: str, vocab: Vocabulary) -> None:
        self.text = text
        self.vocab = vocab

    def word_before(self, pos: int) -> str:
        """The word right before ``pos`` (lower case, an abbreviation's dot skipped),
        "" if punctuation intervenes."""
        return self.word_before_at(pos)[0]

    def word_before_at(self, pos: int) -> tuple[str, int]:
        """The word right before ``pos`` (as :meth:`word_before`) and where it starts."""
        match = _WORD_BEFORE.search(self.text, max(0, pos - 60), max(0, pos))
        return (match.group(1).lower(), match.start()) if match else ("", pos)

    def word_after(self, pos: int) -> str:
        """The word right after ``pos`` (as written), "" if punctuation intervenes."""
        match = _WORD_AFTER.match(self.text, pos)
        return match.group(1) if match else ""

    def opens_sentence(self, pos: int) -> bool:
        """Whether ``pos`` is at a sentence (or quotation) start."""
        return _SENTENCE_OPENING.search(self.text, max(0, pos - 4), pos) is not None


Builder = Callable[[re.Match[str], Scan], Iterable[Candidate]]


@dataclass(frozen=True)
class Gate:
    """Where a rule can match at all: literal words found with ``str.find`` (much
    faster than a regular expression over many alternatives), or a ``pattern``."""

    literals: tuple[str, ...] = ()
    pattern: re.Pattern[str] | None = None

    def spans(self, text: str) -> list[tuple[int, int]]:
        """Every occurrence in ``text``, sorted."""
        if self.pattern is not None:
            return [m.span() for m in self.pattern.finditer(text)]
        found = []
        for word in self.literals:
            index = text.find(word)
            while index >= 0:
                found.append((index, index + len(word)))
                index = text.find(word, index + 1)
        found.sort()
        return found


def gate(*words: str, both_cases: bool = False, raw: str | None = None) -> Gate:
    """A gate: the literal ``words`` (optionally also with the first letter in the
    other case), or a ``raw`` pattern.  A word that contains another listed word
    is left out (the shorter one already finds it); equal gates are one object,
    so their hits are looked up once per text."""
    if raw is not None:
        return _gate(None, raw)
    variants = set(words)
    if both_cases:
        variants |= {w[:1].swapcase() + w[1:] for w in words}
    needed = tuple(sorted(w for w in variants if not any(o != w and o in w for o in variants)))
    return _gate(needed, None)


@lru_cache(maxsize=None)
def _gate(literals: tuple[str, ...] | None, raw: str | None) -> Gate:
    return Gate(literals or (), re.compile(raw) if raw is not None else None)


@dataclass(frozen=True)
class Rule:
    """A named pattern, the builder for its matches, and its gate.

    Every match of ``regex`` contains a hit of ``gate``, which is cheap to find,
    and reaches at most ``reach`` characters beyond it (all repetitions in the
    patterns are bounded); ``regex`` only runs near gate hits.  This keeps the
    tagger fast.
    """

    name: str
    regex: re.Pattern[str]
    build: Builder
    gate: Gate
    reach: int = 160


@lru_cache(maxsize=1)
def rules() -> tuple[Rule, ...]:
    """All rules, compiled once per process."""
    from lagebild.core.timex import rules_calendar, rules_quantities, rules_relative

    return (*rules_calendar.rules(), *rules_relative.rules(), *rules_quantities.rules())


def first_start(match: re.Match[str], *groups: str) -> int:
    """Start of the first of ``groups`` that took part in ``match`` (else the match start)."""
    for name in groups:
        if match.group(name) is not None:
            return match.start(name)
    return match.start()


def relative_offset(word: str, vocab: Vocabulary) -> tuple[str, int] | None:
    """Stem and offset of a relative adjective: "vergangenen" -> ("vergangen", -1)."""
    lowered = word.lower()
    for stem in sorted(vocab.relative_adjectives, key=len, reverse=True):
        if lowered.startswith(stem):
            return stem, vocab.relative_adjectives[stem]
    return None


def month_number(word: str, vocab: Vocabulary) -> int | None:
    """1-12 for a month name or abbreviation ("Jänner", "Jan.")."""
    lowered = word.lower().rstrip(".")
    return vocab.months.get(lowered) or vocab.month_abbreviations.get(lowered)


def ordinal_number(word: str, vocab: Vocabulary) -> int | None:
    """2 for "zweiten", 3 for "3."."""
    lowered = word.lower().rstrip(".")
    if lowered.isdigit():
        return int(lowered)
    for stem, value in vocab.ordinals.items():
        if lowered.startswith(stem):
            return value
    return None
