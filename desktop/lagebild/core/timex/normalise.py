"""Resolve what a pattern understood into a TIMEX3 type and value.

A pattern hands over a *resolver*: one of the functions below with its
arguments bound (``functools.partial``).  The tagger calls it with a
:class:`Context` -- the anchor (publication date), the tense of the clause and
the day the sentence talks about -- once overlaps are settled.  The values
it produces, with and without an anchor, are listed in :mod:`lagebild.core.timex`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Callable, Iterable, TypeVar

from lagebild.core.model import TimexType
from lagebild.core.timex import calendar as cal
from lagebild.core.timex.tense import Tense

T = TypeVar("T")
Resolved = tuple[TimexType, str] | None
Resolver = Callable[["Context"], Resolved]

DATE, TIME, DURATION, SET = TimexType.DATE, TimexType.TIME, TimexType.DURATION, TimexType.SET


@dataclass(slots=True)
class Context:
    """What a resolver may look at besides its own arguments.

    The tense is worked out on first use (``tense_of``): most values, such as
    "2022" or "seit zwei Jahren", never ask for it.
    """

    anchor: date | None
    tense_of: Callable[[], Tense] = lambda: Tense.UNKNOWN
    reference: date | None = None  # the day the sentence is about (else the anchor)
    narrative: date | None = None  # an explicit earlier date of the sentence ("im März 1992")
    topic: date | None = None  # the latest explicitly dated period of this or the last sentence ("1991")
    story: date | None = None  # the last day named earlier in the text, however far back ("am Freitag")
    recurring: bool = False  # a time on several days ("25. und 26. August von 10-18 Uhr", "jeweils 20 Uhr")
    _tense: Tense | None = None

    @property
    def tense(self) -> Tense:
        """The tense of the expression's clause."""
        if self._tense is None:
            self._tense = self.tense_of()
        return self._tense

    @property
    def direction(self) -> int:
        """-1 past, +1 future, 0 unknown (nearest)."""
        return {Tense.PAST: -1, Tense.FUTURE: 1}.get(self.tense, 0)

    @property
    def day(self) -> date | None:
        """Reference day, falling back to the anchor."""
        return self.reference or self.anchor


def choose(options: Iterable[tuple[date, date, T]], anchor: date, direction: int, strict: bool = False) -> T | None:
    """Pick the option that lies in ``direction`` from ``anchor``.

    ``direction`` -1: the latest option starting at or before the anchor
    (``strict``: ending before it); +1: the earliest ending at or after it
    (``strict``: starting after it); 0: the option nearest to the anchor,
    the earlier one on a tie.
    """
    listed = sorted(options, key=lambda o: o[0])
    if direction < 0:
        fitting = [o for o in listed if (o[1] < anchor if strict else o[0] <= anchor)]
        return fitting[-1][2] if fitting else None
    if direction > 0:
        fitting = [o for o in listed if (o[0] > anchor if strict else o[1] >= anchor)]
        return fitting[0][2] if fitting else None

    def distance(o: tuple[date, date, T]) -> int:
        if o[0] <= anchor <= o[1]:
            return 0
        return min(abs((o[0] - anchor).days), abs((o[1] - anchor).days))

    return min(listed, key=distance)[2] if listed else None


def _narrative(ctx: Context) -> date | None:
    """The sentence's explicit earlier date, if it lies in another year than the anchor."""
    if ctx.narrative is None or (ctx.anchor is not None and ctx.narrative.year == ctx.anchor.year):
        return None
    return ctx.narrative


def _years(anchor: date) -> range:
    return range(anchor.year - 1, anchor.year + 2)


def _with_part(day_text: str, part: str | None) -> Resolved:
    return (TIME, f"{day_text}T{part}") if part else (DATE, day_text)


def fixed(ctx: Context, *, kind: TimexType, value: str) -> Resolved:
    """A value that needs no anchor (explicit year, duration, set, vague reference)."""
    return kind, value


def present_unless_past(ctx: Context) -> Resolved:
    """"in dieser Zeit": the present, unless the clause tells of the past (then no value)."""
    return None if ctx.tense is Tense.PAST else (DATE, "PRESENT_REF")


def calendar_day(ctx: Context, *, day: int, month: int, year: int | None = None, part: str | None = None,
                 year_offset: int | None = None, weekday: int | None = None) -> Resolved:
    """"21. Januar (2024)", "21.1.", "3. Mai nächsten Jahres" -- the year from the tense if not
    given; a ``weekday`` named with the date ("Donnerstag, 18. Dezember") picks the year it fits."""
    if year is None and year_offset is None and weekday is not None and ctx.anchor is not None:
        fitting = [y for y in _years(ctx.anchor) if (d := cal.safe_date(y, month, day)) and d.isoweekday() == weekday]
        if len(fitting) == 1:
            year = fitting[0]
    if year is None and year_offset is not None and ctx.anchor is not None:
        year = ctx.anchor.year + year_offset
    if year is not None:
        found = cal.safe_date(year, month, day)
        return _with_part(found.isoformat(), part) if found else None
    if cal.safe_date(2000, month, day) is None:  # 2000 is a leap year: 29 Feb passes
        return None
    narrative = _narrative(ctx)
    if narrative is not None:  # "im März 1992 ..., am 3. April": the next 3 April after March 1992
        options = [(d, d, d) for y in _years(narrative) if (d := cal.safe_date(y, month, day))]
        chosen = choose(options, narrative, 1)
        return _with_part(chosen.isoformat(), part) if chosen else None
    if ctx.anchor is None:
        return _with_part(f"XXXX-{month:02d}-{day:02d}", part)
    if month == ctx.anchor.month:  # a day of the current month is in the current year, whatever the tense
        chosen = cal.safe_date(ctx.anchor.year, month, day)
    else:
        options = [(d, d, d) for y in _years(ctx.anchor) if (d := cal.safe_date(y, month, day))]
        chosen = choose(options, ctx.anchor, ctx.direction)
    return _with_part(chosen.isoformat(), part) if chosen else None


def month(ctx: Context, *, month: int, year: int | None = None, year_offset: int | None = None,
          direction: int | None = None) -> Resolved:
    """"März 2024", "im März", "März vergangenen Jahres", "vergangenen März"."""
    if year is not None:
        return DATE, cal.month_value(year, month)
    narrative = _narrative(ctx) if direction is None and year_offset is None else None
    if narrative is not None:
        start = narrative.replace(day=1)
        found = choose([(*cal.month_bounds(y, month), y) for y in _years(start)], start, 1)
        return (DATE, cal.month_value(found, month)) if found is not None else None
    if ctx.anchor is None:
        return DATE, f"XXXX-{month:02d}"
    if year_offset is not None:
        return DATE, cal.month_value(ctx.anchor.year + year_offset, month)
    if month == ctx.anchor.month and not direction:
        return DATE, cal.month_value(ctx.anchor.year, month)
    options = [(*cal.month_bounds(y, month), y) for y in _years(ctx.anchor)]
    strict = direction is not None and direction != 0
    chosen = choose(options, ctx.anchor, ctx.direction if direction is None else direction, strict)
    return (DATE, cal.month_value(chosen, month)) if chosen is not None else None


def year(ctx: Context, *, offset: int) -> Resolved:
    """"im vergangenen Jahr", "heuer", "Ende des Jahres"."""
    if ctx.anchor is None:
        return DATE, "XXXX"
    return DATE, f"{ctx.anchor.year + offset:04d}"


def topic_year(ctx: Context) -> Resolved:
    """"Ende des Jahres", "im selben Jahr": the year under discussion if the tense
    allows it (not a past year for "soll bis Ende des Jahres"), else the anchor's."""
    topic = ctx.topic
    if topic is not None and ctx.anchor is not None:
        if (ctx.direction > 0 and topic.year < ctx.anchor.year) or (ctx.direction < 0 and topic.year > ctx.anchor.year):
            topic = None
    if topic is not None:
        return DATE, f"{topic.year:04d}"
    return year(ctx, offset=0)


def month_relative(ctx: Context, *, offset: int) -> Resolved:
    """"letzten Monat", "diesen Monat"."""
    if ctx.anchor is None:
        return DATE, "XXXX-XX"
    return DATE, cal.month_value(*cal.add_months(ctx.anchor.year, ctx.anchor.month, offset))


def week_relative(ctx: Context, *, offset: int) -> Resolved:
    """"vergangene Woche", "nächste Woche"."""
    if ctx.anchor is None:
        return DATE, "XXXX-WXX"
    return DATE, cal.week_value(ctx.anchor + timedelta(weeks=offset))


def day_relative(ctx: Context, *, offset: int, part: str | None = None, from_reference: bool = False) -> Resolved:
    """"heute", "gestern Abend", "am Vortag" (``from_reference``: relative to the sentence's
    day, else the last day the text named, else the anchor)."""
    base = (ctx.reference or ctx.story or ctx.anchor) if from_reference else ctx.anchor
    if base is None:
        return _with_part("XXXX-XX-XX", part)
    return _with_part((base + timedelta(days=offset)).isoformat(), part)


def weekday(ctx: Context, *, weekday: int, direction: int | None = None, part: str | None = None) -> Resolved:
    """"am Montag" (tense decides), "vergangenen Freitag" (strictly before), "kommenden Samstag"."""
    if ctx.anchor is None:
        return _with_part(f"XXXX-WXX-{weekday}", part)
    base = ctx.anchor + timedelta(days=weekday - ctx.anchor.isoweekday())
    options = [(d, d, d) for k in range(-2, 3) if (d := base + timedelta(weeks=k))]
    strict = direction is not None and direction != 0
    chosen = choose(options, ctx.anchor, ctx.direction if direction is None else direction, strict)
    return _with_part(chosen.isoformat(), part) if chosen else None


def weekday_of_week(ctx: Context, *, weekday: int, offset: int, part: str | None = None) -> Resolved:
    """"Dienstag vergangener Woche": the weekday of the week ``offset`` weeks from the anchor's."""
    if ctx.anchor is None:
        return _with_part(f"XXXX-WXX-{weekday}", part)
    day = ctx.anchor + timedelta(days=weekday - ctx.anchor.isoweekday(), weeks=offset)
    return _with_part(day.isoformat(), part)


def weekend(ctx: Context, *, direction: int | None = None) -> Resolved:
    """"vergangenes/kommendes Wochenende" (strictly before/after the anchor); "am
    Wochenende" and "dieses Wochenende" (None, 0) name the weekend of the anchor's
    ISO week whatever the tense, as KRAUTS annotates (news from a Tuesday about
    "am Wochenende" get that week's weekend)."""
    if ctx.anchor is None:
        return DATE, "XXXX-WXX-WE"
    if not direction:
        return DATE, cal.week_value(ctx.anchor) + "-WE"
    saturday = ctx.anchor + timedelta(days=6 - ctx.anchor.isoweekday())
    options = [(s, s + timedelta(days=1), s) for k in range(-2, 3) if (s := saturday + timedelta(weeks=k))]
    chosen = choose(options, ctx.anchor, direction, strict=True)
    return (DATE, cal.week_value(chosen) + "-WE") if chosen else None


def week_number(ctx: Context, *, week: int, year: int | None = None) -> Resolved:
    """"3. Kalenderwoche", "KW 3/2024"."""
    if year is not None:
        return (DATE, f"{year:04d}-W{week:02d}") if cal.week_bounds(year, week) else None
    if ctx.anchor is None:
        return (DATE, f"XXXX-W{week:02d}") if 1 <= week <= 53 else None
    options = [(*b, y) for y in _years(ctx.anchor) if (b := cal.week_bounds(y, week))]
    chosen = choose(options, ctx.anchor, ctx.direction)
    return (DATE, f"{chosen:04d}-W{week:02d}") if chosen is not None else None


def part_of_year(ctx: Context, *, unit: str, index: int, year: int | None = None,
                 year_offset: int | None = None) -> Resolved:
    """Quarter ("Q", 1-4) or half year ("H", 1-2): "im dritten Quartal", "zweite Jahreshälfte 2024"."""
    months = 3 if unit == "Q" else 6
    if year is None and ctx.anchor is not None and year_offset is not None:
        year = ctx.anchor.year + year_offset
    if year is not None:
        return DATE, f"{year:04d}-{unit}{index}"
    if ctx.anchor is None:
        return DATE, f"XXXX-{unit}{index}"
    first = (index - 1) * months + 1
    options = [(cal.month_bounds(y, first)[0], cal.month_bounds(y, first + months - 1)[1], y) for y in _years(ctx.anchor)]
    chosen = choose(options, ctx.anchor, ctx.direction)
    return (DATE, f"{chosen:04d}-{unit}{index}") if chosen is not None else None


def part_of_year_relative(ctx: Context, *, unit: str, offset: int) -> Resolved:
    """"im vergangenen Quartal", "im laufenden Halbjahr"."""
    if ctx.anchor is None:
        return DATE, f"XXXX-{unit}X"
    size = 3 if unit == "Q" else 6
    index = ctx.anchor.year * (12 // size) + (ctx.anchor.month - 1) // size + offset
    return DATE, f"{index // (12 // size):04d}-{unit}{index % (12 // size) + 1}"


def season(ctx: Context, *, season: str, year: int | None = None, year_offset: int | None = None,
           direction: int | None = None) -> Resolved:
    """"im Frühjahr (2024)", "Sommer vergangenen Jahres", "im vergangenen Herbst"."""
    if year is None and ctx.anchor is not None and year_offset is not None:
        year = ctx.anchor.year + year_offset
    if year is not None:
        return DATE, f"{year:04d}-{season}"
    if ctx.anchor is None:
        return DATE, f"XXXX-{season}"
    options = [(*cal.season_bounds(y, season), y) for y in range(ctx.anchor.year - 2, ctx.anchor.year + 2)]
    strict = direction is not None and direction != 0
    chosen = choose(options, ctx.anchor, ctx.direction if direction is None else direction, strict)
    return (DATE, f"{chosen:04d}-{season}") if chosen is not None else None


def holiday(ctx: Context, *, month_day: tuple[int, int] | None = None, easter_offset: int | None = None,
            year: int | None = None) -> Resolved:
    """A fixed ("Weihnachten") or Easter-based ("Pfingstmontag") holiday."""

    def on(y: int) -> date | None:
        if month_day is not None:
            return cal.safe_date(y, *month_day)
        if easter_offset is not None and 1583 <= y <= 9999:
            return cal.easter_sunday(y) + timedelta(days=easter_offset)
        return None

    if year is not None:
        found = on(year)
        return (DATE, found.isoformat()) if found else None
    if ctx.anchor is None:
        return (DATE, f"XXXX-{month_day[0]:02d}-{month_day[1]:02d}") if month_day else (DATE, "XXXX-XX-XX")
    options = [(d, d, d) for y in _years(ctx.anchor) if (d := on(y))]
    chosen = choose(options, ctx.anchor, ctx.direction)
    return (DATE, chosen.isoformat()) if chosen else None


def shifted(ctx: Context, *, amount: int, unit: str, from_reference: bool = False) -> Resolved:
    """"vor zwei Wochen" (negative ``amount``), "in drei Tagen": the period that far from the anchor
    ("zwei Tage später": from the sentence's day, unknown if the text names none)."""
    anchor = ctx.reference if from_reference else ctx.anchor
    if anchor is None:
        return DATE, {"D": "XXXX-XX-XX", "W": "XXXX-WXX", "M": "XXXX-XX", "Y": "XXXX"}[unit]
    try:
        if unit == "D":
            return DATE, (anchor + timedelta(days=amount)).isoformat()
        if unit == "W":
            return DATE, cal.week_value(anchor + timedelta(weeks=amount))
        if unit == "M":
            return DATE, cal.month_value(*cal.add_months(anchor.year, anchor.month, amount))
    except OverflowError:
        return None
    if 1 <= anchor.year + amount <= 9999:
        return DATE, f"{anchor.year + amount:04d}"
    return None


def clock(ctx: Context, *, hour: int, minute: int) -> Resolved:
    """"um 14 Uhr", "14.30 Uhr": on the sentence's day, else the anchor; a time
    kept on several days has no day ("T14:00", as KRAUTS writes it)."""
    if ctx.recurring:
        return TIME, f"T{hour:02d}:{minute:02d}"
    day = ctx.day
    prefix = day.isoformat() if day else "XXXX-XX-XX"
    return TIME, f"{prefix}T{hour:02d}:{minute:02d}"


def day_part(ctx: Context, *, part: str) -> Resolved:
    """"am Abend", "in der Nacht": that part of the sentence's day, else of the anchor."""
    day = ctx.day
    return TIME, f"{day.isoformat() if day else 'XXXX-XX-XX'}T{part}"
