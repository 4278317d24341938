"""Core events → timeline entries (the timeline never sees the core model)."""

from __future__ import annotations

from lagebild.core.model import Extraction
from lagebild.core.snapshot import ArticleInfo, BriefingSnapshot
from lagebild.core.wording import clip
from lagebild.ui.events.dates import describe_date
from lagebild.ui.events.model import sources_text
from lagebild.ui.timeline.entry import TimelineEntry

# Longest article title shown as a lane name before it is shortened.
LANE_TITLE_CHARS = 22
# Up to this many articles each gets a lane group; beyond, lanes would be too
# thin to read and the articles are told apart by colour (and the article list).
MAX_ARTICLE_LANES = 12
# Colours cycle after this many articles (the timeline's palette is no larger).
ARTICLE_COLOURS = 8


def lane_name(info: ArticleInfo) -> str:
    """How a lane names its article: number and the start of the title."""
    return f"{info.number}. {clip(info.title, LANE_TITLE_CHARS, at_word=True)}"


def timeline_entries(source: BriefingSnapshot | Extraction | None) -> list[TimelineEntry]:
    """One entry per event group that can be placed in time (undated events stay in the table).

    With several articles each gets its own lane group and colour (the lead
    source's); an occurrence reported by several articles says how many, and
    one whose sources disagree on the date is marked with ⚠.
    """
    if source is None:
        return []
    snapshot = source if isinstance(source, BriefingSnapshot) else BriefingSnapshot.of(source)
    several = len(snapshot) > 1
    lanes = several and len(snapshot) <= MAX_ARTICLE_LANES
    entries = []
    for group in snapshot.groups:
        key, event = group.members[0]
        language = snapshot.articles[key].article.language or "de"
        view = describe_date(event.date, event.earliest, event.latest, language)
        if view.precision is None:
            continue
        label = event.label
        sources = len(group.sources)
        if sources > 1:
            label += " · " + sources_text(sources)
        if group.contradiction:
            label = "⚠ " + label
        info = snapshot.infos[key]
        entries.append(
            TimelineEntry(
                id=event.id,
                label=label,
                date_text=view.text,
                earliest=event.earliest,
                latest=event.latest,
                precision=view.precision,
                lane_key=lane_name(info) if lanes else "",
                colour_key=f"{(info.number - 1) % ARTICLE_COLOURS}" if several else "",
            )
        )
    if lanes:  # lane groups appear in the order of their first entry: article 1 on top
        number = {lane_name(info): info.number for info in snapshot.infos.values()}
        entries.sort(key=lambda entry: number[entry.lane_key])  # stable: time order within an article
    return entries
