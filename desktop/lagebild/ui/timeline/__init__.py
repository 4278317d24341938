"""The timeline view (pyqtgraph behind a plain QWidget API).

``TimelineEntry`` and ``Precision`` are plain data; ``TimelineWidget`` is
imported lazily so that the Qt-free modules of this package (entry, dates,
placement, layout) can be used and tested without Qt.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from lagebild.ui.timeline.entry import Precision, TimelineEntry

if TYPE_CHECKING:
    from lagebild.ui.timeline.widget import TimelineWidget

__all__ = ["Precision", "TimelineEntry", "TimelineWidget"]


def __getattr__(name: str) -> Any:
    if name == "TimelineWidget":
        from lagebild.ui.timeline.widget import TimelineWidget

        return TimelineWidget
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
