"""EntityTreeModel: a briefing's entities grouped by type, sorted and filtered.

Two levels: four group rows (persons, organisations, places, other) with the
entities of that type as children.  The same entity in several articles is
one row (Budanov in two reports is one person).  Columns: name (with type
icon), mentions by name, events the entity takes part in, articles it
appears in.  Derived mentions ("nordkoreanische"
for Nordkorea) are linked to the entity but not counted; the tooltip lists them.

The model only adapts a core :class:`~lagebild.core.snapshot.BriefingSnapshot`
(rows: :mod:`lagebild.ui.entities.rows`).  It sorts its entities itself (see
:mod:`lagebild.ui.entities.ordering`) and filters them itself
(:meth:`EntityTreeModel.set_filter_text`, see :mod:`lagebild.ui.entities.folding`):
a view lays out every row of an expanded tree, and a ``QSortFilterProxyModel``
in between called back into this Python model about seven times per row
instead of three.  The four group rows are always there, so the shape stays
fixed; the view hides groups without shown entities.
"""

from __future__ import annotations

import html
from collections.abc import Callable
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

from lagebild.core.model import EntityType, Extraction
from lagebild.core.snapshot import BriefingSnapshot
from lagebild.ui.entities.folding import matcher
from lagebild.ui.entities.ordering import german_collator, sorted_positions
from lagebild.ui.entities.rows import GROUPS, EntityRow, build_briefing_rows
from lagebild.ui.icons import icon

__all__ = ["GROUPS", "GROUP_TITLES", "TYPE_ICONS", "TYPE_NAMES", "Column", "EntityRole", "EntityRow", "EntityTreeModel"]

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
_GROUP_COUNT = len(GROUPS)
_COLUMNS = len(Column)
# Made once: a view asks for flags twice per row while laying out, and combining
# Qt enums (or reading an enum member) runs Python code.
_ENTITY_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
_GROUP_FLAGS = Qt.ItemFlag.ItemIsEnabled
_NO_FLAGS = Qt.ItemFlag.NoItemFlags


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def _bold_font() -> QFont:
    font = QFont(QGuiApplication.font())
    font.setBold(True)
    return font


def _highlight_colour() -> QColor:
    colour = QColor(QGuiApplication.palette().color(QPalette.ColorRole.Highlight))
    colour.setAlpha(64)
    return colour


_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_DECORATION = int(Qt.ItemDataRole.DecorationRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_FONT = int(Qt.ItemDataRole.FontRole)
_BACKGROUND = int(Qt.ItemDataRole.BackgroundRole)
_ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole)
_NAME_COLUMN, _EVENTS_COLUMN, _ARTICLES_COLUMN = int(Column.NAME), int(Column.EVENTS), int(Column.ARTICLES)
_COUNT_ALIGNMENT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
# The custom roles of an entity row (column 0), by role number.
_ENTITY_ROLES: dict[int, Callable[[EntityTreeModel, EntityRow], Any]] = {
    EntityRole.ID: lambda _model, row: row.entity.id,
    EntityRole.IS_GROUP: lambda _model, _row: False,
    EntityRole.TYPE: lambda _model, row: row.kind,
    EntityRole.NAME: lambda _model, row: row.entity.name,
    EntityRole.MENTIONS: lambda _model, row: row.mentions,
    EntityRole.DERIVED: lambda _model, row: row.derived,
    EntityRole.EVENTS: lambda _model, row: row.events,
    EntityRole.HIGHLIGHTED: lambda model, row: row.entity.id in model._highlighted,
    EntityRole.SEARCH_KEY: lambda model, row: model._keys()[row.entity.id],
    EntityRole.ARTICLES: lambda _model, row: row.articles,
}

# The figure each count column sorts by.
_COUNTS: dict[Column, Callable[[EntityRow], int]] = {
    Column.MENTIONS: lambda row: row.mentions,
    Column.EVENTS: lambda row: row.events,
    Column.ARTICLES: lambda row: row.articles,
}


class EntityTreeModel(QAbstractItemModel):
    """Entities of a briefing, grouped by type, sorted and filtered (see module docstring)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        # Per group row, in GROUPS order:
        self._text_order: list[list[EntityRow]] = [[] for _ in GROUPS]  # as built: article, then text order
        self._sorted: list[list[EntityRow]] = [[] for _ in GROUPS]  # every row, in the sort order
        self._shown: list[list[EntityRow]] = self._sorted  # the rows passing the filter
        self._where: dict[str, tuple[int, int]] = {}  # shown entity ID -> (group row, row)
        self._ids: set[str] = set()  # every entity ID, shown or not
        self._search_keys: dict[str, str] | None = None  # entity ID -> search key, made at the first filter
        self._query = ""
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
        """Show the merged entities of ``snapshot`` (``None``: empty), sorted and filtered as before."""
        self.beginResetModel()
        rows = build_briefing_rows(snapshot)
        self._text_order = [rows[kind] for kind in GROUPS]
        self._ids = {row.entity.id for group in self._text_order for row in group}
        self._search_keys = None
        self._arrange()
        self._highlighted &= self._ids
        self._has_events = bool(snapshot and snapshot.groups)
        self._articles = len(snapshot) if snapshot else 0
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort the entities of every group by ``column`` (the groups keep their fixed order).

        Entities sort by name (German collation) or by a count, ties broken by
        name.  A column outside the model shows the text order.
        """
        self._order = (column, order)
        self._rearrange(self._arrange)

    def filter_text(self) -> str:
        """The current filter text."""
        return self._query

    def set_filter_text(self, text: str) -> None:
        """Show only entities whose name or mention forms contain every word of ``text``.

        Matching ignores case and umlauts (see :mod:`lagebild.ui.entities.folding`)
        and also looks at the surface forms of the mentions ("Russlands",
        "nordkoreanische").  Group rows stay, empty or not.
        """
        query = " ".join(text.split())
        if query == self._query:
            return

        def refilter() -> None:
            self._query = query
            self._filter()

        self._rearrange(refilter)

    def _rearrange(self, change: Callable[[], None]) -> None:
        """Make ``change`` to the shown rows as a layout change: persistent indexes follow their entities.

        The index of an entity the filter now hides becomes invalid.
        """
        self.layoutAboutToBeChanged.emit()
        held = [(index, row.entity.id) for index in self.persistentIndexList() if (row := self.row_at(index))]
        change()
        for index, entity_id in held:
            where = self._where.get(entity_id)
            moved = QModelIndex() if where is None else self.createIndex(where[1], index.column(), where[0] + 1)
            self.changePersistentIndex(index, moved)
        self.layoutChanged.emit()

    def _arrange(self) -> None:
        """Put the rows in the last sort order asked for, then filter them."""
        column, order = self._order or (-1, Qt.SortOrder.AscendingOrder)
        if 0 <= column < _COLUMNS:
            self._sorted = [self._sorted_rows(rows, Column(column), order) for rows in self._text_order]
        else:
            self._sorted = [list(rows) for rows in self._text_order]
        self._filter()

    def _sorted_rows(self, rows: list[EntityRow], column: Column, order: Qt.SortOrder) -> list[EntityRow]:
        count = _COUNTS.get(column)
        names = [row.entity.name for row in rows]
        counts = [count(row) for row in rows] if count else None
        descending = order == Qt.SortOrder.DescendingOrder
        return [rows[p] for p in sorted_positions(names, counts, descending, self._collator)]

    def _filter(self) -> None:
        """Choose the shown rows from the sorted ones and index where each shown entity is."""
        if self._query:
            keys = self._keys()
            accepts = matcher(self._query)
            self._shown = [[row for row in rows if accepts(keys[row.entity.id])] for rows in self._sorted]
        else:
            self._shown = self._sorted
        self._where = {
            row.entity.id: (group, position)
            for group, rows in enumerate(self._shown)
            for position, row in enumerate(rows)
        }

    def _keys(self) -> dict[str, str]:
        """Search keys of every entity, made once per snapshot when a filter first needs them."""
        if self._search_keys is None:
            self._search_keys = {row.entity.id: row.search_key() for rows in self._text_order for row in rows}
        return self._search_keys

    # --- Queries -----------------------------------------------------------------

    def article_count(self) -> int:
        """How many articles the shown briefing has (the articles column means something from two)."""
        return self._articles

    def has_events(self) -> bool:
        """Whether the extraction has events at all (else event counts mean nothing)."""
        return self._has_events

    def shown_count(self) -> int:
        """How many entities pass the filter."""
        return len(self._where)

    def set_highlighted(self, entity_ids: set[str]) -> None:
        """Mark ``entity_ids`` (unknown IDs are ignored; hidden ones show marked when the filter lets them through)."""
        new = set(entity_ids) & self._ids
        changed = new ^ self._highlighted
        self._highlighted = new
        roles = [EntityRole.HIGHLIGHTED, Qt.ItemDataRole.FontRole, Qt.ItemDataRole.BackgroundRole]
        for entity_id in changed:
            first = self.index_of(entity_id)
            if first.isValid():
                self.dataChanged.emit(first, first.siblingAtColumn(_COLUMNS - 1), roles)

    def highlighted(self) -> set[str]:
        """IDs currently highlighted."""
        return set(self._highlighted)

    def index_of(self, entity_id: str) -> QModelIndex:
        """The column-0 index of ``entity_id`` (invalid if unknown or filtered out)."""
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
        figures = [[count(row) for row in rows] for rows in self._shown]
        most = max((max(group) for group in figures if group), default=0)
        least = 10 ** (len(str(most)) - 1)  # the smallest figure with as many digits
        found: dict[int, tuple[int, int]] = {}  # figure -> (group row, row)
        for group, values in enumerate(figures):
            for position, figure in enumerate(values):
                if figure >= least:
                    found.setdefault(figure, (group, position))
        return [self.createIndex(position, column, group + 1) for group, position in found.values()]

    def group_index(self, kind: EntityType) -> QModelIndex:
        """The index of the group row for ``kind``."""
        return self.createIndex(GROUPS.index(kind), 0, _GROUP_ID)

    def row_at(self, index: Index) -> EntityRow | None:
        """The entity row at ``index`` (``None`` for groups and invalid indexes)."""
        internal = index.internalId()  # 0 for groups and invalid indexes
        return self._shown[internal - 1][index.row()] if internal else None

    def retranslate(self) -> None:
        """Re-emit every translated text (after a language change)."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, _COLUMNS - 1)
        self._emit_all([Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, EntityRole.NAME])

    def refresh_palette(self) -> None:
        """Re-emit palette-dependent data (icons, highlight colour) after a theme change."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, _COLUMNS - 1)
        self._emit_all([Qt.ItemDataRole.DecorationRole, Qt.ItemDataRole.BackgroundRole])

    def _emit_all(self, roles: list[Any]) -> None:
        last = _COLUMNS - 1
        self.dataChanged.emit(self.index(0, 0), self.index(_GROUP_COUNT - 1, last), roles)
        for group, rows in enumerate(self._shown):
            if rows:
                parent = self.index(group, 0)
                self.dataChanged.emit(self.index(0, 0, parent), self.index(len(rows) - 1, last, parent), roles)

    # --- QAbstractItemModel --------------------------------------------------------
    # A view calls index() once and flags() twice for every row it lays out: these
    # check bounds themselves (hasIndex() would call rowCount() and columnCount()
    # back in Python) and use only ints and constants.

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:
        if not 0 <= column < _COLUMNS:
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, _GROUP_ID) if 0 <= row < _GROUP_COUNT else QModelIndex()
        if parent.internalId() != _GROUP_ID or parent.column() != 0:
            return QModelIndex()
        group = parent.row()
        if 0 <= row < len(self._shown[group]):
            return self.createIndex(row, column, group + 1)
        return QModelIndex()

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]
        internal = index.internalId()  # 0 for groups and invalid indexes
        return self.createIndex(internal - 1, 0, _GROUP_ID) if internal else QModelIndex()

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        if not parent.isValid():
            return _GROUP_COUNT
        if parent.internalId() != _GROUP_ID or parent.column() != 0:
            return 0
        return len(self._shown[parent.row()])

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return _COLUMNS

    def flags(self, index: Index) -> Qt.ItemFlag:
        if index.internalId():
            return _ENTITY_FLAGS
        return _GROUP_FLAGS if index.isValid() else _NO_FLAGS

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
        row = self.row_at(index)
        if row is not None:
            return self._entity_data(row, index.column(), role)
        return self._group_data(index, role) if index.isValid() else None

    def _group_data(self, index: Index, role: int) -> Any:
        kind = GROUPS[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole and column == Column.NAME:
            # All entities of the type, as before filtering: the title does not change while typing.
            return f"{_tr(GROUP_TITLES[kind])} ({len(self._sorted[index.row()])})"
        if role == Qt.ItemDataRole.FontRole and column == Column.NAME:
            return _bold_font()
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

    def _entity_data(self, row: EntityRow, column: int, role: int) -> Any:
        # Roles compared as plain ints: a view asks each visible cell for about eight
        # roles at every paint, and reading a Qt or IntEnum member runs Python code.
        if role == _DISPLAY:
            if column == _NAME_COLUMN:
                return row.entity.name
            if column == _EVENTS_COLUMN:
                return row.events if self._has_events else None
            return row.articles if column == _ARTICLES_COLUMN else row.mentions
        if role == _ALIGNMENT:
            return None if column == _NAME_COLUMN else _COUNT_ALIGNMENT
        if role == _TOOLTIP:
            return self._tooltip(row)
        if role == _FONT:
            return _bold_font() if row.entity.id in self._highlighted else None
        if role == _BACKGROUND:
            return _highlight_colour() if row.entity.id in self._highlighted else None
        if column != _NAME_COLUMN:
            return None
        if role == _DECORATION:
            return icon(TYPE_ICONS[row.kind])
        value = _ENTITY_ROLES.get(role)
        return None if value is None else value(self, row)

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
