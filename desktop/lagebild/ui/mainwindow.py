"""The main window: timeline on top, entities/articles/search | article below, events at the bottom.

The window shows one briefing (:class:`~lagebild.ui.briefing.document.BriefingDocument`):
one or several articles with the analyst's corrections.  Start-up is a
budget: the constructor builds only cheap widgets; after the first paint
:meth:`MainWindow.ensure_views` imports pyqtgraph and the icon font and
builds the timeline and entity panel, while the extraction already runs in a
worker thread.  Every view follows the one
:class:`~lagebild.ui.selection.SelectionController`; the window only wires
signals, menus and settings.  File work lives in
:class:`~lagebild.ui.briefing.files.BriefingFiles`, edits in
:class:`~lagebild.ui.briefing.editing.BriefingEditor`.
"""

from __future__ import annotations

import logging
from datetime import date
from importlib.resources import as_file
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent, QPaintEvent
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QMainWindow,
    QMenu,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from lagebild import __version__
from lagebild.core.model import Extraction
from lagebild.core.resources import seed_articles
from lagebild.ui.actions import ActionKey, ActionRegistry
from lagebild.ui.article.panel import ArticlePanel
from lagebild.ui.banner import FilterBar, MessageBanner
from lagebild.ui.briefing.articles import ArticlesPanel
from lagebild.ui.briefing.document import BriefingDocument
from lagebild.ui.briefing.files import ARTICLE_SUFFIXES, BRIEFING_SUFFIX, BriefingFiles
from lagebild.ui.briefing.search import SearchPanel
from lagebild.ui.briefing.sources import SourcesBar
from lagebild.ui.events.model import EventRole
from lagebild.ui.events.view import EventTable
from lagebild.ui.menus import WindowMenus
from lagebild.ui.selection import SelectionController
from lagebild.ui.settings import Settings
from lagebild.ui.workers import ExtractionRunner, ProgressIndicator

if TYPE_CHECKING:
    from lagebild.ui.briefing.editing import BriefingEditor
    from lagebild.ui.entities.panel import EntityPanel
    from lagebild.ui.timeline import TimelineWidget

log = logging.getLogger(__name__)



class MainWindow(QMainWindow):
    """Lagebild's window (see module docstring)."""

    first_painted = Signal()
    views_ready = Signal()
    briefing_shown = Signal()  # a briefing is on every view

    def __init__(self, settings: Settings, *, persist: bool = True, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self._persist = persist
        self._painted = False
        self._pending: tuple[Path, date | None] | None = None
        self._presentation = None  # the running PresentationWindow, if any
        self._keep_alive: list = []  # as_file() contexts of bundled seeds
        self._sample: Path | None = None
        self._fed: object = None  # the snapshot every view (timeline included) shows
        self.setObjectName("mainWindow")
        self.setAcceptDrops(True)

        self.selection = SelectionController(self)
        self.runner = ExtractionRunner(self)
        self.registry = ActionRegistry(self)
        self.document = BriefingDocument(settings.recovery_folder if persist else None, self)
        self.files = BriefingFiles(self, self.document, self.runner, settings, persist)
        self._editor: BriefingEditor | None = None  # made on the first edit
        self.timeline: TimelineWidget | None = None
        self.entities: EntityPanel | None = None

        self.article = ArticlePanel(self)
        self.sources_bar = SourcesBar(self)
        self.table = EventTable(self)
        self.banner = MessageBanner(self)
        self.filter_bar = FilterBar(self)
        self.articles = ArticlesPanel(self)
        self.search = SearchPanel(self)
        self._timeline_slot: QLabel | None = self._placeholder()
        self._entity_slot: QLabel | None = self._placeholder()
        self.side_tabs = QTabWidget(self)
        self.side_tabs.setObjectName("sideTabs")
        self.side_tabs.setDocumentMode(True)
        self.side_tabs.addTab(self._entity_slot, "")
        self.side_tabs.addTab(self.articles, "")
        self.side_tabs.addTab(self.search, "")
        reading = QWidget(self)
        reading_layout = QVBoxLayout(reading)
        reading_layout.setContentsMargins(0, 0, 0, 0)
        reading_layout.setSpacing(2)
        reading_layout.addWidget(self.sources_bar)
        reading_layout.addWidget(self.article, 1)
        self.inner_splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.inner_splitter.setObjectName("innerSplitter")
        self.inner_splitter.addWidget(self.side_tabs)
        self.inner_splitter.addWidget(reading)
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
        self.menus = WindowMenus(self, self.registry, self.document.undo_stack, settings)
        self.undo_action, self.redo_action = self.menus.undo_action, self.menus.redo_action
        self.export_menu, self.export_actions = self.menus.export_menu, self.menus.export_actions
        self.theme_actions, self.language_actions = self.menus.theme_actions, self.menus.language_actions
        self.tool_bar, self.recent_menu = self.menus.tool_bar, self.menus.recent_menu
        self._connect()
        self._restore_settings()
        self.retranslate()
        self._update_actions()
        self.table.setFocus()  # Up/Down walk the events, Left/Right step in time

    @property
    def editor(self) -> BriefingEditor:
        """Turns Edit-menu commands into undoable corrections."""
        if self._editor is None:
            from lagebild.ui.briefing.editing import BriefingEditor

            self._editor = BriefingEditor(self.document, self.selection, self)
        return self._editor

    # --- opening articles and briefings ----------------------------------------------

    def open_path(self, path: str | Path, published: date | None = None) -> None:
        """Open a briefing file or an article (in the background); the views update when done."""
        self.files.open_path(path, published)

    def open_on_start(self, path: str | Path | None, published: date | None = None) -> None:
        """The file to open on start (``None``: last or sample).

        An article is read once the window is painted (its extraction starts
        in a helper process meanwhile).  A briefing file starts loading in the
        worker thread at once: reading it is plain Python that can run while
        Qt starts up and paints, and the window needs all of it.
        """
        chosen = Path(path) if path else self._startup_file()
        if chosen is None:
            return
        if self._painted or chosen.suffix.lower() == BRIEFING_SUFFIX:
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
        self.files.choose_and_open()

    def reload(self) -> None:
        """Read the shown article again (keeps an edited publication date)."""
        key = self.selection.article_key
        item = self.document.briefing.article(key) if key else None
        if item is not None and item.article.path:
            article = item.article
            edited = article.published if article.published_source == "option" else None
            self.files.reextract(item.key, edited, reanchor_only=False)

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
        if self._persist:
            QTimer.singleShot(0, self.files.offer_recovery)

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
        current = self.side_tabs.currentIndex()
        self.side_tabs.removeTab(0)
        self.side_tabs.insertTab(0, self.entities, "")
        self.side_tabs.setCurrentIndex(current)
        for slot in (self._timeline_slot, self._entity_slot):
            slot.deleteLater()
        self._timeline_slot = self._entity_slot = None
        self.timeline.event_activated.connect(self.selection.select_event)
        self.entities.entity_activated.connect(self.selection.select_entity)
        self.entities.view().setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.entities.view().customContextMenuRequested.connect(self._entity_context_menu)
        self.registry.apply_icons()
        self._retranslate_tabs()
        if self._fed is not self.selection.snapshot:  # it may have arrived while the views were built
            self._show_snapshot(self.selection.snapshot)
        self._show_event(self.selection.event_id)
        self._show_entity(self.selection.entity_id)
        self.views_ready.emit()
        if self.selection.snapshot is not None and len(self.selection.snapshot):
            self.briefing_shown.emit()

    # --- wiring -----------------------------------------------------------------

    def _connect(self) -> None:
        a = self.registry
        f = self.files
        a[ActionKey.NEW].triggered.connect(f.new)
        a[ActionKey.OPEN].triggered.connect(self.choose_file)
        a[ActionKey.OPEN_SAMPLE].triggered.connect(self.open_sample)
        a[ActionKey.ADD_ARTICLES].triggered.connect(f.choose_and_add)
        a[ActionKey.ADD_FOLDER].triggered.connect(f.choose_and_add_folder)
        a[ActionKey.SAVE].triggered.connect(f.save)
        a[ActionKey.SAVE_AS].triggered.connect(f.choose_and_save_as)
        a[ActionKey.IMPORT_JSON].triggered.connect(f.choose_and_import_json)
        a[ActionKey.EXPORT_JSON].triggered.connect(f.choose_and_export_json)
        a[ActionKey.RELOAD].triggered.connect(self.reload)
        a[ActionKey.QUIT].triggered.connect(self.close)
        for key, command in _EDITOR_COMMANDS.items():  # the editor is made on the first edit
            a[key].triggered.connect(lambda _checked=False, command=command: getattr(self.editor, command)())
        a[ActionKey.ADD_EVENT].triggered.connect(self._add_event_here)
        a[ActionKey.SEARCH].triggered.connect(self._focus_search)
        a[ActionKey.ZOOM_IN].triggered.connect(self.article.zoom_in)
        a[ActionKey.ZOOM_OUT].triggered.connect(self.article.zoom_out)
        a[ActionKey.ZOOM_RESET].triggered.connect(lambda: self.article.set_zoom(0))
        a[ActionKey.FIT_TIMELINE].triggered.connect(lambda: self.timeline and self.timeline.fit_all())
        a[ActionKey.FULL_SCREEN].toggled.connect(self._set_full_screen)
        a[ActionKey.PRESENT].triggered.connect(self.present)
        a[ActionKey.PREVIOUS_EVENT].triggered.connect(lambda: self.selection.step(-1))
        a[ActionKey.NEXT_EVENT].triggered.connect(lambda: self.selection.step(1))
        a[ActionKey.CLEAR_SELECTION].triggered.connect(self.selection.clear)
        a[ActionKey.FIND_ENTITY].triggered.connect(self._focus_entity_filter)
        a[ActionKey.ABOUT].triggered.connect(self.show_about)

        s = self.selection
        s.snapshot_changed.connect(self._show_snapshot)
        s.extraction_changed.connect(self._show_article)
        s.event_changed.connect(self._show_event)
        s.entity_changed.connect(self._show_entity)
        self.table.event_activated.connect(s.select_event)
        self.article.offset_clicked.connect(s.select_at)
        self.article.published_changed.connect(self._reanchor)
        self.filter_bar.button.clicked.connect(lambda: s.select_entity(None))
        self.sources_bar.source_chosen.connect(s.select_event)
        self.articles.article_activated.connect(s.show_article)
        self.articles.grade_requested.connect(lambda key: self.editor.set_reliability(key=key))
        self.articles.remove_requested.connect(lambda key: self.editor.remove_article(key))
        self.search.hit_activated.connect(self._show_search_hit)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._event_context_menu)
        self.article.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.article.view.customContextMenuRequested.connect(self._article_context_menu)
        self.menus.export_requested.connect(self.export)
        self.menus.recent_chosen.connect(self.open_path)
        self.menus.theme_chosen.connect(self._set_theme)
        self.menus.language_chosen.connect(self._set_language)

        d = self.document
        d.changed.connect(self._on_document_changed)
        d.state_changed.connect(self._update_title)
        d.state_changed.connect(self._update_actions)
        d.save_failed.connect(lambda message: self.banner.show_message(self.tr("Autosave failed: {0}").format(message)))
        self.files.message.connect(self.banner.show_message)
        self.files.status.connect(lambda text: self.statusBar().showMessage(text, 5000))
        self.files.failed.connect(self._on_failed)
        self.files.article_opened.connect(self._on_article_opened)

    def _on_document_changed(self, snapshot, show: str | None) -> None:
        self.selection.set_snapshot(snapshot, show)
        if self.timeline is not None and len(snapshot):
            self.briefing_shown.emit()

    def _on_article_opened(self, extraction: Extraction) -> None:
        if self.banner.level == "error":
            self.banner.clear()
        if self._persist and extraction.article.path:
            self.settings.add_recent_file(extraction.article.path)
        if extraction.warnings:
            self.banner.show_message(self.tr("Note: {0}").format("; ".join(extraction.warnings)), "info")
        elif self.banner.level == "info":
            self.banner.clear()
        if self.timeline is not None:
            self.timeline.fit_all()

    def _on_failed(self, message: str) -> None:
        self.banner.show_message(self.tr("Could not open the article: {0}").format(message), "error")

    def _reanchor(self, published: date | None) -> None:
        key = self.selection.article_key
        if key is not None:
            self.files.reextract(key, published, reanchor_only=True)

    def _add_event_here(self) -> None:
        """Edit ▸ Add Event: on the selected text, else on the sentence at the cursor."""
        extraction = self.selection.extraction
        if extraction is None:
            return
        start, end = self.article.selected_span()
        if start == end:
            sentence = extraction.sentence_of(start)
            if sentence is None:
                self.banner.show_message(self.tr("Place the cursor in a sentence, or select the passage, to add an event."), "info")
                return
            start, end = extraction.sentences[sentence].start, extraction.sentences[sentence].end
        self.editor.add_event(start, end)

    def _show_search_hit(self, key: str, start: int, end: int) -> None:
        self.selection.show_article(key)
        self.article.show_passage(start, end)

    def _focus_search(self) -> None:
        self.side_tabs.setCurrentWidget(self.search)
        self.search.focus()

    def _focus_entity_filter(self) -> None:
        if self.entities is not None:
            self.side_tabs.setCurrentWidget(self.entities)
            self.entities.focus_filter()

    def _event_context_menu(self, position) -> None:
        index = self.table.indexAt(position)
        if index.isValid():
            self.selection.select_event(index.data(EventRole.ID))
        self._context_menu(self.table.viewport().mapToGlobal(position), (
            ActionKey.CHANGE_DATE, ActionKey.RELABEL_EVENT, ActionKey.NOTE_EVENT, ActionKey.HIDE_EVENT,
        ))

    def _article_context_menu(self, position) -> None:
        view = self.article.view
        if not view.textCursor().hasSelection():
            view.setTextCursor(view.cursorForPosition(position))  # the sentence under the mouse
        menu = view.createStandardContextMenu(position)
        menu.addSeparator()
        menu.addAction(self.registry[ActionKey.ADD_EVENT])
        menu.exec(view.viewport().mapToGlobal(position))
        menu.deleteLater()

    def _context_menu(self, global_position, keys: tuple[ActionKey, ...]) -> None:
        menu = QMenu(self)
        for key in keys:
            menu.addAction(self.registry[key])
        menu.exec(global_position)
        menu.deleteLater()

    def _entity_context_menu(self, position) -> None:
        if self.entities is None:
            return
        from lagebild.ui.entities.model import EntityRole  # with the entity panel, after the first paint

        view = self.entities.view()
        index = view.indexAt(position)
        if index.isValid() and index.data(EntityRole.ID):
            self.selection.select_entity(index.data(EntityRole.ID))
        self._context_menu(view.viewport().mapToGlobal(position), (
            ActionKey.RENAME_ENTITY, ActionKey.RETYPE_ENTITY, ActionKey.MERGE_ENTITY, ActionKey.SPLIT_ENTITY,
        ))

    # --- showing ----------------------------------------------------------------------

    def _show_snapshot(self, snapshot) -> None:
        has_content = snapshot is not None and len(snapshot) > 0
        self.export_menu.setEnabled(has_content)
        self.table.set_snapshot(snapshot)
        self.articles.set_snapshot(snapshot)
        self.search.set_snapshot(snapshot)
        if self.entities is not None:
            self.entities.set_snapshot(snapshot)
        if self.timeline is not None:
            from lagebild.ui.events.timeline_entries import timeline_entries

            anchor = _common_anchor(snapshot)
            self.timeline.set_entries(timeline_entries(snapshot), anchor)
        if snapshot is not None and snapshot.orphans:
            reasons = "; ".join(o.reason for o in snapshot.orphans[:3])
            self.banner.show_message(
                (self.tr("1 correction no longer applies: {0}") if len(snapshot.orphans) == 1
                 else self.tr("%n corrections no longer apply: {0}", "", len(snapshot.orphans))).format(reasons), "info"
            )
        self._update_title()
        self._update_counts()
        self._update_actions()
        self._fed = snapshot if self.timeline is not None else None

    def _show_article(self, extraction: Extraction | None) -> None:
        self.article.set_extraction(extraction)
        snapshot, key = self.selection.snapshot, self.selection.article_key
        info = snapshot.infos.get(key) if snapshot and key else None
        if info is not None and len(snapshot) > 1:
            self.article.header.set_place(self.tr("Article {0} of {1} · Reliability {2}").format(info.number, len(snapshot), info.reliability))
        elif info is not None and info.reliability != "F6":
            self.article.header.set_place(self.tr("Reliability {0}").format(info.reliability))
        else:
            self.article.header.set_place("")
        self.articles.select(key)
        self._update_actions()

    def _show_event(self, event_id: str | None) -> None:
        s = self.selection
        event = s.selected_event()
        in_article = event is not None and s.snapshot is not None and s.snapshot.article_of(event.id) == s.article_key
        self.article.show_event(event if in_article else None)
        lead = s.selected_lead()
        self.table.select(lead)
        if self.timeline is not None:
            self.timeline.select(lead)
        if self.entities is not None:
            self.entities.set_highlighted(s.snapshot.participants(event_id) if s.snapshot and event_id else set())
        self.sources_bar.show_event(s.snapshot, event_id)
        self._update_actions()

    def _show_entity(self, entity_id: str | None) -> None:
        entity = self.selection.selected_entity()
        emphasis = self.selection.events_of_entity()
        self.article.show_entity(self.selection.entity_in_article())
        self.table.set_emphasis(emphasis)
        if self.timeline is not None:
            self.timeline.set_emphasis(emphasis)
        if self.entities is not None:
            self.entities.select(entity_id)
        self.filter_bar.setVisible(entity is not None)
        self._retranslate_filter_bar()
        self._update_actions()

    def _update_actions(self) -> None:
        a, s = self.registry, self.selection
        has_event = s.selected_event() is not None
        has_entity = s.selected_entity() is not None
        has_article = s.extraction is not None
        for key in (ActionKey.CHANGE_DATE, ActionKey.RELABEL_EVENT, ActionKey.NOTE_EVENT, ActionKey.HIDE_EVENT):
            a[key].setEnabled(has_event)
        for key in (ActionKey.RENAME_ENTITY, ActionKey.RETYPE_ENTITY, ActionKey.MERGE_ENTITY, ActionKey.SPLIT_ENTITY):
            a[key].setEnabled(has_entity)
        for key in (ActionKey.ADD_EVENT, ActionKey.SET_RELIABILITY, ActionKey.REMOVE_ARTICLE, ActionKey.RELOAD):
            a[key].setEnabled(has_article)
        a[ActionKey.PRESENT].setEnabled(has_article)
        a[ActionKey.RESTORE_HIDDEN].setEnabled(s.snapshot is not None and bool(s.snapshot.view.hidden))

    # --- status -----------------------------------------------------------------

    def _build_status_bar(self) -> None:
        self.progress = ProgressIndicator(self.runner, self)
        self.counts = QLabel(self)
        self.statusBar().addWidget(self.progress)
        self.statusBar().addPermanentWidget(self.counts)

    def _update_counts(self) -> None:
        snapshot = self.selection.snapshot
        if snapshot is None or not len(snapshot):
            self.counts.clear()
            return
        events, entities, articles = len(snapshot.groups), len(snapshot.merged), len(snapshot)
        text = (self.tr("1 event") if events == 1 else self.tr("%n events", "", events)) + " · " + (
            self.tr("1 entity") if entities == 1 else self.tr("%n entities", "", entities)
        )
        if articles > 1:
            text += " · " + self.tr("%n articles", "", articles)
        self.counts.setText(text)

    def _update_title(self) -> None:
        name = self.document.display_name()
        self.setWindowTitle(f"{name}[*] – Lagebild" if name else "Lagebild[*]")
        self.setWindowModified(self.document.is_modified())
        path = self.document.path
        if path is None and len(self.document.briefing.articles) == 1:
            only = self.document.briefing.articles[0].article.path
            path = Path(only) if only else None
        self.setWindowFilePath(str(path) if path else "")

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
        """File ▸ Export ▸ …: write the whole briefing in the chosen form."""
        snapshot = self.selection.snapshot
        if snapshot is None or not len(snapshot):
            return
        from lagebild.ui.export import ExportOptions, export_with_dialog  # heavy: only when exporting
        from lagebild.ui.export.dialog import default_page_size

        options = ExportOptions(page_size=default_page_size(), title=self.document.briefing.title or None)
        path = export_with_dialog(self, kind, snapshot, options, self.settings.last_directory or None)
        if path is not None:
            if self._persist:
                self.settings.last_directory = str(path.parent)
            self.statusBar().showMessage(self.tr("Exported to {0}").format(path), 5000)

    def present(self) -> None:
        """View ▸ Present (F5): the briefing full screen on this window's screen."""
        snapshot = self.selection.snapshot
        if snapshot is None or not len(snapshot):
            return
        from lagebild.ui.present import start_presentation  # imports pyqtgraph: only when presenting

        self._presentation = start_presentation(snapshot, parent=self, screen=self.screen())

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
        self.menus.retranslate()
        self._retranslate_tabs()
        self.article.view.setPlaceholderText(
            self.tr("Open a German news article or a briefing with File ▸ Open (Ctrl+O), or drop files here.")
        )
        for slot in (self._timeline_slot, self._entity_slot):
            if slot is not None:
                slot.setText(self.tr("Loading…"))
        self._retranslate_filter_bar()
        self._update_counts()

    def _retranslate_tabs(self) -> None:
        self.side_tabs.setTabText(0, self.tr("Entities"))
        self.side_tabs.setTabText(1, self.tr("Articles"))
        self.side_tabs.setTabText(2, self.tr("Search"))

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
        if _dropped_files(event):
            event.acceptProposedAction()

    def dragMoveEvent(self, event) -> None:  # noqa: N802 - Qt override
        if _dropped_files(event):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt override
        paths = _dropped_files(event)
        if not paths:
            return
        event.acceptProposedAction()
        briefings = [p for p in paths if p.suffix.lower() == BRIEFING_SUFFIX]
        if briefings:
            self.open_path(briefings[0])
        elif len(paths) == 1:
            self.open_path(paths[0])
        else:
            self.files.add_paths(paths)

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
        if not self.files.confirm_discard():
            event.ignore()
            return
        self.document.close()
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


#: Edit-menu actions and the BriefingEditor method each runs (asking for what it needs).
_EDITOR_COMMANDS = {
    ActionKey.CHANGE_DATE: "change_event_date",
    ActionKey.RELABEL_EVENT: "relabel_event",
    ActionKey.NOTE_EVENT: "note_event",
    ActionKey.HIDE_EVENT: "hide_event",
    ActionKey.RESTORE_HIDDEN: "restore_hidden_event",
    ActionKey.RENAME_ENTITY: "rename_entity",
    ActionKey.RETYPE_ENTITY: "retype_entity",
    ActionKey.MERGE_ENTITY: "merge_entity",
    ActionKey.SPLIT_ENTITY: "split_entity",
    ActionKey.SET_RELIABILITY: "set_reliability",
    ActionKey.REMOVE_ARTICLE: "remove_article",
    ActionKey.RENAME_BRIEFING: "rename_briefing",
}


def _dropped_files(event: QDropEvent | QDragEnterEvent) -> list[Path]:
    """Local article and briefing files in a drag."""
    mime = event.mimeData()
    if not mime.hasUrls():
        return []
    suffixes = (*ARTICLE_SUFFIXES, BRIEFING_SUFFIX)
    return [
        Path(url.toLocalFile())
        for url in mime.urls()
        if url.isLocalFile() and url.toLocalFile().lower().endswith(suffixes)
    ]


def _common_anchor(snapshot) -> date | None:
    """The publication date the timeline marks: the only one, else the latest of the briefing."""
    if snapshot is None:
        return None
    days = [info.published for info in snapshot.infos.values() if info.published is not None]
    return max(days) if days else None
