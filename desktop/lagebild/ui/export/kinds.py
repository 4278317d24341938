"""The export kinds: what the File ▸ Export menu offers, with suffixes and file filters."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from PySide6.QtCore import QT_TRANSLATE_NOOP


class ExportKind(Enum):
    """Things a briefing can be exported as."""

    PDF = "pdf"
    PPTX = "pptx"
    PNG = "png"
    SVG = "svg"
    CSV = "csv"
    MARKDOWN = "md"
    JSON = "json"


@dataclass(frozen=True)
class KindSpec:
    """How a kind is offered: menu text and file filter (English, context "Export"), suffix."""

    text: str
    filter: str
    suffix: str


KINDS: dict[ExportKind, KindSpec] = {
    ExportKind.PDF: KindSpec(
        QT_TRANSLATE_NOOP("Export", "&PDF Handout…"), QT_TRANSLATE_NOOP("Export", "PDF documents (*.pdf)"), ".pdf"
    ),
    ExportKind.PPTX: KindSpec(
        QT_TRANSLATE_NOOP("Export", "Power&Point…"),
        QT_TRANSLATE_NOOP("Export", "PowerPoint presentations (*.pptx)"),
        ".pptx",
    ),
    ExportKind.PNG: KindSpec(
        QT_TRANSLATE_NOOP("Export", "Timeline as P&NG…"), QT_TRANSLATE_NOOP("Export", "PNG images (*.png)"), ".png"
    ),
    ExportKind.SVG: KindSpec(
        QT_TRANSLATE_NOOP("Export", "Timeline as &SVG…"), QT_TRANSLATE_NOOP("Export", "SVG images (*.svg)"), ".svg"
    ),
    ExportKind.CSV: KindSpec(
        QT_TRANSLATE_NOOP("Export", "Events as &CSV…"), QT_TRANSLATE_NOOP("Export", "CSV tables (*.csv)"), ".csv"
    ),
    ExportKind.MARKDOWN: KindSpec(
        QT_TRANSLATE_NOOP("Export", "Events as &Markdown…"),
        QT_TRANSLATE_NOOP("Export", "Markdown documents (*.md)"),
        ".md",
    ),
    ExportKind.JSON: KindSpec(
        QT_TRANSLATE_NOOP("Export", "&JSON…"), QT_TRANSLATE_NOOP("Export", "JSON documents (*.json)"), ".json"
    ),
}
