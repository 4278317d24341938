"""The selected entry, drawn above all other entries."""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

from PySide6.QtCore import QRectF
from PySide6.QtGui import QPainter

os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")  # PySide6 is imported above
import pyqtgraph as pg

if TYPE_CHECKING:
    from lagebild.ui.timeline.items import EntriesItem


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
