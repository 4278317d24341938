"""BriefingFiles: File-menu work for the open briefing — new, open, add, save, import, export, recover.

Reading and extracting run in the window's :class:`ExtractionRunner`; what a
finished job means depends on why it was started (open, add, re-extract,
re-anchor), which this class remembers.  Every failure becomes a one-line
message (signal :attr:`BriefingFiles.message`), never a traceback; nothing on
disk changes unless the user asked for it.

Opening an article while the briefing holds real work (saved, edited or
several articles) adds the article to the briefing instead of replacing it:
nothing is lost, and Undo takes it out again.  *New Briefing* starts afresh.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from lagebild.core.errors import InputError
from lagebild.core.model import Extraction
from lagebild.ui.briefing.commands import AddArticlesCommand, ReplaceExtractionCommand
from lagebild.ui.briefing.document import BriefingDocument, find_recoverable
from lagebild.ui.settings import Settings
from lagebild.ui.workers import BatchResult, ExtractionRunner


ARTICLE_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm")
BRIEFING_SUFFIX = ".lagebild"
Button = QMessageBox.StandardButton


def extractor_version() -> str:
    from lagebild.core.pipeline import EXTRACTOR_VERSION

    return EXTRACTOR_VERSION


def articles_in(folder: Path) -> list[Path]:
    """Article files in ``folder`` and its subfolders, in name order (hidden files skipped)."""
    found = [
        path
        for path in folder.rglob("*")
        if path.is_file()
        and path.suffix.lower() in ARTICLE_SUFFIXES
        and not any(part.startswith(".") for part in path.relative_to(folder).parts)
    ]
    return sorted(found, key=lambda p: str(p.relative_to(folder)).casefold())


@dataclass(frozen=True)
class _Intent:
    """Why the running job was started."""

    kind: str  # "open", "add", "briefing", "import", "reextract", "reanchor"
    key: str | None = None  # the article a re-extraction replaces
    path: Path | None = None


def ask_with_message_box(parent: QWidget, title: str, text: str, buttons: Button, default: Button) -> Button:
    """Ask a question; returns the button chosen."""
    return QMessageBox.question(parent, title, text, buttons, default)


class BriefingFiles(QObject):
    """Files of the window's briefing (see module docstring)."""

    message = Signal(str, str)  # text, level "error" | "info"
    status = Signal(str)  # a passing note for the status bar
    article_opened = Signal(object)  # the Extraction of an article opened or added from a file
    failed = Signal(str)  # opening failed: the window shows why

    def __init__(
        self,
        parent: QWidget,
        document: BriefingDocument,
        runner: ExtractionRunner,
        settings: Settings,
        persist: bool = True,
    ) -> None:
        super().__init__(parent)
        self._parent = parent
        self.document = document
        self.runner = runner
        self.settings = settings
        self.persist = persist
        # How questions are asked (tests answer them without a dialog).
        self.ask: Callable[[QWidget, str, str, Button, Button], Button] = ask_with_message_box
        self._intent: _Intent | None = None
        runner.finished.connect(self._on_extracted)
        runner.batch_finished.connect(self._on_batch)
        runner.loaded.connect(self._on_loaded)
        runner.failed.connect(self._on_failed)

    # --- opening ---------------------------------------------------------------------

    def open_path(self, path: str | Path, published: date | None = None) -> None:
        """Open a briefing file, or an article (a new briefing if nothing would be lost, else added)."""
        path = Path(path)
        if path.suffix.lower() == BRIEFING_SUFFIX:
            if not self._claim(path):
                return
            if not self.confirm_discard():
                self.document.release_claims()
                return
            self._intent = _Intent("briefing", path=path)
            self.runner.load(lambda: _read_briefing(path), self.tr("Opening {0}…").format(path.name))
        elif self.document.is_scratch():
            self._intent = _Intent("open", path=path)
            self.runner.open_file(path, published)
        else:
            self.add_paths([path])

    def add_paths(self, paths: Sequence[str | Path]) -> None:
        """Extract ``paths`` and add them to the briefing as one undoable step."""
        files = [Path(p) for p in paths]
        if not files:
            return
        self._intent = _Intent("add")
        self.runner.extract_files(files)

    def add_folder(self, folder: str | Path) -> None:
        """Add every article file under ``folder``."""
        folder = Path(folder)
        files = articles_in(folder) if folder.is_dir() else []
        if not files:
            self.message.emit(self.tr("No articles (.txt, .md, .html) in {0}.").format(folder), "error")
            return
        self.add_paths(files)

    def reextract(self, key: str, published: date | None, reanchor_only: bool) -> None:
        """Extract the article ``key`` anew (its file again, or only against another date)."""
        item = self.document.briefing.article(key)
        if item is None:
            return
        if reanchor_only or not item.article.path:
            self._intent = _Intent("reanchor", key=key)
            self.runner.reanchor(item.extraction, published)
        else:
            self._intent = _Intent("reextract", key=key, path=Path(item.article.path))
            self.runner.open_file(item.article.path, published)

    def choose_and_open(self) -> None:
        """File ▸ Open."""
        path, _ = QFileDialog.getOpenFileName(
            self._parent, self.tr("Open"), self._start_folder(),
            self.tr("Briefings and articles (*.lagebild *.txt *.md *.markdown *.html *.htm);;"
                    "Briefings (*.lagebild);;Articles (*.txt *.md *.markdown *.html *.htm);;All files (*)"),
        )
        if path:
            self._remember_folder(Path(path))
            self.open_path(path)

    def choose_and_add(self) -> None:
        """File ▸ Add Articles."""
        paths, _ = QFileDialog.getOpenFileNames(
            self._parent, self.tr("Add Articles"), self._start_folder(),
            self.tr("Articles (*.txt *.md *.markdown *.html *.htm);;All files (*)"),
        )
        if paths:
            self._remember_folder(Path(paths[0]))
            self.add_paths(paths)

    def choose_and_add_folder(self) -> None:
        """File ▸ Add Folder."""
        folder = QFileDialog.getExistingDirectory(self._parent, self.tr("Add Folder"), self._start_folder())
        if folder:
            self._remember_folder(Path(folder) / "x")
            self.add_folder(folder)

    # --- saving ----------------------------------------------------------------------

    def new(self) -> None:
        """File ▸ New Briefing."""
        if self.confirm_discard():
            self.document.new()

    def save(self) -> bool:
        """File ▸ Save: into the open file, else ask for one."""
        if self.document.file is None:
            return self.choose_and_save_as()
        self.document.autosave()
        if self.document.is_modified():
            return False
        self.status.emit(self.tr("Saved {0}").format(self.document.file.path.name))
        return True

    def choose_and_save_as(self) -> bool:
        """File ▸ Save As."""
        suggestion = self.document.display_name() or self.tr("Briefing")
        start = str(Path(self._start_folder()) / _file_name(suggestion, BRIEFING_SUFFIX))
        path, _ = QFileDialog.getSaveFileName(self._parent, self.tr("Save Briefing"), start, self.tr("Lagebild briefings (*.lagebild)"))
        if not path:
            return False
        return self.save_as(path)

    def save_as(self, path: str | Path) -> bool:
        """Save the briefing to ``path`` (``.lagebild`` added if missing) and keep saving there."""
        path = Path(path)
        if path.suffix.lower() != BRIEFING_SUFFIX:
            path = path.with_name(path.name + BRIEFING_SUFFIX)
        if not self._claim(path):
            return False
        try:
            self.document.save_as(path)
        except InputError as error:
            self.message.emit(self.tr("Could not save the briefing: {0}").format(error), "error")
            return False
        self._remember_folder(path)
        if self.persist:
            self.settings.add_recent_file(path)
        self.status.emit(self.tr("Saved {0}").format(path.name))
        return True

    def confirm_discard(self) -> bool:
        """Before the briefing is replaced or the window closes: save unsaved work? False: cancel."""
        if not self.document.is_modified():
            return True
        name = self.document.display_name() or self.tr("Untitled briefing")
        answer = self.ask(
            self._parent,
            self.tr("Unsaved Briefing"),
            self.tr("„{0}“ has changes that are not saved in a file. Save them?").format(name),
            Button.Save | Button.Discard | Button.Cancel,
            Button.Save,
        )
        if answer == Button.Save:
            return self.save()
        return answer == Button.Discard

    # --- JSON -----------------------------------------------------------------------

    def choose_and_import_json(self) -> None:
        """File ▸ Import Briefing from JSON."""
        if not self.confirm_discard():
            return
        path, _ = QFileDialog.getOpenFileName(self._parent, self.tr("Import Briefing"), self._start_folder(), self.tr("JSON (*.json);;All files (*)"))
        if path:
            self.import_json(path)

    def import_json(self, path: str | Path) -> None:
        """Read a JSON briefing (as :func:`lagebild.core.briefing_json.export_json` writes) as a new, unsaved briefing."""
        path = Path(path)
        self._intent = _Intent("import", path=path)
        self.runner.load(lambda: _import_briefing(path), self.tr("Importing {0}…").format(path.name))

    def choose_and_export_json(self) -> None:
        """File ▸ Export Briefing as JSON."""
        suggestion = self.document.display_name() or self.tr("Briefing")
        start = str(Path(self._start_folder()) / _file_name(suggestion, ".json"))
        path, _ = QFileDialog.getSaveFileName(self._parent, self.tr("Export Briefing as JSON"), start, self.tr("JSON (*.json)"))
        if path:
            self.export_json(path)

    def export_json(self, path: str | Path) -> bool:
        from lagebild.core.briefing_json import export_json

        try:
            export_json(self.document.briefing, path)
        except (InputError, OSError) as error:
            self.message.emit(self.tr("Could not export the briefing: {0}").format(error), "error")
            return False
        self.status.emit(self.tr("Exported to {0}").format(path))
        return True

    # --- recovery --------------------------------------------------------------------

    def offer_recovery(self) -> bool:
        """After a crash: offer to restore unsaved briefings left in the recovery folder."""
        restored = False
        for found in find_recoverable(self.settings.recovery_folder):
            briefing = found.briefing
            name = briefing.title or (briefing.articles[0].title if briefing.articles else self.tr("Untitled briefing"))
            articles = (
                self.tr("1 article") if len(briefing.articles) == 1 else self.tr("%n articles", "", len(briefing.articles))
            )
            answer = self.ask(
                self._parent,
                self.tr("Restore Unsaved Briefing"),
                self.tr("Lagebild was not closed properly. Restore the unsaved briefing „{0}“ ({1}, last changed {2})?").format(
                    name, articles, found.changed.strftime("%d.%m.%Y %H:%M")
                ),
                Button.Yes | Button.Discard,
                Button.Yes,
            )
            if answer == Button.Yes and not restored and self.document.is_scratch():
                self.document.reset(briefing, None, unsaved=True)
                restored = True
                self.document.autosave()  # into this window's own recovery file before the old one goes
            elif answer == Button.Yes:
                continue  # keep it for the next start: this window already holds work
            found.discard()
        return restored

    # --- outcomes --------------------------------------------------------------------

    def _on_extracted(self, extraction: Extraction) -> None:
        intent, self._intent = self._intent, None
        if intent is None:
            return
        if intent.kind == "open":
            self.document.open_article(extraction, extractor_version())
            self.article_opened.emit(extraction)
        elif intent.kind in ("reanchor", "reextract") and intent.key is not None:
            item = self.document.briefing.article(intent.key)
            if item is None:
                return
            if self.document.is_scratch():  # one opened article: show what the file holds now
                self.document.open_article(extraction, extractor_version())
                self.article_opened.emit(extraction)
            elif extraction.article.text != item.article.text:
                self.message.emit(
                    self.tr("{0} has changed since it was added; add it again as a new article.").format(intent.path or item.title),
                    "error",
                )
            else:
                text = self.tr("Change Publication Date") if intent.kind == "reanchor" else self.tr("Re-extract „{0}“").format(item.title)
                self.document.push(ReplaceExtractionCommand(self.document, intent.key, extraction, extractor_version(), text))

    def _on_batch(self, result: BatchResult) -> None:
        self._intent = None
        known = {item.key for item in self.document.briefing.articles}
        fresh: list[Extraction] = []
        duplicates: list[str] = []
        for extraction in result.extractions:
            key = extraction.article.key
            if key in known:
                duplicates.append(Path(extraction.article.path or "").name or extraction.article.title or key)
            else:
                known.add(key)
                fresh.append(extraction)
        if fresh:
            text = self.tr("Add 1 Article") if len(fresh) == 1 else self.tr("Add %n Articles", "", len(fresh))
            self.document.push(AddArticlesCommand(self.document, fresh, extractor_version(), text))
            for extraction in fresh:
                self.article_opened.emit(extraction)
            self.status.emit(
                self.tr("Added 1 article to the briefing.") if len(fresh) == 1
                else self.tr("Added %n articles to the briefing.", "", len(fresh))
            )
        problems = [f"{path.name}: {reason}" for path, reason in result.failures]
        problems += [self.tr("{0}: already in the briefing").format(name) for name in duplicates]
        if problems:
            self.message.emit(self.tr("Not added: {0}").format("; ".join(problems)), "error" if result.failures else "info")

    def _on_loaded(self, result: object) -> None:
        intent, self._intent = self._intent, None
        if intent is None:
            return
        if intent.kind == "briefing":
            file, briefing, snapshot = result  # type: ignore[misc]
            self.document.reset(briefing, file, snapshot=snapshot)
            if self.persist:
                self.settings.add_recent_file(file.path)
        elif intent.kind == "import":
            briefing, snapshot = result  # type: ignore[misc]
            self.document.reset(briefing, None, unsaved=True, snapshot=snapshot)
            self.status.emit(self.tr("Imported {0}").format(intent.path.name if intent.path else ""))

    def _on_failed(self, message: str) -> None:
        intent, self._intent = self._intent, None
        if intent is not None and intent.kind == "briefing":
            self.document.release_claims()
        if intent is not None and intent.kind in ("briefing", "import"):
            self.message.emit(self.tr("Could not open the briefing: {0}").format(message), "error")
        else:
            self.failed.emit(message)

    # --- helpers ---------------------------------------------------------------------

    def _claim(self, path: Path) -> bool:
        """Hold ``path`` for this window; if another window holds it, say so (False)."""
        if self.document.claim(path):
            return True
        self.message.emit(
            self.tr("{0} is open in another Lagebild window. Close it there first, or save a copy there.").format(
                path.name
            ),
            "error",
        )
        return False

    def _start_folder(self) -> str:
        return self.settings.last_directory or str(Path.home())

    def _remember_folder(self, path: Path) -> None:
        if self.persist:
            self.settings.last_directory = str(path.parent)


def _read_briefing(path: Path):
    """Worker thread: open a briefing file and prepare what the views show of it
    (read by the start-up helper process if it was given this file)."""
    from lagebild.core.prefetch import open_briefing

    return open_briefing(path)


def _import_briefing(path: Path):
    """Worker thread: read a JSON briefing and prepare what the views show of it."""
    from lagebild.core.briefing_json import import_json
    from lagebild.core.snapshot import BriefingSnapshot

    briefing = import_json(path)
    return briefing, BriefingSnapshot(briefing)


def _file_name(title: str, suffix: str) -> str:
    """A safe file name from a title."""
    safe = "".join(c if c.isalnum() or c in " -_.,()" else "_" for c in title).strip(" .") or "Briefing"
    return safe[:80] + suffix
