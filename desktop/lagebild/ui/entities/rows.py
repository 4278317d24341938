"""The rows of the entity list: one per merged entity, with the figures it shows (no Qt).

A row keeps its merged entity, so what only a tooltip, a role or the filter
needs (derived forms, search key) is made when asked for, not for thousands
of rows while a briefing is shown.
"""

from __future__ import annotations

from dataclasses import dataclass

from lagebild.core.crossref import MergedEntity
from lagebild.core.model import Entity, EntityType, MentionKind
from lagebild.core.snapshot import BriefingSnapshot, lead_entity
from lagebild.ui.entities.folding import search_key

#: The groups of the list, in their fixed order.
GROUPS: tuple[EntityType, ...] = (EntityType.PER, EntityType.ORG, EntityType.LOC, EntityType.MISC)
# Read once: in Python 3.11 every read of an enum member through its class runs a descriptor.
_DERIVED = MentionKind.DERIVED


@dataclass(slots=True)  # not frozen: that sets each field through object.__setattr__, for thousands of rows
class EntityRow:
    """One merged entity: its lead member (ID and name) with the members' figures added up."""

    merged: MergedEntity
    entity: Entity  # the lead member
    kind: EntityType  # the entity's type; MISC for a type the list does not know
    mentions: int  # mentions by name (MergedEntity.mention_count)
    events: int  # event groups the entity takes part in
    articles: int  # articles it appears in

    @property
    def derived(self) -> int:
        """Derived mentions ("nordkoreanische"), not counted in ``mentions``."""
        return len(self._derived_texts())

    @property
    def derived_forms(self) -> tuple[str, ...]:
        """Surface forms of the derived mentions, each once, in text order."""
        return tuple(dict.fromkeys(self._derived_texts()))

    def search_key(self) -> str:
        """Folded spellings of the names and every mention form, for the filter (see folding.py)."""
        members = self.merged.members
        texts = {m.text for _, entity in members for m in entity.mentions}
        texts.update(entity.name for _, entity in members)
        texts.add(self.merged.name)
        return search_key(texts)

    def _derived_texts(self) -> list[str]:
        return [
            m.text for _, entity in self.merged.members for m in entity.mentions if m.kind is _DERIVED
        ]


def build_briefing_rows(snapshot: BriefingSnapshot | None) -> dict[EntityType, list[EntityRow]]:
    """One row per merged entity of ``snapshot``, grouped by type, in article then text order."""
    rows: dict[EntityType, list[EntityRow]] = {kind: [] for kind in GROUPS}
    if snapshot is None:
        return rows
    for merged in _in_text_order(snapshot):
        kind = merged.type if merged.type in rows else EntityType.MISC
        rows[kind].append(_row(snapshot, merged, kind))
    return rows


def _in_text_order(snapshot: BriefingSnapshot) -> list[MergedEntity]:
    """The merged entities in the order their first member appears (article, then text order)."""
    found: dict[str, MergedEntity] = {}
    for extraction in snapshot.articles.values():
        for entity in extraction.entities:
            merged = snapshot.merged_entity(entity.id)
            if merged is not None and merged.key not in found:
                found[merged.key] = merged
    return list(found.values())


def _row(snapshot: BriefingSnapshot, merged: MergedEntity, kind: EntityType) -> EntityRow:
    members = merged.members
    if len(members) == 1:  # most entities: the lead is the only member, in one article
        lead, articles = members[0][1], 1
    else:
        found = snapshot.entity(lead_entity(merged))
        assert found is not None
        lead, articles = found, merged.article_count
    return EntityRow(
        merged=merged,
        entity=lead,
        kind=kind,
        mentions=merged.mention_count,
        events=len(snapshot.leads_of_entity(lead.id)),
        articles=articles,
    )
