"""How days are written out for people: one spelling for the table, the
timeline, the presentation and the exports ("21. Januar 2024").

CLDR data through babel, so German is right and other article languages
would be too.
"""

from __future__ import annotations

from datetime import date
from functools import lru_cache


@lru_cache(maxsize=4096)
def long_date(day: date, language: str = "de") -> str:
    """``day`` in the long form of ``language``: "21. Januar 2024"."""
    from babel.dates import format_date

    return format_date(day, "long", locale=language)


def clip(text: str, limit: int, *, at_word: bool = False) -> str:
    """``text`` on one line, cut to at most ``limit`` characters with "…" if longer.

    ``at_word`` cuts at the last space when one is in the second half, so a
    word is not broken ("Nordkorea ist…" rather than "Nordkorea ist Russlan…").
    """
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    if at_word and (space := cut.rfind(" ")) >= limit // 2:
        cut = cut[:space]
    return cut.rstrip(" ,;:–-") + "…"
