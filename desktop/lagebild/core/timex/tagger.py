"""Find temporal expressions: run the rules, settle overlaps, resolve values."""

from __future__ import annotations

import logging
import re
from bisect import bisect_right
from datetime import date
from functools import partial

from lagebild.core.model import Sentence, Timex, Token, TimexType
from lagebild.core.timex.intervals import interval_of
from lagebild.core.timex.normalise import Context
from lagebild.core.timex.patterns import Candidate, Gate, Scan, rules
from lagebild.core.timex.tense import clause_tense
from lagebild.core.timex.vocabulary import vocabulary

log = logging.getLogger(__name__)
_LOOKAROUND = 40  # the longest look-ahead at a match's end
_LOOKBACK = 12  # expressions looked at for a sentence's day or year (keeps long lists linear)
_SPACE = re.compile(r"\s")
_WORD = re.compile(r"\w+")
_YEAR_VALUE = re.compile(r"(\d{4})(?![\dX])")
_MONTH_VALUE = re.compile(r"(\d{4})-(\d{2})(?:-(\d{2}))?(?![\d-])")
_DAY_VALUE = re.compile(r"\d{4}-\d{2}-\d{2}(?![\d-])")


def find_timexes(text: str, sentences: list[Sentence], tokens: list[Token], anchor: date | None) -> list[Timex]:
    """Temporal expressions in ``text``, sorted by start and non-overlapping.

    ``anchor`` is the publication date relative expressions count from; with
    ``None`` they keep underspecified values (see :mod:`lagebild.core.timex`).  ``tokens`` are accepted so every
    stage has the same signature; the patterns work on the text itself.
    Each Timex's ``sentence`` indexes ``sentences``; an expression that would
    cross a sentence boundary is dropped.
    """
    vocab = vocabulary()
    scan = Scan(text, vocab)
    proposed: list[tuple[Candidate, int]] = []
    windows: dict[tuple[Gate, int], list[tuple[int, int]]] = {}
    for order, rule in enumerate(rules()):
        key = (rule.gate, rule.reach)
        if key not in windows:
            windows[key] = _windows(rule.gate, text, rule.reach + _LOOKAROUND)
        for start, end in windows[key]:
            for match in rule.regex.finditer(text, start, end):
                proposed.extend((candidate, order) for candidate in rule.build(match, scan))
    chosen = _settle_overlaps(proposed)
    starts = [s.start for s in sentences]
    placed = [(c, s) for c in chosen if (s := _sentence_of(c, sentences, starts)) is not None]
    return _resolve(text, placed, sentences, anchor)


def _windows(gate: Gate, text: str, margin: int) -> list[tuple[int, int]]:
    """Stretches of ``text`` around the gate's hits, merged, ending at whitespace.

    Every match of a rule contains a gate hit and reaches at most the rule's
    ``reach`` beyond it, so scanning ``margin`` (reach plus room for look-ahead)
    around each hit finds every match; ending at whitespace keeps word-end
    checks at the edge truthful.
    """
    windows: list[tuple[int, int]] = []
    for hit_start, hit_end in gate.spans(text):
        start, end = max(0, hit_start - margin), hit_end + margin
        if windows and start <= windows[-1][1]:
            windows[-1] = (windows[-1][0], max(windows[-1][1], end))
        else:
            windows.append((start, end))
    snapped = []
    for start, end in windows:
        space = _SPACE.search(text, end) if end < len(text) else None
        snapped.append((start, space.start() if space else len(text)))
    return snapped


def _settle_overlaps(proposed: list[tuple[Candidate, int]]) -> list[Candidate]:
    """Keep the longest expressions (then the earliest, then the first rule); a list
    ("25. und 26. August") is kept or dropped as a whole."""
    groups: dict[tuple[int, int, int], list[Candidate]] = {}
    for candidate, order in proposed:
        extent = candidate.extent or (candidate.start, candidate.end)
        groups.setdefault((*extent, order), []).append(candidate)
    ranked = sorted(groups, key=lambda g: (g[0] - g[1], g[0], g[2]))
    taken_starts: list[int] = []
    taken_ends: list[int] = []
    kept: list[Candidate] = []
    for start, end, order in ranked:
        if end <= start:
            continue
        i = bisect_right(taken_starts, start)
        if (i and taken_ends[i - 1] > start) or (i < len(taken_starts) and taken_starts[i] < end):
            continue
        taken_starts.insert(i, start)
        taken_ends.insert(i, end)
        kept.extend(groups[(start, end, order)])
    return sorted(kept, key=lambda c: c.start)


def _sentence_of(candidate: Candidate, sentences: list[Sentence], starts: list[int]) -> int | None:
    if not sentences:
        return 0
    index = bisect_right(starts, candidate.start) - 1
    if index < 0:
        return None
    return index if candidate.end <= sentences[index].end else None


def _resolve(text: str, placed: list[tuple[Candidate, int]], sentences: list[Sentence],
             anchor: date | None) -> list[Timex]:
    """Resolve values in stages: what stands on its own, then year-less dates, then
    what refers to the sentence's day."""
    vocab = vocabulary()
    bounds = [(s.start, s.end) for s in sentences] or [(0, len(text))]
    values: dict[int, tuple[TimexType, str]] = {}
    for stage in (0, 1, 2):
        for i, (candidate, sentence) in enumerate(placed):
            if candidate.stage != stage:
                continue
            reference = _reference_day(i, placed, values) if stage == 2 else None
            narrative = _narrative_day(i, placed, values) if stage == 1 else None
            topic = _topic(i, placed, values) if stage == 1 else None
            story = _story_day(i, placed, values) if stage == 2 and reference is None else None
            recurring = stage == 2 and _recurring(text, i, placed, values, vocab.recurrence_cues)
            tense_of = partial(clause_tense, text, bounds[sentence], (candidate.start, candidate.end), vocab)
            try:
                resolved = candidate.resolve(Context(anchor, tense_of, reference, narrative, topic, story, recurring))
            except (ValueError, OverflowError) as error:  # a date beyond the calendar
                log.debug("no value for %r: %s", text[candidate.start:candidate.end], error)
                resolved = None
            if resolved is not None:
                values[i] = resolved
    timexes = []
    for i, (candidate, sentence) in enumerate(placed):
        if i not in values:
            continue
        kind, value = values[i]
        earliest, latest = interval_of(value, anchor)
        timexes.append(Timex(candidate.start, candidate.end, text[candidate.start:candidate.end],
                             kind, value, earliest, latest, sentence))
    return timexes


def _reference_day(index: int, placed: list[tuple[Candidate, int]], values: dict[int, tuple[TimexType, str]]) -> date | None:
    """The day the sentence talks about: the nearest day-precise date before the
    expression in its sentence, else after it in its sentence, else the last one
    of the two sentences before."""
    sentence = placed[index][1]
    nearby = range(max(0, index - _LOOKBACK), min(len(placed), index + _LOOKBACK))
    before = [i for i in reversed(nearby) if i < index and placed[i][1] == sentence]
    after = [i for i in nearby if i > index and placed[i][1] == sentence]
    earlier = [i for i in reversed(nearby) if i < index and sentence - 2 <= placed[i][1] < sentence]
    for i in (*before, *after, *earlier):
        day = _day_of(values.get(i))
        if day is not None:
            return day
    return None


def _story_day(index: int, placed: list[tuple[Candidate, int]],
               values: dict[int, tuple[TimexType, str]]) -> date | None:
    """The last day-precise date before the expression, in any earlier sentence
    ("Rang elf am Freitag ... ihren Sieg vom Vortag")."""
    for i in range(index - 1, max(-1, index - 1 - _LOOKBACK), -1):
        day = _day_of(values.get(i))
        if day is not None:
            return day
    return None


def _recurring(text: str, index: int, placed: list[tuple[Candidate, int]],
               values: dict[int, tuple[TimexType, str]], cues: frozenset[str]) -> bool:
    """Whether the expression holds on several days: right after a list of dates
    ("am 25. und 26. August von 10 bis 18 Uhr"), a set ("wochentags von 14 Uhr")
    or such a time ("von [10] bis 18 Uhr"), or after a cue ("jeweils 20 Uhr")."""
    candidate, sentence = placed[index]
    gap_start = max(0, candidate.start - 20)
    previous = index - 1
    if previous >= 0 and placed[previous][1] == sentence:
        before, _ = placed[previous]
        gap_start = max(gap_start, before.end)
        kind, value = values.get(previous, (None, ""))
        if (kind is TimexType.SET or (kind is TimexType.TIME and value.startswith("T"))
                or (kind is TimexType.DATE and before.extent not in (None, (before.start, before.end))
                    and before.extent[1] <= candidate.start)):
            return True
    return any(word.lower() in cues for word in _WORD.findall(text, gap_start, candidate.start))


def _narrative_day(index: int, placed: list[tuple[Candidate, int]],
                   values: dict[int, tuple[TimexType, str]]) -> date | None:
    """The nearest explicit month- or day-precise date before the expression in its sentence."""
    sentence = placed[index][1]
    for i in range(index - 1, max(-1, index - 1 - _LOOKBACK), -1):
        if placed[i][1] != sentence:
            break
        match = _MONTH_VALUE.match(values[i][1]) if i in values and placed[i][0].stage == 0 else None
        if match:
            try:
                return date(int(match[1]), int(match[2]), int(match[3] or 1))
            except ValueError:
                continue
    return None


def _topic(index: int, placed: list[tuple[Candidate, int]], values: dict[int, tuple[TimexType, str]]) -> date | None:
    """Start of the nearest explicitly dated period (a year at least) before the
    expression, in its sentence or the one before."""
    sentence = placed[index][1]
    for i in range(index - 1, max(-1, index - 1 - _LOOKBACK), -1):
        if placed[i][1] < sentence - 1:
            break
        match = _YEAR_VALUE.match(values[i][1]) if i in values and placed[i][0].stage == 0 else None
        if match:
            return date(int(match[1]), 1, 1) if int(match[1]) >= 1 else None
    return None


def _day_of(resolved: tuple[TimexType, str] | None) -> date | None:
    """The day of a day-precise DATE or TIME value."""
    if resolved is None:
        return None
    match = _DAY_VALUE.match(resolved[1])
    if match is None:
        return None
    try:
        return date.fromisoformat(match.group())
    except ValueError:
        return None
