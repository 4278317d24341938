"""How an event's TIMEX3 value is shown: calendar precision and a readable date.

Qt-free: the event table and the timeline both call :func:`describe_date`;
the precision is the timeline's own (Qt-free) :class:`Precision`.  Dates are
written in the article's language (German by default) with CLDR month names
from babel: "21. Januar 2024", "Februar 2022", "künftig".
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from typing import NamedTuple

from lagebild.core.chronology import chronological_key
from lagebild.core.wording import long_date
from lagebild.core.model import Event
from lagebild.ui.timeline.entry import Precision

_DAY = re.compile(r"\d{4}-\d{2}-\d{2}(T.*)?")
_MONTH = re.compile(r"\d{4}-\d{2}")
_YEAR = re.compile(r"\d{4}")


class DateWords(NamedTuple):
    """Words for dates that have no calendar form, in one language."""

    past: str
    future: str
    present: str
    since: str  # "{}" is the formatted date
    until: str
    unplaced: str


WORDS: dict[str, DateWords] = {
    "de": DateWords("früher", "künftig", "derzeit", "ab {}", "bis {}", "ohne Datum"),
    "en": DateWords("earlier", "in future", "currently", "from {}", "until {}", "undated"),
}

_REFS = {
    "PAST_REF": Precision.PAST,
    "FUTURE_REF": Precision.FUTURE,
    "PRESENT_REF": Precision.PRESENT,
}


@dataclass(frozen=True, slots=True)
class DateView:
    """An event date ready for display; ``precision`` is ``None`` if it cannot be placed."""

    precision: Precision | None
    text: str


def precision_of(value: str, earliest: date | None, latest: date | None) -> Precision | None:
    """The calendar precision of a TIMEX3 ``value`` bounded by ``earliest``/``latest``."""
    if value in _REFS:
        return _REFS[value]
    if earliest is None and latest is None:
        return None  # e.g. "XXXX-01-15": no anchor to place it
    if _DAY.fullmatch(value):
        return Precision.DAY
    if _MONTH.fullmatch(value):
        return Precision.MONTH
    if _YEAR.fullmatch(value):
        return Precision.YEAR
    return Precision.SPAN


@lru_cache(maxsize=4096)
def describe_date(
    value: str, earliest: date | None, latest: date | None, language: str = "de"
) -> DateView:
    """Precision and readable text of a date, e.g. ``("2022-02", …) → MONTH, "Februar 2022"``."""
    from babel.dates import format_interval, format_skeleton

    words = WORDS.get(language, WORDS["de"])
    precision = precision_of(value, earliest, latest)
    anchor = earliest or latest

    def day(d: date) -> str:
        return long_date(d, language)

    if precision is None or anchor is None:
        return DateView(precision, words.unplaced if precision is None else _ref_text(precision, words))
    if precision in (Precision.PAST, Precision.FUTURE, Precision.PRESENT):
        return DateView(precision, _ref_text(precision, words))
    if precision is Precision.DAY:
        return DateView(precision, day(anchor))
    if precision is Precision.MONTH:
        return DateView(precision, format_skeleton("yMMMM", anchor, locale=language))
    if precision is Precision.YEAR:
        return DateView(precision, str(anchor.year))
    if earliest is None:
        return DateView(precision, words.until.format(day(anchor)))
    if latest is None:
        return DateView(precision, words.since.format(day(anchor)))
    if earliest == latest:
        return DateView(precision, day(earliest))
    return DateView(precision, format_interval(earliest, latest, "yMMMd", locale=language))


def _ref_text(precision: Precision, words: DateWords) -> str:
    return {
        Precision.PAST: words.past,
        Precision.FUTURE: words.future,
        Precision.PRESENT: words.present,
    }.get(precision, words.unplaced)




def sort_text(event: Event) -> str:
    """:func:`chronological_key` as a string that sorts the same way (for Qt sort roles)."""
    first, last, sentence, event_id = chronological_key(event)
    return f"{first.isoformat()}|{last.isoformat()}|{sentence:07d}|{event_id}"
