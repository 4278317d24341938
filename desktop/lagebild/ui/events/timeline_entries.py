"""Core events → timeline entries (the timeline never sees the core model)."""

from __future__ import annotations

from datetime import date
from functools import lru_cache, partial
from typing import NamedTuple

from lagebild.core.crossref import EventGroup
from lagebild.core.model import Extraction
from lagebild.core.snapshot import ArticleInfo, BriefingSnapshot
from lagebild.core.wording import clip
from lagebild.ui.events.dates import describe_date, precision_of
from lagebild.ui.events.model import sources_text
from lagebild.ui.timeline.entry import Precision, TimelineEntry

# Longest article title shown as a lane name before it is shortened.
LANE_TITLE_CHARS = 22
# Up to this many articles each gets a lane group; beyond, lanes would be too
# thin to read and the articles are told apart by colour (and the article list).
MAX_ARTICLE_LANES = 12
# Colours cycle after this many articles (the timeline's palette is no larger).
ARTICLE_COLOURS = 8


class _ArticleLook(NamedTuple):
    """What every entry of one article shares: date language, lane and colour."""

    language: str
    lane_key: str
    colour_key: str


def lane_name(info: ArticleInfo) -> str:
    """How a lane names its article: number and the start of the title."""
    return f"{info.number}. {clip(info.title, LANE_TITLE_CHARS, at_word=True)}"


def timeline_entries(source: BriefingSnapshot | Extraction | None) -> list[TimelineEntry]:
    """One entry per event group that can be placed in time (undated events stay in the table).

    With several articles each gets its own lane group and colour (the lead
    source's); an occurrence reported by several articles says how many, and
    one whose sources disagree on the date is marked with ⚠.  Dates are
    written out only when the timeline asks (on hover): thousands of them
    in words cost more than the rest of the entries.
    """
    if source is None:
        return []
    snapshot = source if isinstance(source, BriefingSnapshot) else BriefingSnapshot.of(source)
    lanes = 1 < len(snapshot) <= MAX_ARTICLE_LANES
    looks = _article_looks(snapshot, lanes)
    entries = []
    for group in snapshot.groups:
        key, event = group.members[0]
        look = looks[key]
        precision = _precision(event.date, event.earliest, event.latest)
        if precision is None:
            continue
        entries.append(
            TimelineEntry(
                id=event.id,
                label=_label(group),
                date_text="",
                earliest=event.earliest,
                latest=event.latest,
                precision=precision,
                lane_key=look.lane_key,
                colour_key=look.colour_key,
                describe=partial(_date_text, event.date, event.earliest, event.latest, look.language),
            )
        )
    if lanes:  # lane groups appear in the order of their first entry: article 1 on top
        number = {look.lane_key: snapshot.infos[key].number for key, look in looks.items()}
        entries.sort(key=lambda entry: number[entry.lane_key])  # stable: time order within an article
    return entries


def _article_looks(snapshot: BriefingSnapshot, lanes: bool) -> dict[str, _ArticleLook]:
    """Per article key: its date language, lane name (if ``lanes``) and colour (if several)."""
    several = len(snapshot) > 1
    return {
        key: _ArticleLook(
            language=snapshot.articles[key].article.language or "de",
            lane_key=lane_name(info) if lanes else "",
            colour_key=f"{(info.number - 1) % ARTICLE_COLOURS}" if several else "",
        )
        for key, info in snapshot.infos.items()
    }


@lru_cache(maxsize=4096)
def _precision(value: str, earliest: date | None, latest: date | None) -> Precision | None:
    """:func:`precision_of`, once per distinct date (a briefing repeats dates a lot)."""
    return precision_of(value, earliest, latest)


def _date_text(value: str, earliest: date | None, latest: date | None, language: str) -> str:
    """The date in words, as the event table writes it."""
    return describe_date(value, earliest, latest, language).text


def _label(group: EventGroup) -> str:
    """The lead event's label, with the number of sources and a ⚠ for contradicting dates."""
    label = group.members[0][1].label
    sources = len(group.sources) if len(group.members) > 1 else 1  # one member: one source
    if sources > 1:
        label += " · " + sources_text(sources)
    if group.contradiction:
        label = "⚠ " + label
    return label
