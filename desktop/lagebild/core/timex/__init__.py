"""Pattern-based German temporal tagger with TIMEX3 normalisation.

``find_timexes(text, sentences, tokens, anchor)`` finds dates, times,
durations, sets and vague references in German news text and normalises them
against ``anchor``, the publication date; ``interval_of(value, anchor)`` gives
the first and last day a value covers.  The vocabulary lives in
``resources/lang/de/temporal.json``; it and the patterns built from it are
loaded on first use, not at import.

Spans follow the German TimeML (KRAUTS) conventions: a leading preposition or
contraction stays outside ("am [15. Januar]", "in [naher Zukunft]", "seit
[zwei Jahren]"), a determiner stays inside ("in [der 3. Kalenderwoche]"), and
"Anfang/Mitte/Ende" belong to the expression while its value stays the month
or year ("[Ende März]" is 2024-03).

Values (anchor 2024-01-21):

- DATE: ``2024-01-21``, ``2024-01``, ``2024``, ``2024-W03`` (ISO week),
  ``2024-W03-WE`` (weekend), ``2024-SP|SU|FA|WI``, ``2024-Q3``, ``2024-H2``,
  ``199`` (the 1990s), ``14`` (the 15th century), ``PRESENT_REF``,
  ``PAST_REF``, ``FUTURE_REF``; ``XXXX-XX-XX`` for a period across two
  years ("Saison 2014/15", as KRAUTS writes it).
- TIME: ``2024-01-21T14:30``, ``2024-01-21TEV`` (MO, MI, AF, EV, NI: morning,
  midday, afternoon, evening, night), ``XXXX-XX-XXTXX:XX`` ("drei Minuten
  später"), ``T20:00`` (a time on several days: "am 3. und 4. Mai, jeweils
  20 Uhr", "wochentags von 14 bis 18 Uhr").
- DURATION: ``P2Y``, ``P3D``, ``PT1.5H``, ``PT30M``; unspecified amounts
  ``PXM`` ("seit Monaten"), ``PXDE`` (decades).
- SET: ``P1D`` ("täglich"), ``P6D`` ("wochentags", as KRAUTS), ``P2W`` ("alle zwei Wochen"), ``XXXX-WXX-1``
  ("jeden Montag"), ``XXXX-WXX-WE``, ``XXXX-XX-XXTEV`` ("jeden Abend").

Without an anchor, what needs one stays underspecified: ``XXXX-01-21``
("21. Januar"), ``XXXX-XX-XX`` ("heute"), ``XXXX-WXX-1`` ("am Montag"),
``XXXX-WXX`` ("nächste Woche"), ``XXXX-XX`` ("letzten Monat"), ``XXXX``
("im vergangenen Jahr"), ``XXXX-XX-XXT14:00`` ("um 14 Uhr"); vague references
keep their value.  ``interval_of`` returns ``(None, None)`` for all of these,
and for durations and sets.
"""

from lagebild.core.timex.intervals import interval_of
from lagebild.core.timex.tagger import find_timexes

__all__ = ["find_timexes", "interval_of"]
