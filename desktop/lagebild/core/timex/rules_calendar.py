"""Rules for calendar expressions: dates, months, years, decades, seasons,
calendar weeks, quarters and holidays."""

from __future__ import annotations

import re
from functools import lru_cache, partial
from typing import Iterator

from lagebild.core.timex import normalise as nz
from lagebild.core.timex.calendar import add_months
from lagebild.core.timex.fragments import ART, B, E, OWS, WS, YEAR4, alt, fragments, noun
from lagebild.core.timex.patterns import (
    Candidate,
    Rule,
    Scan,
    gate,
    month_number,
    ordinal_number,
    relative_offset,
)
from lagebild.core.timex.vocabulary import Vocabulary, vocabulary

DAY = r"(?:[12]\d|3[01]|0?[1-9])"
_LIST_SEP = rf"(?:{OWS},{OWS}(?:(?:und|sowie){WS})?|{WS}(?:und|sowie|oder|bis(?:{WS}(?:zum|einschließlich))?){WS}|{OWS}[-–/]{OWS})"
_LIST_DAY = re.compile(rf"({DAY})\.")
_SEASON_YEAR = re.compile(r"/\d{2}(?!\d)")
_NUMBER_BEFORE = re.compile(rf"\d{OWS}$")
_PART_OF_NUMBER = re.compile(rf"{WS}(?:der|von|aus){WS}\d")


def rules() -> list[Rule]:
    """The calendar rules, compiled."""
    f = fragments()
    month = f"(?:{f.month}|{f.month_abbr})"
    rel_year = rf"(?:{WS}(?:des{WS})?(?P<rel>{f.relative}){WS}Jahres{E})"
    vocab = vocabulary()
    holiday_names = alt(WS.join(re.escape(w) for w in name.split()) for name in (*vocab.holidays, *vocab.easter_holidays))
    months = gate(*(noun(w) for w in (*vocab.months, *vocab.month_abbreviations)))
    years = gate(raw=r"[12][0-9][0-9][0-9]")
    day_parts = gate(*(noun(p) for p in vocab.day_parts if not p.endswith("s") and p != "früh"))
    return [
        Rule("day_month", re.compile(
            rf"{B}(?:(?P<wd>{f.weekday_or_abbreviation}),?{WS}(?:(?:den|dem){WS})?)?(?:(?P<art>dem|den){WS})?"
            rf"(?P<list>(?:{DAY}\.{_LIST_SEP}){{0,6}})(?P<day>{DAY})\.{OWS}(?P<month>{month})"
            rf"(?:{WS}(?P<year>{YEAR4})|{rel_year})?"), _day_month, months, reach=400),
        Rule("numeric_date", re.compile(
            rf"{B}(?:(?P<wd>{f.weekday_or_abbreviation}),?{WS}(?:den{WS})?)?(?<![\d.,])(?P<day>{DAY})\.{OWS}(?P<month>1[0-2]|0?[1-9])\."
            rf"(?:(?P<year>\d{{4}}|\d{{2}})(?![\d.,]?\d)|{WS}(?P<year4>{YEAR4})|(?!\d))"), _numeric_date, gate(raw=r"[0-9]\.[^\S\n]?[0-9]")),
        Rule("iso_date", re.compile(
            rf"{B}(?P<year>[12]\d{{3}})-(?P<month>0[1-9]|1[0-2])-(?P<day>{DAY})(?![\d-])"), _iso_date, gate(raw=r"[0-9][0-9][0-9][0-9]-[0-9]")),
        Rule("month", re.compile(
            rf"{B}(?:(?P<part>{f.period_part}){WS}(?:(?:des|der){WS})?)?(?P<month>{month})"
            rf"(?:{WS}(?P<year>{YEAR4})|{rel_year})?"), _month, months),
        Rule("year_noun", re.compile(
            rf"{B}(?P<noun>Jahr(?:es|e|s)?|Kalenderjahr(?:es|s)?){WS}(?P<year>[12]\d{{3}})(?!\d|/\d)"), _year, years),
        Rule("part_year", re.compile(rf"{B}(?P<part>{f.period_part}){WS}(?P<year>{YEAR4})"), _year, years),
        Rule("bare_year", re.compile(r"(?<!\w)(?<!\d[.,:])(?P<year>(?:1[89]|20)\d\d)(?!\w|[.,:]\d)"), _bare_year, years),
        Rule("decade", re.compile(
            rf"{B}(?:(?P<part>{f.period_part}){WS})?(?:(?P<art>{ART}){WS})?"
            rf"(?:(?:(?P<century>1\d|20)(?P<tens>\d)0|(?P<short>\d)0|(?P<word>{f.decade_word}))er(?:-|{OWS})?"
            rf"[Jj]ahre[n]?|(?P<word2>{f.decade_word})n|(?P<century2>1\d|20)?(?P<bare>\d)0ern?){E}"), _decade, gate("0er", "iger")),
        Rule("century", re.compile(
            rf"{B}(?:(?:(?:{ART}){WS})?(?:(?:ersten|zweiten){WS}Hälfte|{f.period_part}){WS}des{WS}|(?:{ART}){WS})?"
            rf"(?P<n>1?\d|20)\.{OWS}Jahrhunderts?{E}"), _century, gate("Jahrhundert")),
        Rule("year_range", re.compile(r"(?<![\w.,])(?P<first>1\d{3}|20\d\d)[-–](?P<second>1\d{3}|20\d\d)(?![\w.,]\d|\w)"),
             _year_range, gate(raw=r"[0-9][0-9][0-9][0-9][-–][0-9]")),
        Rule("split_year", re.compile(
            rf"{B}(?:(?P<art>{ART}){WS})?(?:{alt(re.escape(w) for w in vocab.split_year_nouns)})"
            rf"{WS}(?P<first>[12]\d{{3}})/(?P<second>\d{{2}}|[12]\d{{3}})(?!\d)"),
            _split_year, gate(*vocab.split_year_nouns)),
        Rule("season", re.compile(
            rf"{B}(?:(?P<part>{f.period_part}){WS}(?:des{WS})?)?(?:(?P<art>{ART}){WS})?(?:(?P<rel1>{f.relative}){WS})?"
            rf"(?P<season>{f.season})(?!-\w)(?:{WS}(?P<year>{YEAR4})|{rel_year})?"), _season, gate(*(noun(w) for w in vocab.seasons))),
        Rule("calendar_week", re.compile(
            rf"{B}(?:(?:(?P<art>{ART}){WS})?(?:(?P<n>[1-5]?\d)\.{OWS}|(?P<ord>{f.ordinal}){WS})Kalenderwoche{E}"
            rf"(?:{WS}(?P<year>{YEAR4}))?|KW{OWS}(?P<kw>[1-5]?\d)(?!\d)(?:{OWS}/{OWS}(?P<kwy>{YEAR4}))?)"), _calendar_week, gate("Kalenderwoche", "KW")),
        Rule("quarter", re.compile(
            rf"{B}(?:(?P<art>{ART}){WS})?(?:(?P<n>[1-4])\.{OWS}|(?P<ord>{f.ordinal}){WS})"
            rf"(?P<unit>Quartals?|Quartales|Halbjahr(?:es|s)?|Jahreshälfte|Jahresviertels?|Hälfte{WS}des{WS}Jahres){E}"
            rf"(?:{WS}(?P<year>{YEAR4})|{rel_year})?"), _quarter, gate("Quartal", "Halbjahr", "Jahreshälfte", "Jahresviertel", "Hälfte", "Q1", "Q2", "Q3", "Q4")),
        Rule("quarter_code", re.compile(rf"{B}Q(?P<n>[1-4]){OWS}/?{OWS}(?P<year>{YEAR4})"), _quarter, gate("Quartal", "Halbjahr", "Jahreshälfte", "Jahresviertel", "Hälfte", "Q1", "Q2", "Q3", "Q4")),
        Rule("holiday", re.compile(
            rf"{B}(?P<name>{holiday_names}){E}(?:{WS}(?P<year>{YEAR4}))?"), _holiday, gate(*{name.split()[0] for name in (*vocab.holidays, *vocab.easter_holidays)})),
        Rule("part_of_day_date", re.compile(
            rf"{B}(?:(?P<art>der|die|den|dem){WS})?(?:(?P<adj>selben|gleichen|frühen|späten){WS})?(?P<part>{f.day_part})"
            rf"{WS}(?:des|vom|zum|am|auf{WS}den){WS}(?P<day>{DAY})\.{OWS}(?P<month>{month})(?:{WS}(?P<year>{YEAR4}))?"),
            _part_of_day_date, day_parts),
    ]


def _day_month(m: re.Match[str], scan: Scan) -> Iterator[Candidate]:
    vocab = scan.vocab
    month = month_number(m["month"], vocab)
    if month is None:
        return
    year = int(m["year"]) if m["year"] else None
    year_offset = _year_offset(m["rel"], scan)
    extent = (m.start(), m.end())
    main_day = int(m["day"])
    list_start = m.start("list")
    for i, item in enumerate(_LIST_DAY.finditer(m["list"] or "")):
        day = int(item.group(1))
        item_year, item_month = year, month
        if day > main_day:  # "28. bis 3. März": the first day is in February
            shifted = add_months(year or 2000, month, -1)
            item_year, item_month = (shifted[0] if year else None), shifted[1]
        start = m.start() if i == 0 else list_start + item.start()
        yield Candidate(start, list_start + item.end(), partial(
            nz.calendar_day, day=day, month=item_month, year=item_year, year_offset=year_offset),
            stage=_stage(item_year, year_offset), extent=extent)
    start = m.start() if not m["list"] else m.start("day")
    weekday = _weekday_number(m["wd"], vocab) if not m["list"] else None
    yield Candidate(start, m.end(), partial(
        nz.calendar_day, day=main_day, month=month, year=year, year_offset=year_offset, weekday=weekday),
        stage=_stage(year, year_offset), extent=extent)


def _weekday_number(word: str | None, vocab: Vocabulary) -> int | None:
    """1-7 for "Donnerstag" or "Do.", None without a weekday."""
    if not word:
        return None
    lowered = word.lower().rstrip(".")
    return vocab.weekdays.get(lowered) or vocab.weekday_abbreviations.get(lowered)


def _stage(year: int | None, year_offset: int | None) -> int:
    """Year-less dates are resolved after the sentence's explicit ones."""
    return 1 if year is None and year_offset is None else 0


def _year_offset(word: str | None, scan: Scan) -> int | None:
    if not word:
        return None
    found = relative_offset(word, scan.vocab)
    return found[1] if found else None


def _numeric_date(m: re.Match[str], scan: Scan) -> Iterator[Candidate]:
    year_text = m["year"] or m["year4"]
    year = int(year_text) if year_text else None
    if year is not None and len(year_text) == 2:
        year += 2000 if year < 50 else 1900
    weekday = _weekday_number(m["wd"], scan.vocab)
    yield Candidate(m.start(), m.end(), partial(
        nz.calendar_day, day=int(m["day"]), month=int(m["month"]), year=year, weekday=weekday), stage=_stage(year, None))


def _iso_date(m: re.Match[str], scan: Scan) -> Iterator[Candidate]:
    yield Candidate(m.start(), m.end(), partial(
        nz.calendar_day, day=int(m["day"]), month=int(m["month"]), year=int(m["year"])))


def _month(m: re.Match[str], scan: Scan) -> Iterator[Candidate]:
    vocab = scan.vocab
    month = month_number(m["month"], vocab)
    if month is None:
        return
    if not (m["part"] or m["year"] or m["rel"]) and not _month_cue(m.start(), scan):
        return  # a bare "August" or "Mai" needs a cue ("im Mai"): it may be a name
    year = int(m["year"]) if m["year"] else None
    if year is None and not m["rel"]:  # "von Januar bis Juli 2007": the year closes the range
        shared = _range_year().match(scan.text, m.end())
        last = month_number(shared["month"], vocab) if shared else None
        if shared and last is not None:  # "Dezember bis Februar 2015": December 2014
            year = int(shared["year"]) - (month > last)
    offset = _year_offset(m["rel"], scan)
    yield Candidate(m.start(), m.end(), partial(nz.month, month=month, year=year, year_offset=offset),
                    stage=_stage(year, offset))


@lru_cache(maxsize=1)
def _range_year() -> re.Pattern[str]:
    """A second month with a year right after a month: "(Januar) bis Juli 2007"."""
    f = fragments()
    return re.compile(rf"(?:{WS}(?:bis|und|oder|sowie){WS}|{OWS}[-–/]{OWS})(?P<month>{f.month}|{f.month_abbr}){WS}(?P<year>{YEAR4})")


def _month_cue(start: int, scan: Scan) -> bool:
    """Whether the word before a bare month name marks it as a month: "im Mai",
    "seit Juni"; after "und"/"oder"/"bis" only if a month or year precedes ("im Mai
    und Juni", not "August Müller und Juli Zeh")."""
    before, joined = scan.word_before_at(start)
    if before not in scan.vocab.year_cues:
        return False
    if before in ("und", "oder", "bis", "sowie"):
        previous = scan.word_before(joined)
        return previous in scan.vocab.months or previous in scan.vocab.month_abbreviations or previous.isdigit()
    return True


def _year(m: re.Match[str], scan: Scan) -> Iterator[Candidate]:
    yield Candidate(m.start(), m.end(), partial(nz.fixed, kind=nz.DATE, value=m["year"]))


def _bare_year(m: re.Match[str], scan: Scan) -> Iterator[Candidate]:
    """A four-digit number is a year only in a year-like context ("2022", not "2022 Menschen")."""
    vocab, text = scan.vocab, scan.text
    start, end = m.span()
    if _SEASON_YEAR.match(text, end) or (start and text[start - 1] in "€$£#§"):
        return
    if _NUMBER_BEFORE.search(text, max(0, start - 8), start):
        return
    before = scan.word_before(start)
    if before in vocab.year_blockers_before:
        return
    after = scan.word_after(end)
    rest = text[end:end + 3].lstrip()
    if rest.startswith(("%", "‰", "€", "$")) or after.lower() in vocab.year_blockers_after:
        return
    if after[:1].isupper() and before not in vocab.year_cues:
        return
    if _PART_OF_NUMBER.match(text, end):
        return  # "etwa 2000 der 2300 Beschäftigten"
    yield Candidate(start, end, partial(nz.fixed, kind=nz.DATE, value=m["year"]))


def _year_range(m: re.Match[str], scan: Scan) -> Iterator[Candidate]:
    """"1898-1976", "2009–2011": both ends are years (also before 1900) unless a unit follows."""
    first, second = int(m["first"]), int(m["second"])
    after = scan.word_after(m.end())
    if not first < second <= first + 150 or after.lower() in scan.vocab.year_blockers_after or after[:1].isupper():
        return
    extent = (m.start(), m.end())
    for name in ("first", "second"):
        yield Candidate(m.start(name), m.end(name), partial(nz.fixed, kind=nz.DATE, value=m[name]), extent=extent)


def _split_year(m: re.Match[str], scan: Scan) -> Iterator[Candidate]:
    """"in der Saison 2014/15": a period across two years, which TIMEX3 cannot
    write; KRAUTS gives it an unknown day (XXXX-XX-XX)."""
    first, second = int(m["first"]), int(m["second"])
    if second < 100:
        second += first // 100 * 100
    if second == first + 1:
        yield Candidate(m.start(), m.end(), partial(nz.fixed, kind=nz.DATE, value="XXXX-XX-XX"))


def _decade(m: re.Match[str], scan: Scan) -> Iterator[Candidate]:
    if m["bare"]:  # "(Mitte) der 90er": only with an article, "90er" alone may be anything
        if not m["art"]:
            return
        value = (m["century2"] or ("20" if m["bare"] in "01" else "19")) + m["bare"]
    elif m["century"]:
        value = m["century"] + m["tens"]
    elif m["short"]:
        value = ("20" if m["short"] in "01" else "19") + m["short"]
    else:
        word = (m["word"] or m["word2"]).lower()
        value = f"19{scan.vocab.decade_words[word]}"
    yield Candidate(m.start(), m.end(), partial(nz.fixed, kind=nz.DATE, value=value))


def _century(m: re.Match[str], scan: Scan) -> Iterator[Candidate]:
    number = int(m["n"])
    if number >= 1:
        yield Candidate(m.start(), m.end(), partial(nz.fixed, kind=nz.DATE, value=f"{number - 1:02d}"))


def _season(m: re.Match[str], scan: Scan) -> Iterator[Candidate]:
    vocab = scan.vocab
    code = vocab.seasons[m["season"].lower()]
    if not (m["part"] or m["art"] or m["rel1"] or m["year"] or m["rel"]):
        if scan.word_before(m.start()) not in vocab.year_cues:
            return  # "Winter" alone may be a name
    direction = None
    if m["rel1"]:
        found = relative_offset(m["rel1"], vocab)
        if found is None or found[0] in ("gleich", "selb"):
            return
        direction = found[1] or None
    year = int(m["year"]) if m["year"] else None
    yield Candidate(m.start(), m.end(), partial(
        nz.season, season=code, year=year, year_offset=_year_offset(m["rel"], scan), direction=direction))


def _calendar_week(m: re.Match[str], scan: Scan) -> Iterator[Candidate]:
    if m["kw"]:
        week, year_text = int(m["kw"]), m["kwy"]
    else:
        week = ordinal_number(m["n"] or m["ord"], scan.vocab) or 0
        year_text = m["year"]
    if 1 <= week <= 53:
        yield Candidate(m.start(), m.end(), partial(
            nz.week_number, week=week, year=int(year_text) if year_text else None))


def _quarter(m: re.Match[str], scan: Scan) -> Iterator[Candidate]:
    index = ordinal_number(m["n"] or m["ord"], scan.vocab) or 0
    unit_word = m.groupdict().get("unit") or "Quartal"
    unit = "Q" if unit_word.startswith(("Quartal", "Jahresviertel")) else "H"
    if not 1 <= index <= (4 if unit == "Q" else 2):
        return
    year = int(m["year"]) if m["year"] else None
    offset = _year_offset(m.groupdict().get("rel"), scan)
    yield Candidate(m.start(), m.end(), partial(nz.part_of_year, unit=unit, index=index, year=year, year_offset=offset))


def _holiday(m: re.Match[str], scan: Scan) -> Iterator[Candidate]:
    name = " ".join(m["name"].split())
    vocab = scan.vocab
    year = int(m["year"]) if m["year"] else None
    if name in vocab.holidays:
        month_text, day_text = vocab.holidays[name].split("-")
        resolver = partial(nz.holiday, month_day=(int(month_text), int(day_text)), year=year)
    else:
        resolver = partial(nz.holiday, easter_offset=vocab.easter_holidays[name], year=year)
    yield Candidate(m.start(), m.end(), resolver)


def _part_of_day_date(m: re.Match[str], scan: Scan) -> Iterator[Candidate]:
    vocab = scan.vocab
    month = month_number(m["month"], vocab)
    if month is None:
        return
    part = vocab.day_parts[m["part"].lower()]
    year = int(m["year"]) if m["year"] else None
    yield Candidate(m.start(), m.end(), partial(nz.calendar_day, day=int(m["day"]), month=month, year=year, part=part),
                    stage=_stage(year, None))

