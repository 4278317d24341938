"""Full-text search over every article of the briefing; a result jumps to its sentence.

The FTS5 index (:class:`lagebild.core.search.SearchIndex`) is built on the
first search after the briefing changed, not on every edit.
"""

from __future__ import annotations

import html
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import QLabel, QLineEdit, QListView, QVBoxLayout, QWidget

if TYPE_CHECKING:
    from lagebild.core.search import SearchHit, SearchIndex
    from lagebild.core.snapshot import BriefingSnapshot

Index = QModelIndex | QPersistentModelIndex
HIT_ROLE = int(Qt.ItemDataRole.UserRole) + 1
MAX_HITS = 200


class SearchHitModel(QAbstractListModel):
    """Search results: snippet (matches in bold) and the article's number."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._hits: list[SearchHit] = []
        self._numbers: dict[str, int] = {}

    def set_hits(self, hits: list[SearchHit], numbers: dict[str, int]) -> None:
        self.beginResetModel()
        self._hits, self._numbers = hits, numbers
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt API
        return 0 if parent.isValid() else len(self._hits)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._hits):
            return None
        hit = self._hits[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{self._numbers.get(hit.article, '?')}: {hit.snippet}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return _marked(hit)
        if role == HIT_ROLE:
            return hit
        return None


def _marked(hit: SearchHit) -> str:
    parts, position = [], 0
    for start, end in hit.snippet_marks:
        parts.append(html.escape(hit.snippet[position:start]))
        parts.append(f"<b>{html.escape(hit.snippet[start:end])}</b>")
        position = end
    parts.append(html.escape(hit.snippet[position:]))
    return "".join(parts)


class SearchPanel(QWidget):
    """A search field over the briefing's sentences and the hits below it."""

    hit_activated = Signal(str, int, int)  # article key, start, end of the sentence

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = QLineEdit(self)
        self.field.setObjectName("searchField")
        self.field.setClearButtonEnabled(True)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.model = SearchHitModel(self)
        self.results = QListView(self)
        self.results.setObjectName("searchResults")
        self.results.setModel(self.model)
        self.results.setWordWrap(True)
        self.results.setUniformItemSizes(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.field)
        layout.addWidget(self.status)
        layout.addWidget(self.results, 1)
        self._snapshot: BriefingSnapshot | None = None
        self._index: SearchIndex | None = None
        self._delay = QTimer(self, singleShot=True, interval=200)
        self._delay.timeout.connect(self.run)
        self.field.textChanged.connect(lambda _text: self._delay.start())
        self.field.returnPressed.connect(self.run)
        self.results.activated.connect(self._activate)
        self.results.clicked.connect(self._activate)
        self.retranslate()

    def set_snapshot(self, snapshot: BriefingSnapshot | None) -> None:
        """Search this briefing from now on (the index is rebuilt when next needed)."""
        self._snapshot = snapshot
        if self._index is not None:
            self._index.close()
            self._index = None
        if self.field.text().strip():
            self._delay.start()

    def focus(self) -> None:
        self.field.setFocus()
        self.field.selectAll()

    def run(self) -> None:
        """Search for the field's text now."""
        self._delay.stop()
        query = self.field.text()
        if self._snapshot is None or not query.strip():
            self.model.set_hits([], {})
            self.status.clear()
            return
        from lagebild.core.search import SearchIndex, SearchQueryError  # sqlite3: only when searching

        if self._index is None:
            self._index = SearchIndex.of(self._snapshot.articles.values())
        try:
            hits = self._index.search(query, MAX_HITS)
        except SearchQueryError as error:
            self.model.set_hits([], {})
            self.status.setText(str(error))
            return
        numbers = {key: info.number for key, info in self._snapshot.infos.items()}
        self.model.set_hits(hits, numbers)
        if not hits:
            self.status.setText(self.tr("Nothing found."))
        elif len(hits) >= MAX_HITS:
            self.status.setText(self.tr("The first %n sentences found.", "", len(hits)))
        else:
            self.status.setText(self.tr("1 sentence found.") if len(hits) == 1 else self.tr("%n sentences found.", "", len(hits)))

    def _activate(self, index: QModelIndex) -> None:
        hit = index.data(HIT_ROLE)
        if hit is not None:
            self.hit_activated.emit(hit.article, hit.start, hit.end)

    def retranslate(self) -> None:
        self.field.setPlaceholderText(self.tr("Search all articles…"))
