"""Rules for durations ("seit zwei Jahren"), dates counted from the anchor
("vor zwei Wochen", "in drei Tagen"), sets ("jeden Montag", "täglich") and
vague references ("derzeit", "früher", "in naher Zukunft")."""

from __future__ import annotations

import re
from functools import partial
from typing import Iterator

from lagebild.core.timex import normalise as nz
from lagebild.core.timex.calendar import number_text
from lagebild.core.timex.fragments import ADJ_END, ART, B, E, OWS, WS, alt, either, fragments, noun
from lagebild.core.timex.patterns import Candidate, Rule, Scan, first_start, gate, ordinal_number, relative_offset
from lagebild.core.timex.vocabulary import Vocabulary, vocabulary

_AGE_BEFORE = re.compile(rf"Alter{WS}von{WS}(?:\S+{WS})?$")
_SHIFTABLE = {"D", "W", "M", "Y", "DE"}
_LEAD = re.compile(r"^\([^)]*\)\s*")
# duration units: (prefix, ISO letter, factor into that letter)
_ISO = {
    "Y": ("P", "Y", 1), "M": ("P", "M", 1), "W": ("P", "W", 1), "D": ("P", "D", 1),
    "H": ("PT", "H", 1), "MIN": ("PT", "M", 1), "S": ("PT", "S", 1),
    "DE": ("P", "Y", 10), "CE": ("P", "Y", 100), "Q": ("P", "M", 3), "HALF": ("P", "M", 6),
}
_VAGUE_ISO = {"DE": "PXDE", "CE": "PXCE", "Q": "PXM", "HALF": "PXM"}


def rules() -> list[Rule]:
    """The quantity, set and vague-reference rules, compiled."""
    f = fragments()
    vocab = vocabulary()
    glued_numbers = alt(either(w) for w in vocab.numbers if " " not in w)
    set_words = alt(either(w) for w in vocab.sets)
    set_units = rf"(?:{f.unit}|{f.weekday}{E}|Wochenende{E}|{f.season}|{f.month}|{f.day_part})"
    units = gate(*(noun(u) for u in vocab.units))
    return [
        Rule("duration", re.compile(
            rf"{B}(?:(?P<approx>{f.approximator}){WS})?(?:(?P<n1>{f.number}){OWS}(?:[-–]|{WS}bis|{WS}oder){OWS})?"
            rf"(?P<num>{f.number}){WS}(?:(?P<half>halbe[nmrs]?){WS})?(?:(?P<adj>[a-zäöüß]{{3,20}}(?:e|en)){WS})?"
            rf"(?P<unit>{f.unit})(?:{WS}(?P<rel>{f.sequence}))?"), _duration, units),
        Rule("vague_duration", re.compile(
            rf"{B}(?:(?P<art>{ART}){WS})?(?P<q>{f.vague_quantity}){WS}(?:(?P<adj>[a-zäöüß]{{3,20}}(?:e|en)){WS})?"
            rf"(?P<unit>{f.unit})"), _vague_duration, units),
        Rule("bare_plural_duration", re.compile(
            rf"{B}(?:[Ss]eit|[Üü]ber|[Vv]or|[Nn]ach|[Ff]ür){WS}(?P<unit>Jahren|Jahre|Monaten|Monate|Wochen|Tagen|Tage|"
            rf"Stunden|Minuten|Jahrzehnten|Jahrzehnte|Jahrhunderten|Jahrhunderte){E}"), _bare_plural_duration, units),
        Rule("relative_plural_duration", re.compile(
            rf"{B}(?:(?P<art>{ART}){WS})?(?P<rel>{f.relative}){WS}(?:(?P<num>{f.number}){WS})?"
            rf"(?P<unit>Tage|Tagen|Wochen|Monate|Monaten|Jahre|Jahren|Jahrzehnte|Jahrzehnten|Stunden|Minuten|Sekunden){E}"),
            _relative_plural_duration, units),
        Rule("long_word", re.compile(rf"{B}(?P<word>{alt(either(w) for w in vocab.vague_durations)}){E}"), _long_word, gate("lang")),
        Rule("adjective_duration", re.compile(
            rf"{B}(?P<num>{glued_numbers}|\d+-)(?P<unit>tägig|wöchig|monatig|stündig|minütig)(?:{ADJ_END})?{E}"),
            _adjective_duration, gate("tägig", "wöchig", "monatig", "stündig", "minütig")),
        Rule("set_word", re.compile(rf"{B}(?P<word>{set_words})(?:{ADJ_END})?{E}"), _set_word, gate(*vocab.sets, both_cases=True)),
        Rule("set_weekday", re.compile(rf"{B}(?P<word>{f.weekday_adverb})"), _set_weekday, gate(*vocab.weekday_adverbs, both_cases=True)),
        Rule("set_quantified", re.compile(
            rf"{B}(?P<q>{f.set_quantifier})(?:{WS}(?P<num>{f.ordinal}|{f.number}))?{WS}(?P<unit>{set_units})"),
            _set_quantified, gate(*vocab.set_quantifiers, both_cases=True)),
        Rule("set_per_unit", re.compile(
            rf"{B}(?:[Ii]m|[Aa]m|[Ii]n{WS}der)(?:{WS}(?P<approx>[Ss]chnitt|[Dd]urchschnitt))?{WS}(?P<unit>Monat|Jahr|Tag|Woche){E}"
            rf"(?!{WS}(?:\d|des|der|vor|nach|zuvor|danach|darauf|davor|von|{f.month}))"), _set_per_unit, gate("Monat", "Jahr", "Tag", "Woche")),
        Rule("these_times", re.compile(
            rf"{B}[Ii]n{WS}(?P<span>(?:dieser|der{WS}heutigen|unserer)(?:{WS}[a-zäöüß]{{1,20}}en)?{WS}Zeit|"
            rf"(?:diesen|unseren)(?:{WS}[a-zäöüß]{{1,20}}en)?{WS}Zeiten){E}"), _these_times, gate("Zeit")),
        Rule("vague", _vague_pattern(vocab), partial(_vague, values=_vague_values(vocab)),
             gate(*(max(_LEAD.sub("", p).split(), key=len) for ps in vocab.vague.values() for p in ps), both_cases=True)),
    ]


def duration_value(amount: float | None, unit: str) -> str:
    """TIMEX3 duration: ``P2Y``, ``PT30M``, ``PXD`` (``amount`` None = unspecified)."""
    prefix, letter, factor = _ISO[unit]
    if amount is None:
        return _VAGUE_ISO.get(unit, f"{prefix}X{letter}")
    amount *= factor
    if amount < 1:  # "eine halbe Stunde" is PT30M, not PT0.5H
        smaller = {("PT", "H"): ("M", 60), ("P", "D"): ("TH", 24), ("P", "Y"): ("M", 12), ("PT", "M"): ("S", 60)}
        if (prefix, letter) in smaller and float(amount * smaller[(prefix, letter)][1]).is_integer():
            new_letter, times = smaller[(prefix, letter)]
            if new_letter == "TH":
                return f"PT{number_text(amount * times)}H"
            return f"{prefix}{number_text(amount * times)}{new_letter}"
    return f"{prefix}{number_text(amount)}{letter}"


def _duration(m: re.Match[str], scan: Scan) -> Iterator[Candidate]:
    vocab, text = scan.vocab, scan.text
    unit = vocab.units.get(m["unit"].lower())
    amount = vocab.number(m["num"])
    if unit is None or amount is None or amount <= 0:
        return
    if m.start() >= 2 and text[m.start() - 1] in ":.," and text[m.start() - 2].isdigit():
        return  # part of a race time or score: "1:20.953 Minuten"
    if scan.word_after(m.end()).lower().startswith(vocab.age_words) or _AGE_BEFORE.search(
        text, max(0, m.start() - 30), m.start()
    ):
        return  # "31 Jahre alt", "im Alter von 80 Jahren"
    if m["num"].lower() == "eines" and unit == "D":
        return  # "eines Tages": some day
    if m["half"]:
        amount *= 0.5
    start = first_start(m, "approx", "n1", "num")
    if m["n1"]:
        first = vocab.number(m["n1"])
        if first:  # "sechs bis acht Monate": two durations
            yield Candidate(m.start("n1"), m.end("n1"), _fixed_duration(first, unit), extent=(m.start(), m.end()))
            start = m.start("num")
    whole = float(amount).is_integer()
    if m["rel"] and unit in _SHIFTABLE and whole:
        sign = vocab.sequence_words[m["rel"]]
        yield Candidate(start, m.end(), _shift(int(amount) * sign, unit, True), stage=2)
        return
    if m["rel"] and unit in ("H", "MIN", "S"):  # "drei Minuten später": a point at an unknown time
        yield Candidate(start, m.end(), partial(nz.fixed, kind=nz.TIME, value="XXXX-XX-XXTXX:XX"))
        return
    end = m.end("unit")
    before = scan.word_before(m.start())
    if unit in _SHIFTABLE and whole and not m["n1"] and before in ("vor", "in"):
        sign = -1 if before == "vor" else 1
        yield Candidate(start, end, _shift(int(amount) * sign, unit, False))
        return
    yield Candidate(start, end, _fixed_duration(amount, unit), extent=(m.start(), m.end()) if m["n1"] else None)


def _shift(amount: int, unit: str, from_reference: bool) -> nz.Resolver:
    if unit == "DE":
        amount, unit = amount * 10, "Y"
    return partial(nz.shifted, amount=amount, unit=unit, from_reference=from_reference)


def _fixed_duration(amount: float | None, unit: str) -> nz.Resolver:
    return partial(nz.fixed, kind=nz.DURATION, value=duration_value(amount, unit))


def _vague_duration(m: re.Match[str], scan: Scan) -> Iterator[Candidate]:
    unit = scan.vocab.units.get(m["unit"].lower())
    if unit is None or not m["unit"].endswith(("e", "n")):  # plural units only
        return
    yield Candidate(m.start(), m.end(), _fixed_duration(None, unit))


def _bare_plural_duration(m: re.Match[str], scan: Scan) -> Iterator[Candidate]:
    unit = scan.vocab.units[m["unit"].lower()]
    yield Candidate(m.start("unit"), m.end(), _fixed_duration(None, unit))


def _relative_plural_duration(m: re.Match[str], scan: Scan) -> Iterator[Candidate]:
    found = relative_offset(m["rel"], scan.vocab)
    if found is None or found[0] in ("gleich", "selb", "laufend", "aktuell"):
        return
    amount = scan.vocab.number(m["num"]) if m["num"] else None
    if amount is None and found[1] > 0 and m["art"] and scan.word_before(m.start()) in ("in", "während"):
        # "in den nächsten Jahren" is the near future; "in den letzten Jahren" stays a duration (KRAUTS)
        yield Candidate(m.start(), m.end(), partial(nz.fixed, kind=nz.DATE, value="FUTURE_REF"))
        return
    yield Candidate(m.start(), m.end(), _fixed_duration(amount, scan.vocab.units[m["unit"].lower()]))


def _long_word(m: re.Match[str], scan: Scan) -> Iterator[Candidate]:
    value = scan.vocab.vague_durations[m["word"].lower()]
    yield Candidate(m.start(), m.end(), partial(nz.fixed, kind=nz.DURATION, value=value))


def _adjective_duration(m: re.Match[str], scan: Scan) -> Iterator[Candidate]:
    amount = scan.vocab.number(m["num"].rstrip("-"))
    unit = {"tägig": "D", "wöchig": "W", "monatig": "M", "stündig": "H", "minütig": "MIN"}[m["unit"]]
    if amount:
        yield Candidate(m.start(), m.end(), _fixed_duration(amount, unit))


_AMOUNT_BEFORE = re.compile(r"(?:\d|mal|[Ee]uro|Prozent)\W+(?:\w+\W+){0,3}$")


def _set_per_unit(m: re.Match[str], scan: Scan) -> Iterator[Candidate]:
    """"400 Euro im Monat", "zweimal in der Woche": a rate, when an amount precedes."""
    if m["approx"] or not _AMOUNT_BEFORE.search(scan.text, max(0, m.start() - 60), m.start()):
        return
    unit = scan.vocab.units[m["unit"].lower()]
    yield Candidate(m.start(), m.end(), partial(nz.fixed, kind=nz.SET, value=duration_value(1, unit)))


def _set_word(m: re.Match[str], scan: Scan) -> Iterator[Candidate]:
    value = scan.vocab.sets[m["word"].lower()]
    yield Candidate(m.start(), m.end(), partial(nz.fixed, kind=nz.SET, value=value))


def _set_weekday(m: re.Match[str], scan: Scan) -> Iterator[Candidate]:
    weekday = scan.vocab.weekday_adverbs[m["word"].lower()]
    yield Candidate(m.start(), m.end(), partial(nz.fixed, kind=nz.SET, value=f"XXXX-WXX-{weekday}"))


def _set_quantified(m: re.Match[str], scan: Scan) -> Iterator[Candidate]:
    vocab = scan.vocab
    quantifier = m["q"].lower()
    amount: float | None = 1
    if m["num"]:
        amount = ordinal_number(m["num"], vocab) if quantifier.startswith("jed") else vocab.number(m["num"])
    if not amount or (quantifier in ("pro", "je") and m["num"]):
        return
    value = _set_value(m["unit"], amount, vocab)
    if value is not None:
        yield Candidate(m.start(), m.end(), partial(nz.fixed, kind=nz.SET, value=value))


def _set_value(word: str, amount: float, vocab: Vocabulary) -> str | None:
    lowered = word.lower()
    if lowered in vocab.units:
        return duration_value(amount, vocab.units[lowered])
    if lowered in vocab.weekdays:
        return f"XXXX-WXX-{vocab.weekdays[lowered]}"
    if lowered == "wochenende":
        return "XXXX-WXX-WE"
    if lowered in vocab.seasons:
        return f"XXXX-{vocab.seasons[lowered]}"
    if lowered in vocab.months:
        return f"XXXX-{vocab.months[lowered]:02d}"
    if lowered in vocab.day_parts:
        return f"XXXX-XX-XXT{vocab.day_parts[lowered]}"
    return None


def _phrase_pattern(phrase: str) -> str:
    words = phrase.split()
    return WS.join([either(words[0]), *(re.escape(w) for w in words[1:])])


def _vague_pattern(vocab: Vocabulary) -> re.Pattern[str]:
    """"derzeit", "in naher Zukunft" (the parenthesised "(in)" stays outside the span)."""
    prefixed: dict[str, list[str]] = {}
    plain: list[str] = []
    for phrases in vocab.vague.values():
        for phrase in phrases:
            if phrase.startswith("("):
                lead, _, body = phrase[1:].partition(")")
                prefixed.setdefault(lead, []).append(_phrase_pattern(body.strip()))
            else:
                plain.append(_phrase_pattern(phrase))
    branches = [rf"{either(lead)}{WS}(?P<body{i}>{alt(bodies)})" for i, (lead, bodies) in enumerate(prefixed.items())]
    return re.compile(rf"{B}(?:{'|'.join(branches)}|(?P<plain>{alt(plain)})){E}")


def _these_times(m: re.Match[str], scan: Scan) -> Iterator[Candidate]:
    """"in dieser schwierigen Zeit", "in diesen Zeiten": the present (in a present-tense clause)."""
    yield Candidate(m.start("span"), m.end("span"), nz.present_unless_past)


def _vague_values(vocab: Vocabulary) -> dict[str, str]:
    """Phrase as matched (lower case, without its parenthesised lead) -> PRESENT_REF/PAST_REF/FUTURE_REF."""
    return {
        " ".join(_LEAD.sub("", phrase).lower().split()): value
        for value, phrases in vocab.vague.items()
        for phrase in phrases
    }


def _excluded(scan: Scan, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is part of an idiom such as "früher oder später" or "so bald"."""
    for phrase in scan.vocab.vague_exclusions:
        window_start = max(0, start - len(phrase))
        window = scan.text[window_start:end + len(phrase)].lower()
        found = window.find(phrase)
        while found >= 0:
            if window_start + found < end and window_start + found + len(phrase) > start:
                return True
            found = window.find(phrase, found + 1)
    return False


def _vague(m: re.Match[str], scan: Scan, values: dict[str, str]) -> Iterator[Candidate]:
    name = next(k for k, v in m.groupdict().items() if v is not None)
    if _excluded(scan, m.start(name), m.end(name)):
        return
    value = values.get(" ".join(m[name].lower().split()))
    if value is not None:
        yield Candidate(m.start(name), m.end(name), partial(nz.fixed, kind=nz.DATE, value=value))
