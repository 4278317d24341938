"""The one action registry: every command of the main window, keyed by :class:`ActionKey`.

Each action is declared once with its (translatable) text, its shortcuts —
platform standard keys first, so Ctrl+O is Cmd+O on macOS — its icon name and
its macOS menu role.  Every action appears in a menu and has a shortcut (a
test checks both).  Icons are set later with :meth:`ActionRegistry.apply_icons`
because loading the icon font is deferred until after the first paint.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum, auto

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence

_CONTEXT = "Actions"
StandardKey = QKeySequence.StandardKey
Role = QAction.MenuRole


class ActionKey(Enum):
    """Commands of the main window."""

    OPEN = auto()
    OPEN_SAMPLE = auto()
    RELOAD = auto()
    QUIT = auto()
    ZOOM_IN = auto()
    ZOOM_OUT = auto()
    ZOOM_RESET = auto()
    FIT_TIMELINE = auto()
    FULL_SCREEN = auto()
    PRESENT = auto()
    PREVIOUS_EVENT = auto()
    NEXT_EVENT = auto()
    CLEAR_SELECTION = auto()
    FIND_ENTITY = auto()
    ABOUT = auto()


@dataclass(frozen=True)
class ActionSpec:
    """How one action looks and is reached."""

    text: str  # English source text, translated in context "Actions"
    shortcuts: tuple[StandardKey | str, ...]
    icon: str | None = None  # name in lagebild.ui.icons
    tip: str = ""
    role: Role = Role.NoRole


SPECS: dict[ActionKey, ActionSpec] = {
    ActionKey.OPEN: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&Open…"), (StandardKey.Open,), "open",
        QT_TRANSLATE_NOOP("Actions", "Open a German news article (text, Markdown or HTML)"),
    ),
    ActionKey.OPEN_SAMPLE: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "Open &Sample Article"), ("Ctrl+Shift+O",), "event",
        QT_TRANSLATE_NOOP("Actions", "Open the bundled sample article"),
    ),
    ActionKey.RELOAD: ActionSpec(
        # F5 (StandardKey.Refresh on Linux/Windows) presents, as in every slide program.
        QT_TRANSLATE_NOOP("Actions", "&Reload"), ("Ctrl+R",), "refresh",
        QT_TRANSLATE_NOOP("Actions", "Read the article again and extract anew"),
    ),
    ActionKey.QUIT: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&Quit"), (StandardKey.Quit, "Ctrl+Q"), "quit", role=Role.QuitRole
    ),
    ActionKey.ZOOM_IN: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "Zoom &In"), (StandardKey.ZoomIn, "Ctrl+="), "zoom-in",
        QT_TRANSLATE_NOOP("Actions", "Larger article text"),
    ),
    ActionKey.ZOOM_OUT: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "Zoom &Out"), (StandardKey.ZoomOut,), "zoom-out",
        QT_TRANSLATE_NOOP("Actions", "Smaller article text"),
    ),
    ActionKey.ZOOM_RESET: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&Normal Size"), ("Ctrl+0",), None,
        QT_TRANSLATE_NOOP("Actions", "Article text at normal size"),
    ),
    ActionKey.FIT_TIMELINE: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&Fit Timeline"), ("Ctrl+Shift+F",), "fit",
        QT_TRANSLATE_NOOP("Actions", "Show all events on the timeline"),
    ),
    ActionKey.FULL_SCREEN: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "F&ull Screen"), (StandardKey.FullScreen, "F11"), "fullscreen"
    ),
    ActionKey.PRESENT: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&Present"), ("F5",), "present",
        QT_TRANSLATE_NOOP("Actions", "Show the briefing full screen, one event at a time (Esc ends)"),
    ),
    ActionKey.PREVIOUS_EVENT: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&Previous Event"), ("Left", "K"), "previous",
        QT_TRANSLATE_NOOP("Actions", "Select the event before this one in time"),
    ),
    ActionKey.NEXT_EVENT: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&Next Event"), ("Right", "J"), "next",
        QT_TRANSLATE_NOOP("Actions", "Select the event after this one in time"),
    ),
    ActionKey.CLEAR_SELECTION: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&Clear Selection"), ("Esc",), "clear-filter",
        QT_TRANSLATE_NOOP("Actions", "Clear the entity filter, then the selected event"),
    ),
    ActionKey.FIND_ENTITY: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&Find Entity"), (StandardKey.Find,), "search",
        QT_TRANSLATE_NOOP("Actions", "Filter the entity list"),
    ),
    ActionKey.ABOUT: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&About Lagebild"), (StandardKey.HelpContents, "F1"), "about",
        role=Role.AboutRole,
    ),
}


def key_sequences(spec: ActionSpec) -> list[QKeySequence]:
    """The shortcuts of ``spec`` on this platform, without duplicates or empty ones."""
    sequences: list[QKeySequence] = []
    for shortcut in spec.shortcuts:
        candidates = (
            QKeySequence.keyBindings(shortcut)
            if isinstance(shortcut, StandardKey)
            else [QKeySequence(shortcut)]
        )
        for sequence in candidates:
            if not sequence.isEmpty() and sequence not in sequences:
                sequences.append(sequence)
    return sequences


class ActionRegistry(QObject):
    """Creates and owns one ``QAction`` per :class:`ActionKey`."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self._actions: dict[ActionKey, QAction] = {}
        for key, spec in SPECS.items():
            action = QAction(parent)
            action.setObjectName(f"action_{key.name.lower()}")
            action.setShortcuts(key_sequences(spec))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.setMenuRole(spec.role)
            self._actions[key] = action
        self._actions[ActionKey.FULL_SCREEN].setCheckable(True)
        self.retranslate()

    def __getitem__(self, key: ActionKey) -> QAction:
        return self._actions[key]

    def __iter__(self):
        return iter(self._actions.items())

    def retranslate(self) -> None:
        """Set texts and tooltips in the current UI language."""
        for key, action in self._actions.items():
            spec = SPECS[key]
            action.setText(QCoreApplication.translate(_CONTEXT, spec.text))
            tip = QCoreApplication.translate(_CONTEXT, spec.tip) if spec.tip else action.text()
            shortcut = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            plain_tip = tip.replace("&", "")
            action.setToolTip(f"{plain_tip} ({shortcut})" if shortcut else plain_tip)
            action.setStatusTip(plain_tip)

    def apply_icons(self) -> None:
        """Give actions their icons (imports the icon font: call after the first paint)."""
        from lagebild.ui.icons import icon

        for key, action in self._actions.items():
            name = SPECS[key].icon
            if name:
                action.setIcon(icon(name))
