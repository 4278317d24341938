"""Colours and sizes of the timeline, taken from the widget's palette and font.

Nothing is hard-wired to light or dark: text, background, shading and the
selection colour come from the palette, entry colours are a colour-blind safe
set (Okabe & Ito) lightened on dark backgrounds, and every pixel size follows
the font height, so a larger font on a projector scales the whole timeline.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPalette

from lagebild.ui.timeline.layout import Metrics

# Okabe-Ito colours, starting with those least like a typical (blue) selection.
_ENTRY_COLOURS = ("#009E73", "#D55E00", "#CC79A7", "#E69F00", "#56B4E9", "#0072B2", "#A08600", "#7F7F7F")

DIM_ALPHA = 0.22  # share of opacity left to entries outside the emphasis


@dataclass(frozen=True, slots=True)
class Style:
    """Everything the timeline items need to draw, derived once per palette/font."""

    font: QFont
    bold: QFont
    line_height: float
    ascent: float
    descent: float
    base: QColor
    text: QColor
    muted: QColor  # secondary text: axis, anchor label, group names
    grid: QColor
    shade: QColor  # every other lane group
    highlight: QColor
    highlighted_text: QColor
    dark: bool
    metrics: Metrics
    lane_px: float  # preferred height of a lane
    min_lane_px: float  # below this labels no longer fit vertically

    def entry_colour(self, index: int) -> QColor:
        """Colour of the ``index``-th colour key."""
        colour = QColor(_ENTRY_COLOURS[index % len(_ENTRY_COLOURS)])
        return colour.lighter(135) if self.dark else colour

    def text_width(self, text: str) -> float:
        """Advance width of ``text`` in the label font."""
        return QFontMetricsF(self.font).horizontalAdvance(text)


def _with_alpha(colour: QColor, alpha: float) -> QColor:
    out = QColor(colour)
    out.setAlphaF(alpha)
    return out


def make_style(palette: QPalette, font: QFont) -> Style:
    """The style for a widget with this palette and font."""
    metrics = QFontMetricsF(font)
    height = metrics.height()
    base = palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.Base)
    text = palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.Text)
    dark = base.lightnessF() < 0.5
    bold = QFont(font)
    bold.setBold(True)
    return Style(
        font=QFont(font),
        bold=bold,
        line_height=height,
        ascent=metrics.ascent(),
        descent=metrics.descent(),
        base=base,
        text=text,
        muted=_with_alpha(text, 0.72),
        grid=_with_alpha(text, 0.10),
        shade=_with_alpha(text, 0.045),
        highlight=palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.Highlight),
        highlighted_text=palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.HighlightedText),
        dark=dark,
        metrics=Metrics(
            marker_radius=round(0.36 * height),
            gap=round(0.35 * height),
            min_bar=max(3.0, round(0.25 * height)),
            min_label=round(3.5 * height),
        ),
        lane_px=round(2.1 * height),
        min_lane_px=round(1.2 * height),
    )
