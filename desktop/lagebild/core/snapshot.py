"""What the window shows of a briefing, computed once per change (Qt-free).

A :class:`BriefingSnapshot` applies the analyst's corrections, merges the
same entity across articles, groups the events that report one occurrence,
and indexes the result so that every view can answer "which article is this
event in", "which group does it belong to", "which events involve this
person" in constant time.  Event and entity IDs are unique across articles
(they hash the article text, see :mod:`lagebild.core.ids`), so the views keep
using plain IDs; a group is named by its lead member's event ID and a merged
entity by its lead member's entity ID.

A snapshot is immutable: after an edit, build a new one.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from itertools import repeat
from operator import attrgetter

from lagebild.core.briefing import DEFAULT_RELIABILITY, Briefing, BriefingArticle
from lagebild.core.corrections import CorrectedView
from lagebild.core.crossref import (
    EventGroup,
    MergedEntity,
    group_events,
    merge_entities,
)
from lagebild.core.model import Entity, Event, Extraction


@dataclass(frozen=True, slots=True)
class ArticleInfo:
    """One article of the snapshot as the views name it."""

    key: str
    number: int  # 1-based position in the briefing: the article's colour and lane
    title: str
    source: str
    published: date | None
    reliability: str
    path: str


_ID = attrgetter("id")


class BriefingSnapshot:
    """The corrected, merged and grouped state of a briefing (see module docstring)."""

    def __init__(self, briefing: Briefing) -> None:
        self.title = briefing.title
        view, self.orphans = briefing.corrected()
        self.view: CorrectedView = view
        self.articles: dict[str, Extraction] = view.articles
        self.infos: dict[str, ArticleInfo] = {
            item.key: _info(item, number) for number, item in enumerate(briefing.articles, start=1)
        }
        self.merged: list[MergedEntity] = merge_entities(view)
        grades = {item.key: item.reliability for item in briefing.articles}
        self.groups: list[EventGroup] = group_events(view, self.merged, grades)

        # The lookup tables hold some 30,000 entries for 500 articles: they are
        # filled with dict.update over zipped columns rather than item by item.
        self._event: dict[str, tuple[str, Event]] = {}
        self._entity: dict[str, tuple[str, Entity]] = {}
        for key, extraction in self.articles.items():
            self._event.update(zip(map(_ID, extraction.events), zip(repeat(key), extraction.events)))
            self._entity.update(zip(map(_ID, extraction.entities), zip(repeat(key), extraction.entities)))
        self._group: dict[str, EventGroup] = {}
        for group in self.groups:
            self._group.update(zip((event.id for _, event in group.members), repeat(group)))
        self._merged: dict[str, MergedEntity] = {}
        lead_of: dict[str, str] = {}  # entity ID → lead_entity() of its merged entity
        for merged in self.merged:
            ids = [entity.id for _, entity in merged.members]
            self._merged.update(zip(ids, repeat(merged)))
            lead_of.update(zip(ids, repeat(lead_entity(merged))))
        self._leads_of_entity: dict[str, set[str]] = {}
        for group in self.groups:
            lead = group.members[0][1].id
            for _, event in group.members:
                for entity_id in event.entities:
                    found = lead_of.get(entity_id)
                    if found is not None:
                        self._leads_of_entity.setdefault(found, set()).add(lead)

    @classmethod
    def of(cls, extraction: Extraction) -> BriefingSnapshot:
        """The snapshot of a one-article briefing without corrections."""
        briefing = Briefing()
        briefing.add_article(extraction)
        return cls(briefing)

    # --- articles ------------------------------------------------------------------

    @property
    def keys(self) -> list[str]:
        """Article keys in briefing order."""
        return list(self.infos)

    def __len__(self) -> int:
        return len(self.infos)

    def extraction(self, key: str | None) -> Extraction | None:
        """The corrected extraction of article ``key``."""
        return self.articles.get(key) if key is not None else None

    def article_of(self, item_id: str | None) -> str | None:
        """The key of the article holding this event or entity."""
        if item_id is None:
            return None
        found = self._event.get(item_id) or self._entity.get(item_id)
        return found[0] if found else None

    # --- events --------------------------------------------------------------------

    def event(self, event_id: str | None) -> Event | None:
        """The (corrected, visible) event with this ID."""
        found = self._event.get(event_id) if event_id is not None else None
        return found[1] if found else None

    def group(self, event_id: str | None) -> EventGroup | None:
        """The group an event belongs to (every visible event has one)."""
        return self._group.get(event_id) if event_id is not None else None

    def lead(self, event_id: str | None) -> str | None:
        """The ID that stands for the event's group in the table and on the timeline."""
        group = self.group(event_id)
        return group.members[0][1].id if group else None

    def leads_in_time(self) -> list[str]:
        """Group leads, earliest first."""
        return [group.members[0][1].id for group in self.groups]

    def note(self, event_id: str | None) -> str:
        """The analyst's note on an event ("" if none)."""
        key = self.article_of(event_id)
        return self.view.notes.get((key, event_id), "") if key and event_id else ""

    # --- entities ------------------------------------------------------------------

    def entity(self, entity_id: str | None) -> Entity | None:
        """The (corrected) entity with this ID, in its own article."""
        found = self._entity.get(entity_id) if entity_id is not None else None
        return found[1] if found else None

    def merged_entity(self, entity_id: str | None) -> MergedEntity | None:
        """The briefing-wide entity this entity is a member of."""
        return self._merged.get(entity_id) if entity_id is not None else None

    def lead_entity(self, entity_id: str | None) -> str | None:
        """The ID standing for the entity's merged group in the entity list."""
        merged = self.merged_entity(entity_id)
        return lead_entity(merged) if merged else None

    def member_in(self, entity_id: str | None, key: str | None) -> Entity | None:
        """The member of ``entity_id``'s merged entity that appears in article ``key``."""
        merged = self.merged_entity(entity_id)
        if merged is None or key is None:
            return None
        return next((entity for k, entity in merged.members if k == key), None)

    def leads_of_entity(self, entity_id: str | None) -> set[str]:
        """Group leads of the events the (merged) entity takes part in, in any article."""
        lead = self.lead_entity(entity_id)
        return set(self._leads_of_entity.get(lead, ())) if lead else set()

    def participants(self, event_id: str | None) -> set[str]:
        """Lead entity IDs of everyone taking part in the event's group."""
        group = self.group(event_id)
        if group is None:
            return set()
        found = {self.lead_entity(i) for _, event in group.members for i in event.entities}
        found.discard(None)
        return found  # type: ignore[return-value]


def lead_entity(merged: MergedEntity) -> str:
    """The entity ID of a merged entity's lead member."""
    return merged.key.split(":", 1)[1]


def _info(item: BriefingArticle, number: int) -> ArticleInfo:
    article = item.article
    return ArticleInfo(
        key=item.key,
        number=number,
        title=item.title,
        source=article.source or "",
        published=article.published,
        reliability=item.reliability or DEFAULT_RELIABILITY,
        path=article.path or "",
    )
