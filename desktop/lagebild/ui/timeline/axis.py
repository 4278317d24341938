"""Axes of the timeline: a German calendar axis and a lane-group axis.

The date axis counts days (see :mod:`lagebild.ui.timeline.dates`) and draws
two rows: the finest calendar step that fits ("21.", "Jan", "2024") and under
it the enclosing month or year ("Januar 2024"), which sticks to the left edge
while its tick is scrolled out of view.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import Any

import numpy as np
from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen, QPicture, QStaticText

os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")  # PySide6 is imported above
import pyqtgraph as pg

from lagebild.ui.timeline import dates
from lagebild.ui.timeline.dates import Step, TickPlan, Unit
from lagebild.ui.timeline.drawing import draw_hairlines

_DEFAULT_PLAN = TickPlan(Step(Unit.MONTH), Unit.YEAR)
# Text flags of the labels (combining enum flags in Python costs more than drawing a label).
_LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextDontClip)
_CENTRE = int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextDontClip)


class DateAxis(pg.AxisItem):
    """Bottom axis with German month names and a sticky second row."""

    def __init__(self) -> None:
        super().__init__("bottom")
        self._plan = _DEFAULT_PLAN
        self._font = QFont()
        self.setStyle(showValues=False, tickLength=5, autoExpandTextSpace=False)
        self.enableAutoSIPrefix(False)  # it would rewrite the (unused) axis title in every frame
        self.set_font(self._font)

    def set_font(self, font: QFont) -> None:
        """Use ``font`` for the labels and make room for two rows of it."""
        self._font = QFont(font)
        self._widths: dict[str, float] = {}
        self._statics: dict[str, QStaticText] = {}
        self._labels: dict[tuple[object, ...], str] = {}
        self._levels: dict[tuple[float, float, float], tuple[list[float], list[float]]] = {}
        self.setTickFont(self._font)
        line = self._line = QFontMetricsF(self._font).height()
        self._planner = dates.TickPlanner(self.text_width, self.padding)
        self.setHeight(int(5 + 4 + 2 * line + 4))
        self.picture = None
        self.update()

    @property
    def padding(self) -> float:
        """Room left between two labels, in px."""
        return 0.8 * self._line

    def text_width(self, text: str) -> float:
        """Width of ``text`` in the axis font (cached: the axis asks every frame)."""
        width = self._widths.get(text)
        if width is None:
            width = self._widths[text] = QFontMetricsF(self._font).horizontalAdvance(text)
        return width

    def plan(self, lo: float, hi: float, size: float) -> TickPlan:
        """The tick plan for the day range ``lo``..``hi`` over ``size`` px."""
        if hi <= lo or size <= 0:
            return self._plan
        return self._planner(size / (hi - lo))

    def levels(self, lo: float, hi: float, size: float) -> tuple[list[float], list[float]]:
        """Major and minor tick positions (days) for this range and size.

        Asked by the axis and by the backdrop's grid in every frame: the last
        answers are kept.
        """
        key = (lo, hi, size)
        if key not in self._levels:
            plan = self.plan(lo, hi, size)
            majors = dates.ticks(lo, hi, Step(plan.major)) if plan.major else []
            taken = set(majors)
            minors = [x for x in dates.ticks(lo, hi, plan.minor) if x not in taken]
            if len(self._levels) > 8:
                self._levels.clear()
            self._levels[key] = (majors, minors)
        return self._levels[key]

    def current_levels(self) -> tuple[list[float], list[float]]:
        """Major and minor tick positions (days) of the range in view, as the axis draws them."""
        lo, hi = self.range
        return self.levels(lo, hi, self._device_length())

    def _device_length(self) -> float:
        """Length of the axis line in device pixels (what pyqtgraph plans ticks for)."""
        bounds = self.mapRectFromParent(self.geometry())
        device = self.deviceTransform_()
        if device is None:
            return 0.0
        start, end = bounds.topLeft() + QPointF(-1.0, 1.0), bounds.topRight() + QPointF(1.0, 1.0)
        return QLineF(device.map(start), device.map(end)).length()

    def tickValues(self, minVal: float, maxVal: float, size: float) -> list[tuple[float, list[float]]]:
        """pyqtgraph hook: month/year ticks first, the finer step second."""
        self._plan = self.plan(minVal, maxVal, size)
        majors, minors = self.levels(minVal, maxVal, size)
        major_spacing = self._plan.major.days if self._plan.major else self._plan.minor.days * 10
        return [(major_spacing, majors), (self._plan.minor.days, minors)]

    def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:
        """pyqtgraph hook: German labels for ``values`` of the level with ``spacing``."""
        plan = self._plan
        if plan.major is not None and abs(spacing - plan.major.days) < 1e-9:
            return [dates.major_label(v, plan.major, plan.long_major) for v in values]
        step = plan.minor if abs(spacing - plan.minor.days) < 1e-9 else _step_for(spacing)
        return [dates.minor_label(v, step, plan.long_minor) for v in values]

    def paint(self, p: QPainter, opt, widget=None) -> None:
        """Draw line, ticks and labels straight away (pyqtgraph records a QPicture).

        The range changes with every zoom or pan frame, so a recorded picture
        would be replayed once and thrown away; labels are cached
        ``QStaticText`` (shaped once, not in every frame).
        """
        bounds = self.mapRectFromParent(self.geometry())
        lo, hi = self.range
        span = (bounds.topLeft() + QPointF(-1.0, 1.0), bounds.topRight() + QPointF(1.0, 1.0))
        length = self._device_length()
        if hi <= lo or bounds.width() <= 0 or length == 0:
            return
        p.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        p.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        draw_hairlines(p, np.array([[span[0].x(), span[0].y(), span[1].x(), span[1].y()]]), self.pen())
        x_scale = bounds.width() / (hi - lo)
        offset = lo * x_scale
        top = bounds.top()
        for level, (_, values) in enumerate(self.tickValues(lo, hi, length)):
            # As pyqtgraph draws them: shorter and fainter with each level.
            tick = self.style["tickLength"] / (level * 0.5 + 1.0)
            pen = QPen(self.tickPen())
            colour = QColor(pen.color())
            colour.setAlpha(int(255 / (level + 1)))
            pen.setColor(colour)
            xs = np.array(values, dtype=float) * x_scale - offset
            xs = xs[(xs >= 0.0) & (xs <= bounds.width())]
            if len(xs):
                ticks = np.column_stack([xs, np.full_like(xs, top), xs, np.full_like(xs, top + tick)])
                draw_hairlines(p, ticks, pen)
        p.setFont(self._font)
        p.setPen(self.textPen())
        specs = self._text_specs()
        if widget is None:  # an export: plain text stays text in SVG and PDF
            for rect, flags, text in specs:
                p.drawText(rect, flags, text)
            return
        for rect, _, text in specs:
            p.drawStaticText(rect.topLeft(), self._static(text))

    def _label(self, spell: Callable[[float, Any, bool], str], x: float, step: Any, long: bool) -> str:
        """``spell(x, step, long)``, remembered: the same days come back frame after frame."""
        key = (spell, x, id(step), long)  # steps and units are module constants: their id is stable
        text = self._labels.get(key)
        if text is None:
            if len(self._labels) > 4096:
                self._labels.clear()
            text = self._labels[key] = spell(x, step, long)
        return text

    def _static(self, text: str) -> QStaticText:
        """``text`` laid out once in the axis font."""
        static = self._statics.get(text)
        if static is None:
            static = self._statics[text] = QStaticText(text)
            static.setTextFormat(Qt.TextFormat.PlainText)
            static.prepare(font=self._font)
        return static

    def visible_labels(self) -> list[str]:
        """The labels drawn for the current range (first row, then second row)."""
        specs = self._text_specs()
        return [text for rect, _, text in sorted(specs, key=lambda s: (s[0].top(), s[0].left()))]

    def _text_specs(self) -> list[tuple[QRectF, int, str]]:
        bounds = self.mapRectFromParent(self.geometry())
        lo, hi = self.range
        if hi <= lo or bounds.width() <= 0:
            return []
        plan = self.plan(lo, hi, bounds.width())
        line = self._line
        pad = self.padding / 2
        scale = bounds.width() / (hi - lo)

        def px(x: float) -> float:
            return bounds.left() + (x - lo) * scale

        top = bounds.top() + 5 + 3
        specs: list[tuple[QRectF, int, str]] = []
        left_align, centre = _LEFT, _CENTRE
        first, last = bounds.left(), bounds.right()

        # First row: one label per interval of the minor step.
        minor = plan.minor
        starts = dates.ticks(lo - minor.days * 1.5, hi, minor)
        ends = [*starts[1:], starts[-1] + minor.days] if starts else []
        last_right = -float("inf")
        for x, end in zip(starts, ends):
            text = self._label(dates.minor_label, x, minor, plan.long_minor)
            width = self.text_width(text)
            if minor.count == 1 and (end - x) * scale >= width + pad:
                left = (px(x) + px(end) - width) / 2
                flags = centre
            else:
                left = px(x) + pad / 2
                flags = left_align
            if left < first or left + width > last or left < last_right + pad:
                continue
            specs.append((QRectF(left, top, width, line), flags, text))
            last_right = left + width

        # Second row: the enclosing month or year, sticky at the left edge.
        if plan.major is not None:
            x = dates.floor_tick(lo, plan.major)
            while x <= hi:
                end = dates.next_tick(x, plan.major)
                text = self._label(dates.major_label, x, plan.major, plan.long_major)
                width = self.text_width(text)
                left = max(px(x), bounds.left()) + pad / 2
                left = min(left, px(end) - width - pad / 2)
                if left >= bounds.left() and left + width <= bounds.right():
                    specs.append((QRectF(left, top + line, width, line), left_align, text))
                x = end
        return specs


def _step_for(spacing: float) -> Step:
    """The step whose average spacing is ``spacing`` days (for stray calls)."""
    return min(dates.STEPS, key=lambda s: abs(s.days - spacing))


class LaneAxis(pg.AxisItem):
    """Left axis naming the lane groups (hidden when there is only one)."""

    def __init__(self) -> None:
        super().__init__("left")
        self._groups: list[tuple[float, str]] = []
        self._font = QFont()
        self._specs: tuple | None = None
        self.setStyle(tickLength=0, tickAlpha=0, autoExpandTextSpace=False, hideOverlappingLabels=True)
        self.enableAutoSIPrefix(False)  # it would rewrite the (unused) axis title in every frame

    def paint(self, p: QPainter, opt, widget=None) -> None:
        """Draw pyqtgraph's specs straight away; they are kept until the axis changes.

        pyqtgraph replays a recorded QPicture, whose translucent axis line
        blends pixel by pixel in every frame.
        """
        if self.picture is None:  # pyqtgraph clears it whenever the axis changes
            self._specs = self.generateDrawSpecs(p)
            self.picture = QPicture()  # marks the specs as current
        if self._specs is None:
            return
        (pen, start, end), _, texts = self._specs  # ticks: none (zero length, transparent)
        p.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        p.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        draw_hairlines(p, np.array([[start.x(), start.y(), end.x(), end.y()]]), pen)
        p.setFont(self._font)
        p.setPen(self.textPen())
        p.setClipRect(self.boundingRect().toAlignedRect())
        for rect, flags, text in texts:
            p.drawText(rect, int(flags), text)

    def set_groups(self, groups: list[tuple[float, str]], font: QFont) -> None:
        """Name each group at its centre ``y``; names are elided to a sane width."""
        self._font = QFont(font)
        self.setTickFont(self._font)
        metrics = QFontMetricsF(self._font)
        limit = 14 * metrics.height()
        self._groups = [
            (y, metrics.elidedText(name, Qt.TextElideMode.ElideRight, limit)) for y, name in groups
        ]
        widest = max((metrics.horizontalAdvance(name) for _, name in self._groups), default=0.0)
        self.setWidth(int(widest + metrics.height()))
        self.picture = None
        self.update()

    def tickValues(self, minVal: float, maxVal: float, size: float) -> list[tuple[float, list[float]]]:
        """pyqtgraph hook: one tick per group, at its centre."""
        return [(1.0, [y for y, _ in self._groups])]

    def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:
        """pyqtgraph hook: the group names."""
        names = dict(self._groups)
        return [names.get(v, "") for v in values]
