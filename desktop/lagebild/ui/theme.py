"""Light and dark appearance: Fusion style with an explicit palette.

``apply_theme(app, "system")`` follows the desktop's colour scheme (and keeps
following it when the user switches the desktop between light and dark);
``"light"`` and ``"dark"`` pin the scheme.  Every platform gets the same
Fusion style, so the two palettes below are the whole look, plus an optional
stylesheet from ``resources/styles/``.
"""

from __future__ import annotations

from typing import Literal

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory

from lagebild.core.resources import resource

ThemeMode = Literal["system", "light", "dark"]
MODES: tuple[ThemeMode, ...] = ("system", "light", "dark")

_Role = QPalette.ColorRole
_Group = QPalette.ColorGroup

# Dark palette: neutral greys, a blue accent that keeps 4.5:1 contrast with white text.
_DARK: dict[QPalette.ColorRole, str] = {
    _Role.Window: "#2b2b2b",
    _Role.WindowText: "#e8e8e8",
    _Role.Base: "#1f1f1f",
    _Role.AlternateBase: "#272727",
    _Role.ToolTipBase: "#3a3a3a",
    _Role.ToolTipText: "#f0f0f0",
    _Role.PlaceholderText: "#8c8c8c",
    _Role.Text: "#e8e8e8",
    _Role.Button: "#343434",
    _Role.ButtonText: "#e8e8e8",
    _Role.BrightText: "#ff6b6b",
    _Role.Light: "#454545",
    _Role.Midlight: "#3a3a3a",
    _Role.Mid: "#2a2a2a",
    _Role.Dark: "#181818",
    _Role.Shadow: "#000000",
    _Role.Highlight: "#2f6fcf",
    _Role.HighlightedText: "#ffffff",
    _Role.Link: "#7ab8ff",
    _Role.LinkVisited: "#c39bff",
}
_DARK_DISABLED: dict[QPalette.ColorRole, str] = {
    _Role.WindowText: "#7a7a7a",
    _Role.Text: "#7a7a7a",
    _Role.ButtonText: "#7a7a7a",
    _Role.Highlight: "#4a4a4a",
    _Role.HighlightedText: "#a0a0a0",
}


def light_palette() -> QPalette:
    """Fusion's own light palette."""
    style = QStyleFactory.create("Fusion")
    return style.standardPalette()


def dark_palette() -> QPalette:
    """A dark palette for Fusion."""
    palette = QPalette()
    for role, colour in _DARK.items():
        palette.setColor(role, QColor(colour))
    if hasattr(_Role, "Accent"):  # Qt >= 6.6
        palette.setColor(_Role.Accent, QColor(_DARK[_Role.Highlight]))
    for role, colour in _DARK_DISABLED.items():
        palette.setColor(_Group.Disabled, role, QColor(colour))
    return palette


def system_is_dark() -> bool:
    """Whether the desktop asks for a dark colour scheme (unknown counts as light)."""
    return QGuiApplication.styleHints().colorScheme() == Qt.ColorScheme.Dark


class _SystemFollower(QObject):
    """Re-applies the palette when the desktop's colour scheme changes."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self._app = app
        self.mode: ThemeMode = "system"
        app.styleHints().colorSchemeChanged.connect(self._on_scheme_changed)

    def _on_scheme_changed(self, _scheme: Qt.ColorScheme) -> None:
        if self.mode == "system":
            _set_palette(self._app, "dark" if system_is_dark() else "light")


def apply_theme(app: QApplication, mode: ThemeMode = "system") -> Literal["light", "dark"]:
    """Give ``app`` the Fusion style and the palette for ``mode``.

    Returns the scheme actually in use.  Unknown modes fall back to "system".
    """
    if mode not in MODES:
        mode = "system"
    follower = app.findChild(_SystemFollower)
    if follower is None:  # first call: set the style once (it repolishes every widget)
        app.setStyle("Fusion")
        follower = _SystemFollower(app)
    follower.mode = mode
    # Only after follower.mode is set: this may emit colorSchemeChanged.
    _tell_platform(app, mode)
    effective: Literal["light", "dark"]
    if mode == "system":
        effective = "dark" if system_is_dark() else "light"
    else:
        effective = mode
    _set_palette(app, effective)
    app.setStyleSheet(stylesheet(effective))
    return effective


def _tell_platform(app: QApplication, mode: ThemeMode) -> None:
    """Pass the scheme to the platform (Qt >= 6.8), so native title bars match."""
    hints = app.styleHints()
    if not hasattr(hints, "setColorScheme"):
        return
    if mode == "system":
        hints.unsetColorScheme()
    else:
        hints.setColorScheme(Qt.ColorScheme.Dark if mode == "dark" else Qt.ColorScheme.Light)


def _set_palette(app: QApplication, scheme: Literal["light", "dark"]) -> None:
    app.setPalette(dark_palette() if scheme == "dark" else light_palette())


def stylesheet(scheme: Literal["light", "dark"]) -> str:
    """The bundled stylesheet: ``styles/lagebild.qss`` plus ``styles/lagebild-<scheme>.qss``."""
    parts = []
    for name in ("lagebild.qss", f"lagebild-{scheme}.qss"):
        node = resource(f"styles/{name}")
        if node.is_file():
            parts.append(node.read_text(encoding="utf-8"))
    return "\n".join(parts)
