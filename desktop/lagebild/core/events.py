"""Events: dated occurrences, each supported by one sentence.

A temporal expression that dates something (DATE or TIME, or a vague past or
future reference) is a candidate.  The clause it stands in decides:

* a clause about a state or an opinion ("galt als unwürdig", "ist
  bemerkenswert") is no event — unless the date hangs on an event noun in it
  ("Seit Beginn der russischen Invasion … im Februar 2022"), which then is the
  event;
* a reporting clause dated by the expression ("berichtete am 15. Januar,
  dass …") is the event, labelled with who reported what;
* any other clause is the event.

Several expressions with the same value in one clause make one event.  Labels
are built from the clause: the date and its preposition, fillers and leading
conjunctions are dropped, a relative pronoun gives way to its antecedent and a
trailing auxiliary after a participle is dropped, headline style ("Interview
von Budanov veröffentlicht").  Participants are the entities mentioned in the
supporting sentence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from lagebild.core.chronology import chronological_key
from lagebild.core.ids import span_id
from lagebild.core.ner.lexicon import lookup as lookup_word
from lagebild.core.model import Entity, Event, MentionKind, Sentence, Timex, TimexType, Token
from lagebild.core.resources import load_json

#: Longest label in words before it is cut with an ellipsis.
MAX_LABEL_WORDS = 18
_CLAUSE_BREAKS = {",", ";", ":", "–", "—", "-"}
_QUOTES = set("\"„“”«»‚‘’'")


@dataclass(frozen=True)
class _Lexicon:
    prepositions: frozenset[str]
    subordinators: frozenset[str]
    relatives: frozenset[str]
    possessive_relatives: frozenset[str]
    elaborating: frozenset[str]
    auxiliaries: frozenset[str]
    state_verbs: frozenset[str]  # lemmas
    reporting_verbs: frozenset[str]  # lemmas
    fillers: frozenset[str]
    participle_exceptions: frozenset[str]
    event_nouns: frozenset[str]
    event_noun_suffixes: tuple[str, ...]
    range_connectors: frozenset[str]
    comparison_markers: frozenset[str]


@lru_cache(maxsize=1)
def _lexicon() -> _Lexicon:
    data = load_json("lang/de/events.json")

    def words(key: str) -> frozenset[str]:
        return frozenset(w.lower() for w in data[key])

    return _Lexicon(
        prepositions=words("prepositions_before_date"),
        subordinators=words("subordinators"),
        relatives=words("relative_pronouns"),
        possessive_relatives=words("possessive_relatives"),
        elaborating=words("elaborating_subordinators"),
        auxiliaries=words("auxiliaries"),
        state_verbs=words("state_verb_lemmas"),
        reporting_verbs=words("reporting_verb_lemmas"),
        fillers=words("fillers"),
        participle_exceptions=words("participle_exceptions"),
        event_nouns=frozenset(data["event_nouns"]),
        event_noun_suffixes=tuple(data["event_noun_suffixes"]),
        range_connectors=words("range_connectors"),
        comparison_markers=words("comparison_markers"),
    )


@dataclass
class _Clause:
    """Token indices (into the sentence's token list) of one clause, possibly
    discontinuous ("Laut Budanov, [dessen …], hat Nordkorea … geliefert")."""

    indices: list[int]
    opener: str = ""  # lower-cased subordinator or relative pronoun that opens it
    main: bool = True


def find_events(
    text: str,
    sentences: list[Sentence],
    tokens: list[Token],
    timexes: list[Timex],
    entities: list[Entity],
    article_key: str,
) -> list[Event]:
    """The dated events of an article, in chronological order."""
    by_sentence: dict[int, list[Token]] = {}
    for token in tokens:
        by_sentence.setdefault(token.sentence, []).append(token)
    mentions_by_sentence: dict[int, list[tuple[int, int, Entity]]] = {}
    derived_by_sentence: dict[int, list[Entity]] = {}
    for entity in entities:
        for mention in entity.mentions:
            if mention.kind is MentionKind.NAME:
                mentions_by_sentence.setdefault(mention.sentence, []).append((mention.start, mention.end, entity))
            else:  # derived mentions make participants but never reporters or antecedents
                derived_by_sentence.setdefault(mention.sentence, []).append(entity)
    for spans in mentions_by_sentence.values():
        spans.sort(key=lambda item: item[0])

    events: list[Event] = []
    timex_indices: dict[int, list[int]] = {}
    for index, timex in enumerate(timexes):
        if _is_dating(timex):
            timex_indices.setdefault(timex.sentence, []).append(index)
    for sentence_index, indices in timex_indices.items():
        sentence_tokens = by_sentence.get(sentence_index, [])
        if not sentence_tokens:
            continue
        events.extend(
            _events_in_sentence(
                sentence_index,
                sentence_tokens,
                [(i, timexes[i]) for i in indices],
                mentions_by_sentence.get(sentence_index, []),
                derived_by_sentence.get(sentence_index, []),
                article_key,
            )
        )
    events.sort(key=chronological_key)
    return events


def _is_dating(timex: Timex) -> bool:
    if timex.type not in (TimexType.DATE, TimexType.TIME):
        return False
    return timex.value != "PRESENT_REF"



def _events_in_sentence(
    sentence_index: int,
    tokens: list[Token],
    dating: list[tuple[int, Timex]],
    mentions: list[tuple[int, int, Entity]],
    derived: list[Entity],
    article_key: str,
) -> list[Event]:
    lexicon = _lexicon()
    clauses = _clauses(tokens, lexicon)
    timex_token_sets = {i: {k for k, t in enumerate(tokens) if t.start >= tx.start and t.end <= tx.end} for i, tx in dating}
    all_timex_tokens = set().union(*timex_token_sets.values()) if timex_token_sets else set()
    participants = list(dict.fromkeys([*(entity.id for _, _, entity in mentions), *(e.id for e in derived)]))

    seen: set[tuple[int, str]] = set()
    events: list[Event] = []
    previous: tuple[int, Timex] | None = None  # clause and expression of the last event
    for timex_index, timex in dating:
        own = timex_token_sets[timex_index]
        clause_number = _clause_of(clauses, own, tokens, timex)
        if clause_number is None or _is_comparison(tokens, own, clauses[clause_number], lexicon):
            continue
        if previous and previous[0] == clause_number and _joined_as_range(tokens, previous[1], timex, lexicon):
            _extend(events[-1], timex)  # "19./20. April", "vom 3. bis 5. März": one event
            continue
        key = (clause_number, timex.value)
        if key in seen:
            continue
        label = _label(tokens, clauses, clause_number, all_timex_tokens, mentions, lexicon)
        if label is None:
            continue
        seen.add(key)
        previous = (clause_number, timex)
        events.append(
            Event(
                id=span_id("ev", article_key, timex.start, timex.end),
                date=timex.value,
                earliest=timex.earliest,
                latest=timex.latest,
                label=label,
                sentence=sentence_index,
                timex=timex_index,
                entities=participants,
            )
        )
    return events


def _joined_as_range(tokens: list[Token], first: Timex, second: Timex, lexicon: _Lexicon) -> bool:
    """Whether only range words ("bis", "/", "–") stand between two expressions."""
    between = [t.text.lower() for t in tokens if first.end <= t.start and t.end <= second.start]
    return bool(between) and all(word in lexicon.range_connectors for word in between) or (
        not between and second.start - first.end <= 1
    )


def _extend(event: Event, timex: Timex) -> None:
    if event.latest is not None and timex.latest is not None and timex.latest > event.latest:
        event.latest = timex.latest


def _is_comparison(tokens: list[Token], own: set[int], clause: _Clause, lexicon: _Lexicon) -> bool:
    """A date used as a reference value, not as the time of something:
    "gegenüber dem Vormonat", "(Januar 2021: 9,7 Monate)"."""
    if not own:
        return False
    first, last = min(own), max(own)
    window = [tokens[k].text.lower() for k in range(max(0, first - 3), first)]
    if any(word in lexicon.comparison_markers for word in window):
        return True
    return last + 1 < len(tokens) and tokens[last + 1].text == ":" and any(
        tokens[k].text == "(" for k in range(max(0, first - 2), first)
    )


def _clause_of(clauses: list[_Clause], own: set[int], tokens: list[Token], timex: Timex) -> int | None:
    if not own:  # the expression does not align with tokens: take the token it starts in
        own = {k for k, t in enumerate(tokens) if t.start <= timex.start < t.end}
    for number, clause in enumerate(clauses):
        if own & set(clause.indices):
            return number
    return None


def _clauses(tokens: list[Token], lexicon: _Lexicon) -> list[_Clause]:
    """Split a sentence into clauses at punctuation that opens a subordinate
    clause; other segments continue the nearest main clause before them."""
    segments: list[list[int]] = [[]]
    breaks: list[int | None] = [None]  # the punctuation token before each segment
    depth = 0
    for k, token in enumerate(tokens):
        if token.text == "(":
            depth += 1
        elif token.text == ")":
            depth = max(0, depth - 1)
        if depth == 0 and token.text in _CLAUSE_BREAKS:
            segments.append([])
            breaks.append(k)
            continue
        segments[-1].append(k)
    clauses: list[_Clause] = []
    main_index: int | None = None
    for segment, punctuation in zip(segments, breaks):
        words = [k for k in segment if tokens[k].text not in _QUOTES]
        if not words:
            continue
        first = tokens[words[0]].text.lower()
        previous_word = tokens[clauses[-1].indices[-1]].text if clauses and clauses[-1].indices else ""
        if clauses and previous_word[:1].isupper() and tokens[words[0]].text[:1].isupper():
            # an enumeration ("nach Bonn, Bitburg und Bergen-Belsen") keeps its comma
            clauses[-1].indices.extend([punctuation, *segment] if punctuation is not None else segment)
        elif clauses and (first in lexicon.subordinators or first in lexicon.relatives):
            clauses.append(_Clause(segment, opener=first, main=False))
        elif main_index is not None and clauses:
            clauses[main_index].indices.extend(segment)
        else:
            clauses.append(_Clause(segment, main=True))
            main_index = len(clauses) - 1
    return clauses


def _label(
    tokens: list[Token],
    clauses: list[_Clause],
    number: int,
    timex_tokens: set[int],
    mentions: list[tuple[int, int, Entity]],
    lexicon: _Lexicon,
) -> str | None:
    """A short label for the event of clause ``number``, or None if the clause
    describes a state and names no event."""
    clause = clauses[number]
    words = [tokens[k].text for k in clause.indices]
    reporting = any(_has_lemma(w, lexicon.reporting_verbs) for w in words)
    if reporting:
        content = _content_clause(clauses, number)
        if content is not None:
            reporter = _reporter(tokens, clause, mentions)
            body = _clause_text(tokens, clauses, content, timex_tokens, mentions, lexicon)
            if body:
                return _shorten(f"{reporter}: {body}" if reporter else body)
    if _is_state(words, lexicon):
        phrase = _event_noun_phrase(tokens, clause, timex_tokens, lexicon)
        return _shorten(phrase) if phrase else None
    if not _has_predicate(words, lexicon):
        return None  # a verbless fragment: dateline, headline, list entry
    body = _clause_text(tokens, clauses, number, timex_tokens, mentions, lexicon)
    if clause.opener in lexicon.elaborating and number > 0:
        previous = _clause_text(tokens, clauses, number - 1, timex_tokens, mentions, lexicon)
        if previous:
            body = f"{previous}; {body}" if body else previous
    return _shorten(body) if body else None


_VERB_ENDING = re.compile(r"[a-zäöüß]{2,}(?:t|te|ten|tet|en|et|st)$")


def _has_predicate(words: list[str], lexicon: _Lexicon) -> bool:
    """Whether a clause has a verb."""
    for word in words:
        lower = word.lower()
        if lower in lexicon.auxiliaries or _is_verb_form(word, lexicon):
            return True
    return False


_VERB_INFLECTION = re.compile(r"(?:test|tet|ten|te|st|t|en|e)$")


def _has_lemma(word: str, lemmas: frozenset[str]) -> bool:
    """Whether ``word`` is a form of one of the verb ``lemmas``: by HanTa's
    lexicon, or for forms it does not know ("bemerkten") by their stem."""
    if not word[:1].islower():
        return False
    analysis = lookup_word(word)
    if analysis is not None:
        return analysis.pos.startswith("V") and analysis.lemma in lemmas
    stem = _VERB_INFLECTION.sub("", word)
    if stem.startswith("ge") and len(stem) > 4:
        stem = stem[2:]
    return any(lemma.startswith(stem) and len(lemma) - len(stem) <= 2 for lemma in lemmas) if len(stem) >= 4 else False


def _is_verb_form(word: str, lexicon: _Lexicon) -> bool:
    """A lower-case verb form: known to HanTa's lexicon as one, or, for words it
    does not know, with a verb ending and not an inflected adjective."""
    if not word[:1].islower():
        return False
    analysis = lookup_word(word)
    if analysis is not None:
        return analysis.pos.startswith("V")
    lower = word.lower()
    if lower in lexicon.fillers or lower in lexicon.prepositions or lower in lexicon.relatives:
        return False
    return bool(_VERB_ENDING.match(word)) and not _ADJECTIVE_STEM.search(word)


def _is_state(words: list[str], lexicon: _Lexicon) -> bool:
    """A clause with a copula or state verb ("ist", "galt", "fungiert") and no
    participle ("ist … erschienen" is an occurrence, "ist bemerkenswert" not)."""
    if not any(_has_lemma(w, lexicon.state_verbs) for w in words):
        return False
    return not any(w[:1].islower() and _looks_like_participle(w, lexicon) for w in words)


_PARTICIPLE = re.compile(
    r"^(?:[a-zäöü]{2,7})?ge[a-zäöüß]{2,}(?:t|en)$"  # gemacht, eingesetzt, festgenommen
    r"|^(?:be|er|ver|zer|ent|emp|miss)[a-zäöüß]{3,}(?:t|en)$"  # veröffentlicht, erschienen
    r"|^[a-zäöüß]{3,}iert$"  # informiert
)
_ADJECTIVE_STEM = re.compile(r"(?:wert|lich|ig|isch|bar|sam|haft|los|voll|reich)(?:e|en|er|es|em)?$")


def _looks_like_participle(word: str, lexicon: _Lexicon) -> bool:
    """A past participle by HanTa's lexicon, or by its shape for unknown words."""
    if word in lexicon.participle_exceptions or _has_lemma(word, lexicon.state_verbs):
        return False
    analysis = lookup_word(word)
    if analysis is not None:
        return analysis.pos.endswith("(PP)")
    return bool(_PARTICIPLE.match(word)) and not _ADJECTIVE_STEM.search(word)


def _content_clause(clauses: list[_Clause], number: int) -> int | None:
    """The clause reported by a reporting clause: the next "dass" clause."""
    for later in range(number + 1, len(clauses)):
        if clauses[later].opener in ("dass", "daß"):
            return later
    return None


def _reporter(tokens: list[Token], clause: _Clause, mentions: list[tuple[int, int, Entity]]) -> str:
    spans = [(tokens[k].start, tokens[k].end) for k in clause.indices]
    names: list[str] = []
    for start, end, entity in mentions:
        if any(s <= start and end <= e or start <= s < end for s, e in spans):
            if entity.name not in names:
                names.append(entity.name)
    return " und ".join(names[:2])


def _event_noun_phrase(tokens: list[Token], clause: _Clause, timex_tokens: set[int], lexicon: _Lexicon) -> str | None:
    """In a state clause, the noun phrase naming an event that the date hangs on."""
    indices = clause.indices
    first_timex = next((p for p, k in enumerate(indices) if k in timex_tokens), None)
    if first_timex is None:
        return None
    stop = first_timex
    while stop > 0 and tokens[indices[stop - 1]].text.lower() in lexicon.prepositions:
        stop -= 1
    for p in range(stop):
        word = tokens[indices[p]].text
        if word[:1].isupper() and (word in lexicon.event_nouns or word.endswith(lexicon.event_noun_suffixes)):
            phrase = [tokens[indices[q]].text for q in range(p, stop)]
            return _join(phrase)
    return None


def _clause_text(
    tokens: list[Token],
    clauses: list[_Clause],
    number: int,
    timex_tokens: set[int],
    mentions: list[tuple[int, int, Entity]],
    lexicon: _Lexicon,
) -> str:
    clause = clauses[number]
    indices = clause.indices
    skip: set[int] = set()
    for p, k in enumerate(indices):
        if k in timex_tokens:
            skip.add(p)
            q = p - 1
            while q >= 0 and tokens[indices[q]].text.lower() in lexicon.prepositions and q not in skip:
                skip.add(q)
                q -= 1
    words = [(p, tokens[k].text) for p, k in enumerate(indices) if p not in skip]
    words = _drop_empty_parentheses(words)
    while words and words[-1][1] in {".", "!", "?", *_QUOTES}:
        words.pop()
    antecedent = _antecedent(tokens, clause, mentions) if clause.opener in lexicon.relatives else None
    kept: list[tuple[str, int | None]] = []  # (word, index of the mention it belongs to)
    for position, (p, word) in enumerate(words):
        lower = word.lower()
        if position == 0 and clause.opener and lower == clause.opener:
            if lower in lexicon.possessive_relatives and antecedent:
                kept.append((f"\x00{antecedent}", None))  # placed after the possessed noun below
            elif antecedent and lower in lexicon.relatives:
                kept.append((antecedent, -1))
            continue
        if lower in lexicon.fillers or word in _QUOTES:
            continue
        kept.append((word, _mention_at(tokens[indices[p]], mentions)))
    kept = _place_possessor(kept)
    if not clause.main:
        kept = _headline_order(kept, lexicon)
    else:
        kept = _verb_second(kept, lexicon)
    return _join([word for word, _ in kept])


def _mention_at(token: Token, mentions: list[tuple[int, int, Entity]]) -> int | None:
    for number, (start, end, _) in enumerate(mentions):
        if start <= token.start and token.end <= end:
            return number
    return None


def _drop_empty_parentheses(words: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """Parentheses left with nothing but punctuation once the date is gone: "(/)"."""
    result: list[tuple[int, str]] = []
    for item in words:
        if item[1] == ")":
            opening = next((i for i in range(len(result) - 1, -1, -1) if result[i][1] == "("), None)
            if opening is not None and all(not any(c.isalnum() for c in w) for _, w in result[opening + 1 :]):
                del result[opening:]
                continue
        result.append(item)
    return result


def _antecedent(tokens: list[Token], clause: _Clause, mentions: list[tuple[int, int, Entity]]) -> str | None:
    """The entity named just before a relative clause ("Budanov, dessen …")."""
    start = tokens[clause.indices[0]].start
    before = [(s, e, entity) for s, e, entity in mentions if e <= start and start - e <= 3]
    if not before:
        return None
    _, _, entity = before[-1]
    return entity.name.split()[-1] if entity.type.value == "PER" else entity.name


def _place_possessor(words: list[tuple[str, int | None]]) -> list[tuple[str, int | None]]:
    """"\\x00Budanov Interview …" → "Interview von Budanov …"."""
    if not words or not words[0][0].startswith("\x00"):
        return words
    possessor = words[0][0][1:]
    rest = words[1:]
    for i, (word, _) in enumerate(rest):
        if word[:1].isupper():
            return [*rest[: i + 1], ("von", None), (possessor, -1), *rest[i + 1 :]]
    return rest


def _headline_order(words: list[tuple[str, int | None]], lexicon: _Lexicon) -> list[tuple[str, int | None]]:
    """Verb-final subordinate clause → main-clause or headline order.

    With a leading name the final verb moves behind it ("Putin einen Besuch
    plant" → "Putin plant einen Besuch", "Nordkorea … geliefert hat" →
    "Nordkorea hat … geliefert"); otherwise a trailing auxiliary after a
    participle is dropped, headline style ("Interview veröffentlicht wurde" →
    "Interview veröffentlicht").
    """
    if len(words) < 2:
        return words
    last, before = words[-1][0], words[-2][0]
    if not last[:1].islower():
        return words
    subject_end = _leading_name_end(words)
    if subject_end is not None and subject_end < len(words) - 1:
        return [*words[:subject_end], words[-1], *words[subject_end:-1]]
    if last.lower() in lexicon.auxiliaries and before[:1].islower() and before.endswith(("t", "en")):
        return words[:-1]
    return words


_PRONOUNS = frozenset({"er", "sie", "es", "wir", "ihr", "man"})
_COORDINATORS = frozenset({"und", "sowie", "oder"})


def _verb_second(words: list[tuple[str, int | None]], lexicon: _Lexicon) -> list[tuple[str, int | None]]:
    """A main clause that began with the date starts with its verb once the date
    is gone ("trifft Präsident Biden Bundeskanzler Scholz"); put the subject
    first ("Präsident Biden trifft Bundeskanzler Scholz")."""
    if len(words) < 3 or not _is_verb_form(words[0][0], lexicon) or _looks_like_participle(words[0][0], lexicon):
        return words  # in second position a verb form is the finite verb, even if HanTa reads "reisen" as infinitive
    rest = words[1:]
    if rest[0][0].lower() in _PRONOUNS:
        end = 1
    else:
        end = _leading_name_end(rest) or _leading_noun_end(rest)
        while end is not None and end + 1 < len(rest) and rest[end][0] in _COORDINATORS:
            following = _leading_name_end(rest[end + 1 :]) or _leading_noun_end(rest[end + 1 :])
            if following is None:
                break
            end += 1 + following
    if end is None or end >= len(rest):
        return words
    return [*rest[:end], words[0], *rest[end:]]


def _leading_noun_end(words: list[tuple[str, int | None]]) -> int | None:
    """End of a leading noun phrase: up to three lower-case words and a noun."""
    i = 0
    while i < len(words) and i < 3 and words[i][0][:1].islower():
        i += 1
    return i + 1 if i < len(words) and words[i][0][:1].isupper() else None


def _leading_name_end(words: list[tuple[str, int | None]]) -> int | None:
    """End (exclusive) of a leading noun phrase that ends with a named entity:
    up to four lower-case words, up to two capitalised role nouns, one mention."""
    i = 0
    while i < len(words) and i < 4 and words[i][0][:1].islower():
        i += 1
    roles = 0
    while i < len(words) and words[i][1] is None and words[i][0][:1].isupper() and roles < 2:
        i += 1
        roles += 1
    if i >= len(words) or words[i][1] is None:
        return None
    mention = words[i][1]
    while i < len(words) and words[i][1] == mention:
        i += 1
    return i


_NO_SPACE_BEFORE = {",", ".", ";", ":", ")", "!", "?", "“", "”"}
_NO_SPACE_AFTER = {"(", "„"}


def _join(words: list[str]) -> str:
    out = ""
    for word in words:
        if out and word not in _NO_SPACE_BEFORE and out[-1] not in _NO_SPACE_AFTER:
            out += " "
        out += word
    out = out.strip(" ,;:–-")
    return out[:1].upper() + out[1:] if out else out


def _shorten(label: str) -> str:
    words = label.split()
    if len(words) <= MAX_LABEL_WORDS:
        return label
    return " ".join(words[:MAX_LABEL_WORDS]).rstrip(",;:") + " …"
