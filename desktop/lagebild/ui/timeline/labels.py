"""Entry labels, blitted from sprites rendered once per label, width and state.

Text is the slowest thing the timeline draws (glyph by glyph, every frame);
a pixmap per label costs one blit.  Elided labels are cut to multiples of
:data:`ELIDE_STEP` px so that zooming renders few new sprites.
"""

from __future__ import annotations

import math
from collections import OrderedDict

import numpy as np
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPixmap

from lagebild.ui.timeline.drawing import with_alpha
from lagebild.ui.timeline.frame import Frame

ELIDE_STEP = 12.0  # px

SpriteKey = tuple[int, int, bool, float]  # row, elided width (-1: full), dimmed, device pixel ratio


class LabelSprites:
    """Rendered labels by key; least recently used ones are dropped beyond ``limit``."""

    def __init__(self, limit: int = 4000) -> None:
        self._limit = limit
        self._cache: OrderedDict[SpriteKey, QPixmap] = OrderedDict()

    def clear(self) -> None:
        """Forget all sprites (font, colours or labels changed)."""
        self._cache.clear()

    def find(self, key: SpriteKey) -> QPixmap | None:
        """The cached sprite for ``key``."""
        sprite = self._cache.get(key)
        if sprite is not None:
            self._cache.move_to_end(key)
        return sprite

    def render(self, key: SpriteKey, text: str, font: QFont, colour: QColor) -> QPixmap:
        """Render ``text`` as the sprite for ``key`` (at the key's device pixel ratio)."""
        dpr = key[3]
        metrics = QFontMetricsF(font)
        width, height = math.ceil(metrics.horizontalAdvance(text)) + 2, math.ceil(metrics.height())
        sprite = QPixmap(max(1, math.ceil(width * dpr)), max(1, math.ceil(height * dpr)))
        sprite.setDevicePixelRatio(dpr)
        sprite.fill(Qt.GlobalColor.transparent)
        painter = QPainter(sprite)
        painter.setFont(font)
        painter.setPen(colour)
        painter.drawText(QPointF(0.0, metrics.ascent()), text)
        painter.end()
        self._cache[key] = sprite
        if len(self._cache) > self._limit:
            self._cache.popitem(last=False)
        return sprite


def placed_labels(
    frame: Frame, lo: float, hi: float, rows: np.ndarray | None = None
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The labels drawn in view, px ``lo``..``hi``: rows, left px and room in px.

    A label is drawn while its glyph is in view; a bar or band reaching in
    from the left keeps its label at the left edge while there is room.
    ``rows`` limits the answer to those rows.
    """
    fit, ext, metrics = frame.fit, frame.ext, frame.style.metrics
    if rows is None:
        rows = np.flatnonzero(fit.shown & (ext.glyph_hi >= lo) & (ext.glyph_lo <= hi))
    else:
        rows = rows[fit.shown[rows] & (ext.glyph_hi[rows] >= lo) & (ext.glyph_lo[rows] <= hi)]
    end = fit.lo[rows] + fit.width[rows]
    start = np.maximum(fit.lo[rows], lo + metrics.gap)
    keep = end - start >= np.minimum(fit.width[rows], metrics.min_label)
    return rows[keep], start[keep], (end - start)[keep]


def draw_labels(
    painter: QPainter, frame: Frame, sprites: LabelSprites, lo: float, hi: float, dpr: float, skip: int | None
) -> None:
    """Blit the labels drawn in view, px ``lo``..``hi`` (not row ``skip``)."""
    rows, start, room = placed_labels(frame, lo, hi)
    if skip is not None:
        keep = rows != skip
        rows, start, room = rows[keep], start[keep], room[keep]
    if len(rows) == 0:
        return
    style = frame.style
    top = np.round((frame.lane[rows] + 0.5) * frame.lane_px - style.line_height / 2).astype(int)
    left = np.round(start).astype(int)
    full = frame.label_width[rows] - 0.5 <= room
    width = np.where(full, -1, room - room % ELIDE_STEP).astype(int)  # elided to steps
    dimmed = frame.dimmed[rows]
    labels = frame.placement.entries
    metrics = QFontMetricsF(style.font)
    colours = (style.text, with_alpha(style.text, 0.35))
    for row, x, y, w, dim in zip(rows.tolist(), left.tolist(), top.tolist(), width.tolist(), dimmed.tolist()):
        key = (row, w, dim, dpr)
        sprite = sprites.find(key)
        if sprite is None:
            text = labels[row].label
            if w >= 0:
                text = metrics.elidedText(text, Qt.TextElideMode.ElideRight, w)
            sprite = sprites.render(key, text, style.font, colours[dim])
        painter.drawPixmap(x, y, sprite)
