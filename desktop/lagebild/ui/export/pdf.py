"""The PDF handout: title page, the timeline, the events in date order, an index of entities.

A handout of several articles lists every source with its grade on the title
page; each event names all sources that report it and, where they disagree
on the date, says so in a red box with the date each source gives.

Text is laid out by ``QTextDocument`` and written as text (searchable, umlauts
intact); the timeline is an image drawn at print density and scaled onto a
landscape page.  A4 or Letter.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from html import escape
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
)

from lagebild import __version__
from lagebild.core.handout import EventRow, Handout, SourceInfo
from lagebild.ui.export.pages import RESOLUTION, Page, Planner, mm, pdf_font, pt
from lagebild.ui.export.pdf_sections import event_pages, index_pages
from lagebild.ui.export.pdf_style import ACCENT, MUTED, RULE, STYLESHEET, TINT, table
from lagebild.ui.export.timeline_image import SCREEN_WIDTH, fitted_size, timeline_image
from lagebild.ui.export.words import count_sources, grade_text, long_day
from lagebild.ui.timeline import TimelineEntry

PAGE_SIZES = {"A4": QPageSize.PageSizeId.A4, "Letter": QPageSize.PageSizeId.Letter}
GLANCE_ROWS_PER_BLOCK = 12
SOURCE_ROWS_PER_BLOCK = 3  # small blocks: the sources start on the title page, however many there are
LONG_TITLE = 110  # characters; a longer title is set smaller on the title page
PRINT_DPI = 300  # the timeline image is drawn this sharp on paper


def write_pdf(
    path: str | Path,
    content: Handout,
    entries: Sequence[TimelineEntry],
    anchor: date | None,
    page_size: str = "A4",
    language: str = "de",
    prepared: date | None = None,
) -> int:
    """Write the handout to ``path``; returns the number of pages.

    :class:`OSError` if the file cannot be written, :class:`KeyError` for an unknown ``page_size``.
    """
    size = QPageSize(PAGE_SIZES[page_size])
    writer = QPdfWriter(str(path))
    writer.setResolution(RESOLUTION)
    writer.setTitle(content.title)
    writer.setCreator(f"Lagebild {__version__}")
    planner = Planner(writer, size, STYLESHEET)
    sections: dict[str, int] = {}
    _title_page(planner, content, entries, sections, language, prepared or date.today())
    sections["timeline"] = _timeline_page(planner, content, entries, anchor, language)
    sections["events"] = event_pages(planner, content)
    sections["index"] = index_pages(planner, content)
    writer.setPageLayout(planner.pages[0].layout)
    painter = QPainter()
    if not painter.begin(writer):
        raise OSError(f"cannot write {path}")
    try:
        planner.paint(painter, lambda p, page, n, count: _footer(p, page, n, count, content.title))
    finally:
        painter.end()
    return len(planner.pages)


# -- title page --------------------------------------------------------------


def _title_page(
    planner: Planner,
    content: Handout,
    entries: Sequence[TimelineEntry],
    sections: dict[str, int],
    language: str,
    prepared: date,
) -> None:
    page = planner.new_page(footer=False)
    band = QRectF(page.rect.left(), page.rect.top(), page.rect.width(), mm(30))
    planner.draw(lambda p: _band(p, band, page.body))
    note = QCoreApplication.translate(
        "Export",
        "Events, dates and names were extracted automatically by Lagebild {0}. "
        "Check every statement against its source before relying on it.",
    ).format(__version__)
    note_doc = planner.document(f'<p class="small">{escape(note)}</p>')
    note_y = page.body.bottom() - note_doc.size().height()
    planner.draw(lambda p: _rule_and_note(p, note_doc, QPointF(page.body.left(), note_y), page.body.width()))
    page.reserved = note_doc.size().height() + mm(8)  # many sources flow onto a second page, never over the note
    planner.y = band.bottom() + mm(22)
    kicker = QCoreApplication.translate("Export", "BRIEFING HANDOUT")
    planner.block(f'<p class="kicker">{escape(kicker)}</p>', keep_with_next=True)
    title_class = "title" if len(content.title) <= LONG_TITLE else "title long"
    planner.block(f'<p class="{title_class}">{escape(content.title)}</p>', space_before=mm(3), keep_with_next=True)
    subtitle = " · ".join(_dates(content, language, prepared))
    planner.block(f'<p class="subtitle">{escape(subtitle)}</p>', space_before=mm(4))
    planner.block(_figures(content, len(entries)), space_before=mm(12))
    agreement = _agreement(content)
    if agreement:
        planner.block(agreement, space_before=mm(3))
    sources = QCoreApplication.translate("Export", "Sources")
    planner.block(f'<p class="h2">{escape(sources)}</p>', space_before=mm(12), keep_with_next=True)
    for start in range(0, len(content.sources), SOURCE_ROWS_PER_BLOCK):
        rows = content.sources[start : start + SOURCE_ROWS_PER_BLOCK]
        planner.block(_sourcestable(rows, language, headings=start == 0), space_before=mm(2) if start == 0 else 0)
    contents = QCoreApplication.translate("Export", "Contents")
    planner.block(f'<p class="h2">{escape(contents)}</p>', space_before=mm(10), keep_with_next=True)
    placeholder = {"timeline": 0, "events": 0, "index": 0}
    planner.block(_contents(placeholder), space_before=mm(2), late=lambda: _contents(sections))


def _dates(content: Handout, language: str, prepared: date) -> list[str]:
    """"Published …" (one article) or the span the sources were published in, and "Prepared …"."""
    dates = []
    days = sorted({s.published for s in content.sources if s.published is not None})
    if content.published is not None:
        dates.append(QCoreApplication.translate("Export", "Published {0}").format(long_day(content.published, language)))
    elif len(days) == 1:
        dates.append(QCoreApplication.translate("Export", "Sources published {0}").format(long_day(days[0], language)))
    elif days:
        first, last = long_day(days[0], language), long_day(days[-1], language)
        dates.append(QCoreApplication.translate("Export", "Sources published {0} – {1}").format(first, last))
    dates.append(QCoreApplication.translate("Export", "Prepared {0}").format(long_day(prepared, language)))
    return dates


def _band(painter: QPainter, band: QRectF, body: QRectF) -> None:
    painter.fillRect(band, QColor(ACCENT))
    font = pdf_font(13, bold=True)
    font.setLetterSpacing(QFont.SpacingType.PercentageSpacing, 120)
    painter.setFont(font)
    painter.setPen(QColor("white"))
    text_box = QRectF(body.left(), band.top(), body.width(), band.height())
    painter.drawText(text_box, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, "LAGEBILD")
    font.setBold(False)
    font.setLetterSpacing(QFont.SpacingType.PercentageSpacing, 100)
    font.setPointSizeF(10)
    painter.setFont(font)
    painter.setPen(QColor("#c9d6e6"))
    painter.drawText(
        text_box, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, QCoreApplication.translate("Export", "Situation picture from open sources")
    )


def _rule_and_note(painter: QPainter, doc, at: QPointF, width: float) -> None:
    painter.setPen(QPen(QColor(RULE), pt(0.75)))
    painter.drawLine(QPointF(at.x(), at.y() - mm(3)), QPointF(at.x() + width, at.y() - mm(3)))
    painter.translate(at)
    doc.drawContents(painter)


def _figures(content: Handout, placed: int) -> str:
    figures = [
        (len(content.events), QCoreApplication.translate("Export", "events")),
        (placed, QCoreApplication.translate("Export", "on the timeline")),
        (len(content.index), QCoreApplication.translate("Export", "entities")),
        (len(content.sources), QCoreApplication.translate("Export", "sources") if len(content.sources) != 1 else QCoreApplication.translate("Export", "source")),
    ]
    cells = "".join(
        f'<td width="25%" bgcolor="{TINT}" style="padding: 10px 12px;">'
        f'<p class="figure">{number}</p><p class="figlabel">{escape(label)}</p></td>'
        for number, label in figures
    )
    return f'<table width="100%" cellspacing="6" cellpadding="0" style="margin-left:-6px;"><tr>{cells}</tr></table>'


def _agreement(content: Handout) -> str:
    """With several sources: how many events more than one reports, and how many disagree on the date."""
    if not content.several:
        return ""
    shared = sum(1 for row in content.events if row.source_count > 1)
    conflicts = sum(1 for row in content.events if row.contradiction)
    if shared == 1:
        reported = QCoreApplication.translate("Export", "1 event reported by several sources")
    else:
        reported = QCoreApplication.translate("Export", "{0} events reported by several sources").format(shared)
    parts = [escape(reported)]
    if conflicts:
        if conflicts == 1:
            warning = QCoreApplication.translate("Export", "1 event whose sources disagree on the date")
        else:
            warning = QCoreApplication.translate("Export", "{0} events whose sources disagree on the date")
            warning = warning.format(conflicts)
        parts.append(f'<span class="flag">⚠ {escape(warning)}</span>')
    return f'<p class="meta">{" · ".join(parts)}</p>'


def _sourcestable(sources: Sequence[SourceInfo], language: str, headings: bool = True) -> str:
    rows = []
    for source in sources:
        origin = f'<p class="small">{escape(source.origin)}</p>' if source.origin else ""
        grade = f'<p><b>{source.reliability}</b></p><p class="small">{escape(grade_text(source.reliability))}</p>'
        rows.append(
            [f"<p><b>{escape(source.name)}</b></p>{origin}", escape(long_day(source.published, language)), grade]
        )
    names = [
        QCoreApplication.translate("Export", "Source"),
        QCoreApplication.translate("Export", "Published"),
        QCoreApplication.translate("Export", "Reliability"),
    ]
    return table(names if headings else [], [58, 17, 25], rows, pad=6)


def _contents(pages: dict[str, int]) -> str:
    items = [
        (QCoreApplication.translate("Export", "Timeline"), pages["timeline"]),
        (QCoreApplication.translate("Export", "Events in date order"), pages["events"]),
        (QCoreApplication.translate("Export", "Index of entities"), pages["index"]),
    ]
    rows = "".join(
        f'<tr><td style="padding:3px 0">{n}&nbsp;&nbsp;{escape(name)}</td>'
        f'<td align="right" style="padding:3px 0">{page or ""}</td></tr>'
        for n, (name, page) in enumerate(items, start=1)
    )
    return f'<table width="60%" cellspacing="0" cellpadding="0">{rows}</table>'


# -- timeline ----------------------------------------------------------------


def _timeline_page(
    planner: Planner, content: Handout, entries: Sequence[TimelineEntry], anchor: date | None, language: str
) -> int:
    page = planner.new_page(QPageLayout.Orientation.Landscape)
    number = len(planner.pages)
    heading = QCoreApplication.translate("Export", "Timeline")
    planner.block(f'<p class="h1">1&nbsp;&nbsp;{escape(heading)}</p>', keep_with_next=True)
    planner.block(f'<p class="intro">{escape(_timeline_intro(content, anchor, language))}</p>', space_before=mm(2))
    body = page.body
    top = planner.y + mm(5)
    size = fitted_size(entries, anchor, SCREEN_WIDTH)
    scale = min(body.width() / size.width(), (body.bottom() - top - mm(40)) / size.height())
    frame = QRectF(body.left(), top, size.width() * scale, size.height() * scale)
    density = max(1, round(PRINT_DPI / RESOLUTION * scale))  # image pixels per screen pixel
    image = timeline_image(entries, anchor, size * density, scale=density)

    def draw(painter: QPainter) -> None:
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        painter.drawImage(frame, image)
        painter.setPen(QPen(QColor(RULE), pt(0.75)))
        painter.drawLine(frame.bottomLeft() + QPointF(0, mm(1)), frame.bottomRight() + QPointF(0, mm(1)))

    planner.draw(draw)
    planner.y = frame.bottom() + mm(3)
    parts = [
        QCoreApplication.translate("Export", "◆ a day"),
        QCoreApplication.translate("Export", "▬ a month, year or span"),
        QCoreApplication.translate("Export", "fading band: a vague reference (earlier, currently, in future)"),
    ]
    if content.several:
        parts.append(QCoreApplication.translate("Export", "⚠ the sources disagree on the date"))
    legend = "&nbsp;&nbsp;·&nbsp;&nbsp;".join(escape(part) for part in parts)
    planner.block(f'<p class="small">{legend}</p>')
    missing = len(content.events) - len(entries)
    if missing > 0:
        text = (
            QCoreApplication.translate("Export", "1 event without a date to place is listed with the events only.")
            if missing == 1
            else QCoreApplication.translate(
                "Export", "{0} events without a date to place are listed with the events only."
            ).format(missing)
        )
        planner.block(f'<p class="small">{escape(text)}</p>', space_before=mm(1.5))
    if content.events:
        glance = QCoreApplication.translate("Export", "At a glance")
        planner.block(f'<p class="h2">{escape(glance)}</p>', space_before=mm(7), keep_with_next=True)
    for start in range(0, len(content.events), GLANCE_ROWS_PER_BLOCK):
        planner.block(_glancetable(content.events, start), space_before=mm(2))
    return number


def _timeline_intro(content: Handout, anchor: date | None, language: str) -> str:
    if content.several and anchor:
        return QCoreApplication.translate(
            "Export",
            "Each event on its date, in the lane of its most reliable source; "
            "the dashed line marks the latest publication day ({0}).",
        ).format(long_day(anchor, language))
    if content.several:
        return QCoreApplication.translate("Export", "Each event on its date, in the lane of its most reliable source.")
    if anchor:
        return QCoreApplication.translate(
            "Export", "Each event on its date; the dashed line marks the publication day ({0})."
        ).format(long_day(anchor, language))
    return QCoreApplication.translate("Export", "Each event on its date.")


def _glancetable(events: Sequence[EventRow], start: int) -> str:
    chunk = events[start : start + GLANCE_ROWS_PER_BLOCK]
    rows = []
    for n, row in enumerate(chunk, start=start + 1):
        label = escape(row.label)
        if row.source_count > 1:
            label += f' <span class="small">· {escape(count_sources(row.source_count))}</span>'
        if row.contradiction:
            label = f'<span class="flag">⚠</span> {label}'
        rows.append([f"<b>{n}</b>", escape(row.date_text), label])
    return table([], [4, 18, 78], rows, pad=3)


# -- footer ------------------------------------------------------------------


def _footer(painter: QPainter, page: Page, number: int, count: int, title: str) -> None:
    body = page.body
    y = body.bottom() + mm(8)
    painter.save()
    painter.setPen(QPen(QColor(RULE), pt(0.75)))
    painter.drawLine(QPointF(body.left(), y - mm(4)), QPointF(body.right(), y - mm(4)))
    font = pdf_font(8)
    painter.setFont(font)
    painter.setPen(QColor(MUTED))
    pages = QCoreApplication.translate("Export", "Page {0} of {1}").format(number, count)
    metrics = QFontMetricsF(font, painter.device())
    room = body.width() - metrics.horizontalAdvance(pages) - mm(10)
    left = metrics.elidedText(f"Lagebild · {title}", Qt.TextElideMode.ElideRight, room)
    box = QRectF(body.left(), y - mm(2), body.width(), mm(6))
    painter.drawText(box, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, left)
    painter.drawText(box, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, pages)
    painter.restore()


def page_size_points(name: str) -> QSize:
    """The portrait size of a named page in points (for tests and the dialog)."""
    return QPageSize(PAGE_SIZES[name]).sizePoints()
