"""All timeline entries in one graphics item.

:class:`EntriesItem` draws the bands and bars of every entry into a
``QPicture`` recorded in pixels for the current zoom and replayed while the
view pans; it is recorded again when the zoom changes or the view leaves the
recorded window.  Shapes are built with numpy, one call per colour
(overlapping bars merged first), so a frame costs no Python loop over the
entries.  Labels are fitted per zoom (only near the view) and blitted from
cached sprites; day markers are sprites too (:class:`~.layers.MarkerLayer`),
because antialiased paths with thousands of subpaths rasterise slowly.  The
item also answers hit tests, hover and clicks for all its layers.
"""

from __future__ import annotations

import os
from html import escape

import numpy as np
from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFontMetricsF,
    QGradient,
    QLinearGradient,
    QPainter,
    QPen,
    QPicture,
    QTransform,
)

os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")  # PySide6 is imported above
import pyqtgraph as pg

from lagebild.ui.timeline.drawing import LabelSprites, polygons, with_alpha
from lagebild.ui.timeline.layers import MarkerLayer, SelectionItem
from lagebild.ui.timeline.layout import (
    BAND_SHARE,
    LABEL_SHARE,
    Extents,
    LabelFit,
    extents,
    fit_labels,
    merge_intervals,
)
from lagebild.ui.timeline.placement import Glyph, Placement, place
from lagebild.ui.timeline.style import DIM_ALPHA, Style

_BANDS = (Glyph.PAST, Glyph.FUTURE, Glyph.PRESENT)
_ELIDE_STEP = 12.0  # px: elided labels are cut to multiples of this width
_OUTLINED_BARS = 500  # more bars of one colour in view are drawn without outline
_PRIORITY = np.array([0, 1, 2, 2, 2])  # hit-test preference by glyph: marker, bar, bands


def _same(a: float, b: float) -> bool:
    return a == b or abs(a - b) <= 1e-9 * max(abs(a), abs(b))


class EntriesItem(pg.GraphicsObject):
    """All timeline entries in one graphics item (x = days, y = lanes)."""

    clicked = Signal(str)

    def __init__(self, style: Style) -> None:
        super().__init__()
        self._style = style
        self._p: Placement = place([], None)
        self._label_width = np.zeros(0)
        self._label_cap = np.inf
        self._view_width = np.inf
        self._lane = np.zeros(0, dtype=np.int32)
        self._lanes = 0
        self._origin = 0.0
        self._selected: int | None = None
        self._dimmed = np.zeros(0, dtype=bool)
        self._scale = 0.0
        self._lane_px = 0.0
        self._ext: Extents | None = None
        self._fit: LabelFit | None = None
        self._fitted = (np.inf, -np.inf)  # px range whose labels are fitted
        self._lo = np.zeros(0)  # px extent of glyph plus drawn label
        self._hi = np.zeros(0)
        self._bounds = QRectF()
        self._picture: QPicture | None = None  # shapes at the current zoom, for panning
        self._drawn_scale = 0.0  # zoom of the last frame drawn without a picture
        self._window = (0.0, 0.0)
        self._hover: int | None = None
        self._view_dirty = True
        self._brushes: dict[tuple[int, int, float], QBrush] = {}
        self._sprites = LabelSprites()
        self._markers = MarkerLayer(self)
        self._selection = SelectionItem(self)

    # -- content and state -------------------------------------------------

    def set_content(
        self,
        placement: Placement,
        label_width: np.ndarray,
        lane: np.ndarray,
        lanes: int,
        origin: float,
        view_width: float,
    ) -> None:
        """Show ``placement`` with lane ``lane[i]`` for row i (``lanes`` in total).

        Labels and bands are capped to shares of ``view_width`` px; rows keep
        their dimmed and selected state only if the caller sets it again.
        """
        self._sprites.clear()
        self._p, self._label_width = placement, label_width
        self._view_width, self._label_cap = view_width, LABEL_SHARE * view_width
        self._lane, self._lanes, self._origin = lane, lanes, origin
        self._dimmed = np.zeros(len(placement), dtype=bool)
        self._selected = self._hover = None
        self._changed(layout=True)
        self._update_markers()

    def set_style(self, style: Style) -> None:
        """Redraw with new colours and sizes."""
        self._style = style
        self._brushes.clear()
        self._sprites.clear()
        self._changed(layout=True)
        self._update_markers()

    def set_selected(self, row: int | None) -> None:
        """Draw row ``row`` as selected (``None``: nothing)."""
        if row != self._selected:
            self._selected = row
            self._changed(layout=True)

    def set_dimmed(self, dimmed: np.ndarray) -> None:
        """Dim the rows where ``dimmed`` is true."""
        if not np.array_equal(dimmed, self._dimmed):
            self._dimmed = dimmed
            self._changed(layout=False)
            self._update_markers()

    def _update_markers(self) -> None:
        rows = np.flatnonzero(self._p.glyph == Glyph.MARKER)
        self._markers.show_markers(
            self._p.x0[rows],
            self._lane[rows] + 0.5,
            self._p.colour[rows] * 2 + self._dimmed[rows],
            self._style,
        )

    def is_label_shown(self, row: int) -> bool:
        """Whether row ``row`` has its label drawn in the current view."""
        self._sync_view()
        return self._fit is not None and (bool(self._fit.shown[row]) or row == self._selected)

    # -- geometry ----------------------------------------------------------

    def _changed(self, layout: bool) -> None:
        self.prepareGeometryChange()
        self._selection.geometry_changed()
        if layout:
            self._scale = 0.0
        self._picture = None
        self._view_dirty = True
        self.update()

    def _view_scale(self) -> tuple[float, float] | None:
        view = self.getViewWidget()
        if view is None:
            return None
        transform = self.deviceTransform(view.viewportTransform())
        if transform.m11() <= 0 or transform.m22() == 0:
            return None
        return transform.m11(), transform.m22()

    def _sync(self) -> None:
        scale = self._view_scale()
        if scale is not None:
            self._ensure(*scale)

    def _sync_view(self) -> None:
        """Labels fitted for the current zoom and view."""
        self._sync()
        view = self.viewRect()
        if view is not None and self._scale > 0:
            self._fit_window((view.left() - self._origin) * self._scale, (view.right() - self._origin) * self._scale)

    def _ensure(self, scale: float, lane_px: float) -> None:
        """Lay out labels for ``scale`` px/day and ``lane_px`` px/lane (cached)."""
        if _same(scale, self._scale) and _same(lane_px, self._lane_px):
            return
        self._scale, self._lane_px = scale, lane_px
        self._picture = None
        metrics = self._style.metrics
        capped = np.minimum(self._label_width, self._label_cap)
        ext = self._ext = extents(self._p, capped, self._origin, scale, metrics, BAND_SHARE * self._view_width)
        n = len(self._p)
        self._fit = LabelFit(np.zeros(n, dtype=bool), ext.label_lo.copy(), np.zeros(n))
        self._fitted = (np.inf, -np.inf)
        # Where each entry may draw: glyph plus its whole (capped) label.
        lo = self._lo = np.minimum(ext.glyph_lo, ext.label_lo)
        hi = self._hi = np.maximum(ext.glyph_hi, ext.label_hi)
        if n:
            left = float(lo.min()) / scale + self._origin
            right = float(hi.max()) / scale + self._origin
            self._bounds = QRectF(left, 0.0, right - left, float(self._lanes))
        else:
            self._bounds = QRectF()

    def _fit_window(self, lo: float, hi: float) -> None:
        """Fit the labels of the entries around px ``lo``..``hi`` (cached per zoom).

        Only entries near the view are fitted: a label is never wider than a
        share of the view, so neighbours a view width away cannot matter.
        """
        if lo >= self._fitted[0] and hi <= self._fitted[1]:
            return
        width = max(hi - lo, 1.0)
        lo, hi = lo - width, hi + width
        ext, metrics = self._ext, self._style.metrics
        rows = np.flatnonzero((ext.glyph_hi >= lo - width) & (ext.glyph_lo <= hi + width))
        part = Extents(ext.glyph_lo[rows], ext.glyph_hi[rows], ext.label_lo[rows], ext.label_hi[rows], ext.side[rows])
        fit = fit_labels(self._lane[rows], part, metrics.gap, metrics.min_label)
        shown = np.zeros(len(self._p), dtype=bool)
        if abs(self._lane_px) >= self._style.min_lane_px * 0.9:
            shown[rows] = fit.shown
        self._fit.shown = shown
        self._fit.lo[rows] = fit.lo
        self._fit.width[rows] = fit.width
        self._fitted = (lo, hi)

    def boundingRect(self) -> QRectF:
        """Extent of glyphs and (capped) labels at the current zoom, in days × lanes."""
        if self._view_dirty:
            self._view_dirty = False
            self._sync()
        return QRectF(self._bounds)

    def viewTransformChanged(self) -> None:
        """pyqtgraph hook: labels may have to be re-fitted, the bounds follow the zoom."""
        self.prepareGeometryChange()
        super().viewTransformChanged()
        self._view_dirty = True

    # -- painting ----------------------------------------------------------

    def paint(self, painter: QPainter, option, widget=None) -> None:
        """Replay the cached picture, recording it first if the view left it."""
        if len(self._p) == 0:
            return
        transform = painter.transform()
        scale, lane_px = transform.m11(), transform.m22()
        if scale <= 0 or lane_px == 0:
            return
        self._ensure(scale, lane_px)
        view = self.viewRect()
        if view is None:
            view = self._bounds
        lo = (view.left() - self._origin) * self._scale
        hi = (view.right() - self._origin) * self._scale
        painter.save()
        painter.setTransform(self._pixel_transform(transform))
        if self._picture is None and self._drawn_scale != self._scale:
            # Zooming: the next step changes the scale again, so draw straight
            # away instead of recording a picture nobody will replay.
            self._drawn_scale = self._scale
            self._fit_window(lo, hi)
            self._draw_shapes(painter, lo, hi)
        else:
            if self._picture is None or lo < self._window[0] or hi > self._window[1]:
                # Panning at this zoom: record 40 % of a view beyond each side.
                margin = (hi - lo) * 0.4
                self._window = (lo - margin, hi + margin)
                self._fit_window(*self._window)
                self._picture = QPicture()
                recorder = QPainter(self._picture)
                self._draw_shapes(recorder, *self._window)
                recorder.end()
            painter.drawPicture(0, 0, self._picture)
        dpr = widget.devicePixelRatioF() if widget is not None else painter.device().devicePixelRatioF()
        self._draw_labels(painter, lo, hi, dpr)
        painter.restore()

    def _pixel_transform(self, transform: QTransform) -> QTransform:
        """Device transform for drawing in origin-relative pixels."""
        return QTransform.fromTranslate(self._origin * transform.m11() + transform.dx(), transform.dy())

    def _draw_shapes(self, painter: QPainter, lo: float, hi: float) -> None:
        """Bands and bars of the entries between px ``lo`` and ``hi`` (not the selected one)."""
        rows = np.flatnonzero((self._hi >= lo) & (self._lo <= hi))
        if self._selected is not None:
            rows = rows[rows != self._selected]
        centre = (self._lane + 0.5) * self._lane_px
        self._draw_bands(painter, rows, centre)
        self._draw_bars(painter, rows, centre)

    @property
    def _half_height(self) -> float:
        return min(self._style.line_height / 2 + 1, 0.42 * abs(self._lane_px))

    @property
    def _radius(self) -> float:
        return self._style.metrics.marker_radius

    def _colour_groups(self, rows: np.ndarray) -> list[tuple[np.ndarray, QColor, float]]:
        """Split ``rows`` by (colour, dimmed): rows, entry colour, opacity."""
        if len(rows) == 0:
            return []
        key = self._p.colour[rows] * 2 + self._dimmed[rows]
        out = []
        for k in np.unique(key):
            colour = self._style.entry_colour(int(k) // 2)
            out.append((rows[key == k], colour, DIM_ALPHA if k % 2 else 1.0))
        return out

    def _draw_bars(self, painter: QPainter, rows: np.ndarray, centre: np.ndarray) -> None:
        rows = rows[self._p.glyph[rows] == Glyph.BAR]
        if len(rows) == 0:
            return
        # Overlapping bars of one colour in one lane are drawn as their union.
        key = self._p.colour[rows] * 2 + self._dimmed[rows]
        group = key.astype(np.int64) * (self._lanes + 1) + self._lane[rows]
        group, a, b, first = merge_intervals(group, self._ext.glyph_lo[rows], self._ext.glyph_hi[rows])
        key = group // (self._lanes + 1)
        y = centre[rows[first]]
        half = self._half_height
        for k in np.unique(key).tolist():
            sel = key == k
            colour = self._style.entry_colour(k // 2)
            alpha = DIM_ALPHA if k % 2 else 1.0
            # Whole pixels and a cosmetic pen keep Qt on its fast path for rects
            # (a path with thousands of subpaths rasterises several times slower).
            x0, top = np.round(a[sel]), np.round(y[sel] - half)
            width = np.maximum(np.round(b[sel]) - x0, 1.0)
            height = round(2 * half) - 1
            rects = list(map(QRectF, x0.tolist(), top.tolist(), width.tolist(), [height] * len(x0)))
            if len(rects) <= _OUTLINED_BARS:
                painter.setPen(QPen(with_alpha(colour, 0.9 * alpha), 0))
                painter.setBrush(with_alpha(colour, 0.28 * alpha))
            else:  # a carpet of bars: outlines would only add noise and time
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(with_alpha(colour, 0.4 * alpha))
            painter.drawRects(rects)

    def _band_brush(self, kind: int, colour: QColor, strength: float) -> QBrush:
        """Gradient fading away from the anchor, relative to the band's own rect."""
        key = (kind, colour.rgba(), strength)
        brush = self._brushes.get(key)
        if brush is None:
            gradient = QLinearGradient(0.0, 0.0, 1.0, 0.0)
            gradient.setCoordinateMode(QGradient.CoordinateMode.ObjectBoundingMode)
            solid, clear = with_alpha(colour, strength), with_alpha(colour, 0.0)
            gradient.setColorAt(0.0, solid if kind == Glyph.FUTURE else clear)
            gradient.setColorAt(1.0, solid if kind == Glyph.PAST else clear)
            if kind == Glyph.PRESENT:
                gradient.setColorAt(0.5, solid)
            brush = self._brushes[key] = QBrush(gradient)
        return brush

    def _draw_bands(self, painter: QPainter, rows: np.ndarray, centre: np.ndarray) -> None:
        rows = rows[np.isin(self._p.glyph[rows], _BANDS)]
        if len(rows) == 0:
            return
        # Bands of one kind in one lane from one anchor coincide: keep one per
        # lane, preferring an undimmed one ...
        rows = rows[np.argsort(self._dimmed[rows], kind="stable")]
        a = np.round(self._ext.glyph_lo[rows])
        b = np.round(self._ext.glyph_hi[rows])
        span = (a - a.min()) * (b.max() - a.min() + 1) + (b - a.min())
        shape = span * 8 + self._p.glyph[rows]
        _, first = np.unique(shape * (self._lanes + 1) + self._lane[rows], return_index=True)
        rows, a, b, shape = rows[first], a[first], b[first], shape[first]
        # ... and fill all lanes' bands of one shape and style with one gradient.
        style = (self._p.colour[rows] * 2 + self._dimmed[rows]).astype(np.int64)
        group = shape * (2 * len(self._p.colours) + 2) + style
        half = self._half_height
        height = round(2 * half)
        top = np.round(centre[rows] - half)
        painter.setPen(Qt.PenStyle.NoPen)
        for g in sorted(np.unique(group).tolist(), key=lambda g: -(g % 2)):  # dimmed first
            sel = np.flatnonzero(group == g)
            row = int(rows[sel[0]])
            x0, x1 = float(a[sel[0]]), float(b[sel[0]])
            colour = self._style.entry_colour(int(self._p.colour[row]))
            strength = 0.5 * (DIM_ALPHA if self._dimmed[row] else 1.0)
            gradient = QLinearGradient(x0, 0.0, max(x1, x0 + 1), 0.0)
            gradient.setStops(self._band_brush(int(self._p.glyph[row]), colour, strength).gradient().stops())
            ys = top[sel][:, None]
            xs0, xs1 = np.full_like(ys, x0), np.full_like(ys, x1)
            path = polygons(np.hstack([xs0, xs1, xs1, xs0, xs0]), np.hstack([ys, ys, ys + height, ys + height, ys]))
            painter.fillPath(path, QBrush(gradient))

    def _draw_labels(self, painter: QPainter, lo: float, hi: float, dpr: float) -> None:
        """Blit the labels of the entries in view, px ``lo``..``hi`` (sprites are cached)."""
        fit, ext = self._fit, self._ext
        # A label is drawn while its glyph is in view; a bar or band reaching in
        # from the left keeps its label at the left edge while there is room.
        rows = np.flatnonzero(fit.shown & (ext.glyph_hi >= lo) & (ext.glyph_lo <= hi))
        rows = rows[rows != self._selected] if self._selected is not None else rows
        end = fit.lo[rows] + fit.width[rows]
        start = np.maximum(fit.lo[rows], lo + self._style.metrics.gap)
        keep = end - start >= np.minimum(fit.width[rows], self._style.metrics.min_label)
        rows, start, room = rows[keep], start[keep], (end - start)[keep]
        if len(rows) == 0:
            return
        top = np.round((self._lane[rows] + 0.5) * self._lane_px - self._style.line_height / 2)
        left = np.round(start)
        metrics = QFontMetricsF(self._style.font)
        colours = (self._style.text, with_alpha(self._style.text, 0.35))
        for row, x, y, width in zip(rows.tolist(), left.tolist(), top.tolist(), room.tolist()):
            full = self._label_width[row] - 0.5 <= width
            if not full:  # elide to steps, so zooming re-renders few sprites
                width = width - width % _ELIDE_STEP
            dimmed = bool(self._dimmed[row])
            key = (row, -1 if full else int(width), dimmed)
            text = self._p.entries[row].label
            if not full:
                text = metrics.elidedText(text, Qt.TextElideMode.ElideRight, width)
            sprite = self._sprites.get(key, text, self._style.font, colours[dimmed], dpr)
            painter.drawPixmap(QPointF(x, y), sprite)

    def selection_rect(self) -> QRectF:
        """Data-coordinate extent of the selected entry as drawn (empty if none)."""
        row = self._selected
        self._sync()
        if row is None or self._ext is None or self._scale <= 0:
            return QRectF()
        left, right = self._selected_label(row)
        left = min(left, float(self._ext.glyph_lo[row]) - 2 * self._radius) / self._scale + self._origin
        right = max(right, float(self._ext.glyph_hi[row]) + 2 * self._radius) / self._scale + self._origin
        lane = float(self._lane[row])
        return QRectF(left, lane, right - left, 1.0)

    def paint_selection(self, painter: QPainter) -> None:
        """Draw the selected entry (for :class:`SelectionItem`)."""
        row = self._selected
        transform = painter.transform()
        if row is None or transform.m11() <= 0 or transform.m22() == 0:
            return
        self._ensure(transform.m11(), transform.m22())
        painter.save()
        painter.setTransform(self._pixel_transform(transform))
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self._draw_selected(painter, row, (float(self._lane[row]) + 0.5) * self._lane_px)
        painter.restore()

    def _selected_label(self, row: int) -> tuple[float, float]:
        """Left and right px of the selected row's label (full, bold, capped)."""
        style = self._style
        width = min(QFontMetricsF(style.bold).horizontalAdvance(self._p.entries[row].label), self._label_cap)
        if self._p.side[row] > 0:
            left = float(self._ext.label_lo[row])
        else:
            left = float(self._ext.label_hi[row]) - width
        return left - 4, left + width + 4

    def _draw_selected(self, painter: QPainter, row: int, y: float) -> None:
        style = self._style
        kind = self._p.glyph[row]
        a, b = float(self._ext.glyph_lo[row]), float(self._ext.glyph_hi[row])
        half = self._half_height
        if kind == Glyph.MARKER:
            r = self._radius * 1.45
            x = (a + b) / 2
            xs = np.array([[x, x + r, x, x - r, x]])
            ys = np.array([[y - r, y, y + r, y, y - r]])
            painter.setPen(QPen(style.text, 2.0))
            painter.setBrush(style.highlight)
            painter.drawPath(polygons(xs, ys))
        elif kind == Glyph.BAR:
            painter.setPen(QPen(style.highlight, 2.5))
            painter.setBrush(with_alpha(style.highlight, 0.35))
            painter.drawRect(QRectF(a, y - half, b - a, 2 * half))
        else:
            rect = QRectF(a, y - half, b - a, 2 * half)
            painter.fillRect(rect, self._band_brush(int(kind), style.highlight, 0.85))
            anchor = b if kind == Glyph.PAST else (a if kind == Glyph.FUTURE else (a + b) / 2)
            painter.setPen(QPen(style.highlight, 3.0))
            painter.drawLine(QPointF(anchor, y - half), QPointF(anchor, y + half))
        left, right = self._selected_label(row)
        box = QRectF(left, y - style.line_height / 2 - 1, right - left, style.line_height + 2)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(style.highlight)
        painter.drawRoundedRect(box, 3, 3)
        painter.setFont(style.bold)
        painter.setPen(style.highlighted_text)
        text = QFontMetricsF(style.bold).elidedText(
            self._p.entries[row].label, Qt.TextElideMode.ElideRight, right - left - 8
        )
        painter.drawText(QPointF(left + 4, y + (style.ascent - style.descent) / 2), text)
        painter.setFont(style.font)

    # -- hit testing and interaction ---------------------------------------

    def row_at(self, x: float, y: float) -> int | None:
        """The row drawn at data point (x days, y lanes), preferring small glyphs."""
        self._sync_view()
        if self._ext is None or len(self._p) == 0 or not 0 <= y < self._lanes:
            return None
        px = (x - self._origin) * self._scale
        tol = 3.0
        ext, fit = self._ext, self._fit
        on_glyph = (ext.glyph_lo - tol <= px) & (px <= ext.glyph_hi + tol)
        on_label = fit.shown & (fit.lo <= px) & (px <= fit.lo + fit.width)
        hit = (self._lane == int(y)) & (on_glyph | on_label)
        if self._selected is not None and self._lane[self._selected] == int(y):
            left, right = self._selected_label(self._selected)
            hit[self._selected] |= left <= px <= right
        rows = np.flatnonzero(hit)
        if len(rows) == 0:
            return None
        distance = np.maximum(np.maximum(ext.glyph_lo[rows] - px, px - ext.glyph_hi[rows]), 0.0)
        rank = np.lexsort((distance, ~on_glyph[rows], _PRIORITY[self._p.glyph[rows]]))
        return int(rows[rank[0]])

    def point_of(self, row: int) -> QPointF:
        """A data point on row ``row``'s glyph, near where it starts."""
        self._sync()
        kind = self._p.glyph[row]
        x0, x1 = float(self._p.x0[row]), float(self._p.x1[row])
        if kind == Glyph.MARKER:
            x = x0
        elif kind == Glyph.BAR:
            x = (x0 + x1) / 2
        else:
            near = min((x1 - x0) / 4, 12.0 / self._scale) if self._scale > 0 else (x1 - x0) / 4
            x = x1 - near if kind == Glyph.PAST else float(self._p.ref[row]) + near
        return QPointF(x, float(self._lane[row]) + 0.5)

    def mouseClickEvent(self, ev) -> None:
        """pyqtgraph hook: a left click on an entry emits :attr:`clicked`."""
        if ev.button() != Qt.MouseButton.LeftButton:
            ev.ignore()
            return
        pos = ev.pos()
        row = self.row_at(pos.x(), pos.y())
        if row is None:
            ev.ignore()
            return
        ev.accept()
        self.clicked.emit(self._p.entries[row].id)

    def hoverEvent(self, ev) -> None:
        """pyqtgraph hook: tooltip and pointing hand over entries."""
        row = None if ev.isExit() else self.row_at(ev.pos().x(), ev.pos().y())
        if row == self._hover:
            return
        self._hover = row
        if row is None:
            self.setToolTip("")
            self.unsetCursor()
            return
        self.setToolTip(self.tooltip(row))
        self.setCursor(Qt.CursorShape.PointingHandCursor)

    def tooltip(self, row: int) -> str:
        """Rich-text hover text of ``row``: its full label and its date as written."""
        entry = self._p.entries[row]
        return f"<b>{escape(entry.label)}</b><br>{escape(entry.date_text)}"
