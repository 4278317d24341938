"""Article metadata: which publication date anchors the article, and is it German.

The publication date is the anchor of every relative date.  It comes, in this
order, from the command line or UI, the sidecar, the page metadata, and a
dateline at the top of the text.  Without any of them, relative dates stay
underspecified and the extraction says so.
"""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

from lagebild.core.resources import resource

#: How far into the text a dateline may stand ("Berlin, 21.01.2024 – …").
DATELINE_WINDOW = 300
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)


@lru_cache(maxsize=1)
def _function_words() -> frozenset[str]:
    lines = resource("lang/de/function_words.txt").read_text(encoding="utf-8").splitlines()
    return frozenset(line.strip() for line in lines if line.strip() and not line.startswith("#"))


def german_ratio(text: str, sample_words: int = 2000) -> tuple[float, int]:
    """Share of German function words among the first words, and how many words were looked at."""
    words = [m.group().lower() for m, _ in zip(_WORD.finditer(text), range(sample_words))]
    if not words:
        return 0.0, 0
    function_words = _function_words()
    return sum(1 for w in words if w in function_words) / len(words), len(words)


def looks_german(text: str) -> bool:
    """Whether ``text`` reads as German.  Short texts (under 25 words) get the benefit of doubt.

    German news prose has 25–40 % function words from the list; English or
    French prose stays under 5 %.
    """
    ratio, count = german_ratio(text)
    return count < 25 or ratio >= 0.08


#: What may stand before a dateline's date on its line: a place ("Berlin, ",
#: "Kiew (dpa) – ") or a label ("Stand: ", "Veröffentlicht am ").
_DATELINE_PREFIX = re.compile(
    r"^\s*(?:(?:[A-ZÄÖÜ][\w.\-/]*(?:\s+(?:am|an\s+der|[A-ZÄÖÜ][\w.\-/]*)){0,3})\s*(?:\([^)]{1,20}\))?\s*[,:–—-]?\s*"
    r"|(?i:stand|veröffentlicht|aktualisiert|datum|erschienen)(?:\s+am)?\s*:?\s*)?$"
)


def find_dateline(text: str) -> date | None:
    """A fully specified date at the head of one of the first lines, as in a
    dateline ("Berlin, 21.01.2024 – …") or a "Stand: 21.01.2024" line.

    A date inside the first sentence's prose ("eröffnete am 3. März 2024")
    is not a dateline.
    """
    from lagebild.core.sentences import segment
    from lagebild.core.timex import find_timexes

    head = text[:DATELINE_WINDOW]
    sentences, tokens = segment(head)
    for timex in find_timexes(head, sentences, tokens, None):
        line_start = head.rfind("\n", 0, timex.start) + 1
        if head.count("\n", 0, line_start) >= 3:
            break
        if not _DATELINE_PREFIX.match(head[line_start : timex.start]):
            continue
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", timex.value[:10]):
            try:
                return date.fromisoformat(timex.value[:10])
            except ValueError:
                continue
    return None
