"""A briefing: several articles, their stored extractions and the analyst's corrections.

The extractions are kept as extracted; corrections live beside them (see
:mod:`lagebild.core.corrections`) and are applied whenever a view is asked
for, so a re-extraction (newer extractor, another publication date) replaces
an extraction without losing an edit.  Extractions in a briefing are treated
as immutable: to change one, replace it with :meth:`Briefing.replace_extraction`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from lagebild.core.corrections import (
    CorrectedView,
    Correction,
    Orphan,
    anchors_of,
    apply_corrections,
)
from lagebild.core.crossref import (
    EventGroup,
    MergedEntity,
    group_events,
    merge_entities,
)
from lagebild.core.ids import text_key
from lagebild.core.model import Article, Extraction

#: Unknown source, truth cannot be judged: the grade of an article nobody has rated.
DEFAULT_RELIABILITY = "F6"
_GRADE = re.compile(r"[A-F][1-6]")


def reliability_grade(value: str) -> str:
    """A NATO Admiralty grade, normalised ("b2" → "B2").

    Source reliability A (completely reliable) … F (cannot be judged), then
    information credibility 1 (confirmed) … 6 (cannot be judged).  Raises
    :class:`ValueError` with a one-line message for anything else.
    """
    grade = value.strip().upper() if isinstance(value, str) else ""
    if not _GRADE.fullmatch(grade):
        raise ValueError(f"{value!r} is not a reliability grade: source A–F and information 1–6, e.g. B2")
    return grade


def check_extraction(extraction: Extraction) -> None:
    """Raise :class:`ValueError` if a span leaves the text or an index points nowhere
    (for extractions read from files, before the UI trusts them).

    The tests are written out in the loops (no helper calls, no lists of spans):
    a briefing file of 500 articles runs them on some 30,000 spans when it opens.
    """
    size = len(extraction.article.text)
    count = len(extraction.sentences)
    for s in extraction.sentences:
        start, end = s.start, s.end
        if not (type(start) is int and type(end) is int and 0 <= start <= end <= size):
            raise ValueError(f"a sentence at {start}–{end} lies outside the text")
    spans: list[tuple[str, list[Any]]] = [("a date", extraction.timexes)]
    spans += [("a mention", e.mentions) for e in extraction.entities]
    for what, items in spans:
        for item in items:
            start, end, sentence = item.start, item.end, item.sentence
            if not (
                type(start) is int and type(end) is int and type(sentence) is int
                and 0 <= start <= end <= size and 0 <= sentence < count
            ):
                raise ValueError(f"{what} at {start}–{end} (sentence {sentence}) lies outside the text")
    dates = len(extraction.timexes)
    for event in extraction.events:
        sentence, timex = event.sentence, event.timex
        if not (type(sentence) is int and 0 <= sentence < count):
            raise ValueError(f"event {event.id} names sentence {sentence} of {count}")
        if timex is not None and not (type(timex) is int and 0 <= timex < dates):
            raise ValueError(f"event {event.id} names date {timex} of {dates}")


@dataclass
class BriefingArticle:
    """An article of a briefing: its stored extraction, its grade, the extractor that made it."""

    extraction: Extraction
    reliability: str = DEFAULT_RELIABILITY
    extractor: str = ""  # version of the extractor behind ``extraction``
    key: str = field(init=False, compare=False)

    def __setattr__(self, name: str, value: Any) -> None:
        if name == "reliability":
            value = reliability_grade(value)
        object.__setattr__(self, name, value)
        if name == "extraction":
            object.__setattr__(self, "key", text_key(value.article.text))

    @property
    def article(self) -> Article:
        return self.extraction.article

    @property
    def title(self) -> str:
        """The title, else the first words of the text."""
        if self.article.title:
            return self.article.title
        words = self.article.text.split()
        return " ".join(words[:8]) + (" …" if len(words) > 8 else "")


@dataclass(frozen=True)
class RemovedArticle:
    """What :meth:`Briefing.remove_article` took out, for :meth:`Briefing.restore`."""

    article: BriefingArticle
    position: int
    corrections: list[tuple[int, Correction]]


@dataclass
class Briefing:
    """A titled collection of articles with the analyst's corrections, in the order made."""

    title: str = ""
    articles: list[BriefingArticle] = field(default_factory=list)
    corrections: list[Correction] = field(default_factory=list)

    def article(self, key: str) -> BriefingArticle | None:
        """The article with this key, if any."""
        return next((a for a in self.articles if a.key == key), None)

    def add_article(self, extraction: Extraction, reliability: str = DEFAULT_RELIABILITY, extractor: str = "") -> BriefingArticle:
        """Append an article; :class:`ValueError` if its text is already in the briefing."""
        item = BriefingArticle(extraction, reliability, extractor)
        if self.article(item.key) is not None:
            raise ValueError(f"the briefing already holds this article ({item.title})")
        self.articles.append(item)
        return item

    def remove_article(self, key: str) -> RemovedArticle:
        """Take an article out, with the corrections anchored only in it."""
        item = self.article(key)
        if item is None:
            raise KeyError(key)
        position = self.articles.index(item)
        own = [(n, c) for n, c in enumerate(self.corrections) if {a.article for a in anchors_of(c)} == {key}]
        for n, _ in reversed(own):
            del self.corrections[n]
        del self.articles[position]
        return RemovedArticle(item, position, own)

    def restore(self, removed: RemovedArticle) -> None:
        """Undo :meth:`remove_article`."""
        self.articles.insert(removed.position, removed.article)
        for n, correction in removed.corrections:
            self.corrections.insert(n, correction)

    def replace_extraction(self, key: str, extraction: Extraction, extractor: str | None = None) -> Extraction:
        """Swap in a re-extraction of the same text; returns the old extraction."""
        item = self.article(key)
        if item is None:
            raise KeyError(key)
        if extraction.article.text != item.article.text:
            raise ValueError("a re-extraction must be of the same text")
        old, item.extraction = item.extraction, extraction
        if extractor is not None:
            item.extractor = extractor
        return old

    def corrected(self) -> tuple[CorrectedView, list[Orphan]]:
        """The articles with all corrections applied, and the corrections that found no anchor."""
        return apply_corrections([a.extraction for a in self.articles], self.corrections, [a.key for a in self.articles])

    def orphans(self) -> list[Orphan]:
        """Corrections whose anchor no longer exists (to report, never to drop silently)."""
        return self.corrected()[1]

    def merged_entities(self, view: CorrectedView | None = None) -> list[MergedEntity]:
        """Entities of all articles, the same one merged, with article counts."""
        return merge_entities(view or self.corrected()[0])

    def event_groups(self, view: CorrectedView | None = None) -> list[EventGroup]:
        """Visible events grouped by occurrence across articles, contradictions flagged."""
        view = view or self.corrected()[0]
        grades = {a.key: a.reliability for a in self.articles}
        return group_events(view, merge_entities(view), grades)
