"""EntityFilterProxy: filter and sort the entity tree.

Filtering is recursive: a group row shows exactly when at least one of its
entities passes, so empty groups disappear and a filter that matches nothing in
a group hides the whole group.  Matching ignores case and umlauts (see
:mod:`lagebild.ui.entities.folding`) and also looks at the surface forms of the
mentions ("Russlands", "nordkoreanische").

Groups keep their fixed order (persons, organisations, places, other) whatever
the sort column and order; entities sort by name (German collation) or by a
count, ties broken by name.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QCollator,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from lagebild.ui.entities.folding import matches
from lagebild.ui.entities.model import Column, EntityRole

Index = QModelIndex | QPersistentModelIndex

_COUNT_ROLES: dict[int, EntityRole] = {
    Column.MENTIONS: EntityRole.MENTIONS,
    Column.EVENTS: EntityRole.EVENTS,
    Column.ARTICLES: EntityRole.ARTICLES,
}


class EntityFilterProxy(QSortFilterProxyModel):
    """Filter text and sorting over an :class:`EntityTreeModel`."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._query = ""
        self._collator = QCollator(QLocale(QLocale.Language.German, QLocale.Country.Germany))
        self._collator.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self._collator.setNumericMode(True)
        self.setRecursiveFilteringEnabled(True)
        self.setDynamicSortFilter(True)

    def filter_text(self) -> str:
        """The current filter text."""
        return self._query

    def set_filter_text(self, text: str) -> None:
        """Show only entities whose name or mention forms contain every word of ``text``."""
        query = " ".join(text.split())
        if query == self._query:
            return
        if not hasattr(self, "beginFilterChange"):  # Qt < 6.9
            self._query = query
            self.invalidateRowsFilter()
            return
        self.beginFilterChange()
        self._query = query
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        if not source_parent.isValid():
            return False  # a group shows through its entities (recursive filtering)
        model = self.sourceModel()
        key = model.data(model.index(source_row, 0, source_parent), EntityRole.SEARCH_KEY)
        return not self._query or (key is not None and matches(self._query, key))

    def lessThan(self, left: Index, right: Index) -> bool:
        ascending = self.sortOrder() == Qt.SortOrder.AscendingOrder
        if not left.parent().isValid():
            # Group rows: fixed order, so undo the reversal a descending sort applies.
            return (left.row() < right.row()) == ascending
        role = _COUNT_ROLES.get(left.column())
        if role is not None:
            a, b = left.siblingAtColumn(0).data(role), right.siblingAtColumn(0).data(role)
            if a != b:
                return a < b
        by_name = self._compare_names(left, right)
        # Ties on a count keep names A-Z in either order; the name column sorts plainly.
        if role is not None and not ascending:
            return by_name > 0
        return by_name < 0

    def _compare_names(self, left: Index, right: Index) -> int:
        a = left.siblingAtColumn(0).data(EntityRole.NAME) or ""
        b = right.siblingAtColumn(0).data(EntityRole.NAME) or ""
        return self._collator.compare(a, b)
