"""Day markers as diamond sprites, culled to the view and blitted in one call per style.

pyqtgraph's ``ScatterPlotItem`` draws the same sprites, but in every frame
it maps and tests all points; here each style also keeps its markers
sorted by day, so a frame maps only the slice in view (``searchsorted``),
still drawn in row order where markers overlap.
Sprites and fragment geometry follow pyqtgraph's, so the pixels match.
"""

from __future__ import annotations

import os
from dataclasses import dataclass

import numpy as np
import shiboken6
from PySide6.QtGui import QImage, QPainter, QPixmap

os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")  # PySide6 is imported above
import pyqtgraph as pg
from pyqtgraph.graphicsItems.ScatterPlotItem import renderSymbol

from lagebild.ui.timeline.drawing import with_alpha
from lagebild.ui.timeline.style import DIM_ALPHA, Style


@dataclass(slots=True)
class _Batch:
    """Markers of one style in drawing (row) order, with their order by x for culling."""

    key: int  # colour index * 2 + dimmed
    x: np.ndarray
    y: np.ndarray
    by_x: np.ndarray  # indices sorting x
    sorted_x: np.ndarray  # x[by_x]


class MarkerSprites:
    """Diamond markers at (day, lane) positions, drawn from cached sprites."""

    def __init__(self) -> None:
        self._batches: list[_Batch] = []
        self._style: Style | None = None
        self._sprites: dict[tuple[int, float], tuple[QPixmap, tuple[int, int, int, int]]] = {}

    @property
    def size(self) -> float:
        """Diameter of a marker in px (0 before the first :meth:`show`)."""
        return 0.0 if self._style is None else 2 * self._style.metrics.marker_radius + 1

    def show(self, x: np.ndarray, y: np.ndarray, key: np.ndarray, style: Style) -> None:
        """Markers at (x, y); ``key`` is colour index * 2 + dimmed (dimmed ones are drawn first)."""
        if style is not self._style:
            self._sprites.clear()
        self._style = style
        self._batches = []
        for k in sorted(np.unique(key).tolist(), key=lambda k: -(k % 2)):
            sel = key == k
            by_x = np.argsort(x[sel], kind="stable")
            self._batches.append(_Batch(k, x[sel], y[sel], by_x, x[sel][by_x]))

    def draw(self, painter: QPainter, x_lo: float, x_hi: float, dpr: float) -> None:
        """Blit the markers between days ``x_lo`` and ``x_hi`` (painter in data coordinates)."""
        transform = painter.transform()
        sx, sy, dx, dy = transform.m11(), transform.m22(), transform.dx(), transform.dy()
        if not self._batches or sx <= 0:
            return
        margin = self.size / sx  # a marker centred just outside still reaches in
        painter.save()
        painter.resetTransform()
        for batch in self._batches:
            start, stop = np.searchsorted(batch.sorted_x, [x_lo - margin, x_hi + margin], side="left")
            if start >= stop:
                continue
            if stop - start == len(batch.x):
                x, y = batch.x, batch.y
            else:  # overlapping markers must keep their drawing order
                shown = np.sort(batch.by_x[start:stop])
                x, y = batch.x[shown], batch.y[shown]
            sprite, (left, top, width, height) = self._sprite(batch.key, dpr)
            # Only the sprite's painted part is blitted; its centre moves with the cut.
            shift_x = (left + width / 2 - sprite.width() / 2) / dpr
            shift_y = (top + height / 2 - sprite.height() / 2) / dpr
            fragments = np.empty((len(x), 10))
            fragments[:, 0] = x * sx + (dx + shift_x)  # in view, so never far outside the device
            fragments[:, 1] = y * sy + (dy + shift_y)
            fragments[:, 2:6] = [left, top, width, height]
            fragments[:, 6:10] = [1 / dpr, 1 / dpr, 0.0, 1.0]  # scale x, scale y, rotation, opacity
            first = shiboken6.wrapInstance(fragments.ctypes.data, QPainter.PixmapFragment)
            painter.drawPixmapFragments(first, len(fragments), sprite)
        painter.restore()

    def _sprite(self, key: int, dpr: float) -> tuple[QPixmap, tuple[int, int, int, int]]:
        """The diamond for ``key`` as pyqtgraph renders it (pen in the base colour), and its painted part.

        The painted part (x, y, width, height in the sprite's pixels) leaves
        out empty rows and columns at the border: blending them changes nothing.
        """
        found = self._sprites.get((key, dpr))
        if found is None:
            style = self._style
            alpha = DIM_ALPHA if key % 2 else 1.0
            pen = pg.mkPen(with_alpha(style.base, alpha), width=1.0)
            brush = pg.mkBrush(with_alpha(style.entry_colour(key // 2), alpha))
            image = renderSymbol("d", self.size, pen, brush, dpr=dpr)
            painted = _painted_part(image)
            sprite = QPixmap.fromImage(image)
            sprite.setDevicePixelRatio(1.0)  # source rects count device pixels, as in pyqtgraph's atlas
            found = self._sprites[(key, dpr)] = (sprite, painted)
        return found


def _painted_part(image: QImage) -> tuple[int, int, int, int]:
    """The smallest rect (x, y, width, height) holding every pixel of ``image`` that is not transparent."""
    image = image.convertToFormat(QImage.Format.Format_ARGB32)
    alpha = np.frombuffer(image.constBits(), np.uint8).reshape(image.height(), image.bytesPerLine() // 4, 4)[
        :, : image.width(), 3
    ]
    rows, cols = np.flatnonzero(alpha.any(axis=1)), np.flatnonzero(alpha.any(axis=0))
    if len(rows) == 0:
        return 0, 0, 0, 0
    return int(cols[0]), int(rows[0]), int(cols[-1] - cols[0] + 1), int(rows[-1] - rows[0] + 1)
