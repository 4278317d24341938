"""Small drawing helpers shared by the timeline items (Qt, no pyqtgraph items)."""

from __future__ import annotations

import math
import os
from collections import OrderedDict

import numpy as np
import shiboken6
from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPen, QPixmap

os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")  # PySide6 is imported above
import pyqtgraph as pg

_CLOSED5 = np.array([1, 1, 1, 1, 0], dtype=np.int32)  # 5-point closed polygons, not linked


def with_alpha(colour: QColor, alpha: float) -> QColor:
    """``colour`` with its opacity multiplied by ``alpha``."""
    out = QColor(colour)
    out.setAlphaF(max(0.0, min(1.0, colour.alphaF() * alpha)))
    return out


def draw_rects(painter: QPainter, rects: np.ndarray) -> None:
    """Draw the rows (x, y, width, height) of ``rects`` in one call, without a QRectF each.

    The rows are handed to Qt as the ``QRectF`` array they already are in
    memory (PySide6 takes a pointer to the first one and a count).
    """
    rects = np.ascontiguousarray(rects, dtype=np.float64)
    if len(rects):
        painter.drawRects(shiboken6.wrapInstance(rects.ctypes.data, QRectF), len(rects))


def outline_rects(rects: np.ndarray) -> np.ndarray:
    """One-pixel edges of whole-pixel ``rects`` as filled rects (x, y, width, height rows).

    Filled like this they cover the pixels an aliased one-pixel pen would:
    the right and bottom edge lie just outside the fill, sides skip the corners.
    Qt fills rects on its fast path, while stroking with a translucent pen is
    many times slower.
    """
    x, y, w, h = rects.T
    one = np.ones_like(x)
    top = np.column_stack([x, y, w + 1, one])
    bottom = np.column_stack([x, y + h, w + 1, one])
    left = np.column_stack([x, y + 1, one, h - 1])
    right = np.column_stack([x + w, y + 1, one, h - 1])
    return np.concatenate([top, bottom, left, right])


def draw_hairlines(painter: QPainter, lines: np.ndarray, pen: QPen) -> None:
    """Axis-parallel lines (rows x0, y0, x1, y1) with a pen at most one pixel wide.

    On an aliased painter that only translates, they are filled as the rects
    Qt's hairline covers (``floor`` of the ends, both inclusive, and of the
    position across): a translucent pen blends pixel by pixel, many times
    slower than a rect fill.  Antialiased, scaled or high-density painters
    (exports) get the pen.
    """
    transform = painter.transform()
    fast = (
        pen.widthF() <= 1.0
        and pen.style() == Qt.PenStyle.SolidLine
        and not painter.testRenderHint(QPainter.RenderHint.Antialiasing)
        and not (transform.isScaling() or transform.isRotating())
        and painter.device().devicePixelRatioF() == 1.0
    )
    if not fast:
        painter.setPen(pen)
        painter.drawLines([QLineF(*line) for line in lines.tolist()])
        return
    x0, y0, x1, y1 = np.floor(lines + [transform.dx(), transform.dy(), transform.dx(), transform.dy()]).T
    left, top = np.minimum(x0, x1), np.minimum(y0, y1)
    rects = np.column_stack([left, top, np.maximum(x0, x1) - left + 1, np.maximum(y0, y1) - top + 1])
    painter.save()
    painter.resetTransform()
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(pen.brush())
    draw_rects(painter, rects)
    painter.restore()


def polygons(xs: np.ndarray, ys: np.ndarray) -> QPainterPath:
    """One path of closed 5-point polygons (rows of ``xs``/``ys``), built from arrays."""
    path = pg.arrayToQPath(xs.ravel(), ys.ravel(), connect=np.tile(_CLOSED5, len(xs)), finiteCheck=False)
    path.setFillRule(Qt.FillRule.WindingFill)
    return path


class LabelSprites:
    """Labels rendered once into pixmaps and then blitted.

    Text is the slowest thing the timeline draws (glyph by glyph, every
    frame); a pixmap per label and width costs one blit.  Least recently used
    sprites are dropped beyond ``limit``.
    """

    def __init__(self, limit: int = 4000) -> None:
        self._limit = limit
        self._cache: OrderedDict[tuple[object, ...], QPixmap] = OrderedDict()

    def clear(self) -> None:
        """Forget all sprites (font, colours or labels changed)."""
        self._cache.clear()

    def get(self, key: tuple[object, ...], text: str, font: QFont, colour: QColor, dpr: float) -> QPixmap:
        """The sprite for ``key``, rendering ``text`` if it is not cached."""
        sprite = self._cache.get(key)
        if sprite is not None:
            self._cache.move_to_end(key)
            return sprite
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
