"""What every export of a briefing shows, Qt-free: the :class:`Handout`.

:func:`briefing_handout` gathers it from a
:class:`~lagebild.core.snapshot.BriefingSnapshot` — title, sources with their
reliability, one event per group in order with the supporting sentence of its
lead source (the date words located in it), the other sources that report it
and the dates they give, the analyst's notes, and an index of the merged
entities.  :func:`handout` does the same for one bare extraction.  The UI
passes how dates read and how events sort (those live in
``lagebild.ui.events.dates``, which the core may not import).  The text
formats are in :mod:`lagebild.core.exports`; the PDF, PowerPoint and
presentation in ``lagebild.ui`` draw the same handout.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from lagebild.core.briefing import DEFAULT_RELIABILITY, Briefing
from lagebild.core.crossref import EventGroup
from lagebild.core.model import EntityType, Event, Extraction
from lagebild.core.snapshot import BriefingSnapshot, lead_entity

FALLBACK_NAME = "Lagebild"


@dataclass(frozen=True, slots=True)
class SourceInfo:
    """An article behind the handout: its name, where it comes from, its grade."""

    name: str
    origin: str
    published: date | None
    reliability: str
    key: str = ""  # the article's key in the briefing


@dataclass(frozen=True, slots=True)
class Report:
    """One source's account of an event: which article, and the date it gives."""

    key: str
    source: str
    reliability: str
    date: str  # TIMEX3 value
    date_text: str


@dataclass(frozen=True, slots=True)
class EventRow:
    """One event (one group of reports) as handed out: a readable date and the sentence that supports it.

    ``source``/``reliability``/``sentence`` are the lead's (the most reliable
    source); ``reports`` has every source's account, the lead's first.
    """

    id: str
    date: str  # TIMEX3 value
    date_text: str
    label: str
    sentence: str
    source: str
    reliability: str
    participants: tuple[str, ...]
    note: str = ""  # the analyst's note(s) on the event
    date_span: tuple[int, int] | None = None  # the date words, as offsets into ``sentence``
    reports: tuple[Report, ...] = ()
    contradiction: bool = False  # the sources give dates that cannot both be true

    @property
    def source_count(self) -> int:
        """How many articles report the event."""
        return max(1, len({report.key for report in self.reports}))

    @property
    def other_sources(self) -> tuple[Report, ...]:
        """The first report of each article other than the lead's."""
        lead = self.reports[0].key if self.reports else None
        seen: dict[str, Report] = {}
        for report in self.reports:
            if report.key != lead:
                seen.setdefault(report.key, report)
        return tuple(seen.values())


@dataclass(frozen=True, slots=True)
class IndexEntry:
    """An entity of the index, with the numbers (from 1) of the events it takes part in."""

    name: str
    type: EntityType
    mentions: int
    events: tuple[int, ...]
    articles: int = 1  # how many articles name it


@dataclass(frozen=True, slots=True)
class Handout:
    """Everything an export shows, in the order it is shown.

    ``published`` is the article's publication day when there is one article;
    with several, each source has its own.
    """

    title: str
    published: date | None
    sources: tuple[SourceInfo, ...]
    events: tuple[EventRow, ...]
    index: tuple[IndexEntry, ...]

    @property
    def several(self) -> bool:
        """Whether the handout covers more than one article."""
        return len(self.sources) > 1


def timeline_anchor(snapshot: BriefingSnapshot) -> date | None:
    """The day the timeline marks: the only publication day, else the latest (as in the window)."""
    days = [info.published for info in snapshot.infos.values() if info.published is not None]
    return max(days) if days else None


def one_line(text: str) -> str:
    """``text`` with every run of white space one blank."""
    return " ".join(text.split())


def supporting_sentence(
    extraction: Extraction, event: Event, *, collapse: bool = True
) -> tuple[str, tuple[int, int] | None]:
    """The event's sentence and where its date words are in it (``None`` if it has none).

    The sentence is stripped; with ``collapse`` every run of white space
    becomes one blank (the offsets follow).
    """
    if not 0 <= event.sentence < len(extraction.sentences):
        return "", None
    sentence = extraction.sentences[event.sentence]
    raw = extraction.article.text[sentence.start : sentence.end]
    span = None
    if event.timex is not None and 0 <= event.timex < len(extraction.timexes):
        timex = extraction.timexes[event.timex]
        if sentence.start <= timex.start < timex.end <= sentence.end:
            span = (timex.start - sentence.start, timex.end - sentence.start)
    kept: list[str] = []
    where: list[int] = []  # output position of every input character
    blank = True  # leading white space is dropped
    for char in raw:
        where.append(len(kept))
        if char.isspace() and (collapse or blank):
            if not blank:
                kept.append(" ")
            blank = True
        else:
            kept.append(char)
            blank = False
    text = "".join(kept).rstrip()
    if span is not None:
        start, end = where[span[0]], where[span[1] - 1] + 1
        span = (start, min(end, len(text))) if start < min(end, len(text)) else None
    return text, span


def source_name(extraction: Extraction) -> str:
    """How the handout names an article: its title, else its file name."""
    article = extraction.article
    return one_line(article.title or "") or (article.path or "").replace("\\", "/").rsplit("/", 1)[-1] or FALLBACK_NAME


def one_article(extraction: Extraction, reliability: str = DEFAULT_RELIABILITY, title: str = "") -> BriefingSnapshot:
    """The snapshot of a briefing holding only ``extraction`` with grade ``reliability``."""
    briefing = Briefing(title)
    briefing.add_article(extraction, reliability)
    return BriefingSnapshot(briefing)


def briefing_handout(
    snapshot: BriefingSnapshot,
    *,
    title: str | None = None,
    date_text: Callable[[Event], str] | None = None,
    sort_key: Callable[[Event], Any] | None = None,
    notes: Mapping[str, str] | None = None,
    hidden: Iterable[str] = (),
) -> Handout:
    """The handout of ``snapshot``: one row per event group, in ``sort_key`` order of the lead
    events (the snapshot's order without one).

    ``title`` overrides the briefing's; ``notes`` (by event ID) add to or
    replace the analyst's notes of the snapshot; groups whose lead is in
    ``hidden`` are left out.
    """
    left_out = set(hidden)
    groups = [g for g in snapshot.groups if g.members[0][1].id not in left_out]
    if sort_key is not None:
        groups.sort(key=lambda g: sort_key(g.members[0][1]))
    sources = tuple(_source(snapshot, key) for key in snapshot.keys)
    names = {source.key: source.name for source in sources}
    rows = [_row(snapshot, group, names, date_text, notes or {}) for group in groups]
    index = _index(snapshot, groups)
    only = sources[0] if len(sources) == 1 else None
    name = one_line(title or snapshot.title or "") or (only.name if only else FALLBACK_NAME)
    return Handout(name, only.published if only else None, sources, tuple(rows), index)


def _source(snapshot: BriefingSnapshot, key: str) -> SourceInfo:
    info = snapshot.infos[key]
    extraction = snapshot.articles[key]
    return SourceInfo(source_name(extraction), one_line(info.source), info.published, info.reliability, key)


def _row(
    snapshot: BriefingSnapshot,
    group: EventGroup,
    names: Mapping[str, str],
    date_text: Callable[[Event], str] | None,
    notes: Mapping[str, str],
) -> EventRow:
    key, event = group.members[0]
    sentence, span = supporting_sentence(snapshot.articles[key], event)
    reports: dict[tuple[str, str], Report] = {}
    for member_key, member in group.members:
        shown = date_text(member) if date_text else member.date
        info = snapshot.infos[member_key]
        reports.setdefault(
            (member_key, member.date), Report(member_key, names[member_key], info.reliability, member.date, shown)
        )
    leads = dict.fromkeys(snapshot.lead_entity(i) for _, member in group.members for i in member.entities)
    who = tuple(dict.fromkeys(e.name for i in leads if i and (e := snapshot.entity(i))))
    said = []
    for _, member in group.members:
        text = (notes.get(member.id) or snapshot.note(member.id)).strip()
        if text and text not in said:
            said.append(text)
    first = next(iter(reports.values()))
    return EventRow(
        event.id,
        event.date,
        first.date_text,
        one_line(event.label),
        sentence,
        first.source,
        first.reliability,
        who,
        "\n".join(said),
        span,
        tuple(reports.values()),
        group.contradiction,
    )


def _index(snapshot: BriefingSnapshot, groups: Sequence[EventGroup]) -> tuple[IndexEntry, ...]:
    takes_part: dict[str, list[int]] = {}
    for number, group in enumerate(groups, start=1):
        people = dict.fromkeys(snapshot.lead_entity(i) for _, member in group.members for i in member.entities)
        for lead in people:
            if lead is not None:
                takes_part.setdefault(lead, []).append(number)
    entries = [
        IndexEntry(m.name, m.type, m.mention_count, tuple(takes_part.get(lead_entity(m), ())), m.article_count)
        for m in snapshot.merged
    ]
    entries.sort(key=lambda entry: entry.name.casefold())
    return tuple(entries)


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
    order = {event.id: n for n, event in enumerate(extraction.events)}

    def reading_order(event: Event) -> int:
        return order.get(event.id, len(order))

    snapshot = one_article(extraction, reliability)
    return briefing_handout(snapshot, title=title, date_text=date_text, sort_key=sort_key or reading_order, notes=notes)
