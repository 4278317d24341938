"""Dates as an analyst types them, turned into correction values (``YYYY``, ``YYYY-MM``, ``YYYY-MM-DD``).

Accepted: ISO forms, German numeric forms ("12.3.2024", "03.2024", "3/2024")
and month names in German or English ("März 2024", "12. März 2024",
"March 2024").  Anything else is a :class:`ValueError` with a one-line message.
"""

from __future__ import annotations

import re
from functools import lru_cache

from lagebild.core.corrections import date_bounds

_DAY_MONTH_YEAR = re.compile(r"(\d{1,2})\.\s*(\d{1,2})\.\s*(\d{4})")
_MONTH_YEAR = re.compile(r"(\d{1,2})\s*[./]\s*(\d{4})")
_NAMED = re.compile(r"(?:(\d{1,2})\.?\s+)?([^\W\d_]+)\.?\s+(\d{4})")


@lru_cache(maxsize=1)
def _month_numbers() -> dict[str, int]:
    from babel.dates import get_month_names

    numbers: dict[str, int] = {}
    for locale in ("de", "en"):
        for width in ("wide", "abbreviated"):
            for number, name in get_month_names(width, locale=locale).items():
                numbers[name.casefold().rstrip(".")] = number
    numbers["jänner"] = 1  # Austrian
    numbers["sept"] = 9
    return numbers


def parse_date_input(text: str) -> str:
    """The correction value for ``text`` (see module docstring)."""
    value = " ".join(text.split())
    candidate = value
    if match := _DAY_MONTH_YEAR.fullmatch(value):
        day, month, year = match.groups()
        candidate = f"{year}-{int(month):02d}-{int(day):02d}"
    elif match := _MONTH_YEAR.fullmatch(value):
        month, year = match.groups()
        candidate = f"{year}-{int(month):02d}"
    elif match := _NAMED.fullmatch(value):
        day, name, year = match.groups()
        month_number = _month_numbers().get(name.casefold())
        if month_number is not None:
            candidate = f"{year}-{month_number:02d}" + (f"-{int(day):02d}" if day else "")
    try:
        date_bounds(candidate)
    except ValueError:
        raise ValueError(
            f"„{text.strip()}“ is not a date: use e.g. 2024-03-12, 12.03.2024, März 2024 or 2024"
        ) from None
    return candidate
