"""Rules for expressions anchored at the publication date or at the sentence's
day: heute/gestern, weekdays, "vergangene Woche", "Ende des Jahres",
"im Vorjahr", parts of the day and clock times."""

from __future__ import annotations

import re
from functools import partial
from typing import Iterator

from lagebild.core.timex import normalise as nz
from lagebild.core.timex.fragments import ADJ_END, ART, B, E, OWS, WS, YEAR4, alt, either, fragments, noun
from lagebild.core.timex.patterns import Candidate, Rule, Scan, first_start, gate, relative_offset
from lagebild.core.timex.vocabulary import vocabulary

CLOCK = r"(?:[01]?\d|2[0-4])(?:[.:][0-5]\d)?"
_CLOCK_ITEM = re.compile(r"([01]?\d|2[0-4])(?:[.:]([0-5]\d))?")
_UNITS = {
    "Woche": "W", "Monat": "M", "Monats": "M", "Jahr": "Y", "Jahres": "Y", "Jahrs": "Y",
    "Wochenende": "WE", "Wochenendes": "WE", "Quartal": "Q", "Quartals": "Q",
    "Halbjahr": "H", "Halbjahres": "H", "Halbjahrs": "H", "Jahreshälfte": "H",
    "Tag": "D", "Tages": "D", "Tags": "D",
}
_PM_WORDS = {"nachmittags", "abends"}


def rules() -> list[Rule]:
    """The relative rules, compiled."""
    f = fragments()
    vocab = vocabulary()
    part_adverbs = alt(re.escape(p) for p in vocab.day_parts if p.endswith("s"))
    any_part = rf"(?:[Ff]rüh|{f.day_part}|{part_adverbs}{E})"
    units = alt(re.escape(u) for u in _UNITS)
    return [
        Rule("relative_day", re.compile(
            rf"{B}(?P<word>{alt(either(w) for w in vocab.relative_days)}){E}(?:{WS}(?P<part>{any_part}))?"),
            _relative_day, gate(*vocab.relative_days, both_cases=True)),
        Rule("relative_day_adjective", re.compile(
            rf"{B}(?P<adj>{alt(either(w) for w in vocab.relative_day_adjectives)}){ADJ_END}{E}"
            rf"(?:{WS}(?P<noun>Tag(?:e|es|s)?{E}|{f.weekday}{E}|(?P<part>{f.day_part})))?"), _relative_day_adjective, gate(*vocab.relative_day_adjectives, both_cases=True)),
        Rule("weekday", re.compile(
            rf"{B}(?:(?P<art>{ART}){WS})?(?:(?P<rel>{f.relative}){WS})?(?P<wd>{f.weekday})(?P<suffix>{f.day_part_suffix})?{E}"
            rf"(?:{WS}(?P<part>{any_part}))?(?:{WS}(?:der{WS})?(?P<week>{f.relative}){WS}Woche{E})?"),
            _weekday, gate(*(noun(w) for w in vocab.weekdays))),
        Rule("night_to_weekday", re.compile(
            rf"{B}(?:(?P<art>der|die){WS})?Nacht{WS}(?:von{WS}{f.weekday}{WS}(?:auf|zum|zu){WS}(?:den{WS})?|zum{WS}|zu{WS}|auf{WS}(?:den{WS})?)"
            rf"(?P<wd>{f.weekday}){E}"), _night_to_weekday, gate("Nacht")),
        Rule("relative_night", re.compile(rf"{B}(?:(?P<art>{ART}){WS})?(?P<rel>{f.relative}){WS}Nacht{E}"),
             _relative_night, gate("Nacht")),
        Rule("relative_period", re.compile(
            rf"{B}(?:(?P<art>{ART}){WS})?(?P<rel>{f.relative}){WS}(?:(?P<unit>{units})|(?P<month>{f.month})){E}"),
            _relative_period, gate(*_UNITS, *(noun(m) for m in vocab.months))),
        Rule("weekend", re.compile(rf"{B}(?:(?P<art>{ART}){WS})?Wochenendes?{E}"), _weekend, gate("Wochenende")),
        Rule("period_part", re.compile(
            rf"{B}(?P<part>{f.period_part}){WS}(?:(?:des|der){WS}(?:(?P<rel>{f.relative}){WS})?|(?P<rel2>{f.relative}){WS})?"
            rf"(?P<unit>Jahres|Jahrs|Monats|Woche){E}(?:{WS}(?P<year>{YEAR4}))?"), _period_part, gate(*(noun(p) for p in vocab.period_parts))),
        Rule("period_part_compound", re.compile(
            rf"{B}(?:(?P<art>{ART}){WS})?(?P<word>{f.part_compound})(?:{WS}(?P<year>{YEAR4}))?"), _period_part_compound, gate(*(noun(c) for c in vocab.period_part_compounds))),
        Rule("neighbour_period", re.compile(rf"{B}(?:(?P<art>{ART}){WS})?(?P<noun>{f.previous_period})"),
             _neighbour_period, gate(*(noun(p) for p in (*vocab.previous_period_nouns, *vocab.next_period_nouns)))),
        Rule("day_before_after", re.compile(
            rf"{B}(?:(?P<art>{ART}){WS})?(?P<noun>Tag|Abend|Morgen|Nacht){WS}(?P<dir>{f.sequence})"),
            _day_before_after, gate(*vocab.sequence_words)),
        Rule("tags_sequence", re.compile(rf"{B}(?P<noun>[Tt]ags){WS}(?P<dir>{f.sequence})"), _day_before_after,
             gate("tags", both_cases=True)),
        Rule("this_year", re.compile(rf"{B}(?P<word>{f.this_year})"), _this_year, gate(*vocab.this_year_words, both_cases=True)),
        Rule("day_part", re.compile(
            rf"{B}(?:(?:[Aa]m|[Uu]m|[Gg]egen|[Zz]um|[Vv]om|[Bb]is{WS}zum|[Ss]eit{WS}dem){WS}|[Ii]n{WS}(?P<art>der|dieser){WS}|"
            rf"[Aa]n{WS}(?P<art2>diesem){WS})(?:(?P<adj>frühen|späten|selben|gleichen){WS})?(?P<part>{f.day_part})"
            rf"(?!{WS}(?:des|der|zum|zu|vom|auf|von|{f.sequence}){E})"), _day_part, gate(*(noun(p) for p in vocab.day_parts if not p.endswith("s") and p != "früh"))),
        Rule("clock", re.compile(
            rf"(?<![\w.,:])(?P<list>(?:{CLOCK}(?:{OWS}[/–-]{OWS}|{OWS},{WS}|{WS}(?:bis|und|oder){WS})){{0,4}})"
            rf"(?P<h>[01]?\d|2[0-4])(?:[.:](?P<m>[0-5]\d))?{OWS}(?P<uhr>Uhr){E}(?:{WS}(?P<m2>[0-5]\d)(?![\d.,:]))?"
            rf"(?:{WS}(?P<ampm>{part_adverbs}|früh){E})?"), _clock, gate("Uhr")),
        Rule("clock_bare", re.compile(
            r"(?<![\w.,:])(?P<h>[01]?\d|2[0-3])[.:](?P<m>[0-5]\d)(?![\w.,:]|[^\S\n]*[%€$])"), _clock_bare, gate(raw=r"[0-9][.:][0-9][0-9]")),
    ]


def _relative_day(m: re.Match[str], scan: Scan) -> Iterator[Candidate]:
    vocab = scan.vocab
    word = m["word"]
    if word == "Morgen" and not scan.opens_sentence(m.start()):
        return  # "der Morgen" is the morning, not tomorrow
    offset = vocab.relative_days[word.lower()]
    part = vocab.day_parts[m["part"].lower()] if m["part"] else None
    yield Candidate(m.start(), m.end(), partial(nz.day_relative, offset=offset, part=part))


def _relative_day_adjective(m: re.Match[str], scan: Scan) -> Iterator[Candidate]:
    vocab = scan.vocab
    offset = vocab.relative_day_adjectives[m["adj"].lower()]
    if m["noun"]:
        part = vocab.day_parts[m["part"].lower()] if m["part"] else None
        yield Candidate(m.start(), m.end(), partial(nz.day_relative, offset=offset, part=part))
        return
    end = m.start() + len(m.group(0).split()[0])
    if offset == 0:  # "das heutige Kaliningrad": the present, not today's date
        yield Candidate(m.start(), end, partial(nz.fixed, kind=nz.DATE, value="PRESENT_REF"))
    else:
        yield Candidate(m.start(), end, partial(nz.day_relative, offset=offset))


def _weekday(m: re.Match[str], scan: Scan) -> Iterator[Candidate]:
    vocab = scan.vocab
    direction = None
    if m["rel"]:
        found = relative_offset(m["rel"], vocab)
        if found is None or found[0] in ("gleich", "selb", "laufend", "aktuell"):
            return
        direction = found[1] or None
    part_word = m["suffix"] or m["part"]
    part = vocab.day_parts[part_word.lower()] if part_word else None
    weekday = vocab.weekdays[m["wd"].lower()]
    if m["week"]:  # "Dienstag vergangener Woche": that weekday of that week
        found = relative_offset(m["week"], vocab)
        if m["rel"] or found is None or found[0] in ("gleich", "selb"):
            return
        resolver = partial(nz.weekday_of_week, weekday=weekday, offset=found[1], part=part)
    else:
        resolver = partial(nz.weekday, weekday=weekday, direction=direction, part=part)
    yield Candidate(m.start(), m.end(), resolver)


def _night_to_weekday(m: re.Match[str], scan: Scan) -> Iterator[Candidate]:
    weekday = scan.vocab.weekdays[m["wd"].lower()]
    yield Candidate(m.start(), m.end(), partial(nz.weekday, weekday=weekday, part="NI"))


def _relative_period(m: re.Match[str], scan: Scan) -> Iterator[Candidate]:
    vocab = scan.vocab
    found = relative_offset(m["rel"], vocab)
    if found is None:
        return
    stem, offset = found
    if m["month"]:
        if stem in ("gleich", "selb"):
            return
        month = vocab.months[m["month"].lower()]
        yield Candidate(m.start(), m.end(), partial(nz.month, month=month, direction=offset or None))
        return
    unit = _UNITS[m["unit"]]
    if unit == "D":
        if stem in ("dies", "gleich", "selb"):
            resolver = partial(nz.day_relative, offset=0, from_reference=True)
        elif stem in ("nächst", "folgend"):
            resolver = partial(nz.day_relative, offset=1, from_reference=True)
        else:
            return  # "am letzten Tag (der Messe)" is no date of its own
        yield Candidate(m.start(), m.end(), resolver, stage=2)
        return
    if stem in ("gleich", "selb"):
        if unit == "Y":  # "im selben Jahr": the year mentioned before
            yield Candidate(m.start(), m.end(), nz.topic_year, stage=1)
        return
    if unit == "W":
        resolver = partial(nz.week_relative, offset=offset)
    elif unit == "M":
        resolver = partial(nz.month_relative, offset=offset)
    elif unit == "Y":
        resolver = partial(nz.year, offset=offset)
    elif unit == "WE":
        resolver = partial(nz.weekend, direction=offset)
    else:
        resolver = partial(nz.part_of_year_relative, unit=unit, offset=offset)
    yield Candidate(m.start(), m.end(), resolver)


def _relative_night(m: re.Match[str], scan: Scan) -> Iterator[Candidate]:
    """"in der vergangenen Nacht" (the night before the anchor's day), "kommende Nacht"."""
    found = relative_offset(m["rel"], scan.vocab)
    if found is None or found[0] in ("gleich", "selb"):  # "in derselben Nacht": the sentence's day
        return
    offset = -1 if found[1] < 0 else 0  # "kommende Nacht" begins on the anchor's day
    yield Candidate(m.start(), m.end(), partial(nz.day_relative, offset=offset, part="NI"))


def _weekend(m: re.Match[str], scan: Scan) -> Iterator[Candidate]:
    """"am Wochenende": the weekend of the anchor's week."""
    yield Candidate(m.start(), m.end(), partial(nz.weekend))


def _period_part(m: re.Match[str], scan: Scan) -> Iterator[Candidate]:
    rel = m["rel"] or m["rel2"]
    offset = 0
    if rel:
        found = relative_offset(rel, scan.vocab)
        if found is None or found[0] in ("gleich", "selb"):
            return
        offset = found[1]
    unit = _UNITS[m["unit"]]
    if m["year"]:
        if unit != "Y":
            return
        yield Candidate(m.start(), m.end(), partial(nz.fixed, kind=nz.DATE, value=m["year"]))
    elif unit == "Y" and not rel:  # "Ende des Jahres": the year under discussion
        yield Candidate(m.start(), m.end(), nz.topic_year, stage=1)
    else:
        yield Candidate(m.start(), m.end(), _period_resolver(unit, offset))


def _period_resolver(unit: str, offset: int) -> nz.Resolver:
    if unit == "Y":
        return partial(nz.year, offset=offset)
    if unit == "M":
        return partial(nz.month_relative, offset=offset)
    return partial(nz.week_relative, offset=offset)


def _period_part_compound(m: re.Match[str], scan: Scan) -> Iterator[Candidate]:
    unit, _part = scan.vocab.period_part_compounds[m["word"].lower()]
    if m["year"] and unit == "Y":
        resolver = partial(nz.fixed, kind=nz.DATE, value=m["year"])
        yield Candidate(m.start(), m.end(), resolver)
        return
    end = m.end("word")
    yield Candidate(m.start(), end, _period_resolver(unit, 0))


def _neighbour_period(m: re.Match[str], scan: Scan) -> Iterator[Candidate]:
    """"im Vorjahr", "am Vortag", "am Folgetag"."""
    word = m["noun"].lower()
    vocab = scan.vocab
    offset = -1 if word in vocab.previous_period_nouns else 1
    unit = vocab.previous_period_nouns.get(word) or vocab.next_period_nouns[word]
    if unit == "D":
        yield Candidate(m.start(), m.end(), partial(nz.day_relative, offset=offset, from_reference=True), stage=2)
    else:
        yield Candidate(m.start(), m.end(), _period_resolver(unit, offset))


def _day_before_after(m: re.Match[str], scan: Scan) -> Iterator[Candidate]:
    offset = scan.vocab.sequence_words[m["dir"]]
    part = None if m["noun"] in ("Tag", "Tags", "tags") else scan.vocab.day_parts[m["noun"].lower()]
    yield Candidate(m.start(), m.end(), partial(nz.day_relative, offset=offset, part=part, from_reference=True),
                    stage=2)


def _this_year(m: re.Match[str], scan: Scan) -> Iterator[Candidate]:
    yield Candidate(m.start(), m.end(), partial(nz.year, offset=0))


def _day_part(m: re.Match[str], scan: Scan) -> Iterator[Candidate]:
    part = scan.vocab.day_parts[m["part"].lower()]
    start = first_start(m, "art", "art2", "adj", "part")
    yield Candidate(start, m.end(), partial(nz.day_part, part=part), stage=2)


def _clock(m: re.Match[str], scan: Scan) -> Iterator[Candidate]:
    ampm = m["ampm"]
    extent = (m.start(), m.end())
    list_start = m.start("list")
    for item in _CLOCK_ITEM.finditer(m["list"] or ""):
        hour, minute = _adjust(int(item.group(1)), int(item.group(2) or 0), ampm)
        yield Candidate(list_start + item.start(), list_start + item.end(),
                        partial(nz.clock, hour=hour, minute=minute), stage=2, extent=extent)
    hour, minute = _adjust(int(m["h"]), int(m["m"] or m["m2"] or 0), ampm)
    end = m.end("m2") if m["m2"] else m.end("uhr")  # "3 Uhr [morgens]": the adverb stays outside
    yield Candidate(m.start("h"), end, partial(nz.clock, hour=hour, minute=minute), stage=2, extent=extent)


def _adjust(hour: int, minute: int, ampm: str | None) -> tuple[int, int]:
    """"8 Uhr abends" is 20:00, "11 Uhr nachts" 23:00, "1 Uhr mittags" 13:00."""
    if ampm in _PM_WORDS and hour < 12:
        hour += 12
    elif ampm == "nachts" and 6 <= hour < 12:
        hour += 12
    elif ampm == "mittags" and hour < 6:
        hour += 12
    return hour, minute


def _clock_bare(m: re.Match[str], scan: Scan) -> Iterator[Candidate]:
    before = scan.word_before(m.start())
    colon = scan.text[m.end("h")] == ":"
    if before not in ("um", "gegen", "ab", "bis", "von") or (colon and before not in ("um", "gegen")):
        return  # "von 0:13" is a score
    yield Candidate(m.start(), m.end(), partial(nz.clock, hour=int(m["h"]), minute=int(m["m"])), stage=2)
