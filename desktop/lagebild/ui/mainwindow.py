"""The main window: timeline on top, entities | article below, event table at the bottom.

Start-up is a budget: the constructor builds only cheap widgets; after the
first paint :meth:`MainWindow.ensure_views` imports pyqtgraph and the icon
font and builds the timeline and entity panel, while the extraction already
runs in a worker thread.  Every view follows the one
:class:`~lagebild.ui.selection.SelectionController`; the window only wires
signals and owns files, settings and messages.
"""

from __future__ import annotations

import logging
from datetime import date
from importlib.resources import as_file
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QDragEnterEvent, QDropEvent, QPaintEvent
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMenu,
    QPushButton,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from lagebild import __version__
from lagebild.core.model import Extraction
from lagebild.core.resources import seed_articles
from lagebild.ui.actions import ActionKey, ActionRegistry
from lagebild.ui.article.panel import ArticlePanel
from lagebild.ui.events.view import EventTable
from lagebild.ui.selection import SelectionController
from lagebild.ui.settings import Settings
from lagebild.ui.workers import ExtractionRunner, ProgressIndicator

if TYPE_CHECKING:
    from lagebild.ui.entities.panel import EntityPanel
    from lagebild.ui.timeline import TimelineWidget

log = logging.getLogger(__name__)

ARTICLE_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm")
THEMES = ("system", "light", "dark")
LANGUAGES = ("", "de", "en")  # "" follows the system


class MessageBanner(QFrame):
    """A dismissible one-line message above the views (errors, notes)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("messageBanner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.close_button = QToolButton(self)
        self.close_button.setText("✕")
        self.close_button.setAutoRaise(True)
        self.close_button.clicked.connect(self.hide)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 6, 6)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)
        self.level = ""
        self.hide()

    def show_message(self, text: str, level: str = "error") -> None:
        """Show ``text``; ``level`` is "error" (red) or "info" (amber)."""
        self.level = level
        colour = "#c62828" if level == "error" else "#b7791f"
        self.setStyleSheet(
            f"QFrame#messageBanner {{ border: 1px solid {colour}; border-left: 5px solid {colour}; }}"
        )
        self.label.setText(text)
        self.close_button.setToolTip(self.tr("Dismiss"))
        self.show()

    def clear(self) -> None:
        self.level = ""
        self.label.clear()
        self.hide()


class FilterBar(QWidget):
    """Says which entity the views are emphasising, with a button to stop."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel(self)
        self.button = QPushButton(self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 2, 10, 2)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.button)
        self.hide()


class MainWindow(QMainWindow):
    """Lagebild's window (see module docstring)."""

    first_painted = Signal()
    views_ready = Signal()
    briefing_shown = Signal()  # an extraction is on every view

    def __init__(self, settings: Settings, *, persist: bool = True, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self._persist = persist
        self._painted = False
        self._pending: tuple[Path, date | None] | None = None
        self._presentation = None  # the running PresentationWindow, if any
        self._opening: Path | None = None
        self._keep_alive: list = []  # as_file() contexts of bundled seeds
        self._sample: Path | None = None
        self.setObjectName("mainWindow")
        self.setAcceptDrops(True)

        self.selection = SelectionController(self)
        self.runner = ExtractionRunner(self)
        self.registry = ActionRegistry(self)
        self.timeline: TimelineWidget | None = None
        self.entities: EntityPanel | None = None

        self.article = ArticlePanel(self)
        self.table = EventTable(self)
        self.banner = MessageBanner(self)
        self.filter_bar = FilterBar(self)
        self._timeline_slot: QLabel | None = self._placeholder()
        self._entity_slot: QLabel | None = self._placeholder()
        self.inner_splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.inner_splitter.setObjectName("innerSplitter")
        self.inner_splitter.addWidget(self._entity_slot)
        self.inner_splitter.addWidget(self.article)
        self.inner_splitter.setStretchFactor(1, 1)
        self.inner_splitter.setSizes([300, 900])
        self.outer_splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.outer_splitter.setObjectName("outerSplitter")
        for widget in (self._timeline_slot, self.inner_splitter, self.table):
            self.outer_splitter.addWidget(widget)
            self.outer_splitter.setCollapsible(self.outer_splitter.indexOf(widget), False)
        self.outer_splitter.setStretchFactor(1, 1)
        self.outer_splitter.setSizes([230, 480, 190])
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(4, 4, 4, 0)
        layout.setSpacing(4)
        layout.addWidget(self.banner)
        layout.addWidget(self.filter_bar)
        layout.addWidget(self.outer_splitter, 1)
        self.setCentralWidget(central)

        self._build_status_bar()
        self._build_menus()
        self._build_tool_bar()
        self._connect()
        self._restore_settings()
        self.retranslate()
        self.table.setFocus()  # Up/Down walk the events, Left/Right step in time

    # --- opening articles -------------------------------------------------------

    def open_path(self, path: str | Path, published: date | None = None) -> None:
        """Read and extract ``path`` in the background; the views update when done."""
        self._opening = Path(path)
        self.runner.open_file(self._opening, published)

    def open_on_start(self, path: str | Path | None, published: date | None = None) -> None:
        """The article to open once the window is painted (``None``: last or sample)."""
        chosen = Path(path) if path else self._startup_file()
        if chosen is None:
            return
        if self._painted:
            self.open_path(chosen, published)
        else:
            self._pending = (chosen, published)

    def open_sample(self) -> None:
        """Open the bundled sample article."""
        sample = self._sample_path()
        if sample is not None:
            self.open_path(sample)

    def choose_file(self) -> None:
        """File ▸ Open."""
        from PySide6.QtWidgets import QFileDialog  # rarely needed: not imported before the first paint

        start = self.settings.last_directory or str(Path.home())
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Open Article"),
            start,
            self.tr("Articles (*.txt *.md *.markdown *.html *.htm);;All files (*)"),
        )
        if path:
            if self._persist:
                self.settings.last_directory = str(Path(path).parent)
            self.open_path(path)

    def reload(self) -> None:
        """Read the shown article again (keeps an edited publication date)."""
        extraction = self.selection.extraction
        if extraction is not None and extraction.article.path:
            edited = extraction.article.published if extraction.article.published_source == "option" else None
            self.open_path(extraction.article.path, edited)

    def _startup_file(self) -> Path | None:
        """The most recent file that still exists, else the sample article."""
        for recent in self.settings.recent_files:
            if Path(recent).is_file():
                return Path(recent)
        return self._sample_path()

    def _sample_path(self) -> Path | None:
        """The bundled sample as a file (extracted once if the install is zipped)."""
        if self._sample is not None:
            return self._sample
        seeds = seed_articles()
        if not seeds:
            self.banner.show_message(self.tr("The sample article is missing from this installation."))
            return None
        context = as_file(seeds[0])
        self._sample = Path(context.__enter__())
        self._keep_alive.append(context)
        return self._sample

    # --- start-up ---------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            QTimer.singleShot(0, self._after_first_paint)

    def _after_first_paint(self) -> None:
        self.first_painted.emit()
        if self._pending is not None:  # the worker starts reading while the views are built
            path, published = self._pending
            self._pending = None
            self.open_path(path, published)
        self.ensure_views()

    def ensure_views(self) -> None:
        """Build the timeline and entity panel (imports pyqtgraph and the icon font)."""
        if self.timeline is not None:
            return
        from lagebild.ui.entities.panel import EntityPanel
        from lagebild.ui.timeline import TimelineWidget

        self.timeline = TimelineWidget(self)
        self.timeline.setObjectName("timeline")
        self.entities = EntityPanel(self)
        self.entities.setObjectName("entityPanel")
        self.outer_splitter.replaceWidget(0, self.timeline)
        self.inner_splitter.replaceWidget(0, self.entities)
        for slot in (self._timeline_slot, self._entity_slot):
            slot.deleteLater()
        self._timeline_slot = self._entity_slot = None
        self.timeline.event_activated.connect(self.selection.select_event)
        self.entities.entity_activated.connect(self.selection.select_entity)
        self.registry.apply_icons()
        self._show_extraction(self.selection.extraction)
        self._show_event(self.selection.event_id)
        self._show_entity(self.selection.entity_id)
        self.views_ready.emit()
        if self.selection.extraction is not None:
            self.briefing_shown.emit()

    # --- wiring -----------------------------------------------------------------

    def _connect(self) -> None:
        a = self.registry
        a[ActionKey.OPEN].triggered.connect(self.choose_file)
        a[ActionKey.OPEN_SAMPLE].triggered.connect(self.open_sample)
        a[ActionKey.RELOAD].triggered.connect(self.reload)
        a[ActionKey.QUIT].triggered.connect(self.close)
        a[ActionKey.ZOOM_IN].triggered.connect(self.article.zoom_in)
        a[ActionKey.ZOOM_OUT].triggered.connect(self.article.zoom_out)
        a[ActionKey.ZOOM_RESET].triggered.connect(lambda: self.article.set_zoom(0))
        a[ActionKey.FIT_TIMELINE].triggered.connect(lambda: self.timeline and self.timeline.fit_all())
        a[ActionKey.FULL_SCREEN].toggled.connect(self._set_full_screen)
        a[ActionKey.PRESENT].triggered.connect(self.present)
        a[ActionKey.PREVIOUS_EVENT].triggered.connect(lambda: self.selection.step(-1))
        a[ActionKey.NEXT_EVENT].triggered.connect(lambda: self.selection.step(1))
        a[ActionKey.CLEAR_SELECTION].triggered.connect(self.selection.clear)
        a[ActionKey.FIND_ENTITY].triggered.connect(lambda: self.entities and self.entities.focus_filter())
        a[ActionKey.ABOUT].triggered.connect(self.show_about)

        s = self.selection
        s.extraction_changed.connect(self._show_extraction)
        s.event_changed.connect(self._show_event)
        s.entity_changed.connect(self._show_entity)
        self.table.event_activated.connect(s.select_event)
        self.article.offset_clicked.connect(s.select_at)
        self.article.published_changed.connect(self._reanchor)
        self.filter_bar.button.clicked.connect(lambda: s.select_entity(None))

        self.runner.finished.connect(self._on_extracted)
        self.runner.failed.connect(self._on_failed)

    def _reanchor(self, published: date | None) -> None:
        extraction = self.selection.extraction
        if extraction is not None:
            self._opening = None
            self.runner.reanchor(extraction, published)

    def _on_extracted(self, extraction: Extraction) -> None:
        opened, self._opening = self._opening, None
        if opened is not None:
            self.banner.clear()
            if self._persist and extraction.article.path:
                self.settings.add_recent_file(extraction.article.path)
        if extraction.warnings:
            self.banner.show_message(self.tr("Note: {0}").format("; ".join(extraction.warnings)), "info")
        elif self.banner.level == "info":
            self.banner.clear()
        self.selection.set_extraction(extraction)
        if self.timeline is not None:
            if opened is not None:
                self.timeline.fit_all()
            self.briefing_shown.emit()

    def _on_failed(self, message: str) -> None:
        self._opening = None
        self.banner.show_message(self.tr("Could not open the article: {0}").format(message), "error")

    def _show_extraction(self, extraction: Extraction | None) -> None:
        self.export_menu.setEnabled(extraction is not None)
        self.article.set_extraction(extraction)
        self.table.set_extraction(extraction)
        if self.entities is not None:
            self.entities.set_extraction(extraction)
        if self.timeline is not None:
            from lagebild.ui.events.timeline_entries import timeline_entries

            anchor = extraction.article.published if extraction else None
            self.timeline.set_entries(timeline_entries(extraction), anchor)
        self._update_title()
        self._update_counts()

    def _show_event(self, event_id: str | None) -> None:
        event = self.selection.selected_event()
        self.article.show_event(event)
        self.table.select(event_id)
        if self.timeline is not None:
            self.timeline.select(event_id)
        if self.entities is not None:
            self.entities.set_highlighted(set(event.entities) if event else set())

    def _show_entity(self, entity_id: str | None) -> None:
        entity = self.selection.selected_entity()
        emphasis = self.selection.events_of_entity()
        self.article.show_entity(entity)
        self.table.set_emphasis(emphasis)
        if self.timeline is not None:
            self.timeline.set_emphasis(emphasis)
        if self.entities is not None:
            self.entities.select(entity_id)
        self.filter_bar.setVisible(entity is not None)
        self._retranslate_filter_bar()

    # --- status -----------------------------------------------------------------

    def _build_status_bar(self) -> None:
        self.progress = ProgressIndicator(self.runner, self)
        self.counts = QLabel(self)
        self.statusBar().addWidget(self.progress)
        self.statusBar().addPermanentWidget(self.counts)

    def _update_counts(self) -> None:
        extraction = self.selection.extraction
        if extraction is None:
            self.counts.clear()
            return
        events, entities = len(extraction.events), len(extraction.entities)
        self.counts.setText(
            (self.tr("1 event") if events == 1 else self.tr("%n events", "", events))
            + " · "
            + (self.tr("1 entity") if entities == 1 else self.tr("%n entities", "", entities))
        )

    def _update_title(self) -> None:
        extraction = self.selection.extraction
        article = extraction.article if extraction else None
        name = (article.title or (Path(article.path).name if article.path else "")) if article else ""
        self.setWindowTitle(f"{name} – Lagebild" if name else "Lagebild")
        self.setWindowFilePath(article.path if article and article.path else "")

    # --- menus ------------------------------------------------------------------

    def _build_menus(self) -> None:
        a = self.registry
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        self.file_menu.addAction(a[ActionKey.OPEN])
        self.recent_menu = self.file_menu.addMenu("")
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        self.file_menu.addAction(a[ActionKey.OPEN_SAMPLE])
        self.file_menu.addAction(a[ActionKey.RELOAD])
        from lagebild.ui.export.kinds import ExportKind  # menu texts only: cheap before the first paint

        self.export_menu = self.file_menu.addMenu("")
        self.export_actions: dict[ExportKind, QAction] = {}
        for kind in ExportKind:
            action = self.export_menu.addAction("")
            action.triggered.connect(lambda _checked=False, k=kind: self.export(k))
            self.export_actions[kind] = action
        self.export_menu.setEnabled(False)
        self.file_menu.addSeparator()
        self.file_menu.addAction(a[ActionKey.QUIT])

        self.view_menu = bar.addMenu("")
        for key in (ActionKey.ZOOM_IN, ActionKey.ZOOM_OUT, ActionKey.ZOOM_RESET):
            self.view_menu.addAction(a[key])
        self.view_menu.addSeparator()
        self.view_menu.addAction(a[ActionKey.FIT_TIMELINE])
        self.view_menu.addAction(a[ActionKey.FULL_SCREEN])
        self.view_menu.addAction(a[ActionKey.PRESENT])
        self.view_menu.addSeparator()
        self.theme_menu = self.view_menu.addMenu("")
        self.theme_actions = self._choice_group(self.theme_menu, THEMES, self.settings.theme, self._set_theme)
        self.language_menu = self.view_menu.addMenu("")
        self.language_actions = self._choice_group(
            self.language_menu, LANGUAGES, self.settings.language, self._set_language
        )

        self.go_menu = bar.addMenu("")
        for key in (ActionKey.PREVIOUS_EVENT, ActionKey.NEXT_EVENT, ActionKey.CLEAR_SELECTION, ActionKey.FIND_ENTITY):
            self.go_menu.addAction(a[key])

        self.help_menu = bar.addMenu("")
        self.help_menu.addAction(a[ActionKey.ABOUT])
        for _key, action in a:
            self.addAction(action)  # shortcuts work while the menu bar is hidden (full screen)

    def _build_tool_bar(self) -> None:
        """The actions a briefer reaches for most, one click away."""
        self.tool_bar = self.addToolBar("")
        self.tool_bar.setObjectName("main-tool-bar")  # for saveState/restoreState
        self.tool_bar.setMovable(False)
        a = self.registry
        for key in (ActionKey.OPEN, None, ActionKey.PREVIOUS_EVENT, ActionKey.NEXT_EVENT, ActionKey.FIT_TIMELINE,
                    None, ActionKey.PRESENT):
            if key is None:
                self.tool_bar.addSeparator()
            else:
                self.tool_bar.addAction(a[key])

    def _choice_group(self, menu: QMenu, values: tuple[str, ...], current: str, slot) -> dict[str, QAction]:
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
        group.triggered.connect(lambda action: slot(action.data()))
        return actions

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        recent = self.settings.recent_files
        for number, path in enumerate(recent, start=1):
            action = self.recent_menu.addAction(f"&{number % 10} {Path(path).name}")
            action.setToolTip(path)
            action.setStatusTip(path)
            action.triggered.connect(lambda _checked=False, p=path: self.open_path(p))
        if recent:
            self.recent_menu.addSeparator()
            self.recent_menu.addAction(self.tr("&Clear List"), self._clear_recent)
        else:
            self.recent_menu.addAction(self.tr("No recent files")).setEnabled(False)

    def _clear_recent(self) -> None:
        self.settings.recent_files = []

    def _set_theme(self, theme: str) -> None:
        from lagebild.ui.theme import apply_theme

        self.settings.theme = theme
        apply_theme(QApplication.instance(), theme)  # type: ignore[arg-type]
        self.registry.apply_icons()

    def _set_language(self, language: str) -> None:
        from lagebild.ui.i18n import install_translators

        self.settings.language = language
        install_translators(QApplication.instance(), language or None)  # widgets get LanguageChange

    def _set_full_screen(self, on: bool) -> None:
        self.showFullScreen() if on else self.showNormal()

    def export(self, kind) -> None:
        """File ▸ Export ▸ …: write the shown briefing in the chosen form."""
        extraction = self.selection.extraction
        if extraction is None:
            return
        from lagebild.ui.export import ExportOptions, export_with_dialog  # heavy: only when exporting
        from lagebild.ui.export.dialog import default_page_size

        options = ExportOptions(page_size=default_page_size())
        path = export_with_dialog(self, kind, extraction, options, self.settings.last_directory or None)
        if path is not None:
            if self._persist:
                self.settings.last_directory = str(path.parent)
            self.statusBar().showMessage(self.tr("Exported to {0}").format(path), 5000)

    def present(self) -> None:
        """View ▸ Present (F5): the briefing full screen on this window's screen."""
        extraction = self.selection.extraction
        if extraction is None:
            return
        from lagebild.ui.present import start_presentation  # imports pyqtgraph: only when presenting

        self._presentation = start_presentation(extraction, parent=self, screen=self.screen())

    def show_about(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.about(
            self,
            self.tr("About Lagebild"),
            self.tr(
                "<h3>Lagebild {0}</h3><p>A briefing viewer for German-language news: dated events, "
                "people, organisations and places, linked to the sentences that support them.</p>"
                "<p>Everything runs offline. Licensed under the GPL, version 3 or later.</p>"
            ).format(__version__),
        )

    # --- translation ------------------------------------------------------------

    def retranslate(self) -> None:
        self.registry.retranslate()
        self.file_menu.setTitle(self.tr("&File"))
        self.recent_menu.setTitle(self.tr("Open &Recent"))
        self.view_menu.setTitle(self.tr("&View"))
        self.theme_menu.setTitle(self.tr("&Theme"))
        self.language_menu.setTitle(self.tr("&Language"))
        self.go_menu.setTitle(self.tr("&Go"))
        self.help_menu.setTitle(self.tr("&Help"))
        from lagebild.ui.export.kinds import KINDS

        self.export_menu.setTitle(self.tr("&Export"))
        for kind, action in self.export_actions.items():
            action.setText(QCoreApplication.translate("Export", KINDS[kind].text))
        self.tool_bar.setWindowTitle(self.tr("Main Toolbar"))
        themes = {"system": self.tr("Follow &System"), "light": self.tr("&Light"), "dark": self.tr("&Dark")}
        for value, action in self.theme_actions.items():
            action.setText(themes[value])
        languages = {"": self.tr("Follow &System"), "de": "&Deutsch", "en": "&English"}
        for value, action in self.language_actions.items():
            action.setText(languages[value])
        self.article.view.setPlaceholderText(
            self.tr("Open a German news article with File ▸ Open (Ctrl+O), or drop a file here.")
        )
        for slot in (self._timeline_slot, self._entity_slot):
            if slot is not None:
                slot.setText(self.tr("Loading…"))
        self._retranslate_filter_bar()
        self._update_counts()

    def _retranslate_filter_bar(self) -> None:
        entity = self.selection.selected_entity()
        if entity is not None:
            self.filter_bar.label.setText(self.tr("Showing the events of <b>{0}</b>").format(entity.name))
        self.filter_bar.button.setText(self.tr("Show All (Esc)"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # --- drag and drop ----------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt override
        if _dropped_article(event) is not None:
            event.acceptProposedAction()

    def dragMoveEvent(self, event) -> None:  # noqa: N802 - Qt override
        if _dropped_article(event) is not None:
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt override
        path = _dropped_article(event)
        if path is not None:
            event.acceptProposedAction()
            self.open_path(path)

    # --- settings ---------------------------------------------------------------

    def _restore_settings(self) -> None:
        s = self.settings
        if not s.geometry.isEmpty():
            self.restoreGeometry(s.geometry)
        else:
            self.resize(1280, 860)
        if not s.window_state.isEmpty():
            self.restoreState(s.window_state)
        for splitter, state in ((self.outer_splitter, s.outer_splitter), (self.inner_splitter, s.inner_splitter)):
            if not state.isEmpty():
                splitter.restoreState(state)
        self.table.restore_header(s.event_table_header)
        self.article.set_zoom(s.article_zoom)

    def save_settings(self) -> None:
        """Store geometry, splitters and zoom (not in screenshot or benchmark runs)."""
        if not self._persist:
            return
        s = self.settings
        s.geometry = self.saveGeometry()
        s.window_state = self.saveState()
        s.outer_splitter = self.outer_splitter.saveState()
        s.inner_splitter = self.inner_splitter.saveState()
        s.event_table_header = self.table.save_header()
        s.article_zoom = self.article.zoom
        s.sync()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        self.save_settings()
        self.runner.cancel()
        self.runner.wait(10_000)
        for context in self._keep_alive:
            context.__exit__(None, None, None)
        self._keep_alive.clear()
        self._sample = None
        super().closeEvent(event)

    def _placeholder(self) -> QLabel:
        label = QLabel(self)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setEnabled(False)
        label.setMinimumHeight(120)
        return label


def _dropped_article(event: QDropEvent | QDragEnterEvent) -> Path | None:
    """The first local article file in a drag, if any."""
    mime = event.mimeData()
    if not mime.hasUrls():
        return None
    for url in mime.urls():
        if url.isLocalFile() and url.toLocalFile().lower().endswith(ARTICLE_SUFFIXES):
            return Path(url.toLocalFile())
    return None

