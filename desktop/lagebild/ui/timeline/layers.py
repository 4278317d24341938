"""Layers above the entries: day markers as sprites and the selected entry."""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

import numpy as np
from PySide6.QtCore import QRectF
from PySide6.QtGui import QPainter

os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")  # PySide6 is imported above
import pyqtgraph as pg

from lagebild.ui.timeline.drawing import with_alpha
from lagebild.ui.timeline.style import DIM_ALPHA, Style

if TYPE_CHECKING:
    from lagebild.ui.timeline.items import EntriesItem


class MarkerLayer(pg.ScatterPlotItem):
    """Day markers as diamond sprites (input is handled by :class:`EntriesItem`)."""

    def __init__(self, parent: EntriesItem) -> None:
        super().__init__(pxMode=True, symbol="d", hoverable=False)
        self.setParentItem(parent)

    def show_markers(self, x: np.ndarray, y: np.ndarray, key: np.ndarray, style: Style) -> None:
        """Markers at (x, y); ``key`` is colour index * 2 + dimmed (dimmed ones first)."""
        self.clear()
        size = 2 * style.metrics.marker_radius + 1
        # One batch per style: pyqtgraph handles a shared pen/brush much faster
        # than a list with one per point.
        for k in sorted(np.unique(key).tolist(), key=lambda k: -(k % 2)):
            alpha = DIM_ALPHA if k % 2 else 1.0
            sel = key == k
            self.addPoints(
                x=x[sel],
                y=y[sel],
                size=size,
                pen=pg.mkPen(with_alpha(style.base, alpha), width=1.0),
                brush=pg.mkBrush(with_alpha(style.entry_colour(k // 2), alpha)),
            )

    def mouseClickEvent(self, ev) -> None:
        """Clicks go to the entries item underneath."""
        ev.ignore()

    def hoverEvent(self, ev) -> None:
        """Hover is handled by the entries item."""


class SelectionItem(pg.GraphicsObject):
    """The selected entry, drawn above everything else."""

    def __init__(self, parent: EntriesItem) -> None:
        super().__init__(parent)
        self._entries = parent
        self.setZValue(1)

    def geometry_changed(self) -> None:
        """The selection or the zoom changed."""
        self.prepareGeometryChange()
        self.update()

    def boundingRect(self) -> QRectF:
        """Glyph and label box of the selected entry."""
        return self._entries.selection_rect()

    def viewTransformChanged(self) -> None:
        """pyqtgraph hook: the label box has a fixed pixel size."""
        self.prepareGeometryChange()
        super().viewTransformChanged()

    def paint(self, painter: QPainter, option, widget=None) -> None:
        """Let the entries item draw it, in its pixel coordinates."""
        self._entries.paint_selection(painter)
