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
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QObject,
    QRunnable,
    Qt,
    QThreadPool,
    Signal,
    Slot,
)
from PySide6.QtWidgets import QApplication, QHBoxLayout, QLabel, QProgressBar, QWidget

from lagebild.core.errors import ArticleError, InputError
from lagebild.core.model import Extraction

log = logging.getLogger(__name__)

Progress = Callable[[str, float], None]
Cancelled = Callable[[], bool]
Work = Callable[[Progress, Cancelled], Any]


@dataclass
class BatchResult:
    """What :meth:`ExtractionRunner.extract_files` produced: extractions and one-line failures."""

    extractions: list[Extraction] = field(default_factory=list)
    failures: list[tuple[Path, str]] = field(default_factory=list)


def _scaled(progress: Progress, number: int, total: int) -> Progress:
    """Progress of file ``number`` of ``total`` as a share of the whole batch."""
    return lambda stage, fraction: progress(stage, (number + fraction) / total)


def extract_batch(paths: Sequence[Path], progress: Progress, cancelled: Cancelled) -> BatchResult:
    """Extract ``paths`` one after another; a file that cannot be read is a failure, not an end."""
    from lagebild.core.pipeline import extract_file

    result = BatchResult()
    total = max(len(paths), 1)
    for number, path in enumerate(paths):
        if cancelled():
            break

        try:
            step = _scaled(progress, number, total)
            result.extractions.append(extract_file(path, None, step, cancelled))
        except ArticleError as error:
            result.failures.append((Path(path), str(error)))
    return result


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
        except Exception as error:
            if self._stop.is_set():
                self._signals.cancelled.emit(self._id)
            elif isinstance(error, InputError):
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
    batch_finished = Signal(object)  # BatchResult
    loaded = Signal(object)  # whatever a load() job returned
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
        self._outcome: dict[int, Any] = {}  # job → the signal its result goes to

    @property
    def busy(self) -> bool:
        """Whether the latest job is still running."""
        return self._current in self._running

    def open_file(self, path: str | Path, published: date | None = None) -> None:
        """Read and extract ``path`` (``published`` overrides the article's own date).

        The first file goes to the start-up helper process if one runs (see
        :mod:`lagebild.core.prefetch`); it falls back to this process.
        """
        from lagebild.core.prefetch import claim

        prefetch = claim()

        def work(progress: Progress, cancelled: Cancelled) -> Extraction:
            from lagebild.core.pipeline import extract_file

            if prefetch is not None:
                from lagebild.core.prefetch import PrefetchUnavailable

                try:
                    return prefetch.extract_file(path, published, progress, cancelled)
                except PrefetchUnavailable as why:
                    log.info("extracting in this process: %s", why)
            return extract_file(path, published, progress, cancelled)

        self._start(work, QCoreApplication.translate("ExtractionRunner", "Reading {0}…").format(Path(path).name))

    def extract_files(self, paths: Sequence[str | Path]) -> None:
        """Read and extract several files in one job; ``batch_finished`` reports all of them."""
        files = [Path(p) for p in paths]

        def work(progress: Progress, cancelled: Cancelled) -> BatchResult:
            return extract_batch(files, progress, cancelled)

        description = (
            QCoreApplication.translate("ExtractionRunner", "Reading 1 article…")
            if len(files) == 1
            else QCoreApplication.translate("ExtractionRunner", "Reading {0} articles…").format(len(files))
        )
        self._start(work, description, self.batch_finished)

    def load(self, work: Callable[[], Any], description: str) -> None:
        """Run ``work`` (e.g. reading a briefing file) off the GUI thread; ``loaded`` gets its result.

        ``work`` reports failures by raising :class:`ArticleError` (or any
        exception, which becomes a one-line message).
        """
        self._start(lambda _progress, _cancelled: work(), description, self.loaded)

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

    def _start(self, work: Work, description: str, outcome: Any = None) -> None:
        self._stop.set()  # cancel the previous job
        self._stop = threading.Event()
        self._current += 1
        self._running.add(self._current)
        self._outcome[self._current] = outcome if outcome is not None else self.finished
        self._pool.start(_Job(self._current, work, self._signals, self._stop))
        self.started.emit(description)
        self.busy_changed.emit(True)

    @Slot(int, str, float)
    def _on_progress(self, job_id: int, stage: str, fraction: float) -> None:
        if job_id == self._current:
            self.progress.emit(stage, fraction)

    @Slot(int, object)
    def _on_finished(self, job_id: int, result: object) -> None:
        outcome = self._outcome.get(job_id, self.finished)
        if self._done(job_id):
            outcome.emit(result)

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
        self._outcome.pop(job_id, None)
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
