"""What a briefing hands out, Qt-free: the handout's content, CSV, Markdown, JSON, file names.

:func:`handout` gathers what every export shows — title, sources with their
reliability, events in order with their supporting sentence, an index of
entities.  The UI passes how dates read and how events sort (those live in
``lagebild.ui.events.dates``, which the core may not import); the PDF,
PowerPoint and timeline image exports in ``lagebild.ui.export`` draw the same
:class:`Handout`.
"""

from __future__ import annotations

import csv
import io
import re
import unicodedata
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any, NamedTuple

from lagebild.core.briefing import DEFAULT_RELIABILITY, reliability_grade
from lagebild.core.model import EntityType, Event, Extraction

CSV_COLUMNS = ("date", "date text", "label", "sentence", "source", "participants")
FALLBACK_NAME = "Lagebild"
MAX_NAME_CHARS = 80
MAX_NAME_BYTES = 180  # UTF-8 bytes; file systems allow 255 per name, leave room for a suffix


@dataclass(frozen=True, slots=True)
class SourceInfo:
    """An article behind the handout: its name, where it comes from, its grade."""

    name: str
    origin: str
    published: date | None
    reliability: str


@dataclass(frozen=True, slots=True)
class EventRow:
    """One event as handed out: a readable date and the sentence that supports it."""

    id: str
    date: str  # TIMEX3 value
    date_text: str
    label: str
    sentence: str
    source: str
    reliability: str
    participants: tuple[str, ...]
    note: str = ""  # the analyst's note on the event


@dataclass(frozen=True, slots=True)
class IndexEntry:
    """An entity of the index, with the numbers (from 1) of the events it takes part in."""

    name: str
    type: EntityType
    mentions: int
    events: tuple[int, ...]


@dataclass(frozen=True, slots=True)
class Handout:
    """Everything an export shows, in the order it is shown."""

    title: str
    published: date | None
    sources: tuple[SourceInfo, ...]
    events: tuple[EventRow, ...]
    index: tuple[IndexEntry, ...]


def _one_line(text: str) -> str:
    return " ".join(text.split())


def handout(
    extraction: Extraction,
    *,
    title: str | None = None,
    reliability: str = DEFAULT_RELIABILITY,
    date_text: Callable[[Event], str] | None = None,
    sort_key: Callable[[Event], Any] | None = None,
    notes: Mapping[str, str] | None = None,
) -> Handout:
    """The handout of one article; events in ``sort_key`` order (reading order without one).

    ``notes`` maps event IDs to the analyst's notes.
    """
    article = extraction.article
    grade = reliability_grade(reliability)
    name = _one_line(article.title or "") or (article.path or "").replace("\\", "/").rsplit("/", 1)[-1] or FALLBACK_NAME
    source = SourceInfo(name, _one_line(article.source or ""), article.published, grade)
    names = {e.id: e.name for e in extraction.entities}
    events = sorted(extraction.events, key=sort_key) if sort_key else list(extraction.events)
    rows = []
    for event in events:
        sentence = extraction.sentences[event.sentence] if 0 <= event.sentence < len(extraction.sentences) else None
        text = _one_line(article.text[sentence.start : sentence.end]) if sentence else ""
        who = tuple(dict.fromkeys(names[i] for i in event.entities if i in names))
        shown = date_text(event) if date_text else event.date
        note = (notes or {}).get(event.id, "").strip()
        rows.append(EventRow(event.id, event.date, shown, _one_line(event.label), text, name, grade, who, note))
    index = []
    for entity in sorted(extraction.entities, key=lambda e: e.name.casefold()):
        numbers = tuple(n for n, event in enumerate(events, start=1) if entity.id in event.entities)
        index.append(IndexEntry(entity.name, entity.type, entity.mention_count, numbers))
    return Handout(_one_line(title or "") or name, article.published, (source,), tuple(rows), tuple(index))


def events_to_csv(rows: Sequence[EventRow]) -> str:
    """The events as CSV text with a header row (write it with :data:`CSV_ENCODING`)."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer)
    writer.writerow(CSV_COLUMNS)
    for row in rows:
        writer.writerow([row.date, row.date_text, row.label, row.sentence, row.source, "; ".join(row.participants)])
    return buffer.getvalue()


#: UTF-8 with a byte-order mark: Excel then reads umlauts right.
CSV_ENCODING = "utf-8-sig"


class MarkdownWords(NamedTuple):
    """The few words of the Markdown export, translated by the caller."""

    published: str = "Published"
    source: str = "Source"
    participants: str = "Participants"
    events: str = "Events"
    note: str = "Note"


_MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]<>#|])")


def _md(text: str) -> str:
    return _MARKDOWN_SPECIAL.sub(r"\\\1", text)


ENGLISH = MarkdownWords()


def events_to_markdown(content: Handout, words: MarkdownWords = ENGLISH, published: str = "") -> str:
    """The events as a Markdown document: a heading per event, the sentence quoted.

    ``published`` is the publication date as the reader should see it (ISO if empty).
    """
    day = published or (content.published.isoformat() if content.published else "")
    lines = [f"# {_md(content.title)}", ""]
    if day:
        lines += [f"*{_md(words.published)}: {_md(day)}*", ""]
    lines += [f"## {_md(words.events)}", ""]
    for row in content.events:
        lines += [f"### {_md(row.date_text)} – {_md(row.label)}", "", f"> {_md(row.sentence)}", ""]
        lines.append(f"- **{_md(words.source)}:** {_md(row.source)} ({row.reliability})")
        if row.participants:
            lines.append(f"- **{_md(words.participants)}:** {_md(', '.join(row.participants))}")
        if row.note:
            lines.append(f"- **{_md(words.note)}:** {_md(_one_line(row.note))}")
        lines.append("")
    return "\n".join(lines)


_CONTROL = re.compile(r"[\x00-\x1f\x7f]+")
_UNSAFE = re.compile(r'[/\\:*?"<>|]+')
_RESERVED = re.compile(r"(CON|PRN|AUX|NUL|COM\d|LPT\d)(\..*)?", re.IGNORECASE)


def safe_file_name(title: str, max_chars: int = MAX_NAME_CHARS) -> str:
    """A file name (without suffix) from a title: umlauts kept, separators and reserved
    characters replaced, at most ``max_chars`` characters, cut at a word if it can be."""
    name = unicodedata.normalize("NFC", title)
    name = _UNSAFE.sub(" - ", _CONTROL.sub(" ", name))
    name = " ".join(name.split()).strip(" .-")
    name = re.sub(r"(\s-)+\s", " - ", name)
    if len(name) > max_chars or len(name.encode()) > MAX_NAME_BYTES:
        cut = name[:max_chars]
        while len(cut.encode()) > MAX_NAME_BYTES:
            cut = cut[:-1]
        word_end = cut.rfind(" ")
        name = (cut[:word_end] if word_end > max_chars // 2 else cut).rstrip(" .-")
    if not name:
        return FALLBACK_NAME
    if _RESERVED.fullmatch(name):
        name = f"{name}_"
    return name
