"""The look of the presentation: a dark, high-contrast scheme and type sized from the screen.

Projectors wash out light backgrounds and thin type, so the presentation
uses its own dark palette whatever the application theme is, and every font
size is a share of the screen height: the event label is 1/18 of it, about
60 px on a 1080p projector, readable from the back of a room.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import QWidget

BACKGROUND = QColor("#0e1319")
SURFACE = QColor("#151c25")  # the timeline strip
TEXT = QColor("#f3f5f8")
MUTED = QColor("#9aa6b5")
ACCENT = QColor("#f2b33d")  # dates: on the slide and the current event on the timeline
ACCENT_TEXT = QColor("#10151b")
RULE = QColor("#2a3441")
DATE_MARK_BACKGROUND = QColor(242, 179, 61, 56)  # ACCENT, faint, behind the date words
WARN = QColor("#f26b5b")  # sources that disagree on a date: red that reads on the dark background

_Role = QPalette.ColorRole


def presentation_palette() -> QPalette:
    """The palette of every presentation widget (timeline included)."""
    palette = QPalette()
    colours = {
        _Role.Window: BACKGROUND,
        _Role.WindowText: TEXT,
        _Role.Base: SURFACE,
        _Role.AlternateBase: SURFACE,
        _Role.Text: TEXT,
        _Role.Button: SURFACE,
        _Role.ButtonText: TEXT,
        _Role.PlaceholderText: MUTED,
        _Role.Highlight: ACCENT,
        _Role.HighlightedText: ACCENT_TEXT,
        _Role.ToolTipBase: SURFACE,
        _Role.ToolTipText: TEXT,
        _Role.Light: RULE,
        _Role.Mid: RULE,
        _Role.Dark: BACKGROUND,
    }
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive, QPalette.ColorGroup.Disabled):
        for role, colour in colours.items():
            palette.setColor(group, role, colour)
    return palette


def adopt(widget: QWidget) -> None:
    """Give ``widget`` and everything in it the presentation palette.

    Set on each widget, not only the top: while the application has a style
    sheet, Qt gives children the application palette instead of the parent's.
    """
    palette = presentation_palette()
    for each in (widget, *widget.findChildren(QWidget)):
        each.setPalette(palette)


@dataclass(frozen=True, slots=True)
class TypeScale:
    """Font pixel sizes and margins for a screen ``height`` pixels high."""

    height: int

    def px(self, share: float) -> int:
        """``share`` of the height in pixels, at least 8."""
        return max(8, round(self.height * share))

    @property
    def title(self) -> int:
        return self.px(1 / 13)

    @property
    def label(self) -> int:
        return self.px(1 / 18)

    @property
    def label_min(self) -> int:
        return self.px(1 / 26)

    @property
    def date(self) -> int:
        return self.px(1 / 26)

    @property
    def sentence(self) -> int:
        return self.px(1 / 24)

    @property
    def sentence_min(self) -> int:
        return self.px(1 / 46)

    @property
    def body(self) -> int:
        return self.px(1 / 38)

    @property
    def small(self) -> int:
        return self.px(1 / 50)

    @property
    def timeline(self) -> int:
        return self.px(1 / 52)

    @property
    def margin(self) -> int:
        return self.px(1 / 16)

    @property
    def gap(self) -> int:
        return self.px(1 / 60)


def font(base: QFont, pixels: int, weight: QFont.Weight = QFont.Weight.Normal) -> QFont:
    """``base`` at ``pixels`` pixels high with ``weight``."""
    out = QFont(base)
    out.setPixelSize(pixels)
    out.setWeight(weight)
    return out


def tinted(icon: QIcon, pixels: int, colour: QColor) -> QPixmap:
    """``icon`` as a ``pixels`` square in one colour (icons follow the app palette, the slides do not)."""
    pixmap = icon.pixmap(pixels, pixels)
    out = QPixmap(pixmap.size())
    out.fill(Qt.GlobalColor.transparent)
    painter = QPainter(out)
    painter.drawPixmap(0, 0, pixmap)
    painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_SourceIn)
    painter.fillRect(out.rect(), colour)
    painter.end()
    out.setDevicePixelRatio(pixmap.devicePixelRatio())
    return out
