"""ArticlePanel: the article's header and text, showing what the selection controller says.

The panel speaks the core's language (Python offsets, events, entities) to
the window and converts to Qt's UTF-16 positions at this one boundary.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QVBoxLayout, QWidget

from lagebild.core.model import Entity, Event, Extraction, Timex
from lagebild.ui.article.header import ArticleHeader
from lagebild.ui.article.marks import marks_for
from lagebild.ui.article.offsets import Utf16Offsets, qt_safe_text
from lagebild.ui.article.view import ArticleView, Highlight, Span

log = logging.getLogger(__name__)

MIN_ZOOM, MAX_ZOOM = -6, 20


class ArticlePanel(QWidget):
    """Header plus text of the shown article, with marks and highlights."""

    offset_clicked = Signal(int)  # Python offset into Article.text
    published_changed = Signal(object)  # date | None, as edited in the header

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.header = ArticleHeader(self)
        self.view = ArticleView(self)
        self.view.setObjectName("articleText")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.header)
        layout.addWidget(self.view, 1)

        self._base_font = QFont(self.view.font())
        self._base_font.setPointSizeF(self._base_font.pointSizeF() + 1.5)
        self._zoom = 0
        self.set_zoom(0)

        self._extraction: Extraction | None = None
        self._offsets = Utf16Offsets("")
        self._event: Event | None = None
        self._entity: Entity | None = None
        self._passage: Span | None = None
        self.header.published_changed.connect(self.published_changed)
        self.view.position_clicked.connect(self._on_position_clicked)

    # --- content ----------------------------------------------------------------

    def set_extraction(self, extraction: Extraction | None) -> None:
        """Show an extraction's article with its marks (clears highlights)."""
        self._extraction = extraction
        self._event = self._entity = None
        self._passage = None
        self.header.set_article(extraction.article if extraction else None)
        text = extraction.article.text if extraction else ""
        self._offsets = Utf16Offsets(text)
        self.view.set_article_text(qt_safe_text(text))
        units, shown = self._offsets.to_qt(len(text)), self.view.document().characterCount() - 1
        if shown != units:  # highlights would drift: say so in the log
            log.warning("article text changed length in Qt (%d → %d units)", units, shown)
        self.view.highlighter.set_marks(marks_for(extraction, self._offsets) if extraction else [])
        self.view.set_highlights({})

    def show_event(self, event: Event | None) -> None:
        """Highlight ``event``'s sentence and date expression and scroll to them."""
        self._event = event
        self._passage = None
        self._update_highlights()
        sentence = self._sentence_span()
        if sentence is not None:
            self.view.scroll_to(*sentence)

    def show_passage(self, start: int, end: int) -> None:
        """Highlight ``text[start:end]`` like an event's sentence and scroll to it (a search hit)."""
        self._event = None
        self._passage = self._offsets.span_to_qt(start, end)
        self._update_highlights()
        self.view.scroll_to(*self._passage)

    def selected_span(self) -> tuple[int, int]:
        """The selected text (or the cursor position, twice) as Python offsets."""
        cursor = self.view.textCursor()
        return self._offsets.to_python(cursor.selectionStart()), self._offsets.to_python(cursor.selectionEnd())

    def show_entity(self, entity: Entity | None) -> None:
        """Highlight every mention of ``entity`` (``None`` clears)."""
        self._entity = entity
        self._update_highlights()

    def highlighted_spans(self, kind: Highlight) -> list[tuple[int, int]]:
        """The highlighted ``kind`` spans as Python offsets (for the window and tests)."""
        return [self._python_span(s) for s in self._spans().get(kind, [])]

    # --- zoom -------------------------------------------------------------------

    @property
    def zoom(self) -> int:
        """Text size steps above (or below) normal."""
        return self._zoom

    def set_zoom(self, steps: int) -> None:
        """Set the article text size in point steps relative to normal."""
        self._zoom = max(MIN_ZOOM, min(MAX_ZOOM, steps))
        font = QFont(self._base_font)
        font.setPointSizeF(max(5.0, self._base_font.pointSizeF() + self._zoom))
        self.view.setFont(font)

    def zoom_in(self) -> None:
        self.set_zoom(self._zoom + 1)

    def zoom_out(self) -> None:
        self.set_zoom(self._zoom - 1)

    # --- internals --------------------------------------------------------------

    def _update_highlights(self) -> None:
        self.view.set_highlights(self._spans())

    def _spans(self) -> dict[Highlight, list[Span]]:
        spans: dict[Highlight, list[Span]] = {}
        sentence = self._sentence_span() or self._passage
        if sentence is not None:
            spans[Highlight.SENTENCE] = [sentence]
            timex = self._event_timex()
            if timex is not None:
                spans[Highlight.DATE] = [self._offsets.span_to_qt(timex.start, timex.end)]
        if self._entity is not None:
            spans[Highlight.MENTION] = [self._offsets.span_to_qt(m.start, m.end) for m in self._entity.mentions]
        return spans

    def _sentence_span(self) -> Span | None:
        if self._event is None or self._extraction is None:
            return None
        sentences = self._extraction.sentences
        if not 0 <= self._event.sentence < len(sentences):
            return None
        sentence = sentences[self._event.sentence]
        return self._offsets.span_to_qt(sentence.start, sentence.end)

    def _event_timex(self) -> Timex | None:
        if self._event is None or self._extraction is None or self._event.timex is None:
            return None
        timexes = self._extraction.timexes
        return timexes[self._event.timex] if 0 <= self._event.timex < len(timexes) else None

    def _python_span(self, span: Span) -> tuple[int, int]:
        return self._offsets.to_python(span[0]), self._offsets.to_python(span[1])

    def _on_position_clicked(self, position: int) -> None:
        if self._extraction is not None:
            self.offset_clicked.emit(self._offsets.to_python(position))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.PaletteChange:
            self.view.refresh_colours()
        super().changeEvent(event)
