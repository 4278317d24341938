"""All timeline entries in one graphics item.

:class:`EntriesItem` draws bands and bars (:mod:`.shapes`, numpy arrays
replayed while the view pans at one zoom), labels (:mod:`.labels`, cached
sprites fitted only near the view) and day markers (:mod:`.markers`,
sprites culled to the view), so a frame costs no Python loop over all
entries.  The item also answers hit tests, hover and clicks for all of
them; the selected entry is drawn on top by :class:`~.layers.SelectionItem`.
"""

from __future__ import annotations

import os
from html import escape

import numpy as np
from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFontMetricsF, QGradient, QLinearGradient, QPainter, QPen, QTransform

os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")  # PySide6 is imported above
import pyqtgraph as pg

from lagebild.ui.timeline.drawing import polygons, with_alpha
from lagebild.ui.timeline.frame import Frame
from lagebild.ui.timeline.labels import LabelSprites, draw_labels, placed_labels
from lagebild.ui.timeline.layers import SelectionItem
from lagebild.ui.timeline.layout import (
    BAND_SHARE,
    LABEL_SHARE,
    Extents,
    LabelFit,
    Scaler,
    fit_labels,
    fit_sorted_labels,
    lane_order,
)
from lagebild.ui.timeline.markers import MarkerSprites
from lagebild.ui.timeline.placement import Glyph, Placement, place
from lagebild.ui.timeline.shapes import Shapes, build_shapes
from lagebild.ui.timeline.style import Style

_PRIORITY = np.array([0, 1, 2, 2, 2])  # hit-test preference by glyph: marker, bar, bands
_PAN_MARGIN = 0.4  # shapes are built this share of a view beyond each side while panning


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
        self._bar_order = np.zeros(0, dtype=np.intp)  # bars by colour key, lane, start
        self._scale = 0.0
        self._lane_px = 0.0
        self._scaler = Scaler(self._p, self._label_width, 0.0, style.metrics)
        self._ext: Extents | None = None
        self._fit: LabelFit | None = None
        self._order: np.ndarray | None = None  # rows by lane, then glyph start, at this zoom
        self._fitted = (np.inf, -np.inf)  # px range whose labels are fitted
        self._lo = np.zeros(0)  # px extent of glyph plus drawn label
        self._hi = np.zeros(0)
        self._bounds = QRectF()
        self._shapes: Shapes | None = None  # bars and bands at the current zoom, for panning
        self._shapes_for: tuple[bool, float] = (False, 1.0)  # (antialiased, device pixel ratio)
        self._drawn_scale = 0.0  # zoom of the last frame drawn
        self._hover: int | None = None
        self._view_dirty = True
        self._brushes: dict[tuple[int, int, float], QBrush] = {}
        self._cache: dict[tuple[object, ...], object] = {}  # colours and drawn bars (shapes)
        self._sprites = LabelSprites()
        self._markers = MarkerSprites()
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
        self._cache.clear()  # drawn bars have the old lane height
        self._p, self._label_width = placement, label_width
        self._view_width, self._label_cap = view_width, LABEL_SHARE * view_width
        self._lane, self._lanes, self._origin = lane, lanes, origin
        self._dimmed = np.zeros(len(placement), dtype=bool)
        self._selected = self._hover = None
        self._order = None
        self._rescale()
        self._changed(layout=True)
        self._update_markers()

    def set_style(self, style: Style) -> None:
        """Redraw with new colours and sizes."""
        self._style = style
        self._brushes.clear()
        self._cache.clear()
        self._sprites.clear()
        self._rescale()
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

    def _rescale(self) -> None:
        capped = np.minimum(self._label_width, self._label_cap)
        self._scaler = Scaler(self._p, capped, self._origin, self._style.metrics)

    def _update_markers(self) -> None:
        """Markers and the drawing order of bars follow colours and dimming."""
        p = self._p
        key = p.colour * 2 + self._dimmed
        bars = np.flatnonzero(p.glyph == Glyph.BAR)
        self._bar_order = bars[np.lexsort((p.x0[bars], self._lane[bars], key[bars]))]
        rows = np.flatnonzero(p.glyph == Glyph.MARKER)
        self._markers.show(p.x0[rows], self._lane[rows] + 0.5, key[rows], self._style)

    def is_label_shown(self, row: int) -> bool:
        """Whether row ``row`` has its label drawn in the current view."""
        self._sync_view()
        view = self.viewRect()
        if self._fit is None or view is None:
            return False
        if row == self._selected:
            return True
        lo, hi = (view.left() - self._origin) * self._scale, (view.right() - self._origin) * self._scale
        return len(placed_labels(self._frame(), lo, hi, np.array([row]))[0]) == 1

    # -- geometry ----------------------------------------------------------

    def _changed(self, layout: bool) -> None:
        self.prepareGeometryChange()
        self._selection.geometry_changed()
        if layout:
            self._scale = 0.0
        self._shapes = None
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
        self._shapes = None
        ext = self._ext = self._scaler.at(scale, BAND_SHARE * self._view_width)
        self._order = lane_order(self._lane, ext.glyph_lo, self._order)
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
        """Fit the labels of the entries in px ``lo``..``hi`` (cached per zoom).

        Entries a little beyond take part: a label is never wider than a
        share of the view, so only neighbours within two labels' reach of
        the window, or of the start of a long bar reaching into it, can
        shorten or hide a label in it.
        """
        if lo >= self._fitted[0] and hi <= self._fitted[1]:
            return
        ext, metrics = self._ext, self._style.metrics
        inside = (ext.glyph_hi >= lo) & (ext.glyph_lo <= hi)
        start = min(lo, float(self._lo[inside].min())) if inside.any() else lo
        reach = 2 * self._label_cap + 8 * (metrics.gap + metrics.marker_radius)
        near = (ext.glyph_hi >= start - reach) & (ext.glyph_lo <= hi + reach)
        if near.all():  # zoomed out: no subset to cut
            fit = fit_labels(self._lane, ext, metrics.gap, metrics.min_label, self._order)
            self._fit = fit
        else:
            rows = self._order[near[self._order]]  # the near rows, by lane and start
            part = Extents(*(values[rows] for values in (ext.glyph_lo, ext.glyph_hi, ext.label_lo, ext.label_hi)),
                           ext.side[rows])  # fmt: skip
            fit = fit_sorted_labels(self._lane[rows], part, metrics.gap, metrics.min_label)
            self._fit.shown = np.zeros(len(self._p), dtype=bool)
            self._fit.shown[rows] = fit.shown
            self._fit.lo[rows] = fit.lo
            self._fit.width[rows] = fit.width
        if abs(self._lane_px) < self._style.min_lane_px * 0.9:  # lanes too low for text
            self._fit.shown = np.zeros(len(self._p), dtype=bool)
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
        """Bars and bands, labels, then markers of the entries in view."""
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
        dpr = widget.devicePixelRatioF() if widget is not None else painter.device().devicePixelRatioF()
        shapes_for = (painter.testRenderHint(QPainter.RenderHint.Antialiasing), dpr)
        if self._shapes is None or self._shapes_for != shapes_for or not self._shapes.covers(lo, hi):
            if self._drawn_scale != self._scale:
                # Zooming: the next step changes the scale again, so build just the view.
                window = (lo, hi)
            else:  # panning at this zoom: build beyond each side
                margin = (hi - lo) * _PAN_MARGIN
                window = (lo - margin, hi + margin)
            self._drawn_scale = self._scale
            self._fit_window(*window)
            self._shapes = build_shapes(self._frame(), *window, self._selected, *shapes_for)
            self._shapes_for = shapes_for
        painter.save()
        painter.setTransform(self._pixel_transform(transform))
        self._shapes.draw(painter)
        draw_labels(painter, self._frame(), self._sprites, lo, hi, dpr, self._selected)
        painter.restore()
        self._markers.draw(painter, view.left(), view.right(), dpr)

    def _frame(self) -> Frame:
        return Frame(
            placement=self._p,
            ext=self._ext,
            fit=self._fit,
            reach_lo=self._lo,
            reach_hi=self._hi,
            label_width=self._label_width,
            lane=self._lane,
            lanes=self._lanes,
            dimmed=self._dimmed,
            bar_order=self._bar_order,
            lane_px=self._lane_px,
            half=self._half_height,
            style=self._style,
            band_brush=self._band_brush,
            cache=self._cache,
        )

    def _pixel_transform(self, transform: QTransform) -> QTransform:
        """Device transform for drawing in origin-relative pixels, snapped to whole pixels.

        On whole pixels, aliased fills and one-pixel outlines agree on which
        pixel an edge covers.
        """
        return QTransform.fromTranslate(round(self._origin * transform.m11() + transform.dx()), round(transform.dy()))

    @property
    def _half_height(self) -> float:
        return min(self._style.line_height / 2 + 1, 0.42 * abs(self._lane_px))

    @property
    def _radius(self) -> float:
        return self._style.metrics.marker_radius

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
        return f"<b>{escape(entry.label)}</b><br>{escape(entry.written_date())}"
