"""The one icon table: semantic names mapped to qtawesome glyphs.

Widgets ask for ``icon("save")``, never for a raw glyph name.  Icons are drawn
in the colours of the current application palette (text colour, greyed when
disabled, highlighted-text colour when selected), so they stay legible in
dark mode.  qtawesome paints vector glyphs at whatever size and device pixel
ratio Qt requests, which makes them sharp on high-DPI screens.

An icon is cached per (name, palette colours).  After a theme switch a widget
asks again (on ``QEvent.PaletteChange``) and gets an icon in the new colours.
"""

from __future__ import annotations

import os
from enum import Enum
from functools import lru_cache
from typing import NamedTuple

# Pin the binding before qtawesome imports its Qt shim (it would pick PyQt if
# that were installed too).
os.environ.setdefault("QT_API", "pyside6")

import PySide6  # noqa: E402,F401  (imported first on purpose)
from PySide6.QtGui import QColor, QFontDatabase, QGuiApplication, QIcon, QPalette  # noqa: E402

import qtawesome as qta  # noqa: E402


class Tone(Enum):
    """Which palette-derived colour an icon is drawn in."""

    TEXT = "text"
    WARNING = "warning"


class IconSpec(NamedTuple):
    """A qtawesome glyph and the tone to draw it in."""

    glyph: str
    tone: Tone = Tone.TEXT


ICONS: dict[str, IconSpec] = {
    # Entity types
    "person": IconSpec("mdi6.account"),
    "organisation": IconSpec("mdi6.domain"),
    "place": IconSpec("mdi6.map-marker"),
    "misc": IconSpec("mdi6.tag-outline"),
    # File
    "open": IconSpec("mdi6.folder-open-outline"),
    "open-recent": IconSpec("mdi6.history"),
    "save": IconSpec("mdi6.content-save-outline"),
    "export": IconSpec("mdi6.file-export-outline"),
    "screenshot": IconSpec("mdi6.camera-outline"),
    "quit": IconSpec("mdi6.exit-to-app"),
    # Edit
    "undo": IconSpec("mdi6.undo"),
    "redo": IconSpec("mdi6.redo"),
    "copy": IconSpec("mdi6.content-copy"),
    "search": IconSpec("mdi6.magnify"),
    "clear-filter": IconSpec("mdi6.filter-remove-outline"),
    "sort": IconSpec("mdi6.sort"),
    # View and navigation
    "zoom-in": IconSpec("mdi6.magnify-plus-outline"),
    "zoom-out": IconSpec("mdi6.magnify-minus-outline"),
    "fit": IconSpec("mdi6.fit-to-page-outline"),
    "previous": IconSpec("mdi6.chevron-left"),
    "next": IconSpec("mdi6.chevron-right"),
    "present": IconSpec("mdi6.presentation-play"),
    "fullscreen": IconSpec("mdi6.fullscreen"),
    "theme": IconSpec("mdi6.theme-light-dark"),
    "language": IconSpec("mdi6.translate"),
    "settings": IconSpec("mdi6.cog-outline"),
    "refresh": IconSpec("mdi6.refresh"),
    "close": IconSpec("mdi6.close"),
    # Help
    "about": IconSpec("mdi6.information-outline"),
    "help": IconSpec("mdi6.help-circle-outline"),
    # Content
    "event": IconSpec("mdi6.calendar-star"),
    "mention": IconSpec("mdi6.format-quote-close"),
    "date-missing": IconSpec("mdi6.calendar-question"),
    "warning": IconSpec("mdi6.alert-outline", Tone.WARNING),
    "contradiction": IconSpec("mdi6.calendar-alert", Tone.WARNING),
    "note": IconSpec("mdi6.note-text-outline"),
    "article": IconSpec("mdi6.newspaper-variant-outline"),
    "sources": IconSpec("mdi6.file-multiple-outline"),
    # Briefing
    "new": IconSpec("mdi6.file-outline"),
    "add-article": IconSpec("mdi6.file-plus-outline"),
    "add-folder": IconSpec("mdi6.folder-plus-outline"),
    "save-as": IconSpec("mdi6.content-save-edit-outline"),
    "import": IconSpec("mdi6.file-import-outline"),
    "remove": IconSpec("mdi6.delete-outline"),
    "edit": IconSpec("mdi6.pencil-outline"),
    "hide": IconSpec("mdi6.eye-off-outline"),
    "add-event": IconSpec("mdi6.calendar-plus"),
    "merge": IconSpec("mdi6.call-merge"),
    "split": IconSpec("mdi6.call-split"),
    "grade": IconSpec("mdi6.shield-check-outline"),
}

# Warning amber readable on a light and on a dark background respectively.
_WARNING_ON_LIGHT = QColor("#b45309")
_WARNING_ON_DARK = QColor("#fbbf24")


def is_dark(palette: QPalette | None = None) -> bool:
    """Whether ``palette`` (default: the application's) has a dark window."""
    palette = palette if palette is not None else QGuiApplication.palette()
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def names() -> list[str]:
    """All semantic icon names."""
    return list(ICONS)


def icon(name: str) -> QIcon:
    """The icon for semantic ``name`` in the current palette's colours.

    Raises ``KeyError`` for an unknown name: a typo should fail loudly in tests,
    not show an empty button.
    """
    spec = ICONS[name]
    palette = QGuiApplication.palette()
    group, role = QPalette.ColorGroup, QPalette.ColorRole
    if spec.tone is Tone.WARNING:
        normal = _WARNING_ON_DARK if is_dark(palette) else _WARNING_ON_LIGHT
        selected = normal
    else:
        normal = palette.color(group.Active, role.WindowText)
        selected = palette.color(group.Active, role.HighlightedText)
    disabled = palette.color(group.Disabled, role.WindowText)
    return _make(spec.glyph, normal.name(), disabled.name(), selected.name())


FONT_PREFIX = "mdi6"  # every glyph in ICONS is from Material Design Icons 6


@lru_cache(maxsize=256)
def _make(glyph: str, normal: str, disabled: str, selected: str) -> QIcon:
    return _painter()(
        glyph,
        color=normal,
        color_active=normal,
        color_disabled=disabled,
        color_selected=selected,
    )


_font: qta.IconicFont | None = None


def _painter():
    """qtawesome's ``icon`` function, on a font set holding just the one font the table uses.

    ``qta.icon`` loads all twelve bundled icon fonts and their character maps
    on first use (~70 ms of the start-up) and checks all of them again on
    every call; one font does for us.  If qtawesome no longer lists its
    bundled fonts as expected, its own ``icon`` is used.
    """
    global _font
    if _font is not None and all(QFontDatabase.applicationFontFamilies(i) for i in _font.fontids.values()):
        return _font.icon
    bundled = [spec for spec in getattr(qta, "_BUNDLED_FONTS", ()) if spec[0] == FONT_PREFIX]
    if not bundled:
        return qta.icon
    _font = qta.IconicFont(*bundled)  # (re)loads it, also after the application was recreated
    return _font.icon
