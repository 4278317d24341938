"""Pages for the PDF: text blocks stacked onto pages, planned before anything is painted.

Each block is a :class:`QTextDocument` laid out for the PDF writer, so its
height is known before it is placed; a block never splits across pages and a
heading stays with the block after it.  Because the whole document is planned
first, every footer can say "page n of N".
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import QMarginsF, QPointF, QRectF
from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPainter, QPdfWriter, QTextDocument

RESOLUTION = 96  # device units per inch: CSS pixels, screen pixels and PDF units agree
FAMILY = "DejaVu Sans"  # bundled with the app (lagebild.ui.fonts)
MARGINS_MM = QMarginsF(20, 16, 20, 18)  # left, top, right, bottom

Op = Callable[[QPainter], None]


def pdf_font(points: float, bold: bool = False) -> QFont:
    """The handout's font; no ligatures, so "ff" stays two letters a search finds."""
    font = QFont(FAMILY)
    font.setPointSizeF(points)
    font.setBold(bold)
    font.setFeature(QFont.Tag("liga"), 0)
    return font


def mm(value: float) -> float:
    """Millimetres in device units."""
    return value * RESOLUTION / 25.4


def pt(value: float) -> float:
    """Points in device units."""
    return value * RESOLUTION / 72


@dataclass
class Page:
    """One planned page: its layout, whether it has a running footer, what to draw."""

    layout: QPageLayout
    footer: bool
    ops: list[Op] = field(default_factory=list)
    reserved: float = 0.0  # room kept free above the bottom margin (for something drawn there)

    @property
    def rect(self) -> QRectF:
        """The whole page in device units."""
        return QRectF(self.layout.fullRectPixels(RESOLUTION))

    @property
    def body(self) -> QRectF:
        """The page inside its margins."""
        return self.rect.marginsRemoved(
            QMarginsF(mm(MARGINS_MM.left()), mm(MARGINS_MM.top()), mm(MARGINS_MM.right()), mm(MARGINS_MM.bottom()))
        )


class Planner:
    """Stacks blocks onto pages of one page size (see module docstring)."""

    def __init__(self, writer: QPdfWriter, size: QPageSize, stylesheet: str) -> None:
        self.writer = writer
        self.size = size
        self.stylesheet = stylesheet
        self.pages: list[Page] = []
        self.y = 0.0
        self._held: list[tuple[QTextDocument, float, Callable[[], str] | None]] = []

    # -- pages -------------------------------------------------------------

    def new_page(
        self, orientation: QPageLayout.Orientation = QPageLayout.Orientation.Portrait, footer: bool = True
    ) -> Page:
        """Start a page; following blocks go onto it."""
        self._release()
        layout = QPageLayout(self.size, orientation, QMarginsF(0, 0, 0, 0))
        page = Page(layout, footer)
        self.pages.append(page)
        self.y = page.body.top()
        return page

    @property
    def page(self) -> Page:
        return self.pages[-1]

    def draw(self, op: Op) -> None:
        """Draw ``op`` on the current page (absolute page coordinates)."""
        self._release()
        self.page.ops.append(op)

    # -- text --------------------------------------------------------------

    def document(self, html: str, width: float | None = None) -> QTextDocument:
        """``html`` laid out for the PDF at ``width`` (the body width by default)."""
        doc = QTextDocument()
        doc.documentLayout().setPaintDevice(self.writer)
        doc.setUseDesignMetrics(True)
        doc.setDefaultFont(pdf_font(10))
        doc.setDocumentMargin(0)
        doc.setDefaultStyleSheet(self.stylesheet)
        doc.setHtml(html)
        doc.setTextWidth(width if width is not None else self.page.body.width())
        return doc

    def block(
        self, html: str, space_before: float = 0.0, keep_with_next: bool = False, late: Callable[[], str] | None = None
    ) -> QTextDocument:
        """Place a text block below the previous one, on a new page if it does not fit.

        ``late`` gives the HTML to draw when painting (for page numbers known
        only then); it must take the same room as ``html``.
        """
        doc = self.document(html)
        self._held.append((doc, space_before, late))
        if not keep_with_next:
            self._release()
        return doc

    def space(self, amount: float) -> None:
        """Leave ``amount`` device units free (not at the top of a page)."""
        self._release()
        if self.y > self.page.body.top():
            self.y += amount

    def _release(self) -> None:
        """Place the held blocks together (a heading with what follows it)."""
        if not self._held:
            return
        held, self._held = self._held, []
        total = sum(doc.size().height() + gap for doc, gap, _late in held)
        body = self.page.body
        if self.y + total > body.bottom() - self.page.reserved and self.y > body.top():
            self.new_page(self.page.layout.orientation(), self.page.footer)
        for index, (doc, gap, late) in enumerate(held):
            if index or self.y > self.page.body.top():
                self.y += gap
            self.page.ops.append(self._text_op(doc, QPointF(self.page.body.left(), self.y), late))
            self.y += doc.size().height()

    # -- output ------------------------------------------------------------

    def paint(self, painter: QPainter, footer: Callable[[QPainter, Page, int, int], None]) -> None:
        """Draw every planned page; ``footer(painter, page, number, count)`` for pages that have one."""
        self._release()
        count = len(self.pages)
        for number, page in enumerate(self.pages, start=1):
            if number > 1:
                self.writer.setPageLayout(page.layout)
                self.writer.newPage()
            for op in page.ops:
                painter.save()
                op(painter)
                painter.restore()
            if page.footer:
                footer(painter, page, number, count)

    def _text_op(self, doc: QTextDocument, at: QPointF, late: Callable[[], str] | None) -> Op:
        def draw(painter: QPainter) -> None:
            painter.translate(at)
            (self.document(late(), doc.textWidth()) if late else doc).drawContents(painter)

        return draw
