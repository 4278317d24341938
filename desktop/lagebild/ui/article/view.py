"""The article text: a read-only ``QTextBrowser`` with marks and transient highlights.

Persistent marks (dates, mentions) come from :class:`MarkHighlighter`; the
selected event's sentence, its date expression and the selected entity's
mentions are ``setExtraSelections`` highlights, each tagged with its
:class:`Highlight` kind so tests and tools can tell them apart.  All positions
here are document (UTF-16) positions; :class:`ArticlePanel` converts.
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QMouseEvent,
    QPalette,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextFormat,
)
from PySide6.QtWidgets import QApplication, QTextBrowser, QTextEdit, QWidget

from lagebild.ui.article.marks import MarkHighlighter

Span = tuple[int, int]
_KIND_PROPERTY = int(QTextFormat.Property.UserProperty) + 1


class Highlight(Enum):
    """Kinds of transient highlight, drawn in this order (later on top)."""

    SENTENCE = "sentence"
    MENTION = "mention"
    DATE = "date"


def highlight_kind(selection: QTextEdit.ExtraSelection) -> Highlight | None:
    """Which highlight an extra selection of :class:`ArticleView` is."""
    value = selection.format.property(_KIND_PROPERTY)
    return Highlight(value) if value else None


class ArticleView(QTextBrowser):
    """Shows plain article text; reports plain clicks as document positions."""

    position_clicked = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setUndoRedoEnabled(False)
        # Mouse selection and copying, but arrow keys stay free for stepping through events.
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.document().setDocumentMargin(18)
        self.highlighter = MarkHighlighter(self.document())
        self._spans: dict[Highlight, list[Span]] = {}
        self._press: QPoint | None = None

    def set_article_text(self, text: str) -> None:
        """Show plain ``text`` as airy paragraphs (one block per line; positions unchanged)."""
        self.setPlainText(text)
        paragraphs = QTextBlockFormat()
        paragraphs.setBottomMargin(self.fontMetrics().height() * 0.6)
        paragraphs.setLineHeight(125, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
        cursor = QTextCursor(self.document())
        cursor.select(QTextCursor.SelectionType.Document)
        cursor.mergeBlockFormat(paragraphs)

    def set_highlights(self, spans: dict[Highlight, list[Span]]) -> None:
        """Show exactly these transient highlights."""
        self._spans = {kind: list(found) for kind, found in spans.items() if found}
        self._apply_highlights()

    def refresh_colours(self) -> None:
        """Re-derive mark and highlight colours from the palette (after a theme change)."""
        self.highlighter.refresh_colours()
        self._apply_highlights()

    def scroll_to(self, start: int, end: int) -> None:
        """Scroll so that ``[start, end)`` is visible, centred if it was not."""
        top = self.cursorRect(self._cursor(start, start)).top()
        bottom = self.cursorRect(self._cursor(end, end)).bottom()
        height = self.viewport().height()
        if top >= 0 and bottom <= height:
            return
        bar = self.verticalScrollBar()
        middle = bar.value() + (top + bottom) // 2
        bar.setValue(max(0, middle - height // 2) if bottom - top < height else bar.value() + top - 8)

    def _apply_highlights(self) -> None:
        selections = []
        for kind in Highlight:
            fmt = self._format(kind)
            for start, end in self._spans.get(kind, []):
                selection = QTextEdit.ExtraSelection()
                selection.cursor = self._cursor(start, end)
                selection.format = fmt
                selections.append(selection)
        self.setExtraSelections(selections)

    def _cursor(self, start: int, end: int) -> QTextCursor:
        last = self.document().characterCount() - 1
        cursor = QTextCursor(self.document())
        cursor.setPosition(min(start, last))
        cursor.setPosition(min(end, last), QTextCursor.MoveMode.KeepAnchor)
        return cursor

    def _format(self, kind: Highlight) -> QTextCharFormat:
        palette = self.palette()
        dark = palette.color(QPalette.ColorRole.Base).lightness() < 128
        fmt = QTextCharFormat()
        fmt.setProperty(_KIND_PROPERTY, kind.value)
        highlight = QColor(palette.color(QPalette.ColorRole.Highlight))
        if kind is Highlight.SENTENCE:
            highlight.setAlpha(120 if dark else 85)
            fmt.setBackground(highlight)
        elif kind is Highlight.DATE:
            fmt.setBackground(highlight)
            fmt.setForeground(palette.color(QPalette.ColorRole.HighlightedText))
            fmt.setFontWeight(QFont.Weight.Bold)
        else:
            amber = QColor("#f2b01e")
            amber.setAlpha(120 if dark else 150)
            fmt.setBackground(amber)
            fmt.setFontWeight(QFont.Weight.DemiBold)
        return fmt

    # --- clicks -----------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        if event.button() == Qt.MouseButton.LeftButton:
            self._press = event.position().toPoint()
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        super().mouseReleaseEvent(event)
        press, self._press = self._press, None
        if press is None or event.button() != Qt.MouseButton.LeftButton:
            return
        moved = (event.position().toPoint() - press).manhattanLength()
        if moved < QApplication.startDragDistance() and not self.textCursor().hasSelection():
            self.position_clicked.emit(self.cursorForPosition(press).position())
