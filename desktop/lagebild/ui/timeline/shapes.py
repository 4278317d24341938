"""Bars and vague bands of the timeline as a handful of batched draw calls.

:func:`build_shapes` turns the entries in a pixel window into numpy arrays
of rects, one batch per colour (overlapping bars of one colour in one lane
merged first), and each band shape into one gradient image copied to every
lane that has it; :class:`Shapes` replays them while the view pans at the
same zoom.  There is no Python loop over entries and no ``QRectF`` per entry.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import shiboken6
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QImage, QLinearGradient, QPainter, QPen, QPixmap

from lagebild.ui.timeline.drawing import draw_rects, outline_rects, with_alpha
from lagebild.ui.timeline.frame import Frame
from lagebild.ui.timeline.layout import merge_intervals
from lagebild.ui.timeline.placement import Glyph
from lagebild.ui.timeline.style import DIM_ALPHA

OUTLINED_BARS = 500  # more bars of one colour in view are drawn without outline

@dataclass(slots=True)
class _Rects:
    """Rects in one pen and brush."""

    pen: QPen | None
    brush: QBrush | QColor
    rects: np.ndarray  # rows x, y, width, height in px

    def draw(self, painter: QPainter) -> None:
        painter.setPen(self.pen if self.pen is not None else Qt.PenStyle.NoPen)
        painter.setBrush(self.brush)
        draw_rects(painter, self.rects)


@dataclass(slots=True)
class _Copies:
    """One part of a pre-rendered image at several places: a band in every lane that has it."""

    image: QImage
    source: tuple[int, int, int, int]  # x, y, width, height in the image's pixels
    x: int
    ys: list[int]

    def draw(self, painter: QPainter) -> None:
        for y in self.ys:
            painter.drawImage(self.x, y, self.image, *self.source)


@dataclass(slots=True)
class _Fragments:
    """Pieces of one pixmap, as ``QPainter.PixmapFragment`` rows (centre x, y, source rect, scale, ...)."""

    pixmap: QPixmap
    fragments: np.ndarray

    def draw(self, painter: QPainter) -> None:
        if len(self.fragments):
            first = shiboken6.wrapInstance(self.fragments.ctypes.data, QPainter.PixmapFragment)
            painter.drawPixmapFragments(first, len(self.fragments), self.pixmap)


@dataclass(slots=True)
class Shapes:
    """Draw calls for the bars and bands in the px window ``lo``..``hi`` at one zoom."""

    lo: float
    hi: float
    calls: list[_Rects | _Copies | _Fragments] = field(default_factory=list)

    def covers(self, lo: float, hi: float) -> bool:
        """Whether the px range ``lo``..``hi`` lies inside the window."""
        return self.lo <= lo and hi <= self.hi

    def draw(self, painter: QPainter) -> None:
        """Replay the calls (painter in the px coordinates they were built in)."""
        for call in self.calls:
            call.draw(painter)


def build_shapes(
    frame: Frame, lo: float, hi: float, skip: int | None, smooth: bool, dpr: float
) -> Shapes:
    """Bands, then bars, of the entries reaching into px ``lo``..``hi`` (not row ``skip``).

    ``smooth``: the painter antialiases (an export); ``dpr``: device pixels per px.
    """
    near = (frame.reach_hi >= lo) & (frame.reach_lo <= hi)
    if skip is not None:
        near[skip] = False
    shapes = Shapes(lo, hi)
    centre = (frame.lane + 0.5) * frame.lane_px
    _add_bands(shapes, frame, np.flatnonzero(near & (frame.placement.glyph >= Glyph.PAST)), centre, smooth, dpr)
    _add_bars(shapes, frame, frame.bar_order[near[frame.bar_order]], centre, smooth, dpr)
    return shapes


def _add_bars(
    shapes: Shapes, frame: Frame, rows: np.ndarray, centre: np.ndarray, smooth: bool, dpr: float
) -> None:
    """Bars of ``rows`` (sorted by colour key, lane, start), one or two calls per colour."""
    if len(rows) == 0:
        return
    p, ext = frame.placement, frame.ext
    # Overlapping bars of one colour in one lane are drawn as their union.
    key = p.colour[rows] * 2 + frame.dimmed[rows]
    group = key.astype(np.int64) * (frame.lanes + 1) + frame.lane[rows]
    group, a, b, first = merge_intervals(group, ext.glyph_lo[rows], ext.glyph_hi[rows], presorted=True)
    key = group // (frame.lanes + 1)
    half = frame.half
    # Whole pixels keep Qt on its fast path for rects.
    x0, top = np.round(a), np.round(centre[rows[first]] - half)
    width = np.maximum(np.round(b) - x0, 1.0)
    rects = np.column_stack([x0, top, width, np.full_like(x0, round(2 * half) - 1)])
    bounds = np.flatnonzero(np.diff(key)) + 1
    for start, stop in zip([0, *bounds.tolist()], [*bounds.tolist(), len(key)]):
        k = int(key[start])
        part = rects[start:stop]
        if len(part) > OUTLINED_BARS:  # a carpet of bars: outlines would only add noise
            shapes.calls.append(_Rects(None, _colour(frame, k, 0.4), part))
        elif smooth:  # outlines straddle pixels: only a pen draws them so
            shapes.calls.append(_Rects(QPen(_colour(frame, k, 0.9), 0), _colour(frame, k, 0.28), part))
        elif dpr == 1.0:  # copies of one drawn bar: a translucent pen is many times slower
            shapes.calls.append(_outlined_bars(frame, k, part, shapes.lo, shapes.hi))
        else:  # outlines as filled edges, one device pixel thick
            shapes.calls.append(_Rects(None, _colour(frame, k, 0.28), part))
            shapes.calls.append(_Rects(None, _colour(frame, k, 0.9), outline_rects(part, 1 / dpr)))


_STRIP = 4096  # px: longer than any bar cut to a window


def _outlined_bars(frame: Frame, key: int, rects: np.ndarray, lo: float, hi: float) -> _Fragments:
    """Outlined bars of colour ``key`` as pieces of one long drawn bar (px window ``lo``..``hi``).

    Each bar is the strip's left end (left edge, fill, top and bottom edges)
    cut to its width, plus the strip's last column (the right edge): two
    blits of ready pixels instead of a fill and four edge rects, which Qt
    fills row by row (a one-pixel-wide edge costs a call per row).
    """
    x0 = np.maximum(rects[:, 0], np.floor(lo) - 2.0)  # cut to the window; the cuts stay out of view
    x1 = np.minimum(rects[:, 0] + rects[:, 2], np.ceil(hi) + 2.0)
    keep = x1 > x0
    x0, x1, top = x0[keep], x1[keep], rects[keep, 1]
    height = float(rects[0, 3]) + 1.0  # fill rows plus the bottom edge
    strip = _strip(frame, key, int(height) - 1)
    n = len(x0)
    fragments = np.empty((2 * n, 10))
    fragments[:n, 0] = (x0 + x1) / 2  # left piece: centre x, y, source x, y, width, height
    fragments[:n, 2] = 0.0
    fragments[:n, 4] = x1 - x0
    fragments[n:, 0] = x1 + 0.5  # right edge
    fragments[n:, 2] = _STRIP
    fragments[n:, 4] = 1.0
    fragments[:, 1] = np.concatenate([top, top]) + height / 2
    fragments[:, 3] = 0.0
    fragments[:, 5] = height
    fragments[:, 6:] = [1.0, 1.0, 0.0, 1.0]  # scale x, y, rotation, opacity
    return _Fragments(strip, fragments)


def _strip(frame: Frame, key: int, height: int) -> QPixmap:
    """One outlined bar :data:`_STRIP` px long in colour ``key`` (cached while the style lasts)."""
    strip = frame.cache.get(("strip", key, height))
    if strip is None:
        image = QImage(_STRIP + 1, height + 1, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        bar = np.array([[0.0, 0.0, float(_STRIP), float(height)]])
        painter = QPainter(image)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(_colour(frame, key, 0.28))
        draw_rects(painter, bar)
        painter.setBrush(_colour(frame, key, 0.9))
        draw_rects(painter, outline_rects(bar))
        painter.end()
        strip = frame.cache[("strip", key, height)] = QPixmap.fromImage(image)
    return strip


def _colour(frame: Frame, key: int, opacity: float) -> QColor:
    """Entry colour of colour key ``key`` (index * 2 + dimmed) at ``opacity``, dimmed if so."""
    colour = frame.cache.get((key, opacity))
    if colour is None:
        alpha = opacity * (DIM_ALPHA if key % 2 else 1.0)
        colour = frame.cache[(key, opacity)] = with_alpha(frame.style.entry_colour(key // 2), alpha)
    return colour


def _add_bands(shapes: Shapes, frame: Frame, rows: np.ndarray, centre: np.ndarray, smooth: bool, dpr: float) -> None:
    """Vague bands of ``rows``: one gradient per band shape and style, rendered once and copied to each lane.

    A gradient costs several times more per pixel than copying an image, and
    all lanes' bands of one shape and style are the same pixels.  Antialiased
    painters (exports) fill rects with the gradient, which stays a vector.
    """
    if len(rows) == 0:
        return
    p, ext, dimmed = frame.placement, frame.ext, frame.dimmed
    # Bands of one kind in one lane from one anchor coincide: keep one per
    # lane, preferring an undimmed one ...
    rows = rows[np.argsort(dimmed[rows], kind="stable")]
    a = np.round(ext.glyph_lo[rows])
    b = np.round(ext.glyph_hi[rows])
    span = (a - a.min()) * (b.max() - a.min() + 1) + (b - a.min())
    shape = span * 8 + p.glyph[rows]
    _, first = np.unique(shape * (frame.lanes + 1) + frame.lane[rows], return_index=True)
    rows, a, b, shape = rows[first], a[first], b[first], shape[first]
    # ... and fill all lanes' bands of one shape and style alike.
    style = (p.colour[rows] * 2 + dimmed[rows]).astype(np.int64)
    group = shape * (2 * len(p.colours) + 2) + style
    height = float(round(2 * frame.half))
    top = np.round(centre[rows] - frame.half)
    bands: list[tuple[list, float, float, _Copies]] = []  # drawn into one image below
    for g in sorted(np.unique(group).tolist(), key=lambda g: -(g % 2)):  # dimmed first
        sel = np.flatnonzero(group == g)
        row = int(rows[sel[0]])
        x0, x1 = float(a[sel[0]]), float(b[sel[0]])
        colour = frame.style.entry_colour(int(p.colour[row]))
        strength = 0.5 * (DIM_ALPHA if dimmed[row] else 1.0)
        stops = frame.band_brush(int(p.glyph[row]), colour, strength).gradient().stops()
        if smooth:
            gradient = QLinearGradient(x0, 0.0, max(x1, x0 + 1), 0.0)
            gradient.setStops(stops)
            ys = top[sel]
            rects = np.column_stack([np.full_like(ys, x0), ys, np.full_like(ys, x1 - x0), np.full_like(ys, height)])
            shapes.calls.append(_Rects(None, QBrush(gradient), rects))
        elif x1 > x0:
            copies = _Copies(QImage(), (0, 0, 0, 0), int(x0), top[sel].astype(int).tolist())
            bands.append((stops, x1 - x0, max(x1, x0 + 1) - x0, copies))
            shapes.calls.append(copies)
    if bands:
        _draw_bands(bands, height, dpr)


def _draw_bands(bands: list[tuple[list, float, float, _Copies]], height: float, dpr: float) -> None:
    """Render each band (gradient stops, width, gradient length, its copies) into one shared image.

    One image and one painter for all: starting a painter costs more than a
    small gradient fill.
    """
    rows = round(height * dpr)
    widest = round(max(width for _, width, _, _ in bands) * dpr)
    image = QImage(widest, rows * len(bands), QImage.Format.Format_ARGB32_Premultiplied)
    image.setDevicePixelRatio(dpr)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    for k, (stops, width, length, copies) in enumerate(bands):
        gradient = QLinearGradient(0.0, 0.0, length, 0.0)  # horizontal: the same in every row
        gradient.setStops(stops)
        painter.fillRect(QRectF(0.0, k * rows / dpr, width, height), QBrush(gradient))
        copies.image = image
        copies.source = (0, k * rows, round(width * dpr), rows)
    painter.end()
