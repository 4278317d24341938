"""The timeline drawn off screen: a PNG of a chosen size, an SVG, an image for the PDF.

A :class:`~lagebild.ui.timeline.TimelineWidget` is laid out at screen
resolution (never shown) in the light palette, then its scene is drawn into
the target.  Bigger images scale the drawing, not the layout: the widget
stays about :data:`SCREEN_WIDTH` pixels wide and the image gets a device
pixel ratio, so labels keep their proportions and come out sharp.  (Laying
the plot out at print resolution would shrink its labels to specks.)

The PDF gets an image at print density rather than a recorded ``QPicture``:
the timeline draws its labels and markers as cached sprites, which a picture
keeps at screen resolution (blurred and faded in the PDF), and picture replay
drops the gradient of vague bands.  The SVG has the same limits: shapes and
the axis are vectors, entry labels are embedded images.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import date
from pathlib import Path

from PySide6.QtCore import QRect, QRectF, QSize, Qt
from PySide6.QtGui import QFontMetricsF, QImage, QPainter, QPalette
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import QGraphicsView

from lagebild.ui.theme import light_palette
from lagebild.ui.timeline import TimelineEntry, TimelineWidget

SCREEN_WIDTH = 1000  # logical pixels the timeline is laid out at for images and handouts
MIN_HEIGHT, MAX_HEIGHT = 150, 700


@contextmanager
def staged_timeline(
    entries: Sequence[TimelineEntry], anchor: date | None, size: QSize, palette: QPalette | None = None
) -> Iterator[TimelineWidget]:
    """A timeline of ``size`` showing ``entries``, laid out but never on screen.

    ``palette`` defaults to the light one: paper is white, whatever the theme.
    """
    widget = TimelineWidget()
    widget.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, True)
    widget.setPalette(palette or light_palette())
    widget.resize(size)
    widget.show()
    try:
        widget.set_entries(list(entries), anchor)
        widget.fit_all()
        yield widget
    finally:
        widget.hide()
        widget.deleteLater()


def _scene_view(widget: TimelineWidget) -> QGraphicsView:
    view = widget.findChild(QGraphicsView)
    if view is None:  # pragma: no cover - the timeline is a graphics view inside
        raise RuntimeError("the timeline has no graphics view to draw")
    return view


def draw_timeline(widget: TimelineWidget, painter: QPainter, target: QRectF) -> None:
    """Draw the staged timeline's scene into ``target`` on a white background.

    The scene is drawn without a widget, so the entries render their label
    sprites at the device pixel ratio of the painter's device.
    """
    view = _scene_view(widget)
    painter.save()
    painter.fillRect(target, widget.palette().base())
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    view.scene().render(painter, target, view.sceneRect())
    painter.restore()


def fitted_size(entries: Sequence[TimelineEntry], anchor: date | None, width: int = SCREEN_WIDTH) -> QSize:
    """A size ``width`` wide and just high enough for every lane and the axis."""
    line = QFontMetricsF(TimelineWidget().font()).height()
    with staged_timeline(entries, anchor, QSize(width, MAX_HEIGHT)) as widget:
        lanes = [widget.lane_of(e.id) for e in entries]
        lanes_used = max((lane for lane in lanes if lane is not None), default=0) + 1
    lane_px = round(2.1 * line)  # the timeline's preferred lane height
    header = lane_px if anchor is not None else 0.3 * lane_px
    height = header + (lanes_used + 0.4) * lane_px + 3.2 * line + 6
    return QSize(width, int(min(max(height, MIN_HEIGHT), MAX_HEIGHT)))


def timeline_image(
    entries: Sequence[TimelineEntry],
    anchor: date | None,
    size: QSize,
    palette: QPalette | None = None,
    scale: float | None = None,
) -> QImage:
    """The timeline as an image of exactly ``size`` pixels, laid out at ``size / scale``.

    Without ``scale`` the layout is at most :data:`SCREEN_WIDTH` wide.
    """
    scale = scale or max(1.0, size.width() / SCREEN_WIDTH)
    logical = QSize(max(1, round(size.width() / scale)), max(1, round(size.height() / scale)))
    image = QImage(size, QImage.Format.Format_ARGB32_Premultiplied)
    image.setDevicePixelRatio(scale)
    with staged_timeline(entries, anchor, logical, palette) as widget:
        image.fill(widget.palette().base().color())
        painter = QPainter(image)
        draw_timeline(widget, painter, QRectF(0, 0, size.width() / scale, size.height() / scale))
        painter.end()
    image.setDevicePixelRatio(1.0)
    return image


def save_png(entries: Sequence[TimelineEntry], anchor: date | None, size: QSize, path: str | Path) -> None:
    """Write the timeline as a PNG of ``size`` pixels; :class:`OSError` if it cannot be written."""
    if not timeline_image(entries, anchor, size).save(str(path), "PNG"):
        raise OSError(f"cannot write {path}")


def save_svg(
    entries: Sequence[TimelineEntry], anchor: date | None, size: QSize, path: str | Path, title: str = ""
) -> None:
    """Write the timeline as SVG: shapes and axis as vectors, ``size`` in screen pixels."""
    generator = QSvgGenerator()
    generator.setFileName(str(path))
    generator.setSize(size)
    generator.setViewBox(QRect(0, 0, size.width(), size.height()))
    generator.setTitle(title)
    generator.setDescription("Lagebild")
    with staged_timeline(entries, anchor, size) as widget:
        painter = QPainter()
        if not painter.begin(generator):
            raise OSError(f"cannot write {path}")
        draw_timeline(widget, painter, QRectF(0, 0, size.width(), size.height()))
        painter.end()
    if not Path(path).is_file():
        raise OSError(f"cannot write {path}")
