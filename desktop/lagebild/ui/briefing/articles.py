"""The briefing's articles as a list: number, title, publication date, grade, events.

:class:`ArticleListModel` adapts the snapshot's :class:`ArticleInfo` rows;
:class:`ArticlesPanel` shows them, follows the shown article and asks (by
signal) to show, grade or remove one.  The numbers are the lane names of the
timeline, so the list doubles as its legend.
"""

from __future__ import annotations

from enum import IntEnum
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QMenu,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from lagebild.core.wording import long_date

if TYPE_CHECKING:
    from lagebild.core.snapshot import ArticleInfo, BriefingSnapshot

Index = QModelIndex | QPersistentModelIndex
_CONTEXT = "ArticleListModel"
KEY_ROLE = int(Qt.ItemDataRole.UserRole) + 1
# Combined once: the view asks every row for its flags when it lays out, and
# combining Qt enums runs Python code.
_ROW_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren


class Column(IntEnum):
    TITLE = 0
    PUBLISHED = 1
    GRADE = 2
    EVENTS = 3


_HEADERS = {
    Column.TITLE: QT_TRANSLATE_NOOP("ArticleListModel", "Article"),
    Column.PUBLISHED: QT_TRANSLATE_NOOP("ArticleListModel", "Published"),
    Column.GRADE: QT_TRANSLATE_NOOP("ArticleListModel", "Grade"),
    Column.EVENTS: QT_TRANSLATE_NOOP("ArticleListModel", "Events"),
}


class ArticleListModel(QAbstractTableModel):
    """One row per article of the snapshot, in briefing order."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[ArticleInfo, int]] = []

    def set_snapshot(self, snapshot: BriefingSnapshot | None) -> None:
        self.beginResetModel()
        self._rows = (
            [(info, len(snapshot.articles[key].events)) for key, info in snapshot.infos.items()] if snapshot else []
        )
        self.endResetModel()

    def row_of(self, key: str | None) -> int | None:
        return next((n for n, (info, _) in enumerate(self._rows) if info.key == key), None)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt API
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt API
        return 0 if parent.isValid() else len(Column)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(Column):
            return QCoreApplication.translate(_CONTEXT, _HEADERS[Column(section)])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        info, events = self._rows[index.row()]
        column = Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            if column is Column.TITLE:
                return f"{info.number}. {info.title}"
            if column is Column.PUBLISHED:
                return info.published.strftime("%d.%m.%Y") if info.published else "–"
            if column is Column.GRADE:
                return info.reliability
            return events
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [info.title]
            if info.source:
                lines.append(info.source)
            if info.published:
                lines.append(QCoreApplication.translate("ArticleListModel", "Published {0}").format(long_date(info.published)))
            lines.append(QCoreApplication.translate("ArticleListModel", "Reliability {0}").format(info.reliability))
            if info.path:
                lines.append(info.path)
            return "\n".join(lines)
        if role == Qt.ItemDataRole.TextAlignmentRole and column is not Column.TITLE:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        if role == KEY_ROLE:
            return info.key
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return _ROW_FLAGS


class ArticlesPanel(QWidget):
    """The article list; choosing a row shows that article."""

    article_activated = Signal(str)
    grade_requested = Signal(str)
    remove_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = ArticleListModel(self)
        self.view = QTreeView(self)
        self.view.setObjectName("articleList")
        self.view.setModel(self.model)
        self.view.setRootIsDecorated(False)
        self.view.setUniformRowHeights(True)
        self.view.setAllColumnsShowFocus(True)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header = self.view.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(Column.TITLE, QHeaderView.ResizeMode.Stretch)
        # Widths from the font, not from every row's contents (a briefing may hold hundreds).
        metrics = self.fontMetrics()
        for column, sample in ((Column.PUBLISHED, "00.00.0000"), (Column.GRADE, "Grade"), (Column.EVENTS, "Events")):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
            header.resizeSection(column, metrics.horizontalAdvance(sample) + 24)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        self._following = False
        self.view.selectionModel().currentRowChanged.connect(self._on_current_changed)
        self.view.customContextMenuRequested.connect(self._context_menu)

    def set_snapshot(self, snapshot: BriefingSnapshot | None) -> None:
        self._following = True
        try:
            self.model.set_snapshot(snapshot)
        finally:
            self._following = False

    def select(self, key: str | None) -> None:
        """Show ``key`` as the current article (no signal)."""
        row = self.model.row_of(key)
        self._following = True
        try:
            if row is None:
                self.view.selectionModel().clearSelection()
                return
            index = self.model.index(row, 0)
            flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
            self.view.selectionModel().setCurrentIndex(index, flags)
            self.view.scrollTo(index)
        finally:
            self._following = False

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not self._following and current.isValid():
            self.article_activated.emit(current.data(KEY_ROLE))

    def _context_menu(self, position: QPoint) -> None:
        index = self.view.indexAt(position)
        if not index.isValid():
            return
        key = index.data(KEY_ROLE)
        menu = QMenu(self)
        menu.addAction(self.tr("Set &Reliability…"), lambda: self.grade_requested.emit(key))
        menu.addAction(self.tr("&Remove from Briefing"), lambda: self.remove_requested.emit(key))
        menu.exec(self.view.viewport().mapToGlobal(position))
