"""Extraction off the GUI thread.

:class:`ExtractionRunner` runs one job at a time on its own one-thread
``QThreadPool``: opening a file, or re-anchoring the shown extraction to a new
publication date.  Starting a job cancels the one before it (the core checks
the ``cancelled`` callback between stages) and results of superseded jobs
are dropped.  Results and errors come back as queued signals; an error is a
one-line message for the window, never a traceback.  :class:`ProgressIndicator`
shows the latest job's stage in the status bar.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, Signal, Slot
from PySide6.QtWidgets import QApplication, QHBoxLayout, QLabel, QProgressBar, QWidget

from lagebild.core.errors import ArticleError
from lagebild.core.model import Extraction

log = logging.getLogger(__name__)

Progress = Callable[[str, float], None]
Cancelled = Callable[[], bool]
Work = Callable[[Progress, Cancelled], Extraction]


class _JobSignals(QObject):
    """Carries results from the pool thread to the GUI thread (queued)."""

    progress = Signal(int, str, float)
    finished = Signal(int, object)
    failed = Signal(int, str)
    cancelled = Signal(int)


class _Job(QRunnable):
    """Runs one piece of extraction work and reports through :class:`_JobSignals`."""

    def __init__(self, job_id: int, work: Work, signals: _JobSignals, stop: threading.Event) -> None:
        super().__init__()
        self._id = job_id
        self._work = work
        self._signals = signals
        self._stop = stop

    def run(self) -> None:
        try:
            result = self._work(self._report, self._stop.is_set)
        except Exception as error:  # noqa: BLE001 - every failure becomes a message
            if self._stop.is_set():
                self._signals.cancelled.emit(self._id)
            elif isinstance(error, ArticleError):
                self._signals.failed.emit(self._id, str(error))
            else:
                log.exception("extraction failed")
                message = QCoreApplication.translate(
                    "ExtractionRunner", "Unexpected error while reading the article: {0}"
                ).format(f"{type(error).__name__}: {error}")
                self._signals.failed.emit(self._id, message)
        else:
            self._signals.finished.emit(self._id, result)

    def _report(self, stage: str, fraction: float) -> None:
        self._signals.progress.emit(self._id, stage, fraction)


class ExtractionRunner(QObject):
    """Starts extraction jobs and reports the latest one's progress and outcome."""

    started = Signal(str)  # what is being done, for the status bar
    progress = Signal(str, float)  # stage name, fraction done
    finished = Signal(object)  # Extraction
    failed = Signal(str)  # one-line message
    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._signals = _JobSignals(self)
        self._signals.progress.connect(self._on_progress)
        self._signals.finished.connect(self._on_finished)
        self._signals.failed.connect(self._on_failed)
        self._signals.cancelled.connect(self._on_cancelled)
        self._current = 0
        self._stop = threading.Event()
        self._running: set[int] = set()

    @property
    def busy(self) -> bool:
        """Whether the latest job is still running."""
        return self._current in self._running

    def open_file(self, path: str | Path, published: date | None = None) -> None:
        """Read and extract ``path`` (``published`` overrides the article's own date)."""

        def work(progress: Progress, cancelled: Cancelled) -> Extraction:
            from lagebild.core.pipeline import extract_file

            return extract_file(path, published, progress, cancelled)

        self._start(work, QCoreApplication.translate("ExtractionRunner", "Reading {0}…").format(Path(path).name))

    def reanchor(self, extraction: Extraction, published: date | None) -> None:
        """Extract the shown article again against another publication date."""

        def work(progress: Progress, cancelled: Cancelled) -> Extraction:
            from lagebild.core.pipeline import reanchor

            return reanchor(extraction, published, progress, cancelled)

        self._start(work, QCoreApplication.translate("ExtractionRunner", "Re-anchoring dates…"))

    def cancel(self) -> None:
        """Stop the running job at its next stage; its result will be dropped."""
        self._stop.set()
        if self._running:
            self._current += 1  # nothing running is "current" any more
            self.busy_changed.emit(False)

    def wait(self, msecs: int = -1) -> bool:
        """Block until the pool is idle (on quit, in tests)."""
        return self._pool.waitForDone(msecs)

    def _start(self, work: Work, description: str) -> None:
        self._stop.set()  # cancel the previous job
        self._stop = threading.Event()
        self._current += 1
        self._running.add(self._current)
        self._pool.start(_Job(self._current, work, self._signals, self._stop))
        self.started.emit(description)
        self.busy_changed.emit(True)

    @Slot(int, str, float)
    def _on_progress(self, job_id: int, stage: str, fraction: float) -> None:
        if job_id == self._current:
            self.progress.emit(stage, fraction)

    @Slot(int, object)
    def _on_finished(self, job_id: int, extraction: Extraction) -> None:
        if self._done(job_id):
            self.finished.emit(extraction)

    @Slot(int, str)
    def _on_failed(self, job_id: int, message: str) -> None:
        if self._done(job_id):
            self.failed.emit(message)

    @Slot(int)
    def _on_cancelled(self, job_id: int) -> None:
        self._done(job_id)

    def _done(self, job_id: int) -> bool:
        """Forget ``job_id``; true if it is the latest job (whose outcome counts)."""
        self._running.discard(job_id)
        latest = job_id == self._current
        if latest:
            self.busy_changed.emit(False)
        return latest


class ProgressIndicator(QWidget):
    """Stage text and progress bar of the runner's current job; hidden when idle.

    While a job runs the mouse pointer shows the busy (not the wait) cursor:
    the window stays usable.
    """

    def __init__(self, runner: ExtractionRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel(self)
        self.bar = QProgressBar(self)
        self.bar.setRange(0, 100)
        self.bar.setMaximumWidth(180)
        self.bar.setTextVisible(False)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        runner.started.connect(self._on_started)
        runner.progress.connect(self._on_progress)
        runner.busy_changed.connect(self._on_busy_changed)
        self.hide()

    def _on_started(self, description: str) -> None:
        self.label.setText(description)
        self.bar.setValue(0)

    def _on_progress(self, stage: str, fraction: float) -> None:
        stages = {
            "sentences": self.tr("Splitting sentences…"),
            "dates": self.tr("Finding dates…"),
            "entities": self.tr("Finding people, organisations and places…"),
            "events": self.tr("Finding events…"),
        }
        if stage in stages:
            self.label.setText(stages[stage])
        self.bar.setValue(round(100 * fraction))

    def _on_busy_changed(self, busy: bool) -> None:
        self.setVisible(busy)
        if busy and QApplication.overrideCursor() is None:
            QApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
        elif not busy:
            while QApplication.overrideCursor() is not None:
                QApplication.restoreOverrideCursor()
