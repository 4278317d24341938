"""EntityPanel: filter field, sort choice and the grouped entity tree.

The panel reports what the user activates (``entity_activated``: click or
Enter) and otherwise only reacts: the selection controller calls
:meth:`EntityPanel.select` and :meth:`EntityPanel.set_highlighted`, neither of
which emits anything.

Keyboard: in the filter field Down moves into the list, Enter activates the
first match, Escape clears the filter; in the list Enter activates the current
entity.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QStyleOptionViewItem,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from lagebild.core.model import Extraction
from lagebild.core.snapshot import BriefingSnapshot
from lagebild.ui.entities.model import GROUPS, Column, EntityRole, EntityTreeModel
from lagebild.ui.icons import icon

_ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
_COUNT_COLUMNS = (Column.MENTIONS, Column.EVENTS, Column.ARTICLES)
# Sort choices: column and the order that makes sense for it.
_SORTS: tuple[tuple[Column, Qt.SortOrder], ...] = (
    (Column.NAME, Qt.SortOrder.AscendingOrder),
    (Column.MENTIONS, Qt.SortOrder.DescendingOrder),
    (Column.EVENTS, Qt.SortOrder.DescendingOrder),
)


class EntityTreeView(QTreeView):
    """The tree, with Enter reported as ``return_pressed`` (not Qt's ``activated``).

    Qt's ``activated`` also fires on double click, and on single click on some
    platforms; the panel wants one click path and one keyboard path.
    """

    return_pressed = Signal(QModelIndex)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in _ENTER_KEYS and self.currentIndex().isValid():
            self.return_pressed.emit(self.currentIndex())
            event.accept()
            return
        super().keyPressEvent(event)

    def width_for(self, index: QModelIndex) -> int:
        """The width the delegate asks for to show ``index``, in bold too (highlighted rows are bold)."""
        option = QStyleOptionViewItem()
        self.initViewItemOption(option)
        normal = self.itemDelegate().sizeHint(option, index).width()
        option.font = QFont(option.font)
        option.font.setBold(True)
        return max(normal, self.itemDelegate().sizeHint(option, index).width())


class EntityPanel(QWidget):
    """The entity list of the viewer (see module docstring)."""

    entity_activated = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._selected: str | None = None
        self._extraction_loaded = False

        self._model = EntityTreeModel(self)  # sorts and filters itself: no proxy between it and the view

        self._filter = QLineEdit(self)
        self._filter.setObjectName("entityFilter")
        self._filter.setClearButtonEnabled(True)
        self._search_action = self._filter.addAction(
            icon("search"), QLineEdit.ActionPosition.LeadingPosition
        )
        self._filter.installEventFilter(self)

        self._sort = QComboBox(self)
        self._sort.setObjectName("entitySort")
        for _ in _SORTS:
            self._sort.addItem("")

        self._view = EntityTreeView(self)
        self._view.setObjectName("entityTree")
        self._view.setModel(self._model)
        self._view.setUniformRowHeights(True)
        self._view.setAllColumnsShowFocus(True)
        self._view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self._view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self._view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self._view.setSortingEnabled(True)
        header = self._view.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(Column.NAME, QHeaderView.ResizeMode.Stretch)
        # Sized for their widest figure by _fit_count_columns: resizing to contents
        # asks for the size of up to a thousand rows at every layout.
        for column in _COUNT_COLUMNS:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)

        self._empty = QLabel(self)
        self._empty.setObjectName("emptyState")
        self._empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._empty.setWordWrap(True)
        self._empty.setEnabled(False)  # greyed, in either palette

        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self._filter, 1)
        top.addWidget(self._sort)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self._view, 1)
        layout.addWidget(self._empty)

        self._filter.textChanged.connect(self._on_filter_changed)
        self._sort.currentIndexChanged.connect(self._on_sort_chosen)
        header.sortIndicatorChanged.connect(self._on_sort_indicator)
        self._view.selectionModel().selectionChanged.connect(self._on_user_selection)
        self._view.clicked.connect(self._activate)
        self._view.return_pressed.connect(self._activate)

        self._retranslate()
        self._sort.setCurrentIndex(1)  # mentions, most first
        self._on_sort_chosen(1)
        self._fit_count_columns()
        self._refresh_shape()

    # --- Public API ------------------------------------------------------------------

    def set_extraction(self, extraction: Extraction | None) -> None:
        """Show the entities of one article (``None`` empties the list)."""
        self.set_snapshot(BriefingSnapshot.of(extraction) if extraction is not None else None)

    def set_snapshot(self, snapshot: BriefingSnapshot | None) -> None:
        """Show the merged entities of a briefing (``None`` empties the list)."""
        self._extraction_loaded = snapshot is not None
        self._model.set_snapshot(snapshot)
        self._view.setColumnHidden(Column.EVENTS, not self._model.has_events())
        self._view.setColumnHidden(Column.ARTICLES, self._model.article_count() < 2)
        self._fit_count_columns()
        if self._selected is not None and not self._model.index_of(self._selected).isValid():
            self._selected = None
        self._refresh_shape()

    def select(self, entity_id: str | None) -> None:
        """Select ``entity_id`` in the list (``None``: clear); emits nothing."""
        self._selected = entity_id
        self._show_selection()

    def set_highlighted(self, entity_ids: set[str]) -> None:
        """Mark ``entity_ids`` (bold, accent background) without selecting them."""
        self._model.set_highlighted(entity_ids)

    def clear_filter(self) -> None:
        """Empty the filter field, showing every entity."""
        self._filter.clear()

    # --- Extras for the main window and tests ----------------------------------------

    def focus_filter(self) -> None:
        """Put the keyboard focus into the filter field, its text selected."""
        self._filter.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self._filter.selectAll()

    def filter_field(self) -> QLineEdit:
        """The filter field."""
        return self._filter

    def view(self) -> EntityTreeView:
        """The tree view."""
        return self._view

    def model(self) -> EntityTreeModel:
        """The model the view shows (it sorts and filters itself)."""
        return self._model

    # --- Reactions ---------------------------------------------------------------------

    def _activate(self, index: QModelIndex) -> None:
        entity_id = index.siblingAtColumn(0).data(EntityRole.ID)
        if entity_id is not None:
            self.entity_activated.emit(entity_id)

    def _on_user_selection(self) -> None:
        """Remember what the user selected, so filtering and reloading restore it.

        An empty selection (rows filtered away) is not remembered: the entity
        comes back selected when the filter lets it through again.
        """
        rows = self._view.selectionModel().selectedRows()
        if rows:
            self._selected = rows[0].data(EntityRole.ID)

    def _on_filter_changed(self, text: str) -> None:
        self._model.set_filter_text(text)
        self._refresh_shape()

    def _on_sort_chosen(self, position: int) -> None:
        if 0 <= position < len(_SORTS):
            column, order = _SORTS[position]
            self._view.sortByColumn(column, order)

    def _on_sort_indicator(self, column: int, _order: Qt.SortOrder) -> None:
        """Keep the sort choice in step when the user clicks a column header."""
        for position, (sort_column, _) in enumerate(_SORTS):
            if sort_column == column and self._sort.currentIndex() != position:
                self._sort.blockSignals(True)
                self._sort.setCurrentIndex(position)
                self._sort.blockSignals(False)

    def _fit_count_columns(self) -> None:
        """Make each count column as wide as its header or its widest figure, whichever is wider."""
        header = self._view.header()
        for column in _COUNT_COLUMNS:
            widths = [self._view.width_for(index) for index in self._model.widest(column)]
            header.resizeSection(column, max([header.sectionSizeHint(column), *widths]))

    def _refresh_shape(self) -> None:
        """Hide empty groups, expand the others, restore the selection, show or hide the empty-state note."""
        for group in range(len(GROUPS)):
            hidden = self._model.rowCount(self._model.index(group, 0)) == 0
            if self._view.isRowHidden(group, QModelIndex()) != hidden:
                self._view.setRowHidden(group, QModelIndex(), hidden)
        self._view.expandAll()  # after hiding: one layout of every row
        self._show_selection()
        empty = self._model.shown_count() == 0
        if not self._extraction_loaded:
            self._empty.setText(self.tr("No article open."))
        elif self._model.filter_text():
            self._empty.setText(self.tr("No entity matches the filter."))
        else:
            self._empty.setText(self.tr("No entities found in this article."))
        self._empty.setVisible(empty)

    def _show_selection(self) -> None:
        selection = self._view.selectionModel()
        index = QModelIndex()
        if self._selected is not None:
            index = self._model.index_of(self._selected)
        if not index.isValid():
            selection.clearSelection()
            return
        flags = (
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows
        )
        selection.setCurrentIndex(index, flags)
        self._view.scrollTo(index)

    def _first_entity(self) -> QModelIndex:
        for group in range(self._model.rowCount()):
            parent = self._model.index(group, 0)
            if self._model.rowCount(parent):
                return self._model.index(0, 0, parent)
        return QModelIndex()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is not self._filter:
            return super().eventFilter(watched, event)
        if event.type() == QEvent.Type.ShortcutOverride:
            # Escape clears a non-empty filter before any window-wide Escape shortcut.
            if event.key() == Qt.Key.Key_Escape and self._filter.text():  # type: ignore[attr-defined]
                event.accept()
                return True
        if event.type() == QEvent.Type.KeyPress:
            key = event.key()  # type: ignore[attr-defined]
            if key == Qt.Key.Key_Down:
                first = self._first_entity()
                if first.isValid():
                    self._view.setFocus(Qt.FocusReason.TabFocusReason)
                    self._view.setCurrentIndex(first)
                return True
            if key in _ENTER_KEYS:
                first = self._first_entity()
                if first.isValid():
                    self._activate(first)
                return True
            if key == Qt.Key.Key_Escape and self._filter.text():
                self.clear_filter()
                return True
        return super().eventFilter(watched, event)

    def changeEvent(self, event: QEvent) -> None:
        kind = event.type()
        if kind == QEvent.Type.LanguageChange:
            self._retranslate()
            self._model.retranslate()
            self._refresh_shape()
        elif kind in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange):
            self._search_action.setIcon(icon("search"))
            self._model.refresh_palette()
        super().changeEvent(event)
        if kind in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._fit_count_columns()

    def _retranslate(self) -> None:
        self._filter.setPlaceholderText(self.tr("Filter entities…"))
        self._filter.setToolTip(self.tr("Type part of a name; case and umlauts do not matter"))
        self._filter.setAccessibleName(self.tr("Filter entities"))
        labels = (self.tr("By name"), self.tr("By mentions"), self.tr("By events"))
        for position, label in enumerate(labels):
            self._sort.setItemText(position, label)
        self._sort.setAccessibleName(self.tr("Sort entities"))
        self._sort.setToolTip(self.tr("Sort entities"))
        self._view.setAccessibleName(self.tr("Entities"))
