"""Small drawing helpers shared by the timeline items (Qt, no pyqtgraph items)."""

from __future__ import annotations

import os

import numpy as np
import shiboken6
from PySide6.QtCore import QLineF, QRect, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen

os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")  # PySide6 is imported above
import pyqtgraph as pg

_RASTER_DEVICES = (1, 2, 3)  # QInternal::Widget, Pixmap, Image: painted by the raster engine
_CLOSED5 = np.array([1, 1, 1, 1, 0], dtype=np.int32)  # 5-point closed polygons, not linked


def with_alpha(colour: QColor, alpha: float) -> QColor:
    """``colour`` with its opacity multiplied by ``alpha``."""
    out = QColor(colour)
    out.setAlphaF(max(0.0, min(1.0, colour.alphaF() * alpha)))
    return out


def draw_rects(painter: QPainter, rects: np.ndarray) -> None:
    """Draw the rows (x, y, width, height) of ``rects`` in one call, without a QRectF each.

    The rows are handed to Qt as the array of rects they already are in
    memory (PySide6 takes a pointer to the first one and a count).  Whole
    pixel rects go as ``QRect`` (corners x1, y1, x2, y2 in int32): Qt fills
    those row by row, cheaper than rasterising ``QRectF`` outlines.
    """
    if len(rects) == 0:
        return
    whole = rects.astype(np.int32)
    if np.array_equal(whole, rects):
        whole[:, 2:] += whole[:, :2] - 1  # width, height -> right, bottom
        painter.drawRects(shiboken6.wrapInstance(whole.ctypes.data, QRect), len(whole))
        return
    rects = np.ascontiguousarray(rects, dtype=np.float64)
    painter.drawRects(shiboken6.wrapInstance(rects.ctypes.data, QRectF), len(rects))


def outline_rects(rects: np.ndarray, thickness: float = 1.0) -> np.ndarray:
    """Edges ``thickness`` px thick of whole-pixel ``rects`` as filled rects (x, y, width, height rows).

    Filled like this they cover the pixels an aliased cosmetic pen would (one
    device pixel: ``thickness`` is 1 / device pixel ratio): the right and
    bottom edge lie just outside the fill, the sides skip the corners.  Qt
    fills rects on its fast path, while stroking with a translucent pen is
    many times slower.
    """
    x, y, w, h = rects.T
    n, t = len(rects), thickness
    edges = np.empty((4, n, 4))
    edges[:2, :, 0] = x  # top, bottom
    edges[0, :, 1] = y
    edges[1, :, 1] = y + h
    edges[:2, :, 2] = w + t
    edges[:2, :, 3] = t
    edges[2, :, 0] = x  # left, right
    edges[3, :, 0] = x + w
    edges[2:, :, 1] = y + t
    edges[2:, :, 2] = t
    edges[2:, :, 3] = h - t
    return edges.reshape(4 * n, 4)


def draw_hairlines(painter: QPainter, lines: np.ndarray, pen: QPen) -> None:
    """Lines (rows x0, y0, x1, y1) with ``pen``, drawn under a clip.

    Without a clip, Qt's raster engine blends an aliased translucent line
    pixel by pixel (some 2 ms for one line across the date axis); under any
    clip it takes the span path, which fills the very same pixels many
    times faster.  The clip is the whole device, so nothing is cut.
    """
    painter.save()
    if painter.device().devType() in _RASTER_DEVICES and not painter.hasClipping():
        device = painter.device()
        transform = painter.transform()
        painter.resetTransform()
        painter.setClipRect(QRectF(0.0, 0.0, device.width(), device.height()))
        painter.setTransform(transform)
    painter.setPen(pen)
    painter.drawLines([QLineF(*line) for line in lines.tolist()])
    painter.restore()


def polygons(xs: np.ndarray, ys: np.ndarray) -> QPainterPath:
    """One path of closed 5-point polygons (rows of ``xs``/``ys``), built from arrays."""
    path = pg.arrayToQPath(xs.ravel(), ys.ravel(), connect=np.tile(_CLOSED5, len(xs)), finiteCheck=False)
    path.setFillRule(Qt.FillRule.WindingFill)
    return path
