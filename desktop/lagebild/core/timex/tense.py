"""Which way a clause looks in time: past, future or unknown.

Year-less dates ("am 3. Januar") and weekdays ("am Montag") are placed before
or after the publication date according to this.  German has no reliable
morphological future, so the decision rests on cue words from the vocabulary:
past auxiliaries and preterites ("hatte", "wurde", "berichtete", "-ierte"),
any finite full verb HanTa's lexicon shows to be a preterite ("kaufte",
"fuhr"; :mod:`lagebild.core.ner.lexicon`), future markers ("wird", "soll", "plant", "kommend"), and perfect tense
(an auxiliary "hat/ist" with a participle).  The clause around the expression
decides first; if it has no cue, the sentence does (up to a colon or semicolon).
"""

from __future__ import annotations

import re
from enum import Enum

from lagebild.core.ner.lexicon import lookup
from lagebild.core.timex.vocabulary import Vocabulary

_WORD = re.compile(r"\w+")
_CLAUSE_BREAK = re.compile(r"[,;:()\"„“”«»–]|\s-\s")
_REACH = 250
_PART_BREAK = re.compile(r"[;:]")  # a colon or semicolon joins what are really two sentences
_PARTICIPLE = re.compile(r"(?:\w*ge\w{3,}(?:t|en)|\w{3,}iert)")
_PRETERITE = re.compile(r"\w{2,}ierten?")
# "soll ... aufgelauert haben", "sei ... eröffnet worden": a perfect infinitive reports the past
_PERFECT_INFINITIVE = re.compile(r"\b(?=[a-zäöüß])(?:\w*ge\w{3,}(?:t|en)|\w{3,}iert)\s+(?:haben|sein|worden)\b")


class Tense(Enum):
    """Temporal direction of a clause."""

    PAST = "past"
    FUTURE = "future"
    UNKNOWN = "unknown"


def clause_tense(text: str, sentence: tuple[int, int], span: tuple[int, int], vocab: Vocabulary) -> Tense:
    """Tense of the clause holding ``span`` inside ``sentence`` (both offset pairs).

    At most ``_REACH`` characters on either side are read: a run-on "sentence"
    (a table, a list without full stops) must not make tagging quadratic.
    """
    start, end = max(sentence[0], span[0] - _REACH), min(sentence[1], span[1] + _REACH)
    left = start
    for match in _CLAUSE_BREAK.finditer(text, start, span[0]):
        left = match.end()
    right_match = _CLAUSE_BREAK.search(text, span[1], end)
    right = right_match.start() if right_match else end
    tense = words_tense(text[left:span[0]] + " " + text[span[1]:right], vocab, clause=True)
    if tense is Tense.UNKNOWN:
        for match in _PART_BREAK.finditer(text, start, span[0]):
            start = match.end()
        part_end = _PART_BREAK.search(text, span[1], end)
        tense = words_tense(text[start:span[0]] + " " + text[span[1]:part_end.start() if part_end else end], vocab)
    return tense


def words_tense(passage: str, vocab: Vocabulary, clause: bool = False) -> Tense:
    """Tense signalled by the cue words in ``passage`` (lower-case words only:
    "beim Letzten" is a noun, not "letzten").  A reporting verb ("sagte") only
    counts in the expression's own ``clause``: it does not date what is reported."""
    words = [w for w in _WORD.findall(passage) if w.islower()]
    lowered = words
    if (
        any(w in vocab.past_cues or (clause and w in vocab.reporting_past) for w in lowered)
        or any(_PRETERITE.fullmatch(w) for w in words)
        or _PERFECT_INFINITIVE.search(passage)
        or any(_is_preterite(w, vocab, clause) for w in words)
    ):
        return Tense.PAST
    if any(w in vocab.future_cues for w in lowered):
        return Tense.FUTURE
    if any(w in vocab.perfect_auxiliaries for w in lowered) and any(_PARTICIPLE.fullmatch(w) for w in words):
        return Tense.PAST
    return Tense.UNKNOWN


def _is_preterite(word: str, vocab: Vocabulary, clause: bool) -> bool:
    """Whether the lexicon knows ``word`` as a finite full verb in the preterite:
    weak ("verhaftete": stem + -te/-ten/-ete...) or strong ("nahmen", "lief":
    neither the infinitive nor its stem with a present ending).  Reporting
    verbs count only in the expression's own ``clause``."""
    analysis = lookup(word)
    if analysis is None or analysis.pos != "VV(FIN)":
        return False
    lemma = analysis.lemma.lower()
    if lemma in vocab.present_like_lemmas or (not clause and lemma in vocab.reporting_lemmas):
        return False
    stem = lemma[:-2] if lemma.endswith("en") else lemma[:-1] if lemma.endswith("n") else None
    if stem is None or word == lemma:
        return False
    if word.startswith(stem) and word[len(stem):] in _WEAK_PRETERITE_ENDINGS:
        return True
    if word.endswith("en"):  # a present plural is the infinitive itself
        return True
    plain, plain_stem = _flatten(word), _flatten(stem)
    return not plain.startswith(plain_stem) and not word.endswith("t")  # "lief", "nahm" (not "gibt", "hält")


_WEAK_PRETERITE_ENDINGS = frozenset({"te", "ten", "test", "tet", "ete", "eten", "etest", "etet"})
_FLAT = str.maketrans({"ä": "a", "ö": "o", "ü": "u"})


def _flatten(word: str) -> str:
    """A form with the vowel changes of the present undone ("gibt" -> "gebt", "läuft" -> "lauft")."""
    return word.translate(_FLAT).replace("ie", "e").replace("i", "e")
