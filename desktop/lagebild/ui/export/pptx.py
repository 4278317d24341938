"""The PowerPoint deck (python-pptx): an overview with the timeline, then one slide per event.

Event slides follow presentation mode (:mod:`lagebild.ui.present`): the date
in the accent colour with "Event n of N" beside it, the label as the slide
title, the supporting sentence behind an accent bar, participants on the
right, the source and its grade at the foot, on the same dark scheme.  The
analyst's note, the sentence, source and grade spelled out go into the
speaker notes.
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

from lagebild.core.exports import EventRow, Handout
from lagebild.ui.export.timeline_image import fitted_size, timeline_image
from lagebild.ui.export.words import grade_text, long_day
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


def _clip(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


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
    """Write the deck to ``path``; returns the number of slides (1 + events)."""
    deck = Presentation()
    deck.slide_width, deck.slide_height = WIDTH, HEIGHT
    deck.core_properties.title = _clip(content.title, CORE_PROPERTY_LIMIT)
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


def _text(
    slide: Slide, box: tuple[int, int, int, int], lines: Sequence[tuple[str, int, QColor, bool]], align=PP_ALIGN.LEFT
):
    """A text box; each line is (text, points, colour, bold)."""
    shape = slide.shapes.add_textbox(*box)
    frame = shape.text_frame
    frame.word_wrap = True
    frame.margin_left = frame.margin_right = 0
    for index, (text, size, colour, bold) in enumerate(lines):
        paragraph = frame.paragraphs[0] if index == 0 else frame.add_paragraph()
        paragraph.alignment = align
        run = paragraph.add_run()
        run.text = text
        run.font.size = Pt(size)
        run.font.bold = bold
        run.font.color.rgb = _rgb(colour)
    return shape


def _overview(
    deck: Presentation, content: Handout, entries: Sequence[TimelineEntry], anchor: date | None, language: str
) -> None:
    inner = WIDTH - 2 * MARGIN
    slide = _slide(
        deck,
        _clip(content.title, TITLE_LIMIT),
        (MARGIN, Inches(0.85), inner, Inches(1.3)),
        _title_size(content.title, (34, 28, 22, 18)),
    )
    _text(slide, (MARGIN, Inches(0.4), inner, Inches(0.4)), [(QCoreApplication.translate("Export", "BRIEFING"), 12, style.MUTED, True)])
    facts = []
    if content.published:
        facts.append(QCoreApplication.translate("Export", "Published {0}").format(long_day(content.published, language)))
    count = len(content.events)
    facts.append(QCoreApplication.translate("Export", "1 event") if count == 1 else QCoreApplication.translate("Export", "{0} events").format(count))
    facts += [f"{QCoreApplication.translate('Export', 'Source')}: {s.name} ({s.reliability})" for s in content.sources]
    _text(slide, (MARGIN, Inches(2.2), inner, Inches(0.5)), [(" · ".join(facts), 16, style.MUTED, False)])
    size = fitted_size(entries, anchor, OVERVIEW_WIDTH)
    image = timeline_image(entries, anchor, size * IMAGE_DENSITY, style.presentation_palette(), IMAGE_DENSITY)
    top = Inches(2.95)
    room_h = HEIGHT - top - Inches(0.45)
    width = min(inner, int(room_h * size.width() / size.height()))
    slide.shapes.add_picture(io.BytesIO(_png(image)), MARGIN, top, width=Emu(width))
    lines = [f"{n}. {row.date_text}: {row.label}" for n, row in enumerate(content.events, start=1)]
    slide.notes_slide.notes_text_frame.text = "\n".join([content.title, *lines])


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
    slide = _slide(deck, _clip(row.label, TITLE_LIMIT), (MARGIN, Inches(1.05), inner, Inches(1.45)), label_size)
    _text(slide, (MARGIN, Inches(0.45), Inches(8), Inches(0.5)), [(row.date_text, 22, style.ACCENT, True)])
    counter = QCoreApplication.translate("Export", "Event {0} of {1}").format(number, total)
    _text(
        slide,
        (WIDTH - MARGIN - Inches(4), Inches(0.5), Inches(4), Inches(0.4)),
        [(counter, 14, style.MUTED, False)],
        PP_ALIGN.RIGHT,
    )

    top, bottom = Inches(2.75), HEIGHT - Inches(1.25)
    evidence_w = int(inner * 5 / 7) - Inches(0.3)
    bar = slide.shapes.add_shape(MSO_SHAPE.RECTANGLE, MARGIN, top, Inches(0.08), bottom - top)
    bar.fill.solid()
    bar.fill.fore_color.rgb = _rgb(style.ACCENT)
    bar.line.fill.background()
    sentence_size = 24 if len(row.sentence) <= 220 else 20 if len(row.sentence) <= 360 else 16
    _text(
        slide,
        (MARGIN + Inches(0.35), top, evidence_w - Inches(0.35), bottom - top),
        [(row.sentence, sentence_size, style.TEXT, False)],
    )

    side = MARGIN + int(inner * 5 / 7)
    names = list(row.participants[:MAX_PARTICIPANTS])
    if len(row.participants) > MAX_PARTICIPANTS:
        names.append(QCoreApplication.translate("Export", "+ {0} more").format(len(row.participants) - MAX_PARTICIPANTS))
    if names:
        lines = [(QCoreApplication.translate("Export", "Participants"), 14, style.MUTED, True)] + [(name, 18, style.TEXT, False) for name in names]
        _text(slide, (side, top, WIDTH - MARGIN - side, bottom - top), lines)

    foot = HEIGHT - Inches(0.85)
    _text(
        slide,
        (MARGIN, foot, inner - Inches(1.4), Inches(0.45)),
        [(f"{QCoreApplication.translate('Export', 'Source')}: {row.source}", 14, style.MUTED, False)],
    )
    badge = slide.shapes.add_shape(
        MSO_SHAPE.ROUNDED_RECTANGLE, WIDTH - MARGIN - Inches(1.0), foot, Inches(1.0), Inches(0.45)
    )
    badge.fill.solid()
    badge.fill.fore_color.rgb = _rgb(style.ACCENT)
    badge.line.fill.background()
    badge.text_frame.text = row.reliability
    run = badge.text_frame.paragraphs[0].runs[0]
    run.font.size, run.font.bold, run.font.color.rgb = Pt(16), True, _rgb(style.ACCENT_TEXT)
    badge.text_frame.paragraphs[0].alignment = PP_ALIGN.CENTER

    notes = [f"{QCoreApplication.translate('Export', 'Note')}: {row.note}"] if row.note else []
    notes += [
        f"{row.date_text}: {row.label}",
        f"„{row.sentence}“",
        f"{QCoreApplication.translate('Export', 'Source')}: {row.source} ({row.reliability}: {grade_text(row.reliability)})",
    ]
    if row.participants:
        notes.append(f"{QCoreApplication.translate('Export', 'Participants')}: {', '.join(row.participants)}")
    slide.notes_slide.notes_text_frame.text = "\n".join(notes)
