"""Small drawing helpers shared by the timeline items (Qt, no pyqtgraph items)."""

from __future__ import annotations

import math
import os
from collections import OrderedDict

import numpy as np
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPixmap

os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")  # PySide6 is imported above
import pyqtgraph as pg

_CLOSED5 = np.array([1, 1, 1, 1, 0], dtype=np.int32)  # 5-point closed polygons, not linked


def with_alpha(colour: QColor, alpha: float) -> QColor:
    """``colour`` with its opacity multiplied by ``alpha``."""
    out = QColor(colour)
    out.setAlphaF(max(0.0, min(1.0, colour.alphaF() * alpha)))
    return out


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
