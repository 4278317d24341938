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

    NEW = auto()
    OPEN = auto()
    OPEN_SAMPLE = auto()
    ADD_ARTICLES = auto()
    ADD_FOLDER = auto()
    SAVE = auto()
    SAVE_AS = auto()
    IMPORT_JSON = auto()
    EXPORT_JSON = auto()
    RELOAD = auto()
    QUIT = auto()
    CHANGE_DATE = auto()
    RELABEL_EVENT = auto()
    NOTE_EVENT = auto()
    HIDE_EVENT = auto()
    RESTORE_HIDDEN = auto()
    ADD_EVENT = auto()
    RENAME_ENTITY = auto()
    RETYPE_ENTITY = auto()
    MERGE_ENTITY = auto()
    SPLIT_ENTITY = auto()
    SET_RELIABILITY = auto()
    REMOVE_ARTICLE = auto()
    RENAME_BRIEFING = auto()
    SEARCH = auto()
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
    ActionKey.NEW: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&New Briefing"), (StandardKey.New,), "new",
        QT_TRANSLATE_NOOP("Actions", "Start an empty briefing"),
    ),
    ActionKey.OPEN: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&Open…"), (StandardKey.Open,), "open",
        QT_TRANSLATE_NOOP("Actions", "Open a briefing (.lagebild) or a German news article (text, Markdown or HTML)"),
    ),
    ActionKey.ADD_ARTICLES: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&Add Articles…"), ("Ctrl+Shift+A",), "add-article",
        QT_TRANSLATE_NOOP("Actions", "Add one or several articles to this briefing"),
    ),
    ActionKey.ADD_FOLDER: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "Add &Folder…"), ("Ctrl+Shift+D",), "add-folder",
        QT_TRANSLATE_NOOP("Actions", "Add every article in a folder to this briefing"),
    ),
    ActionKey.SAVE: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&Save"), (StandardKey.Save,), "save",
        QT_TRANSLATE_NOOP("Actions", "Save the briefing (later changes are saved automatically)"),
    ),
    ActionKey.SAVE_AS: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "Save &As…"), (StandardKey.SaveAs, "Ctrl+Shift+S"), "save-as",
        QT_TRANSLATE_NOOP("Actions", "Save the briefing in a new file"),
    ),
    ActionKey.IMPORT_JSON: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&Import Briefing from JSON…"), ("Ctrl+Shift+I",), "import",
        QT_TRANSLATE_NOOP("Actions", "Open a briefing exported as JSON"),
    ),
    ActionKey.EXPORT_JSON: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "Export Briefing as &JSON…"), ("Ctrl+Shift+J",), "export",
        QT_TRANSLATE_NOOP("Actions", "Write the whole briefing with corrections as JSON for other tools"),
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
    ActionKey.CHANGE_DATE: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "Change &Date…"), ("Ctrl+D",), "edit",
        QT_TRANSLATE_NOOP("Actions", "Give the selected event another date"),
    ),
    ActionKey.RELABEL_EVENT: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "Re&name Event…"), ("F2",), "edit",
        QT_TRANSLATE_NOOP("Actions", "Give the selected event another label"),
    ),
    ActionKey.NOTE_EVENT: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "N&ote…"), ("Ctrl+Shift+N",), "note",
        QT_TRANSLATE_NOOP("Actions", "Write a note on the selected event"),
    ),
    ActionKey.HIDE_EVENT: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&Hide Event"), ("Ctrl+H",), "hide",
        QT_TRANSLATE_NOOP("Actions", "Leave the selected event out of the briefing"),
    ),
    ActionKey.RESTORE_HIDDEN: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "Show Hidden E&vent…"), ("Ctrl+Shift+H",), "event",
        QT_TRANSLATE_NOOP("Actions", "Bring back an event left out of the briefing, also one hidden in an earlier session"),
    ),
    ActionKey.ADD_EVENT: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "Add &Event from Sentence…"), ("Ctrl+E",), "add-event",
        QT_TRANSLATE_NOOP("Actions", "Add an event supported by the selected text or the sentence at the cursor"),
    ),
    ActionKey.RENAME_ENTITY: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "Rename En&tity…"), ("Shift+F2",), "edit",
        QT_TRANSLATE_NOOP("Actions", "Give the selected entity another name"),
    ),
    ActionKey.RETYPE_ENTITY: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "Change Entity T&ype…"), ("Ctrl+T",), "misc",
        QT_TRANSLATE_NOOP("Actions", "Make the selected entity a person, organisation, place or other"),
    ),
    ActionKey.MERGE_ENTITY: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&Merge Entity…"), ("Ctrl+Shift+M",), "merge",
        QT_TRANSLATE_NOOP("Actions", "The selected entity is the same as another one"),
    ),
    ActionKey.SPLIT_ENTITY: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "S&plit Entity…"), ("Ctrl+Shift+X",), "split",
        QT_TRANSLATE_NOOP("Actions", "Some mentions of the selected entity name someone else"),
    ),
    ActionKey.SET_RELIABILITY: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "Set &Reliability…"), ("Ctrl+G",), "grade",
        QT_TRANSLATE_NOOP("Actions", "Grade the shown article's source and information (A1 … F6)"),
    ),
    ActionKey.REMOVE_ARTICLE: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "Remove Article"), ("Ctrl+Shift+Del",), "remove",
        QT_TRANSLATE_NOOP("Actions", "Take the shown article out of the briefing"),
    ),
    ActionKey.RENAME_BRIEFING: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "Briefing &Title…"), ("Ctrl+Alt+T",), "edit",
        QT_TRANSLATE_NOOP("Actions", "Give the briefing a title"),
    ),
    ActionKey.SEARCH: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&Search Articles"), ("Ctrl+K",), "search",
        QT_TRANSLATE_NOOP("Actions", "Full-text search in every article of the briefing"),
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
