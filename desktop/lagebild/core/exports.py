"""What a briefing hands out as text, Qt-free: CSV, Markdown, the JSON of the view, file names.

The content comes from :mod:`lagebild.core.handout`; the PDF, PowerPoint and
timeline image exports in ``lagebild.ui.export`` draw the same handout.
"""

from __future__ import annotations

import csv
import io
import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from datetime import date
from typing import Any, NamedTuple

from lagebild.core.handout import FALLBACK_NAME, EventRow, Handout, Report, one_line

CSV_COLUMNS = ("date", "date text", "label", "sentence", "source", "participants")
#: With several articles the CSV says which sources report each event and what dates they give.
BRIEFING_CSV_COLUMNS = (*CSV_COLUMNS, "reliability", "sources", "other sources", "conflicting dates", "note")
MAX_NAME_CHARS = 80
MAX_NAME_BYTES = 180  # UTF-8 bytes; file systems allow 255 per name, leave room for a suffix


def _sources_cell(reports: Iterable[Report]) -> str:
    return "; ".join(f"{report.source} ({report.reliability})" for report in reports)


def events_to_csv(rows: Sequence[EventRow], briefing: bool = False) -> str:
    """The events as CSV text with a header row (write it with :data:`CSV_ENCODING`).

    ``briefing`` (several articles) adds the columns of :data:`BRIEFING_CSV_COLUMNS`.
    """
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer)
    writer.writerow(BRIEFING_CSV_COLUMNS if briefing else CSV_COLUMNS)
    for row in rows:
        cells = [row.date, row.date_text, row.label, row.sentence, row.source, "; ".join(row.participants)]
        if briefing:
            conflict = "; ".join(f"{r.source}: {r.date}" for r in row.reports) if row.contradiction else ""
            cells += [row.reliability, row.source_count, _sources_cell(row.other_sources), conflict, row.note]
        writer.writerow(cells)
    return buffer.getvalue()


#: UTF-8 with a byte-order mark: Excel then reads umlauts right.
CSV_ENCODING = "utf-8-sig"


def _count_sources(count: int) -> str:
    return f"{count} sources"


class MarkdownWords(NamedTuple):
    """The few words of the Markdown export, translated by the caller."""

    published: str = "Published"
    source: str = "Source"
    participants: str = "Participants"
    events: str = "Events"
    note: str = "Note"
    sources: str = "Sources"
    conflict: str = "The sources disagree on the date"
    count_sources: Callable[[int], str] = _count_sources  # "2 sources"


_MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]<>#|])")


def _md(text: str) -> str:
    return _MARKDOWN_SPECIAL.sub(r"\\\1", text)


ENGLISH = MarkdownWords()


def events_to_markdown(
    content: Handout, words: MarkdownWords = ENGLISH, published: str = "", day_text: Callable[[date], str] | None = None
) -> str:
    """The events as a Markdown document: a heading per event, the sentence quoted.

    ``published`` is the publication date as the reader should see it (ISO if
    empty); ``day_text`` writes the sources' days (ISO without it).  With
    several sources they are listed first, and each event names every source
    reporting it and, if they disagree, the date each gives.
    """
    day = published or (content.published.isoformat() if content.published else "")
    lines = [f"# {_md(content.title)}", ""]
    if day:
        lines += [f"*{_md(words.published)}: {_md(day)}*", ""]
    if content.several:
        lines += [f"## {_md(words.sources)}", ""]
        for source in content.sources:
            when = source.published and (day_text(source.published) if day_text else source.published.isoformat())
            extra = ", ".join(_md(fact) for fact in (source.origin, when) if fact)
            lines.append(f"- **{source.reliability}** {_md(source.name)}" + (f" – {extra}" if extra else ""))
        lines.append("")
    lines += [f"## {_md(words.events)}", ""]
    for row in content.events:
        lines += [f"### {_md(row.date_text)} – {_md(row.label)}", "", f"> {_md(row.sentence)}", ""]
        if row.source_count > 1:
            reports = [row.reports[0], *row.other_sources]
            listed = ", ".join(f"{_md(r.source)} ({r.reliability})" for r in reports)
            lines.append(f"- **{_md(words.count_sources(row.source_count))}:** {listed}")
        else:
            lines.append(f"- **{_md(words.source)}:** {_md(row.source)} ({row.reliability})")
        if row.contradiction:
            dates = "; ".join(f"{_md(r.source)}: {_md(r.date_text)}" for r in row.reports)
            lines.append(f"- **⚠ {_md(words.conflict)}:** {dates}")
        if row.participants:
            lines.append(f"- **{_md(words.participants)}:** {_md(', '.join(row.participants))}")
        if row.note:
            lines.append(f"- **{_md(words.note)}:** {_md(one_line(row.note))}")
        lines.append("")
    return "\n".join(lines)


def handout_to_dict(content: Handout) -> dict[str, Any]:
    """The handout as a JSON document: title, sources, one entry per event group, the entity index.

    (The briefing itself, with every article and correction, has its own
    format in :mod:`lagebild.core.briefing_json`.)
    """

    def day(value: date | None) -> str | None:
        return value.isoformat() if value else None

    return {
        "title": content.title,
        "published": day(content.published),
        "sources": [
            {"name": s.name, "origin": s.origin, "published": day(s.published), "reliability": s.reliability}
            for s in content.sources
        ],
        "events": [
            {
                "id": row.id,
                "date": row.date,
                "date_text": row.date_text,
                "label": row.label,
                "sentence": row.sentence,
                "date_span": list(row.date_span) if row.date_span else None,
                "source": row.source,
                "reliability": row.reliability,
                "sources": row.source_count,
                "reports": [
                    {"source": r.source, "reliability": r.reliability, "date": r.date, "date_text": r.date_text}
                    for r in row.reports
                ],
                "contradiction": row.contradiction,
                "participants": list(row.participants),
                "note": row.note,
            }
            for row in content.events
        ],
        "entities": [
            {"name": e.name, "type": e.type.value, "mentions": e.mentions, "articles": e.articles, "events": list(e.events)}
            for e in content.index
        ],
    }


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
