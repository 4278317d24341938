"""Full-text search over the sentences of a briefing's articles (SQLite FTS5).

The index lives in a private in-memory database built from the articles
(about a tenth of a second for 500 articles), so the briefing file carries no
derived data.  Words are split by FTS5's ``unicode61`` tokenizer with
``remove_diacritics 0``: case is folded ("BUDANOV" finds "Budanov") but "Bär"
is not "Bar".

The user's query is translated, never passed through, so no input is a
syntax error: words must all occur and match word beginnings, which suits
German compounds ("Waffen" finds "Waffenlieferant"); "quoted words" („also
German quotes“) are an exact phrase; ``OR`` between two terms allows either;
a leading ``-`` excludes a word.
"""

from __future__ import annotations

import re
import sqlite3
import threading
from collections.abc import Iterable
from dataclasses import dataclass

from lagebild.core.model import Extraction

#: Characters of context around the first match in a snippet.
SNIPPET_CONTEXT = 60
_OPEN, _CLOSE = "\x02", "\x03"
_TERM = re.compile(r'-?"[^"]*"?|-?„[^“”"]*[“”"]?|\S+')
_WORDCHARS = re.compile(r"\w+", re.UNICODE)


class SearchQueryError(ValueError):
    """A query the index refused (one-line message)."""


@dataclass(frozen=True, slots=True)
class SearchHit:
    """A sentence that matches: where it is, and what matched in it.

    ``matches`` are ``(start, end)`` offsets into the article text; ``snippet``
    is a part of the sentence around the first match with ``snippet_marks``
    as offsets into the snippet.
    """

    article: str
    sentence: int
    start: int
    end: int
    matches: tuple[tuple[int, int], ...]
    snippet: str
    snippet_marks: tuple[tuple[int, int], ...]


def fts_query(query: str) -> str | None:
    """The FTS5 expression for a user's query, or None if it holds no word."""
    positive: list[str] = []
    negative: list[str] = []
    pending_or = False
    for raw in _TERM.findall(query):
        if raw == "OR":
            pending_or = bool(positive)
            continue
        exclude = raw.startswith("-") and len(raw) > 1
        body = raw[1:] if exclude else raw
        phrase = body[:1] in ('"', "„")
        words = _WORDCHARS.findall(body)
        if not words:
            continue
        text = " ".join(words)
        term = f'"{text}"' if phrase else f'"{text}"*'
        if exclude:
            negative.append(term)
        elif pending_or and positive:
            positive[-1] = f"({positive[-1]} OR {term})"
        else:
            positive.append(term)
        pending_or = False
    if not positive:
        return None
    expression = " AND ".join(positive)
    for term in negative:
        expression = f"({expression}) NOT {term}"
    return expression


class SearchIndex:
    """An FTS5 index over sentences; safe to build in one thread and query in another."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._db = sqlite3.connect(":memory:", check_same_thread=False)
        self._db.execute(
            "CREATE VIRTUAL TABLE sentence USING fts5("
            "text, article UNINDEXED, number UNINDEXED, start UNINDEXED, "
            "tokenize = 'unicode61 remove_diacritics 0')"
        )
        self._rows: dict[str, tuple[int, int]] = {}  # article key → rowids [first, stop)
        self._next_row = 1

    @classmethod
    def of(cls, extractions: Iterable[Extraction]) -> SearchIndex:
        """An index over ``extractions``."""
        index = cls()
        index.add(*extractions)
        return index

    def add(self, *extractions: Extraction) -> None:
        """Index articles' sentences (again, if they are already indexed)."""
        with self._lock, self._db:
            for extraction in extractions:
                key = extraction.article.key
                self._delete(key)
                text = extraction.article.text
                first = self._next_row
                rows = [(first + n, text[s.start : s.end], key, n, s.start) for n, s in enumerate(extraction.sentences)]
                self._db.executemany("INSERT INTO sentence (rowid, text, article, number, start) VALUES (?, ?, ?, ?, ?)", rows)
                self._next_row += len(rows)
                self._rows[key] = (first, self._next_row)

    def remove(self, key: str) -> None:
        """Drop an article from the index."""
        with self._lock, self._db:
            self._delete(key)

    def _delete(self, key: str) -> None:
        # UNINDEXED columns cannot be searched fast: delete by the rowids of the article.
        if key in self._rows:
            first, stop = self._rows.pop(key)
            self._db.execute("DELETE FROM sentence WHERE rowid >= ? AND rowid < ?", (first, stop))

    def search(self, query: str, limit: int = 100) -> list[SearchHit]:
        """Sentences matching ``query``, best first (see the module docstring for the syntax)."""
        expression = fts_query(query)
        if expression is None:
            return []
        sql = (
            f"SELECT highlight(sentence, 0, '{_OPEN}', '{_CLOSE}'), article, number, start "
            "FROM sentence WHERE sentence MATCH ? ORDER BY rank LIMIT ?"
        )
        try:
            with self._lock:
                rows = self._db.execute(sql, (expression, limit)).fetchall()
        except sqlite3.Error as error:
            raise SearchQueryError(f"cannot search for {query!r}: {error}") from None
        return [_hit(*row) for row in rows]

    def close(self) -> None:
        with self._lock:
            self._db.close()


def _hit(marked: str, article: str, number: int, start: int) -> SearchHit:
    plain: list[str] = []
    marks: list[tuple[int, int]] = []
    position = 0
    opened = 0
    for char in marked:
        if char == _OPEN:
            opened = position
        elif char == _CLOSE:
            marks.append((opened, position))
        else:
            plain.append(char)
            position += 1
    sentence = "".join(plain)
    first = marks[0][0] if marks else 0
    left = max(0, first - SNIPPET_CONTEXT)
    right = min(len(sentence), (marks[0][1] if marks else 0) + 2 * SNIPPET_CONTEXT)
    if left > 0:
        left = sentence.find(" ", left) + 1 or left
    if right < len(sentence):
        cut = sentence.rfind(" ", 0, right)
        right = cut if cut > first else right
    prefix = "…" if left > 0 else ""
    snippet = prefix + sentence[left:right] + ("…" if right < len(sentence) else "")
    shift = len(prefix) - left
    snippet_marks = tuple((s + shift, e + shift) for s, e in marks if s >= left and e <= right)
    return SearchHit(
        article,
        number,
        start,
        start + len(sentence),
        tuple((start + s, start + e) for s, e in marks),
        snippet,
        snippet_marks,
    )
