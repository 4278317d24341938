"""Persistent, subtle marks in the article: temporal expressions and entity mentions.

:class:`MarkHighlighter` is a ``QSyntaxHighlighter`` fed with spans from the
core (already converted to UTF-16 document positions); it formats each text
block with the spans that overlap it.  Colours come from the palette, so the
marks suit light and dark themes; call :meth:`MarkHighlighter.refresh_colours`
after a palette change.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from enum import Enum

from PySide6.QtGui import (
    QColor,
    QGuiApplication,
    QPalette,
    QSyntaxHighlighter,
    QTextCharFormat,
    QTextDocument,
)

from lagebild.core.model import EntityType, Extraction, MentionKind
from lagebild.ui.article.offsets import Utf16Offsets


class MarkKind(Enum):
    """What a mark stands for."""

    TIMEX = "timex"
    PER = "PER"
    ORG = "ORG"
    LOC = "LOC"
    MISC = "MISC"
    DERIVED = "derived"  # "russischen" for Russland: linked, drawn fainter


# Hues chosen to stay distinguishable on light and dark backgrounds.
_ENTITY_HUES = {MarkKind.PER: 20, MarkKind.ORG: 280, MarkKind.LOC: 160, MarkKind.MISC: 45}


@dataclass(frozen=True, slots=True)
class Mark:
    """A marked span in document (UTF-16) positions."""

    start: int
    end: int
    kind: MarkKind


def marks_for(extraction: Extraction, offsets: Utf16Offsets) -> list[Mark]:
    """Marks for every temporal expression and entity mention of ``extraction``."""
    marks = [Mark(*offsets.span_to_qt(t.start, t.end), MarkKind.TIMEX) for t in extraction.timexes]
    for entity in extraction.entities:
        kind = MarkKind(entity.type.value) if isinstance(entity.type, EntityType) else MarkKind.MISC
        for mention in entity.mentions:
            mention_kind = MarkKind.DERIVED if mention.kind is MentionKind.DERIVED else kind
            marks.append(Mark(*offsets.span_to_qt(mention.start, mention.end), mention_kind))
    return sorted(marks, key=lambda m: (m.start, m.end))


class MarkHighlighter(QSyntaxHighlighter):
    """Formats temporal expressions and mentions of a plain-text document."""

    def __init__(self, document: QTextDocument) -> None:
        super().__init__(document)
        self._by_block: dict[int, list[Mark]] = {}
        self._formats: dict[MarkKind, QTextCharFormat] = {}
        self.refresh_colours(rehighlight=False)

    def set_marks(self, marks: list[Mark]) -> None:
        """Replace all marks and re-format the document."""
        document = self.document()
        by_block: dict[int, list[Mark]] = defaultdict(list)
        for mark in marks:
            first = document.findBlock(mark.start).blockNumber()
            last = document.findBlock(max(mark.start, mark.end - 1)).blockNumber()
            for number in range(first, last + 1):
                by_block[number].append(mark)
        self._by_block = dict(by_block)
        self.rehighlight()

    def refresh_colours(self, rehighlight: bool = True) -> None:
        """Derive the formats from the current application palette."""
        palette = QGuiApplication.palette()
        dark = palette.color(QPalette.ColorRole.Base).lightness() < 128
        timex = QTextCharFormat()
        tint = QColor(palette.color(QPalette.ColorRole.Link))
        tint.setAlpha(45 if dark else 28)
        timex.setBackground(tint)
        timex.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DashUnderline)
        timex.setUnderlineColor(palette.color(QPalette.ColorRole.Link))
        self._formats = {MarkKind.TIMEX: timex}
        for kind, hue in _ENTITY_HUES.items():
            fmt = QTextCharFormat()
            fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
            fmt.setUnderlineColor(QColor.fromHsl(hue, 170, 150 if dark else 105))
            self._formats[kind] = fmt
        derived = QTextCharFormat()
        derived.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DotLine)
        derived.setUnderlineColor(palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text))
        self._formats[MarkKind.DERIVED] = derived
        if rehighlight:
            self.rehighlight()

    def highlightBlock(self, text: str) -> None:  # noqa: N802 - Qt override
        block = self.currentBlock()
        marks = self._by_block.get(block.blockNumber())
        if not marks:
            return
        base = block.position()
        units = block.length() - 1  # UTF-16 units; len(text) counts code points
        # Entity marks first, dates last: a date overlapping a name shows as a date.
        for mark in sorted(marks, key=lambda m: m.kind is MarkKind.TIMEX):
            start = max(mark.start - base, 0)
            end = min(mark.end - base, units)
            if end > start:
                self.setFormat(start, end - start, self._formats[mark.kind])
