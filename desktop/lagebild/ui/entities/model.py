"""EntityTreeModel: a briefing's entities grouped by type.

Two levels: four group rows (persons, organisations, places, other) with the
entities of that type as children.  The same entity in several articles is
one row (Budanov in two reports is one person).  Columns: name (with type
icon), mentions by name, events the entity takes part in, articles it
appears in.  Derived mentions ("nordkoreanische"
for Nordkorea) are linked to the entity but not counted; the tooltip lists them.

The model only adapts a core :class:`~lagebild.core.snapshot.BriefingSnapshot`; empty
groups are hidden by the proxy, not here, so the shape stays fixed.  It sorts
its entities itself (see :mod:`lagebild.ui.entities.ordering`); the proxy only
filters.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from dataclasses import dataclass
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette

from lagebild.core.crossref import MergedEntity
from lagebild.core.model import Entity, EntityType, Extraction, MentionKind
from lagebild.core.snapshot import BriefingSnapshot, lead_entity
from lagebild.ui.entities.folding import search_key
from lagebild.ui.entities.ordering import german_collator, sorted_positions
from lagebild.ui.icons import icon

_CONTEXT = "EntityTreeModel"
Index = QModelIndex | QPersistentModelIndex


class EntityRole(IntEnum):
    """Custom data roles of :class:`EntityTreeModel` (column 0 serves them all)."""

    ID = int(Qt.ItemDataRole.UserRole) + 1  # entity ID (str); None on group rows
    IS_GROUP = ID + 1  # bool
    TYPE = ID + 2  # EntityType of the entity or group
    NAME = ID + 3  # entity name, or the bare group title
    MENTIONS = ID + 4  # int: mentions by name
    DERIVED = ID + 5  # int: derived mentions (not counted in MENTIONS)
    EVENTS = ID + 6  # int: events the entity takes part in
    HIGHLIGHTED = ID + 7  # bool
    SEARCH_KEY = ID + 8  # folded spellings for the filter (see folding.py)
    ARTICLES = ID + 9  # int: articles the entity appears in


class Column(IntEnum):
    """Columns of :class:`EntityTreeModel`."""

    NAME = 0
    MENTIONS = 1
    EVENTS = 2
    ARTICLES = 3


GROUPS: tuple[EntityType, ...] = (EntityType.PER, EntityType.ORG, EntityType.LOC, EntityType.MISC)
GROUP_TITLES: dict[EntityType, str] = {
    EntityType.PER: QT_TRANSLATE_NOOP("EntityTreeModel", "Persons"),
    EntityType.ORG: QT_TRANSLATE_NOOP("EntityTreeModel", "Organisations"),
    EntityType.LOC: QT_TRANSLATE_NOOP("EntityTreeModel", "Places"),
    EntityType.MISC: QT_TRANSLATE_NOOP("EntityTreeModel", "Other"),
}
TYPE_NAMES: dict[EntityType, str] = {
    EntityType.PER: QT_TRANSLATE_NOOP("EntityTreeModel", "Person"),
    EntityType.ORG: QT_TRANSLATE_NOOP("EntityTreeModel", "Organisation"),
    EntityType.LOC: QT_TRANSLATE_NOOP("EntityTreeModel", "Place"),
    EntityType.MISC: QT_TRANSLATE_NOOP("EntityTreeModel", "Other"),
}
TYPE_ICONS: dict[EntityType, str] = {
    EntityType.PER: "person",
    EntityType.ORG: "organisation",
    EntityType.LOC: "place",
    EntityType.MISC: "misc",
}
_HEADERS: dict[Column, str] = {
    Column.NAME: QT_TRANSLATE_NOOP("EntityTreeModel", "Name"),
    Column.MENTIONS: QT_TRANSLATE_NOOP("EntityTreeModel", "Mentions"),
    Column.EVENTS: QT_TRANSLATE_NOOP("EntityTreeModel", "Events"),
    Column.ARTICLES: QT_TRANSLATE_NOOP("EntityTreeModel", "Articles"),
}
_HEADER_ICONS: dict[Column, str] = {Column.MENTIONS: "mention", Column.EVENTS: "event", Column.ARTICLES: "article"}
_HEADER_TIPS: dict[Column, str] = {
    Column.MENTIONS: QT_TRANSLATE_NOOP(
        "EntityTreeModel", "Mentions by name (derived forms such as adjectives are not counted)"
    ),
    Column.EVENTS: QT_TRANSLATE_NOOP("EntityTreeModel", "Dated events the entity takes part in"),
    Column.ARTICLES: QT_TRANSLATE_NOOP("EntityTreeModel", "Articles of the briefing that mention it"),
}
_GROUP_ID = 0  # internalId of group rows; entity rows store their group's row + 1
_COLUMNS = len(Column)
# Combined once: views ask for flags per row, and combining Qt enums runs Python code.
_ENTITY_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


@dataclass(frozen=True, slots=True)
class EntityRow:
    """One entity with the figures the list shows."""

    entity: Entity
    kind: EntityType  # the entity's type; MISC for a type the list does not know
    mentions: int
    derived: int  # derived mentions, not counted in ``mentions``
    derived_forms: tuple[str, ...]  # surface forms of derived mentions, in text order
    events: int
    search_key: str
    articles: int = 1


# The figure each count column sorts by.
_COUNTS: dict[Column, Callable[[EntityRow], int]] = {
    Column.MENTIONS: lambda row: row.mentions,
    Column.EVENTS: lambda row: row.events,
    Column.ARTICLES: lambda row: row.articles,
}


def build_rows(extraction: Extraction | None) -> dict[EntityType, list[EntityRow]]:
    """Entity rows of one article grouped by type."""
    return build_briefing_rows(BriefingSnapshot.of(extraction) if extraction is not None else None)


def build_briefing_rows(snapshot: BriefingSnapshot | None) -> dict[EntityType, list[EntityRow]]:
    """One row per merged entity of ``snapshot``, grouped by type, in article then text order.

    A row stands for all members: its entity is the lead member (ID and
    name), its counts add up the members'.
    """
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
    """The list row of one merged entity: its lead member with the members' figures added up."""
    lead = snapshot.entity(lead_entity(merged))
    assert lead is not None
    mentions = [m for _, entity in merged.members for m in entity.mentions]
    derived = [m.text for m in mentions if m.kind is MentionKind.DERIVED]
    surface = {m.text for m in mentions} | {entity.name for _, entity in merged.members}
    return EntityRow(
        entity=lead,
        kind=kind,
        mentions=len([m for m in mentions if m.kind is MentionKind.NAME]),  # as MergedEntity.mention_count
        derived=len(derived),
        derived_forms=tuple(dict.fromkeys(derived)),
        events=len(snapshot.leads_of_entity(lead.id)),
        search_key=search_key([merged.name, *sorted(surface - {merged.name})]),
        articles=merged.article_count,
    )


class EntityTreeModel(QAbstractItemModel):
    """Entities of one extraction, grouped by type (see module docstring)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._text_order = build_rows(None)  # rows as built: article, then text order
        self._rows = build_rows(None)  # rows as shown: sorted
        self._where: dict[str, tuple[int, int]] = {}  # entity ID -> (group row, row)
        self._highlighted: set[str] = set()
        self._has_events = False
        self._articles = 0
        self._order: tuple[int, Qt.SortOrder] | None = None  # the last sort asked for
        self._collator = german_collator()

    # --- Feeding -----------------------------------------------------------------

    def set_extraction(self, extraction: Extraction | None) -> None:
        """Show the entities of one article (``None``: empty)."""
        self.set_snapshot(BriefingSnapshot.of(extraction) if extraction is not None else None)

    def set_snapshot(self, snapshot: BriefingSnapshot | None) -> None:
        """Show the merged entities of ``snapshot`` (``None``: empty)."""
        self.beginResetModel()
        self._text_order = build_briefing_rows(snapshot)
        self._arrange()
        self._highlighted &= set(self._where)
        self._has_events = bool(snapshot and snapshot.groups)
        self._articles = len(snapshot) if snapshot else 0
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort the entities of every group by ``column`` (the groups keep their fixed order).

        A column outside the model shows the text order.
        """
        self._order = (column, order)
        self.layoutAboutToBeChanged.emit()
        held = [(index, row.entity.id) for index in self.persistentIndexList() if (row := self.row_at(index))]
        self._arrange()
        for index, entity_id in held:
            group, position = self._where[entity_id]
            self.changePersistentIndex(index, self.createIndex(position, index.column(), group + 1))
        self.layoutChanged.emit()

    def _arrange(self) -> None:
        """Put the rows in the last sort order asked for and index where each entity is."""
        column, order = self._order or (-1, Qt.SortOrder.AscendingOrder)
        for kind, rows in self._text_order.items():
            self._rows[kind] = self._sorted(rows, column, order) if 0 <= column < _COLUMNS else list(rows)
        self._where = {
            row.entity.id: (group, position)
            for group, kind in enumerate(GROUPS)
            for position, row in enumerate(self._rows[kind])
        }

    def _sorted(self, rows: list[EntityRow], column: int, order: Qt.SortOrder) -> list[EntityRow]:
        count = _COUNTS.get(Column(column))
        names = [row.entity.name for row in rows]
        counts = [count(row) for row in rows] if count else None
        descending = order == Qt.SortOrder.DescendingOrder
        return [rows[p] for p in sorted_positions(names, counts, descending, self._collator)]

    def article_count(self) -> int:
        """How many articles the shown briefing has (the articles column means something from two)."""
        return self._articles

    def has_events(self) -> bool:
        """Whether the extraction has events at all (else event counts mean nothing)."""
        return self._has_events

    def set_highlighted(self, entity_ids: set[str]) -> None:
        """Mark ``entity_ids`` (unknown IDs are ignored); unmark the others."""
        new = set(entity_ids) & set(self._where)
        changed = new ^ self._highlighted
        self._highlighted = new
        roles = [EntityRole.HIGHLIGHTED, Qt.ItemDataRole.FontRole, Qt.ItemDataRole.BackgroundRole]
        for entity_id in changed:
            first = self.index_of(entity_id)
            last = first.siblingAtColumn(len(Column) - 1)
            self.dataChanged.emit(first, last, roles)

    def highlighted(self) -> set[str]:
        """IDs currently highlighted."""
        return set(self._highlighted)

    def index_of(self, entity_id: str) -> QModelIndex:
        """The column-0 index of ``entity_id`` (invalid if unknown)."""
        where = self._where.get(entity_id)
        if where is None:
            return QModelIndex()
        group, row = where
        return self.createIndex(row, 0, group + 1)

    def widest(self, column: Column) -> list[QModelIndex]:
        """Indexes in a count ``column`` showing a figure with the most digits, one per figure.

        The widest text is among them whatever the font's digit widths.
        """
        count = _COUNTS.get(column)
        if count is None or (column == Column.EVENTS and not self._has_events):
            return []
        found: dict[int, tuple[int, int]] = {}  # figure -> (group row, row)
        for group, kind in enumerate(GROUPS):
            for position, row in enumerate(self._rows[kind]):
                found.setdefault(count(row), (group, position))
        digits = max((len(str(figure)) for figure in found), default=0)
        return [
            self.createIndex(position, column, group + 1)
            for figure, (group, position) in found.items()
            if len(str(figure)) == digits
        ]

    def group_index(self, kind: EntityType) -> QModelIndex:
        """The index of the group row for ``kind``."""
        return self.createIndex(GROUPS.index(kind), 0, _GROUP_ID)

    def row_at(self, index: Index) -> EntityRow | None:
        """The entity row at ``index`` (``None`` for groups and invalid indexes)."""
        if not index.isValid() or index.internalId() == _GROUP_ID:
            return None
        return self._rows[GROUPS[index.internalId() - 1]][index.row()]

    def retranslate(self) -> None:
        """Re-emit every translated text (after a language change)."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(Column) - 1)
        self._emit_all([Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, EntityRole.NAME])

    def refresh_palette(self) -> None:
        """Re-emit palette-dependent data (icons, highlight colour) after a theme change."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(Column) - 1)
        self._emit_all([Qt.ItemDataRole.DecorationRole, Qt.ItemDataRole.BackgroundRole])

    def _emit_all(self, roles: list[Any]) -> None:
        last = len(Column) - 1
        self.dataChanged.emit(self.index(0, 0), self.index(len(GROUPS) - 1, last), roles)
        for group, kind in enumerate(GROUPS):
            if self._rows[kind]:
                parent = self.index(group, 0)
                bottom = len(self._rows[kind]) - 1
                self.dataChanged.emit(self.index(0, 0, parent), self.index(bottom, last, parent), roles)

    # --- QAbstractItemModel --------------------------------------------------------

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:
        # Bounds checked here rather than by hasIndex(), which would call rowCount()
        # and columnCount() back in Python for each of the many indexes views ask for.
        if not parent.isValid():
            rows, internal = len(GROUPS), _GROUP_ID
        elif parent.column() == 0 and parent.internalId() == _GROUP_ID:
            rows, internal = len(self._rows[GROUPS[parent.row()]]), parent.row() + 1
        else:
            return QModelIndex()
        if not (0 <= row < rows and 0 <= column < _COLUMNS):
            return QModelIndex()
        return self.createIndex(row, column, internal)

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]
        if not index.isValid() or index.internalId() == _GROUP_ID:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, _GROUP_ID)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        if not parent.isValid():
            return len(GROUPS)
        if parent.column() != 0 or parent.internalId() != _GROUP_ID:
            return 0
        return len(self._rows[GROUPS[parent.row()]])

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return _COLUMNS

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if index.internalId() == _GROUP_ID:
            return Qt.ItemFlag.ItemIsEnabled
        return _ENTITY_FLAGS

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(Column):
            return None
        column = Column(section)
        # Count columns show an icon, not a word: a side panel has no room for "Erwähnungen".
        if role == Qt.ItemDataRole.DisplayRole and column == Column.NAME:
            return _tr(_HEADERS[column])
        if role == Qt.ItemDataRole.DecorationRole and column in _HEADER_ICONS:
            return icon(_HEADER_ICONS[column])
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return _tr(_HEADERS[column])
        if role == Qt.ItemDataRole.ToolTipRole and column in _HEADER_TIPS:
            return f"{_tr(_HEADERS[column])}: {_tr(_HEADER_TIPS[column])}"
        if role == Qt.ItemDataRole.TextAlignmentRole and column != Column.NAME:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if index.internalId() == _GROUP_ID:
            return self._group_data(index, role)
        row = self.row_at(index)
        return None if row is None else self._entity_data(row, Column(index.column()), role)

    def _group_data(self, index: Index, role: int) -> Any:
        kind = GROUPS[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole and column == Column.NAME:
            return f"{_tr(GROUP_TITLES[kind])} ({len(self._rows[kind])})"
        if role == Qt.ItemDataRole.FontRole and column == Column.NAME:
            font = QFont(QGuiApplication.font())
            font.setBold(True)
            return font
        if column != Column.NAME:
            return None
        if role == Qt.ItemDataRole.DecorationRole:
            return icon(TYPE_ICONS[kind])
        if role == EntityRole.IS_GROUP:
            return True
        if role == EntityRole.TYPE:
            return kind
        if role == EntityRole.NAME:
            return _tr(GROUP_TITLES[kind])
        return None

    def _entity_data(self, row: EntityRow, column: Column, role: int) -> Any:
        entity_id = row.entity.id
        if role == Qt.ItemDataRole.DisplayRole:
            if column == Column.NAME:
                return row.entity.name
            if column == Column.MENTIONS:
                return row.mentions
            if column == Column.ARTICLES:
                return row.articles
            return row.events if self._has_events else None
        if role == Qt.ItemDataRole.TextAlignmentRole and column != Column.NAME:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row)
        if role == Qt.ItemDataRole.FontRole and entity_id in self._highlighted:
            font = QFont(QGuiApplication.font())
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.BackgroundRole and entity_id in self._highlighted:
            colour = QColor(QGuiApplication.palette().color(QPalette.ColorRole.Highlight))
            colour.setAlpha(64)
            return colour
        if column != Column.NAME:
            return None
        return self._entity_roles(row, role)

    def _entity_roles(self, row: EntityRow, role: int) -> Any:
        if role == Qt.ItemDataRole.DecorationRole:
            return icon(TYPE_ICONS[row.kind])
        if role == EntityRole.ID:
            return row.entity.id
        if role == EntityRole.IS_GROUP:
            return False
        if role == EntityRole.TYPE:
            return row.kind
        if role == EntityRole.NAME:
            return row.entity.name
        if role == EntityRole.MENTIONS:
            return row.mentions
        if role == EntityRole.DERIVED:
            return row.derived
        if role == EntityRole.EVENTS:
            return row.events
        if role == EntityRole.HIGHLIGHTED:
            return row.entity.id in self._highlighted
        if role == EntityRole.SEARCH_KEY:
            return row.search_key
        if role == EntityRole.ARTICLES:
            return row.articles
        return None

    def _tooltip(self, row: EntityRow) -> str:
        translate = QCoreApplication.translate
        kind = _tr(TYPE_NAMES[row.kind])
        lines = [
            f"<b>{html.escape(row.entity.name)}</b> — {html.escape(kind)}",
            translate("EntityTreeModel", "Mentions: %1").replace("%1", str(row.mentions)),
        ]
        if row.derived_forms:
            text = translate("EntityTreeModel", "Derived forms (not counted): %1")
            lines.append(text.replace("%1", html.escape(", ".join(row.derived_forms))))
        if self._has_events:
            lines.append(translate("EntityTreeModel", "Events: %1").replace("%1", str(row.events)))
        if self._articles > 1:
            lines.append(translate("EntityTreeModel", "Articles: %1 of %2").replace("%1", str(row.articles)).replace("%2", str(self._articles)))
        return "<br>".join(lines)
