"""Everything the timeline's drawing code needs at one zoom level, in one plain record."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import numpy as np

from lagebild.ui.timeline.layout import Extents, LabelFit
from lagebild.ui.timeline.placement import Placement
from lagebild.ui.timeline.style import Style


@dataclass(slots=True)
class Frame:
    """Entries, their pixel extents at one zoom, their lanes and state.

    Pixels are counted from the day ``origin`` of the entries item, so they
    stay small at any zoom.
    """

    placement: Placement
    ext: Extents  # glyph and full label extents
    fit: LabelFit  # labels fitted near the view
    reach_lo: np.ndarray  # px extent of glyph plus label: what may show in a window
    reach_hi: np.ndarray
    label_width: np.ndarray  # full label widths in px
    lane: np.ndarray
    lanes: int
    dimmed: np.ndarray
    bar_order: np.ndarray  # bar rows sorted by colour key, lane, start
    lane_px: float
    half: float  # half the height of a bar or band
    style: Style
    band_brush: Callable[[int, Any, float], Any]  # (glyph, colour, strength) -> QBrush
    cache: dict[tuple[Any, ...], Any]  # colours and drawn bars by colour key, kept while the style lasts
