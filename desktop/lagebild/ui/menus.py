"""The main window's menu bar and tool bar, built from the action registry.

:class:`WindowMenus` lays the registry's actions out in menus (File, Edit,
View, Go, Help) and the tool bar, adds the undo stack's Undo/Redo, and keeps
the menus that are not plain actions — Open Recent, Export, theme and
language — answering by signal.  It retranslates its own titles.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QKeyCombination, QObject, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QKeySequence, QUndoStack
from PySide6.QtWidgets import QMainWindow, QMenu

from lagebild.ui.actions import ActionKey, ActionRegistry
from lagebild.ui.settings import Settings

THEMES = ("system", "light", "dark")
LANGUAGES = ("", "de", "en")  # "" follows the system

_FILE = (
    ActionKey.NEW, ActionKey.OPEN, "recent", ActionKey.OPEN_SAMPLE, None,
    ActionKey.ADD_ARTICLES, ActionKey.ADD_FOLDER, ActionKey.RELOAD, None,
    ActionKey.SAVE, ActionKey.SAVE_AS, None,
    ActionKey.IMPORT_JSON, ActionKey.EXPORT_JSON, "export", None,
    ActionKey.QUIT,
)
_EDIT = (
    "undo", "redo", None,
    ActionKey.CHANGE_DATE, ActionKey.RELABEL_EVENT, ActionKey.NOTE_EVENT, ActionKey.HIDE_EVENT, ActionKey.RESTORE_HIDDEN, ActionKey.ADD_EVENT, None,
    ActionKey.RENAME_ENTITY, ActionKey.RETYPE_ENTITY, ActionKey.MERGE_ENTITY, ActionKey.SPLIT_ENTITY, None,
    ActionKey.SET_RELIABILITY, ActionKey.REMOVE_ARTICLE, ActionKey.RENAME_BRIEFING, None,
    ActionKey.SEARCH,
)
_VIEW = (
    ActionKey.ZOOM_IN, ActionKey.ZOOM_OUT, ActionKey.ZOOM_RESET, None,
    ActionKey.FIT_TIMELINE, ActionKey.FULL_SCREEN, ActionKey.PRESENT, None,
    "theme", "language",
)
_GO = (ActionKey.PREVIOUS_EVENT, ActionKey.NEXT_EVENT, ActionKey.CLEAR_SELECTION, ActionKey.FIND_ENTITY)
_TOOL_BAR = (
    ActionKey.OPEN, ActionKey.ADD_ARTICLES, ActionKey.SAVE, None,
    ActionKey.PREVIOUS_EVENT, ActionKey.NEXT_EVENT, ActionKey.FIT_TIMELINE, None,
    ActionKey.PRESENT,
)


class WindowMenus(QObject):
    """Menus and tool bar of one main window (see module docstring)."""

    export_requested = Signal(object)  # ExportKind
    recent_chosen = Signal(str)  # a path from Open Recent
    theme_chosen = Signal(str)
    language_chosen = Signal(str)

    def __init__(self, window: QMainWindow, registry: ActionRegistry, undo_stack: QUndoStack, settings: Settings) -> None:
        super().__init__(window)
        self._window = window
        self._registry = registry
        self._settings = settings
        self.undo_action = undo_stack.createUndoAction(window)
        self.undo_action.setObjectName("action_undo")
        self.undo_action.setShortcuts(QKeySequence.keyBindings(QKeySequence.StandardKey.Undo))
        self.redo_action = undo_stack.createRedoAction(window)
        self.redo_action.setObjectName("action_redo")
        control_shift = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
        redo_keys = [QKeySequence(QKeyCombination(control_shift, Qt.Key.Key_Z))]
        redo_keys += [k for k in QKeySequence.keyBindings(QKeySequence.StandardKey.Redo) if k not in redo_keys]
        self.redo_action.setShortcuts(redo_keys)

        bar = window.menuBar()
        self.recent_menu = QMenu(window)
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        from lagebild.ui.export.kinds import ExportKind  # menu texts only: cheap before the first paint

        self.export_menu = QMenu(window)
        self.export_actions: dict[ExportKind, QAction] = {}
        for kind in ExportKind:
            action = self.export_menu.addAction("")
            action.triggered.connect(lambda _checked=False, k=kind: self.export_requested.emit(k))
            self.export_actions[kind] = action
        self.export_menu.setEnabled(False)
        self.theme_menu = QMenu(window)
        self.theme_actions = self._choice_group(self.theme_menu, THEMES, settings.theme, self.theme_chosen)
        self.language_menu = QMenu(window)
        self.language_actions = self._choice_group(self.language_menu, LANGUAGES, settings.language, self.language_chosen)
        self._submenus = {
            "recent": self.recent_menu, "export": self.export_menu, "theme": self.theme_menu, "language": self.language_menu,
        }
        self._extra = {"undo": self.undo_action, "redo": self.redo_action}

        self.file_menu = self._fill(bar.addMenu(""), _FILE)
        self.edit_menu = self._fill(bar.addMenu(""), _EDIT)
        self.view_menu = self._fill(bar.addMenu(""), _VIEW)
        self.go_menu = self._fill(bar.addMenu(""), _GO)
        self.help_menu = self._fill(bar.addMenu(""), (ActionKey.ABOUT,))

        self.tool_bar = window.addToolBar("")
        self.tool_bar.setObjectName("main-tool-bar")  # for saveState/restoreState
        self.tool_bar.setMovable(False)
        for key in _TOOL_BAR:
            if key is None:
                self.tool_bar.addSeparator()
            else:
                self.tool_bar.addAction(registry[key])

        for _key, action in registry:
            window.addAction(action)  # shortcuts work while the menu bar is hidden (full screen)
        window.addAction(self.undo_action)
        window.addAction(self.redo_action)

    def _fill(self, menu: QMenu, layout: tuple) -> QMenu:
        for item in layout:
            if item is None:
                menu.addSeparator()
            elif isinstance(item, ActionKey):
                menu.addAction(self._registry[item])
            elif item in self._submenus:
                menu.addMenu(self._submenus[item])
            else:
                menu.addAction(self._extra[item])
        return menu

    def _choice_group(self, menu: QMenu, values: tuple[str, ...], current: str, chosen: Signal) -> dict[str, QAction]:
        group = QActionGroup(self)
        group.setExclusive(True)
        actions = {}
        for value in values:
            action = menu.addAction("")
            action.setCheckable(True)
            action.setChecked(value == current)
            action.setData(value)
            group.addAction(action)
            actions[value] = action
        group.triggered.connect(lambda action: chosen.emit(action.data()))
        return actions

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        recent = self._settings.recent_files
        for number, path in enumerate(recent, start=1):
            action = self.recent_menu.addAction(f"&{number % 10} {Path(path).name}")
            action.setToolTip(path)
            action.setStatusTip(path)
            action.triggered.connect(lambda _checked=False, p=path: self.recent_chosen.emit(p))
        if recent:
            self.recent_menu.addSeparator()
            self.recent_menu.addAction(self.tr("&Clear List"), self._clear_recent)
        else:
            self.recent_menu.addAction(self.tr("No recent files")).setEnabled(False)

    def _clear_recent(self) -> None:
        self._settings.recent_files = []

    def retranslate(self) -> None:
        """Menu titles and choice texts in the current UI language."""
        from lagebild.ui.export.kinds import KINDS

        self.file_menu.setTitle(self.tr("&File"))
        self.recent_menu.setTitle(self.tr("Open &Recent"))
        self.export_menu.setTitle(self.tr("&Export"))
        for kind, action in self.export_actions.items():
            action.setText(QCoreApplication.translate("Export", KINDS[kind].text))
        self.edit_menu.setTitle(self.tr("&Edit"))
        self.view_menu.setTitle(self.tr("&View"))
        self.theme_menu.setTitle(self.tr("&Theme"))
        self.language_menu.setTitle(self.tr("&Language"))
        self.go_menu.setTitle(self.tr("&Go"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.tool_bar.setWindowTitle(self.tr("Main Toolbar"))
        themes = {"system": self.tr("Follow &System"), "light": self.tr("&Light"), "dark": self.tr("&Dark")}
        for value, action in self.theme_actions.items():
            action.setText(themes[value])
        languages = {"": self.tr("Follow &System"), "de": "&Deutsch", "en": "&English"}
        for value, action in self.language_actions.items():
            action.setText(languages[value])
