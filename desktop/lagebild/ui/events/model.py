"""EventTableModel: a briefing's events as rows, and the proxy that sorts them.

One row per event group (the same occurrence reported by several articles is
one row, "2 sources", led by the most reliable one).  Columns: date, label,
participants, source sentence, source.  A group whose sources give dates that
cannot both be true is flagged with a warning icon and tooltip.  The model
only adapts a core :class:`~lagebild.core.snapshot.BriefingSnapshot`; sorting happens in
:class:`EventSortProxy` on :attr:`EventRole.SORT_KEY` (chronological for the
date column).  When an entity is selected, the rows of its events are
emphasised and the others dimmed.
"""

from __future__ import annotations

from enum import IntEnum
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QFont, QGuiApplication, QPalette

from lagebild.core.chronology import chronological_key
from lagebild.core.model import Extraction
from lagebild.ui.events.dates import DateView, describe_date, sort_text
from lagebild.ui.timeline.entry import Precision

if TYPE_CHECKING:
    from lagebild.core.crossref import EventGroup
    from lagebild.core.snapshot import BriefingSnapshot

Index = QModelIndex | QPersistentModelIndex
_CONTEXT = "EventTableModel"


class Column(IntEnum):
    """Columns of :class:`EventTableModel`."""

    DATE = 0
    LABEL = 1
    PARTICIPANTS = 2
    SENTENCE = 3
    SOURCE = 4


class EventRole(IntEnum):
    """Custom data roles (served by every column)."""

    ID = int(Qt.ItemDataRole.UserRole) + 1  # event ID (str)
    SORT_KEY = ID + 1  # str sorting like the column's meaning (chronological for dates)
    PRECISION = ID + 2  # Precision | None
    EMPHASISED = ID + 3  # bool: belongs to the selected entity (True for all without one)
    SOURCES = ID + 4  # int: how many articles report the event
    CONTRADICTION = ID + 5  # bool: the sources disagree on the date


_HEADERS = {
    Column.DATE: QT_TRANSLATE_NOOP("EventTableModel", "Date"),
    Column.LABEL: QT_TRANSLATE_NOOP("EventTableModel", "Event"),
    Column.PARTICIPANTS: QT_TRANSLATE_NOOP("EventTableModel", "Participants"),
    Column.SENTENCE: QT_TRANSLATE_NOOP("EventTableModel", "Source sentence"),
    Column.SOURCE: QT_TRANSLATE_NOOP("EventTableModel", "Source"),
}


class _Row:
    """One event group as a row; its display texts are made when first shown.

    A large briefing has thousands of rows of which a screenful is seen: the
    texts (dates in words, participant names, the sentence) are computed
    on demand and kept.
    """

    __slots__ = ("snapshot", "group", "key", "event", "_view", "_texts")

    def __init__(self, snapshot: BriefingSnapshot, group: EventGroup) -> None:
        self.snapshot = snapshot
        self.group = group
        self.key, self.event = group.members[0]
        self._view: DateView | None = None
        self._texts: dict[Column, str] | None = None

    @property
    def sources(self) -> int:
        return len(self.group.sources)

    @property
    def contradiction(self) -> bool:
        return self.group.contradiction

    @property
    def note(self) -> str:
        return self.snapshot.note(self.event.id)

    @property
    def precision(self) -> Precision | None:
        return self.view().precision

    @property
    def chronological(self) -> str:
        return sort_text(self.event)

    def view(self) -> DateView:
        if self._view is None:
            event = self.event
            language = self.snapshot.articles[self.key].article.language or "de"
            self._view = describe_date(event.date, event.earliest, event.latest, language)
        return self._view

    def text(self, column: Column) -> str:
        if self._texts is None:
            self._texts = _texts(self)
        return self._texts[column]


class EventTableModel(QAbstractTableModel):
    """Table of an extraction's events (reading order; sort through the proxy)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[_Row] = []
        self._row_of: dict[str, int] = {}
        self._emphasis: set[str] | None = None
        self._order: tuple[int, Qt.SortOrder] | None = None  # the last sort asked for

    def set_extraction(self, extraction: Extraction | None) -> None:
        """Show the events of one article (``None`` empties the table)."""
        from lagebild.core.snapshot import BriefingSnapshot

        self.set_snapshot(BriefingSnapshot.of(extraction) if extraction is not None else None)

    def set_snapshot(self, snapshot: BriefingSnapshot | None) -> None:
        """Show one row per event group of ``snapshot`` (``None`` empties the table)."""
        self.beginResetModel()
        self._rows = [_Row(snapshot, group) for group in snapshot.groups] if snapshot else []
        if self._order is not None:
            self._sort_rows(*self._order)
        self._row_of = {row.event.id: i for i, row in enumerate(self._rows)}
        self._emphasis = None
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort rows by ``column``: dates in time, texts alphabetically (then in time).

        The model sorts itself, with keys computed in Python once per row,
        rather than letting a proxy compare thousands of rows through
        ``data()`` calls.
        """
        self._order = (column, order)
        if not self._rows:
            return
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        held = [(index, self._rows[index.row()].event.id) for index in persistent if index.isValid()]
        self._sort_rows(column, order)
        self._row_of = {row.event.id: i for i, row in enumerate(self._rows)}
        for index, event_id in held:
            self.changePersistentIndex(index, self.index(self._row_of[event_id], index.column()))
        self.layoutChanged.emit()

    def _sort_rows(self, column: int, order: Qt.SortOrder) -> None:
        if column == Column.DATE or not 0 <= column < len(Column):
            self._rows.sort(key=lambda row: chronological_key(row.event))
        else:
            self._rows.sort(key=lambda row: (row.text(Column(column)).casefold(), chronological_key(row.event)))
        if order == Qt.SortOrder.DescendingOrder:
            self._rows.reverse()

    def set_emphasis(self, event_ids: set[str] | None) -> None:
        """Emphasise these events and dim the rest (``None``: all normal)."""
        if event_ids == self._emphasis:
            return
        self._emphasis = set(event_ids) if event_ids is not None else None
        if self._rows:
            self.dataChanged.emit(
                self.index(0, 0),
                self.index(len(self._rows) - 1, len(Column) - 1),
                [Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.FontRole, EventRole.EMPHASISED],
            )

    def row_of(self, event_id: str) -> int | None:
        """The model row showing ``event_id``."""
        return self._row_of.get(event_id)

    def event_id(self, row: int) -> str:
        return self._rows[row].event.id

    # --- QAbstractTableModel ------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else len(Column)

    def headerData(  # noqa: N802 - Qt API
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal and 0 <= section < len(Column)
        if horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate(_CONTEXT, _HEADERS[Column(section)])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = Column(index.column())
        emphasised = self._emphasis is None or row.event.id in self._emphasis
        if role == Qt.ItemDataRole.DisplayRole:
            return _text(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return _tooltip(row, column)
        if role == Qt.ItemDataRole.DecorationRole:
            from lagebild.ui.icons import icon  # qtawesome: not before the first paint

            if column is Column.DATE and row.contradiction:
                return icon("contradiction")
            if column is Column.LABEL and row.note:
                return icon("note")
            return None
        if role == Qt.ItemDataRole.ForegroundRole:
            if emphasised:
                return None
            return QGuiApplication.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        if role == Qt.ItemDataRole.FontRole:
            if self._emphasis is None or not emphasised:
                return None
            font = QFont()
            font.setBold(True)
            return font
        if role == EventRole.ID:
            return row.event.id
        if role == EventRole.SORT_KEY:
            return row.chronological if column is Column.DATE else _text(row, column).casefold()
        if role == EventRole.PRECISION:
            return row.precision
        if role == EventRole.EMPHASISED:
            return emphasised
        if role == EventRole.SOURCES:
            return row.sources
        if role == EventRole.CONTRADICTION:
            return row.contradiction
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def refresh_palette(self) -> None:
        """Re-emit colours after a theme change."""
        if self._emphasis is not None and self._rows:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._rows) - 1, len(Column) - 1), [Qt.ItemDataRole.ForegroundRole]
            )


class EventSortProxy(QSortFilterProxyModel):
    """Passes sorting on to :class:`EventTableModel` (fast for thousands of rows) and keeps its order."""

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        source = self.sourceModel()
        if isinstance(source, EventTableModel):
            source.sort(column, order)
        else:
            super().sort(column, order)


def _texts(row: _Row) -> dict[Column, str]:
    snapshot, event = row.snapshot, row.event
    extraction = snapshot.articles[row.key]
    leads = dict.fromkeys(snapshot.lead_entity(entity_id) for entity_id in event.entities)
    names = [entity.name for entity_id in leads if (entity := snapshot.entity(entity_id))]
    sentences = extraction.sentences
    sentence = ""
    if 0 <= event.sentence < len(sentences):
        span = sentences[event.sentence]
        sentence = " ".join(extraction.article.text[span.start : span.end].split())
    if row.sources > 1:
        source = sources_text(row.sources)
    else:
        info = snapshot.infos[row.key]
        source = f"{info.title} ({info.reliability})"
    return {
        Column.DATE: row.view().text,
        Column.LABEL: event.label,
        Column.PARTICIPANTS: ", ".join(names),
        Column.SENTENCE: sentence,
        Column.SOURCE: source,
    }


def sources_text(count: int) -> str:
    """ "2 sources" in the UI language (always two or more)."""
    return QCoreApplication.translate("EventTableModel", "{0} sources").format(count)


def _text(row: _Row, column: Column) -> str:
    return row.text(column)


def _tooltip(row: _Row, column: Column) -> str:
    if column is Column.DATE:
        if row.contradiction:
            return QCoreApplication.translate("EventTableModel", "The sources disagree on the date: {0}").format(" / ".join(row.group.dates))
        return row.event.date
    if column is Column.LABEL and row.note:
        return QCoreApplication.translate("EventTableModel", "Note: {0}").format(row.note)
    return _text(row, column)
