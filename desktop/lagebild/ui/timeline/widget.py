"""The timeline widget: pyqtgraph inside, a small domain API outside.

Mouse: the wheel zooms the time axis, dragging pans it, a click on an entry
selects it and emits :attr:`TimelineWidget.event_activated`, hovering shows
label and date.  Keyboard (when the timeline has focus): ``+``/``-`` zoom,
Shift+Left/Right pan by a fifth of the view, ``0`` or Home fit everything,
Enter activates the selected entry.  Plain Left/Right are left to the main
window (stepping through events).
"""

from __future__ import annotations

import os
from collections.abc import Callable
from datetime import date

import numpy as np
from PySide6.QtCore import QEvent, QObject, QPoint, QPointF, QSize, Qt, Signal
from PySide6.QtGui import QFontMetricsF, QKeyEvent
from PySide6.QtWidgets import QGraphicsView, QVBoxLayout, QWidget

os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")  # PySide6 is imported above
import pyqtgraph as pg

from lagebild.ui.timeline import layout
from lagebild.ui.timeline.axis import DateAxis, LaneAxis
from lagebild.ui.timeline.backdrop import Backdrop
from lagebild.ui.timeline.dates import long_date, to_date, to_x
from lagebild.ui.timeline.entry import TimelineEntry
from lagebild.ui.timeline.items import EntriesItem
from lagebild.ui.timeline.placement import Glyph, Placement, place
from lagebild.ui.timeline.style import Style, make_style

ZOOM_STEP = 1.25
PAN_STEP = 0.2


class TimelineWidget(QWidget):
    """Dated entries on a German calendar axis, in lanes grouped by ``lane_key``."""

    event_activated = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._placement: Placement = place([], None)
        self._anchor: date | None = None
        self._rows: dict[str, int] = {}
        self._label_width = np.zeros(0)
        self._widths: dict[str, float] = {}  # px width of each label shown, in the style's font
        self._items_lane = np.zeros(0, dtype=np.int32)
        self._lanes = 0
        self._selected: str | None = None
        self._emphasis: set[str] | None = None
        self._auto_fit = True
        self._fit_range = (0.0, 1.0)
        self._layout_size = QSize()
        self._resizing = False
        self._style: Style = make_style(self.palette(), self.font())

        self._date_axis = DateAxis()
        self._lane_axis = LaneAxis()
        self._plot = pg.PlotWidget(self, axisItems={"bottom": self._date_axis, "left": self._lane_axis})
        # The background is one colour: filling it is cheaper than copying
        # pyqtgraph's cached background pixmap over the whole view each frame.
        self._plot.setCacheMode(QGraphicsView.CacheModeFlag.CacheNone)
        plot_item = self._plot.getPlotItem()
        plot_item.hideButtons()
        plot_item.setMenuEnabled(False)
        plot_item.hideAxis("left")
        for name in ("top", "right"):  # hidden, but they would rewrite their titles in every frame
            plot_item.getAxis(name).enableAutoSIPrefix(False)
        self._view = plot_item.getViewBox()
        self._view.setMenuEnabled(False)
        self._view.setMouseEnabled(x=True, y=False)
        self._view.invertY(True)
        self._view.disableAutoRange()
        self._view.setDefaultPadding(0.0)

        self._backdrop = Backdrop(self._date_axis, self._style)
        self._backdrop.setZValue(-1)
        self._items = EntriesItem(self._style)
        self._view.addItem(self._backdrop, ignoreBounds=True)
        self._view.addItem(self._items, ignoreBounds=True)
        self._items.clicked.connect(self._on_clicked)
        self._view.sigResized.connect(self._on_resized)
        self._view.sigRangeChangedManually.connect(self._on_manual_range)
        # Apply a new range to the items at once, not lazily inside the next
        # paint: geometry changes during a paint would cost a second paint.
        self._view.sigRangeChanged.connect(self._view.prepareForPaint)

        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self._plot)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setFocusProxy(self._plot)
        self._plot.installEventFilter(self)
        self._apply_style()
        self._relayout(fit=True)

    # -- public API ----------------------------------------------------------

    def set_entries(self, entries: list[TimelineEntry], anchor: date | None) -> None:
        """Show ``entries``; ``anchor`` (publication day) is marked, vague entries hang off it."""
        self._anchor = anchor
        self._placement = place(list(entries), anchor)
        self._rows = {}
        for row, entry in enumerate(self._placement.entries):
            self._rows.setdefault(entry.id, row)
        self._measure_labels()
        if self._selected not in self._rows:
            self._selected = None
        self._show_group_axis(len(self._placement.groups) > 1)
        self._relayout(fit=True)

    def select(self, entry_id: str | None) -> None:
        """Show ``entry_id`` as selected and scroll it into view; does not emit."""
        self._selected = entry_id
        row = self._rows.get(entry_id) if entry_id is not None else None
        self._items.set_selected(row)
        if row is not None:
            self._scroll_to(row)

    def set_emphasis(self, entry_ids: set[str] | None) -> None:
        """Dim every entry not in ``entry_ids``; ``None`` shows all normally."""
        self._emphasis = None if entry_ids is None else set(entry_ids)
        self._items.set_dimmed(self._dimmed_rows())

    def fit_all(self) -> None:
        """Zoom and pan so that every entry and its label is in view."""
        if self._layout_size != self._view_size():
            self._relayout(fit=True)
        else:
            self._set_x_range(*self._fit_range)
        self._auto_fit = True

    def selected_id(self) -> str | None:
        """The selected entry, if any."""
        return self._selected

    def entry_at(self, scene_or_view_pos: QPoint | QPointF) -> str | None:
        """The entry drawn at a viewport position (``QPoint``) or scene position (``QPointF``)."""
        if isinstance(scene_or_view_pos, QPoint):
            scene_pos = self._plot.mapToScene(scene_or_view_pos)
        else:
            scene_pos = QPointF(scene_or_view_pos)
        pos = self._items.mapFromScene(scene_pos)
        row = self._items.row_at(pos.x(), pos.y())
        return None if row is None else self._placement.entries[row].id

    # -- queries for tests and the main window ---------------------------------

    def viewport(self) -> QWidget:
        """The widget that receives the mouse events of the plot."""
        return self._plot.viewport()

    def view_pos_of(self, entry_id: str) -> QPoint | None:
        """Viewport position of the entry's glyph (None if it has no date to show)."""
        row = self._rows.get(entry_id)
        if row is None:
            return None
        scene_pos = self._items.mapToScene(self._items.point_of(row))
        return self._plot.mapFromScene(scene_pos)

    def tooltip_at(self, view_pos: QPoint) -> str:
        """The hover text at a viewport position ("" where there is no entry)."""
        entry_id = self.entry_at(view_pos)
        row = self._rows.get(entry_id) if entry_id is not None else None
        return "" if row is None else self._items.tooltip(row)

    def axis_labels(self) -> list[str]:
        """The date labels the axis shows now, left to right, first row then second."""
        return self._date_axis.visible_labels()

    def is_dimmed(self, entry_id: str) -> bool:
        """Whether ``entry_id`` is drawn faded by :meth:`set_emphasis`."""
        return self._emphasis is not None and entry_id not in self._emphasis

    def glyph_of(self, entry_id: str) -> Glyph | None:
        """How the entry is drawn: marker, bar or a band (None if not placed)."""
        row = self._rows.get(entry_id)
        return None if row is None else Glyph(int(self._placement.glyph[row]))

    def lane_of(self, entry_id: str) -> int | None:
        """The lane (from the top, across groups) the entry sits in."""
        row = self._rows.get(entry_id)
        return None if row is None else int(self._items_lane[row])

    def label_shown(self, entry_id: str) -> bool:
        """Whether the entry's label is drawn at the current zoom."""
        row = self._rows.get(entry_id)
        return row is not None and self._items.is_label_shown(row)

    def unplaced_ids(self) -> list[str]:
        """Entries without any date to show (not drawn)."""
        return list(self._placement.unplaced)

    def visible_range(self) -> tuple[date, date]:
        """First and last day in view."""
        lo, hi = self._view.viewRange()[0]
        return to_date(lo), to_date(hi)

    def sizeHint(self) -> QSize:
        """Wide and low: a strip under the article."""
        line = QFontMetricsF(self.font()).height()
        return QSize(int(50 * line), int(16 * line))

    def minimumSizeHint(self) -> QSize:
        """Room for the axis and a few lanes."""
        line = QFontMetricsF(self.font()).height()
        return QSize(int(12 * line), int(7 * line))

    # -- layout ----------------------------------------------------------------

    def _view_size(self) -> QSize:
        rect = self._view.boundingRect()
        return QSize(int(rect.width()), int(rect.height()))

    def _measure_labels(self) -> None:
        """Label widths in px; labels measured for the previous entries are not measured again.

        Text shaping is most of the cost, and after an edit nearly every label
        is shown again; the kept widths are only those of the current labels.
        """
        known, measure = self._widths, QFontMetricsF(self._style.font).horizontalAdvance
        labels = dict.fromkeys(entry.label for entry in self._placement.entries)
        widths = self._widths = {label: known[label] if label in known else measure(label) for label in labels}
        self._label_width = np.array([widths[entry.label] for entry in self._placement.entries], dtype=float)

    def _relayout(self, fit: bool) -> None:
        """Fit the view to the entries at this size and stack them into lanes."""
        size = self._view_size()
        self._layout_size = size
        width = max(size.width(), 200)
        height = max(size.height(), 100)
        style, p = self._style, self._placement
        metrics = style.metrics
        if len(p) == 0:
            centre = to_x(self._anchor or date.today()) + 0.5
            self._fit_range = (centre - 30, centre + 30)
            self._items_lane = np.zeros(0, dtype=np.int32)
            self._items.set_content(p, self._label_width, self._items_lane, 0, centre - 30, width)
            self._backdrop.set_content([], p.anchor_x, self._anchor_label())
            self._lanes = 0
        else:
            cap = layout.LABEL_SHARE * width
            x_lo, x_hi = layout.fit_view(p, self._label_width, width, metrics, cap)
            scale = width / (x_hi - x_lo)
            capped = np.minimum(self._label_width, cap)
            ext = layout.extents(p, capped, x_lo, scale, metrics)
            full = (np.minimum(ext.glyph_lo, ext.label_lo), np.maximum(ext.glyph_hi, ext.label_hi))
            n_groups = len(p.groups)
            demand = layout.lane_demand(*full, p.group, n_groups, metrics.gap)
            budget = int(height / style.min_lane_px - self._header_lanes())
            caps = layout.share_lanes(demand, max(budget, n_groups))
            lane, used = layout.assign_lanes(full, (ext.glyph_lo, ext.glyph_hi), p.group, caps, metrics.gap)
            first = np.concatenate([[0], np.cumsum(used)[:-1]]).astype(np.int32)
            self._items_lane = lane + first[p.group]
            self._lanes = int(sum(used))
            self._fit_range = (x_lo, x_hi)
            self._items.set_content(p, self._label_width, self._items_lane, self._lanes, x_lo, width)
            groups = [(int(first[g]), used[g]) for g in range(n_groups)]
            self._backdrop.set_content(groups, p.anchor_x, self._anchor_label())
            self._show_groups(groups)
            span = x_hi - x_lo
            self._view.setLimits(xMin=x_lo - 2 * span, xMax=x_hi + 2 * span, minXRange=2.0, maxXRange=5 * span)
        self._update_y_range()
        if fit:
            self._set_x_range(*self._fit_range)
            self._auto_fit = True
        self._items.set_dimmed(self._dimmed_rows())
        self._items.set_selected(self._rows.get(self._selected) if self._selected else None)

    def _dimmed_rows(self) -> np.ndarray:
        emphasis, entries = self._emphasis, self._placement.entries
        if emphasis is None:
            return np.zeros(len(entries), dtype=bool)
        return np.array([e.id not in emphasis for e in entries], dtype=bool)

    def _header_lanes(self) -> float:
        return 1.0 if self._anchor is not None else 0.3

    def _anchor_label(self) -> str:
        if self._anchor is None:
            return ""
        return self.tr("Published {date}").format(date=long_date(self._anchor))

    def _show_group_axis(self, show: bool) -> None:
        """Show or hide the group names now, so the layout measures the final width."""
        plot_item = self._plot.getPlotItem()
        if show:
            self._lane_axis.set_groups([(0.0, name or self.tr("Unassigned")) for name in self._placement.groups], self._style.font)
        if show != self._lane_axis.isVisible():
            self._resizing = True  # the caller lays out for the new size
            try:
                plot_item.showAxis("left", show)
                plot_item.layout.activate()
            finally:
                self._resizing = False

    def _show_groups(self, groups: list[tuple[int, int]]) -> None:
        names = self._placement.groups
        self._show_group_axis(len(names) > 1)
        if len(names) > 1:
            ticks = [(first + count / 2, names[g] or self.tr("Unassigned")) for g, (first, count) in enumerate(groups)]
            self._lane_axis.set_groups(ticks, self._style.font)

    def _update_y_range(self) -> None:
        height = max(self._view_size().height(), 1)
        header = self._header_lanes()
        lanes = max(self._lanes, 1)
        lane_px = min(self._style.lane_px, height / (lanes + header))
        self._view.setYRange(-header, height / lane_px - header, padding=0.0)

    def _set_x_range(self, lo: float, hi: float) -> None:
        self._view.setXRange(lo, hi, padding=0.0)

    def _scroll_to(self, row: int) -> None:
        p = self._placement
        if p.glyph[row] in (Glyph.MARKER, Glyph.BAR):
            lo, hi = float(p.x0[row]), float(p.x1[row])
        else:
            lo = hi = float(p.ref[row])
        view_lo, view_hi = self._view.viewRange()[0]
        if lo >= view_lo and hi <= view_hi:
            return
        half = (view_hi - view_lo) / 2
        centre = (lo + hi) / 2
        self._set_x_range(centre - half, centre + half)
        self._auto_fit = False

    # -- events ----------------------------------------------------------------

    def _on_clicked(self, entry_id: str) -> None:
        self.select(entry_id)
        self.event_activated.emit(entry_id)

    def _on_resized(self) -> None:
        if not self._resizing and self._view_size() != self._layout_size:
            self._relayout(fit=self._auto_fit)

    def _on_manual_range(self, *_: object) -> None:
        self._auto_fit = False

    def _apply_style(self) -> None:
        style = self._style = make_style(self.palette(), self.font())
        self._widths = {}  # measured in the old font
        self._plot.setBackground(style.base)
        for axis in (self._date_axis, self._lane_axis):
            axis.setPen(style.grid)
            axis.setTextPen(style.muted)
        self._date_axis.setTickPen(style.muted)
        self._date_axis.set_font(style.font)
        self._items.set_style(style)
        self._backdrop.set_style(style)

    def changeEvent(self, event: QEvent) -> None:
        """Follow palette (light/dark), font and language changes."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self._relayout(fit=self._auto_fit)
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._apply_style()
            if event.type() == QEvent.Type.FontChange:
                self._measure_labels()
                self._relayout(fit=self._auto_fit)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Zoom and pan keys of the plot (see the module docstring)."""
        if watched is self._plot and event.type() in (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride):
            action = self._key_action(event)  # type: ignore[arg-type]
            if action is not None:
                event.accept()
                if event.type() == QEvent.Type.KeyPress:
                    action()
                return True
        return super().eventFilter(watched, event)

    def _key_action(self, event: QKeyEvent) -> Callable[[], None] | None:
        key = event.key()
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        plain = mods == Qt.KeyboardModifier.NoModifier
        shift = mods == Qt.KeyboardModifier.ShiftModifier
        if key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal) and (plain or shift):
            return lambda: self._zoom(1 / ZOOM_STEP)
        if key == Qt.Key.Key_Minus and plain:
            return lambda: self._zoom(ZOOM_STEP)
        if key in (Qt.Key.Key_0, Qt.Key.Key_Home) and plain:
            return self.fit_all
        if key in (Qt.Key.Key_Left, Qt.Key.Key_Right) and shift:
            return lambda: self._pan(-PAN_STEP if key == Qt.Key.Key_Left else PAN_STEP)
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and plain and self._selected in self._rows:
            return lambda: self.event_activated.emit(self._selected)
        return None

    def _zoom(self, factor: float) -> None:
        lo, hi = self._view.viewRange()[0]
        self._view.scaleBy(x=factor, center=QPointF((lo + hi) / 2, 0.0))
        self._auto_fit = False

    def _pan(self, fraction: float) -> None:
        lo, hi = self._view.viewRange()[0]
        self._view.translateBy(x=fraction * (hi - lo))
        self._auto_fit = False
