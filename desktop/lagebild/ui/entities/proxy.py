"""EntityFilterProxy: filter the entity tree, and pass sorting on to the model.

Filtering is recursive: a group row shows exactly when at least one of its
entities passes, so empty groups disappear and a filter that matches nothing in
a group hides the whole group.  Matching ignores case and umlauts (see
:mod:`lagebild.ui.entities.folding`) and also looks at the surface forms of the
mentions ("Russlands", "nordkoreanische").

Sorting is the model's (:meth:`EntityTreeModel.sort`, see
:mod:`lagebild.ui.entities.ordering`): groups keep their fixed order (persons,
organisations, places, other) whatever the sort column and order; entities
sort by name (German collation) or by a count, ties broken by name.  The proxy
keeps the model's order.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from lagebild.ui.entities.folding import matches
from lagebild.ui.entities.model import EntityRole

Index = QModelIndex | QPersistentModelIndex


class EntityFilterProxy(QSortFilterProxyModel):
    """Filter text over an :class:`EntityTreeModel`, which sorts itself."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._query = ""
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

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort the model: it makes each row's keys once, where a proxy would compare rows through ``data()``."""
        model = self.sourceModel()
        if model is not None:
            model.sort(column, order)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        if not source_parent.isValid():
            return False  # a group shows through its entities (recursive filtering)
        if not self._query:
            return True
        model = self.sourceModel()
        key = model.data(model.index(source_row, 0, source_parent), EntityRole.SEARCH_KEY)
        return key is not None and matches(self._query, key)
