"""Behind the entries: lane groups, the calendar grid and the publication day."""

from __future__ import annotations

import os

import numpy as np
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QImage, QPainter, QPainterPath, QPen, QStaticText, QTransform

os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")  # PySide6 is imported above
import pyqtgraph as pg

from lagebild.ui.timeline.axis import DateAxis
from lagebild.ui.timeline.drawing import draw_hairlines, with_alpha
from lagebild.ui.timeline.style import Style


class Backdrop(pg.GraphicsObject):
    """Lane groups, calendar grid and the publication day behind the entries."""

    def __init__(self, axis: DateAxis, style: Style) -> None:
        super().__init__()
        self._axis = axis
        self._style = style
        self._groups: list[tuple[int, int]] = []  # (first lane, lane count)
        self._anchor_x: float | None = None
        self._anchor_text = ""
        self._anchor_static: QStaticText | None = None
        self._opaque_shade: QColor | None = None

    def set_content(self, groups: list[tuple[int, int]], anchor_x: float | None, anchor_text: str) -> None:
        """Shade ``groups`` alternately and mark the anchor day at ``anchor_x``."""
        self._groups, self._anchor_x, self._anchor_text = groups, anchor_x, anchor_text
        self._anchor_static = None
        self.update()

    def set_style(self, style: Style) -> None:
        """Redraw with new colours and sizes."""
        self._style = style
        self._anchor_static = None
        self._opaque_shade = None
        self.update()

    def boundingRect(self) -> QRectF:
        """The visible part of the view: the backdrop fills it."""
        rect = self.viewRect()
        return QRectF() if rect is None else QRectF(rect)

    def viewTransformChanged(self) -> None:
        """pyqtgraph hook: follow the view."""
        self.prepareGeometryChange()
        super().viewTransformChanged()

    def paint(self, painter: QPainter, option, widget=None) -> None:
        """Draw in device pixels so that lines stay crisp at every zoom."""
        view = self.viewRect()
        if view is None or view.width() <= 0:
            return
        t = painter.transform()
        sx, sy, dx, dy = t.m11(), t.m22(), t.dx(), t.dy()
        left, right = view.left() * sx + dx, view.right() * sx + dx
        top, bottom = sorted((view.top() * sy + dy, view.bottom() * sy + dy))
        style = self._style
        painter.save()
        painter.setTransform(QTransform())
        separators = []
        for k, (first, count) in enumerate(self._groups):
            y0, y1 = first * sy + dy, (first + count) * sy + dy
            if k % 2:
                painter.fillRect(QRectF(left, y0, right - left, y1 - y0), self._shade())
            if k:
                separators.append((left, y0, right, y0))
        if separators:
            draw_hairlines(painter, np.array(separators), QPen(style.grid, 1.0))
        majors, minors = self._axis.current_levels()  # the axis' ticks: grid and labels agree
        grid_top = dy if self._anchor_x is not None else top
        for xs, alpha in ((minors, 0.6), (majors, 1.6)):
            if xs:
                px = np.round(np.array(xs) * sx + dx) + 0.5
                lines = np.column_stack([px, np.full_like(px, grid_top), px, np.full_like(px, bottom)])
                draw_hairlines(painter, lines, QPen(with_alpha(style.grid, alpha), 1.0))
        if self._anchor_x is not None:
            self._draw_anchor(painter, self._anchor_x * sx + dx, top, bottom, right, dy, widget is not None)
        painter.restore()

    def _shade(self) -> QColor:
        """The shade of every other group as it looks on the base colour, opaque.

        The backdrop is the first thing drawn on the base, so the opaque mix
        gives the same pixels, and Qt fills opaque colour many times faster
        than it blends a translucent one.
        """
        if self._style.base.alpha() < 255:  # a see-through base: blend as drawn
            return self._style.shade
        if self._opaque_shade is None:
            mix = QImage(1, 1, QImage.Format.Format_ARGB32_Premultiplied)
            mix.fill(self._style.base)
            painter = QPainter(mix)
            painter.fillRect(QRectF(0.0, 0.0, 1.0, 1.0), self._style.shade)
            painter.end()
            self._opaque_shade = mix.pixelColor(0, 0)
        return self._opaque_shade

    def _draw_anchor(
        self,
        painter: QPainter,
        x: float,
        top: float,
        bottom: float,
        right: float,
        lane0: float,
        on_screen: bool,
    ) -> None:
        style = self._style
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(with_alpha(style.text, 0.55), 1.5, Qt.PenStyle.DashLine))
        painter.drawLine(QPointF(x, lane0), QPointF(x, bottom))
        label = self._anchor_label()
        width = label.size().width()
        gap = style.metrics.gap
        text_x = x + gap if x + gap + width <= right - 2 else x - gap - width
        baseline = (top + lane0) / 2 + (style.ascent - style.descent) / 2
        r = style.metrics.marker_radius * 0.8
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(with_alpha(style.text, 0.7))
        tip = QPainterPath(QPointF(x - r, lane0 - r))
        tip.lineTo(x + r, lane0 - r)
        tip.lineTo(x, lane0)
        tip.closeSubpath()
        painter.drawPath(tip)
        painter.setFont(style.bold)
        painter.setPen(style.muted)
        if on_screen:  # laid out once, not in every frame
            painter.drawStaticText(QPointF(text_x, baseline - QFontMetricsF(style.bold).ascent()), label)
        else:  # an export: plain text stays text in SVG and PDF
            painter.drawText(QPointF(text_x, baseline), self._anchor_text)

    def _anchor_label(self) -> QStaticText:
        """The publication-day label, laid out in the bold font."""
        if self._anchor_static is None:
            self._anchor_static = QStaticText(self._anchor_text)
            self._anchor_static.setTextFormat(Qt.TextFormat.PlainText)
            self._anchor_static.prepare(font=self._style.bold)
        return self._anchor_static
