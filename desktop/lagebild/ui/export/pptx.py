"""The PowerPoint deck (python-pptx): an overview with the timeline, then one slide per event.

A deck of several articles opens with a title slide listing every source
with its grade (continued on further slides for many sources), then the
timeline with a lane per article.

Event slides follow presentation mode (:mod:`lagebild.ui.present`): the date
in the accent colour with "Event n of N" beside it, the label as the slide
title, the supporting sentence (date words marked) behind an accent bar,
participants on the right, the source and its grade at the foot, how many
sources report the event and, where they disagree on the date, a red box
with each source's date, on the same dark scheme.  The analyst's note, the
sentence, the sources and grades spelled out go into the speaker notes.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from pptx import Presentation
from pptx.dml.color import RGBColor
from pptx.enum.shapes import MSO_SHAPE
from pptx.enum.text import MSO_ANCHOR, PP_ALIGN
from pptx.slide import Slide
from pptx.util import Emu, Inches, Pt
from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice
from PySide6.QtGui import QColor

from lagebild.core.handout import EventRow, Handout, SourceInfo
from lagebild.core.wording import clip
from lagebild.ui.export.timeline_image import fitted_size, timeline_image
from lagebild.ui.export.words import count_sources, disagree, grade_text, long_day
from lagebild.ui.present import style
from lagebild.ui.timeline import TimelineEntry

WIDTH, HEIGHT = Inches(13.333), Inches(7.5)  # 16:9
MARGIN = Inches(0.6)
TITLE_ONLY = 5  # layout of the default template: a title placeholder, nothing else
MAX_PARTICIPANTS = 6
IMAGE_DENSITY = 2  # timeline image pixels per screen pixel
CORE_PROPERTY_LIMIT = 255  # characters python-pptx allows in a document property
TITLE_LIMIT = 240  # characters of a slide title; the full text stays in the notes
OVERVIEW_WIDTH = 800  # screen pixels the overview's timeline is laid out at: labels readable from afar
SOURCES_ON_TITLE = 5  # source rows on the title slide; the rest go onto continuation slides
SOURCES_PER_SLIDE = 7
SOURCE_ROW = Inches(0.8)
WARN = QColor("#e5534b")  # the contradiction box: red that reads on the dark background


def _title_size(text: str, sizes: tuple[int, int, int, int]) -> int:
    """Points for a title: smaller steps for longer text (at most about three lines)."""
    for limit, size in zip((60, 110, 180), sizes, strict=False):
        if len(text) <= limit:
            return size
    return sizes[-1]


def _rgb(colour: QColor) -> RGBColor:
    return RGBColor(colour.red(), colour.green(), colour.blue())


def write_pptx(
    path: str | Path,
    content: Handout,
    entries: Sequence[TimelineEntry],
    anchor: date | None,
    language: str = "de",
) -> int:
    """Write the deck to ``path``; returns the number of slides.

    One article: an overview with the timeline, then a slide per event.
    Several: a title slide with the sources (and continuation slides for
    many), the timeline, then a slide per event.
    """
    deck = Presentation()
    deck.slide_width, deck.slide_height = WIDTH, HEIGHT
    deck.core_properties.title = clip(content.title, CORE_PROPERTY_LIMIT)
    if content.several:
        _title_slides(deck, content, language)
        _timeline_slide(deck, content, entries, anchor)
    else:
        _overview(deck, content, entries, anchor, language)
    for number, row in enumerate(content.events, start=1):
        _event_slide(deck, row, number, len(content.events))
    deck.save(str(path))
    return len(deck.slides)


def _slide(deck: Presentation, title: str, box: tuple[int, int, int, int], size: int) -> Slide:
    """A dark slide whose title placeholder holds ``title`` (outline and screen readers see it)."""
    slide = deck.slides.add_slide(deck.slide_layouts[TITLE_ONLY])
    fill = slide.background.fill
    fill.solid()
    fill.fore_color.rgb = _rgb(style.BACKGROUND)
    shape = slide.shapes.title
    shape.left, shape.top, shape.width, shape.height = box
    frame = shape.text_frame
    frame.word_wrap = True
    frame.vertical_anchor = MSO_ANCHOR.TOP
    frame.margin_left = frame.margin_right = 0
    paragraph = frame.paragraphs[0]
    paragraph.alignment = PP_ALIGN.LEFT
    run = paragraph.add_run()
    run.text = title
    run.font.size = Pt(size)
    run.font.bold = True
    run.font.color.rgb = _rgb(style.TEXT)
    return slide


Run = tuple[str, int, QColor, bool]  # text, points, colour, bold


def _text(slide: Slide, box: tuple[int, int, int, int], lines: Sequence[Run | Sequence[Run]], align=PP_ALIGN.LEFT):
    """A text box; each line is a run (text, points, colour, bold) or a sequence of runs."""
    shape = slide.shapes.add_textbox(*box)
    frame = shape.text_frame
    frame.word_wrap = True
    frame.margin_left = frame.margin_right = 0
    for index, line in enumerate(lines):
        paragraph = frame.paragraphs[0] if index == 0 else frame.add_paragraph()
        paragraph.alignment = align
        for text, size, colour, bold in [line] if isinstance(line[0], str) else line:  # type: ignore[list-item]
            run = paragraph.add_run()
            run.text = text
            run.font.size = Pt(size)
            run.font.bold = bold
            run.font.color.rgb = _rgb(colour)
    return shape


def _badge(slide: Slide, left: int, top: int, grade: str, width: int = Inches(1.0), points: int = 16) -> None:
    """A grade in an accent-coloured rounded box."""
    badge = slide.shapes.add_shape(MSO_SHAPE.ROUNDED_RECTANGLE, left, top, width, Inches(0.45))
    badge.fill.solid()
    badge.fill.fore_color.rgb = _rgb(style.ACCENT)
    badge.line.fill.background()
    badge.text_frame.text = grade
    run = badge.text_frame.paragraphs[0].runs[0]
    run.font.size, run.font.bold, run.font.color.rgb = Pt(points), True, _rgb(style.ACCENT_TEXT)
    badge.text_frame.paragraphs[0].alignment = PP_ALIGN.CENTER


def _events_text(count: int) -> str:
    if count == 1:
        return QCoreApplication.translate("Export", "1 event")
    return QCoreApplication.translate("Export", "{0} events").format(count)


def _overview(
    deck: Presentation, content: Handout, entries: Sequence[TimelineEntry], anchor: date | None, language: str
) -> None:
    inner = WIDTH - 2 * MARGIN
    slide = _slide(
        deck,
        clip(content.title, TITLE_LIMIT),
        (MARGIN, Inches(0.85), inner, Inches(1.3)),
        _title_size(content.title, (34, 28, 22, 18)),
    )
    _text(slide, (MARGIN, Inches(0.4), inner, Inches(0.4)), [(QCoreApplication.translate("Export", "BRIEFING"), 12, style.MUTED, True)])
    facts = []
    if content.published:
        facts.append(QCoreApplication.translate("Export", "Published {0}").format(long_day(content.published, language)))
    facts.append(_events_text(len(content.events)))
    facts += [
        QCoreApplication.translate("Export", "Source: {0} ({1})").format(s.name, s.reliability) for s in content.sources
    ]
    _text(slide, (MARGIN, Inches(2.2), inner, Inches(0.5)), [(" · ".join(facts), 16, style.MUTED, False)])
    _picture(slide, entries, anchor, Inches(2.95))
    _overview_notes(slide, content)


def _picture(slide: Slide, entries: Sequence[TimelineEntry], anchor: date | None, top: int) -> None:
    """The timeline in the presentation's colours from ``top`` down to the foot of the slide."""
    inner = WIDTH - 2 * MARGIN
    size = fitted_size(entries, anchor, OVERVIEW_WIDTH)
    image = timeline_image(entries, anchor, size * IMAGE_DENSITY, style.presentation_palette(), IMAGE_DENSITY)
    room_h = HEIGHT - top - Inches(0.45)
    width = min(inner, int(room_h * size.width() / size.height()))
    slide.shapes.add_picture(io.BytesIO(_png(image)), MARGIN, top, width=Emu(width))


def _overview_notes(slide: Slide, content: Handout) -> None:
    lines = []
    for n, row in enumerate(content.events, start=1):
        flag = "⚠ " if row.contradiction else ""
        more = f" ({count_sources(row.source_count)})" if row.source_count > 1 else ""
        lines.append(f"{n}. {flag}{row.date_text}: {row.label}{more}")
    slide.notes_slide.notes_text_frame.text = "\n".join([content.title, *lines])


def _title_slides(deck: Presentation, content: Handout, language: str) -> None:
    """The briefing's title, what it holds, and every source with its grade."""
    inner = WIDTH - 2 * MARGIN
    slide = _slide(
        deck,
        clip(content.title, TITLE_LIMIT),
        (MARGIN, Inches(0.85), inner, Inches(1.3)),
        _title_size(content.title, (34, 28, 22, 18)),
    )
    _text(slide, (MARGIN, Inches(0.4), inner, Inches(0.4)), [(QCoreApplication.translate("Export", "BRIEFING"), 12, style.MUTED, True)])
    facts = [_events_text(len(content.events)), count_sources(len(content.sources))]
    conflicts = sum(1 for row in content.events if row.contradiction)
    line: list[Run] = [(" · ".join(facts), 16, style.MUTED, False)]
    if conflicts:
        if conflicts == 1:
            warning = QCoreApplication.translate("Export", "1 event whose sources disagree on the date")
        else:
            warning = QCoreApplication.translate("Export", "{0} events whose sources disagree on the date")
            warning = warning.format(conflicts)
        line += [("  ·  ", 16, style.MUTED, False), ("⚠ " + warning, 16, WARN, True)]
    _text(slide, (MARGIN, Inches(2.2), inner, Inches(0.5)), [line])
    sources = list(content.sources)
    _source_rows(slide, sources[:SOURCES_ON_TITLE], Inches(3.0), language)
    rest = sources[SOURCES_ON_TITLE:]
    for start in range(0, len(rest), SOURCES_PER_SLIDE):
        more = _slide(deck, QCoreApplication.translate("Export", "Sources (continued)"), (MARGIN, Inches(0.45), inner, Inches(0.8)), 28)
        _source_rows(more, rest[start : start + SOURCES_PER_SLIDE], Inches(1.5), language)
    notes = [content.title] + [
        f"{s.reliability} ({grade_text(s.reliability)}): {s.name}" + (f" – {s.origin}" if s.origin else "") for s in sources
    ]
    slide.notes_slide.notes_text_frame.text = "\n".join(notes)


def _source_rows(slide: Slide, sources: Sequence[SourceInfo], top: int, language: str) -> None:
    """One line per source: its grade in a badge, its name, where it comes from and when."""
    inner = WIDTH - 2 * MARGIN
    badge_w = Inches(0.8)
    for n, source in enumerate(sources):
        y = top + n * SOURCE_ROW
        _badge(slide, MARGIN, y, source.reliability, badge_w, 14)
        facts = (source.origin, long_day(source.published, language), grade_text(source.reliability))
        lines: list[Run] = [(source.name, 18, style.TEXT, True), (" · ".join(f for f in facts if f), 13, style.MUTED, False)]
        left = MARGIN + badge_w + Inches(0.25)
        _text(slide, (left, y, inner - badge_w - Inches(0.25), SOURCE_ROW - Inches(0.05)), lines)


def _timeline_slide(deck: Presentation, content: Handout, entries: Sequence[TimelineEntry], anchor: date | None) -> None:
    inner = WIDTH - 2 * MARGIN
    slide = _slide(deck, QCoreApplication.translate("Export", "Timeline"), (MARGIN, Inches(0.85), inner, Inches(0.8)), 30)
    _text(slide, (MARGIN, Inches(0.4), inner, Inches(0.4)), [(clip(content.title, TITLE_LIMIT).upper(), 12, style.MUTED, True)])
    _picture(slide, entries, anchor, Inches(1.8))
    _overview_notes(slide, content)


def _png(image) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def _event_slide(deck: Presentation, row: EventRow, number: int, total: int) -> None:
    inner = WIDTH - 2 * MARGIN
    label_size = _title_size(row.label, (36, 30, 24, 20))
    slide = _slide(deck, clip(row.label, TITLE_LIMIT), (MARGIN, Inches(1.05), inner, Inches(1.45)), label_size)
    date_line: list[Run] = [(row.date_text, 22, style.ACCENT, True)]
    if row.contradiction:
        date_line.insert(0, ("⚠ ", 22, WARN, True))
    _text(slide, (MARGIN, Inches(0.45), Inches(8), Inches(0.5)), [date_line])
    counter = QCoreApplication.translate("Export", "Event {0} of {1}").format(number, total)
    _text(
        slide,
        (WIDTH - MARGIN - Inches(4), Inches(0.5), Inches(4), Inches(0.4)),
        [(counter, 14, style.MUTED, False)],
        PP_ALIGN.RIGHT,
    )

    top, bottom = Inches(2.75), HEIGHT - Inches(1.25)
    if row.contradiction:
        bottom -= Inches(0.35) + _conflict_height(row)
    evidence_w = int(inner * 5 / 7) - Inches(0.3)
    bar = slide.shapes.add_shape(MSO_SHAPE.RECTANGLE, MARGIN, top, Inches(0.08), bottom - top)
    bar.fill.solid()
    bar.fill.fore_color.rgb = _rgb(style.ACCENT)
    bar.line.fill.background()
    sentence_size = 24 if len(row.sentence) <= 220 else 20 if len(row.sentence) <= 360 else 16
    _text(
        slide,
        (MARGIN + Inches(0.35), top, evidence_w - Inches(0.35), bottom - top),
        [_sentence_runs(row, sentence_size)],
    )

    side = MARGIN + int(inner * 5 / 7)
    names = list(row.participants[:MAX_PARTICIPANTS])
    if len(row.participants) > MAX_PARTICIPANTS:
        names.append(QCoreApplication.translate("Export", "+ {0} more").format(len(row.participants) - MAX_PARTICIPANTS))
    if names:
        heading = QCoreApplication.translate("Export", "Participants")
        lines = [(heading, 14, style.MUTED, True)] + [(name, 18, style.TEXT, False) for name in names]
        _text(slide, (side, top, WIDTH - MARGIN - side, bottom - top), lines)

    if row.contradiction:
        _conflict_box(slide, row, bottom + Inches(0.25))
    foot = HEIGHT - Inches(0.85)
    source: list[Run] = [(QCoreApplication.translate("Export", "Source: {0}").format(row.source), 14, style.MUTED, False)]
    if row.source_count > 1:
        others = ", ".join(f"{r.source} ({r.reliability})" for r in row.other_sources)
        also = QCoreApplication.translate("Export", "also reported by {0}").format(others)
        source += [("  ·  ", 14, style.MUTED, False), (count_sources(row.source_count), 14, style.TEXT, True)]
        source.append((" – " + also, 14, style.MUTED, False))
    _text(slide, (MARGIN, foot, inner - Inches(1.4), Inches(0.45)), [source])
    _badge(slide, WIDTH - MARGIN - Inches(1.0), foot, row.reliability)
    slide.notes_slide.notes_text_frame.text = "\n".join(_event_notes(row))


def _sentence_runs(row: EventRow, size: int) -> list[Run]:
    """The sentence as runs, its date words bold in the accent colour."""
    if row.date_span is None:
        return [(row.sentence, size, style.TEXT, False)]
    start, end = row.date_span
    runs = [
        (row.sentence[:start], size, style.TEXT, False),
        (row.sentence[start:end], size, style.ACCENT, True),
        (row.sentence[end:], size, style.TEXT, False),
    ]
    return [run for run in runs if run[0]]


def _conflict_height(row: EventRow) -> int:
    return Inches(0.42) + len(row.reports) * Inches(0.3)


def _conflict_box(slide: Slide, row: EventRow, top: int) -> None:
    """A red-edged box: the sources disagree, and the date each gives."""
    inner = WIDTH - 2 * MARGIN
    height = _conflict_height(row)
    edge = slide.shapes.add_shape(MSO_SHAPE.RECTANGLE, MARGIN, top, Inches(0.08), height)
    edge.fill.solid()
    edge.fill.fore_color.rgb = _rgb(WARN)
    edge.line.fill.background()
    lines: list[Run | list[Run]] = [("⚠ " + disagree(), 16, WARN, True)]
    for report in row.reports:
        lines.append(
            [(report.date_text, 16, style.TEXT, True), (f"  {report.source} ({report.reliability})", 14, style.MUTED, False)]
        )
    _text(slide, (MARGIN + Inches(0.35), top, inner - Inches(0.35), height), lines)


def _event_notes(row: EventRow) -> list[str]:
    """The speaker notes: the analyst's note first, then what the slide says in full."""
    notes = [QCoreApplication.translate("Export", "Note: {0}").format(row.note)] if row.note else []
    notes += [f"{row.date_text}: {row.label}", f"„{row.sentence}“"]
    for report in row.reports[:1] + row.other_sources:
        grade = f"{report.reliability}: {grade_text(report.reliability)}"
        notes.append(QCoreApplication.translate("Export", "Source: {0} ({1})").format(report.source, grade))
    if row.contradiction:
        dates = "; ".join(f"{r.source}: {r.date_text}" for r in row.reports)
        notes.append(f"⚠ {disagree()}: {dates}")
    if row.participants:
        notes.append(QCoreApplication.translate("Export", "Participants: {0}").format(", ".join(row.participants)))
    return notes
