"""EventTable: the keyboard-friendly twin of the timeline.

A sortable ``QTableView`` over :class:`EventTableModel`; choosing a row emits
:attr:`EventTable.event_activated`, and :meth:`EventTable.select` follows the
selection controller without emitting anything.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QByteArray,
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from lagebild.core.model import Extraction
from lagebild.ui.events.model import Column, EventRole, EventSortProxy, EventTableModel

if TYPE_CHECKING:
    from lagebild.core.snapshot import BriefingSnapshot


class EventTable(QTableView):
    """The briefing's events (one row per occurrence), sorted by date by default."""

    event_activated = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.events = EventTableModel(self)
        self.proxy = EventSortProxy(self)
        self.proxy.setSourceModel(self.events)
        self.setModel(self.proxy)
        self.setObjectName("eventTable")
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSortingEnabled(True)
        self.sortByColumn(Column.DATE, Qt.SortOrder.AscendingOrder)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.verticalHeader().hide()
        # One line per row, sized from the font: measuring every row's contents
        # (ResizeToContents) asks the model for thousands of cells in a large briefing.
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.horizontalHeader()
        header.setHighlightSections(False)
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in ((Column.DATE, 150), (Column.LABEL, 300), (Column.PARTICIPANTS, 220), (Column.SENTENCE, 420)):
            header.resizeSection(column, width)
        self._following = False
        self.selectionModel().currentRowChanged.connect(self._on_current_changed)

    def set_extraction(self, extraction: Extraction | None) -> None:
        """Show the events of ``extraction``."""
        self._following = True
        try:
            self.events.set_extraction(extraction)
        finally:
            self._following = False

    def set_snapshot(self, snapshot: BriefingSnapshot | None) -> None:
        """Show one row per event group of ``snapshot``."""
        self._following = True
        try:
            self.events.set_snapshot(snapshot)
        finally:
            self._following = False
        self.setColumnHidden(Column.SOURCE, snapshot is None or len(snapshot) < 2)  # one article: says nothing

    def set_emphasis(self, event_ids: set[str] | None) -> None:
        """Emphasise these events, dim the others (``None``: all normal)."""
        self.events.set_emphasis(event_ids)

    def select(self, event_id: str | None) -> None:
        """Show ``event_id`` as the current row (no signal)."""
        row = self.events.row_of(event_id) if event_id else None
        self._following = True
        try:
            if row is None:
                self.selectionModel().clearSelection()
                self.selectionModel().setCurrentIndex(QModelIndex(), QItemSelectionModel.SelectionFlag.NoUpdate)
                return
            index = self.proxy.mapFromSource(self.events.index(row, Column.DATE))
            flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
            self.selectionModel().setCurrentIndex(index, flags)
            self.scrollTo(index)
        finally:
            self._following = False

    def save_header(self) -> QByteArray:
        return self.horizontalHeader().saveState()

    def restore_header(self, state: QByteArray) -> None:
        if not state.isEmpty():
            self.horizontalHeader().restoreState(state)

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._following or not current.isValid():
            return
        event_id = current.data(EventRole.ID)
        if event_id:
            self.event_activated.emit(event_id)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.PaletteChange:
            self.events.refresh_palette()
        elif event.type() == QEvent.Type.LanguageChange:
            self.events.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(Column) - 1)
        super().changeEvent(event)
