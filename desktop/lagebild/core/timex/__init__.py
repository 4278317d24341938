"""Pattern-based German temporal tagger with TIMEX3 normalisation.

``find_timexes`` finds dates, times, durations, sets and vague references in
German news text and normalises them against the publication date;
``interval_of`` turns a TIMEX3 value into the days it covers.  The vocabulary
lives in ``resources/lang/de/temporal.json`` and is loaded, like the patterns
built from it, on first use.
"""

from lagebild.core.timex.intervals import interval_of
from lagebild.core.timex.tagger import find_timexes

__all__ = ["find_timexes", "interval_of"]
