"""Core data of an extraction: plain dataclasses indexed by character offsets.

Every span (`start`, `end`) is a pair of Python ``str`` indices into
``Article.text``: ``text[start:end]`` is exactly the surface form.  Qt counts
UTF-16 code units; the UI converts at its boundary, the core never does.

The model is made for briefings of several articles and for analyst
corrections: every object has an ID derived from its article and its offsets
(see :mod:`lagebild.core.ids`), so a correction keyed to an ID survives
re-extraction as long as the text it points at is still there.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import Enum


class EntityType(str, Enum):
    """Kinds of named entities Lagebild shows."""

    PER = "PER"
    ORG = "ORG"
    LOC = "LOC"
    MISC = "MISC"


class TimexType(str, Enum):
    """TIMEX3 types."""

    DATE = "DATE"
    TIME = "TIME"
    DURATION = "DURATION"
    SET = "SET"


class MentionKind(str, Enum):
    """How a mention names its entity."""

    NAME = "name"  # "Russland", "Russlands", "Budanov"
    DERIVED = "derived"  # "russischen", "nordkoreanische": linked, not counted


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence: ``text[start:end]``; sentences tile the article in order."""

    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Token:
    """A token as found by the tokeniser (not exported, used by the stages)."""

    start: int
    end: int
    text: str
    kind: str = "regular"  # SoMaJo token class: regular, number, ordinal, symbol, ...
    sentence: int = 0


@dataclass(frozen=True, slots=True)
class Timex:
    """A temporal expression with its TIMEX3 value and the days it covers.

    ``earliest``/``latest`` bound the value on a calendar (both ``None`` for
    values that cannot be placed, e.g. a duration or an unanchored date).
    Vague references (PAST_REF, FUTURE_REF) get an open interval: one bound is
    the publication date, the other ``None``.
    """

    start: int
    end: int
    text: str
    type: TimexType
    value: str
    earliest: date | None
    latest: date | None
    sentence: int


@dataclass(frozen=True, slots=True)
class Mention:
    """One place in the text where an entity is named (or derived from)."""

    start: int
    end: int
    text: str
    sentence: int
    kind: MentionKind = MentionKind.NAME


@dataclass(slots=True)
class Entity:
    """A person, organisation or place with all its mentions in one article."""

    id: str
    name: str
    type: EntityType
    mentions: list[Mention] = field(default_factory=list)

    @property
    def mention_count(self) -> int:
        """Mentions that name the entity (derived adjectives do not count)."""
        return sum(1 for m in self.mentions if m.kind is MentionKind.NAME)


@dataclass(slots=True)
class Event:
    """A dated occurrence, supported by one sentence of the article."""

    id: str
    date: str  # TIMEX3 value, e.g. "2024-01-21", "2022-02", "FUTURE_REF"
    earliest: date | None
    latest: date | None
    label: str
    sentence: int
    timex: int | None  # index into Extraction.timexes
    entities: list[str] = field(default_factory=list)  # entity IDs


@dataclass(slots=True)
class Article:
    """An article as read from disk: the text every offset indexes, plus metadata."""

    text: str
    path: str | None = None
    title: str | None = None
    published: date | None = None
    published_source: str | None = None  # "option", "sidecar", "page", "dateline"
    source: str | None = None
    language: str = "de"
    warnings: list[str] = field(default_factory=list)  # problems noticed while reading

    @property
    def key(self) -> str:
        """A short, stable key for this article's text (used in IDs)."""
        from lagebild.core.ids import text_key

        return text_key(self.text)


@dataclass(slots=True)
class Extraction:
    """Everything the core found in one article."""

    article: Article
    sentences: list[Sentence]
    timexes: list[Timex]
    entities: list[Entity]
    events: list[Event]
    warnings: list[str] = field(default_factory=list)

    def sentence_of(self, offset: int) -> int | None:
        """Index of the sentence containing the character ``offset``."""
        from bisect import bisect_right

        starts = [s.start for s in self.sentences]
        index = bisect_right(starts, offset) - 1
        if 0 <= index < len(self.sentences) and offset < self.sentences[index].end:
            return index
        return None

    def entity(self, entity_id: str) -> Entity | None:
        """The entity with this ID, if any."""
        for entity in self.entities:
            if entity.id == entity_id:
                return entity
        return None
