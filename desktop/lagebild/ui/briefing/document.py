"""BriefingDocument: the open briefing, its undo stack, its file and its autosave.

Every change is a command on :attr:`BriefingDocument.undo_stack` (see
:mod:`lagebild.ui.briefing.commands`).  After each change the document
rebuilds the :class:`~lagebild.core.snapshot.BriefingSnapshot` the views show
and saves: into the open ``.lagebild`` file (each save one SQLite transaction,
see :mod:`lagebild.core.store`), or, for a briefing never saved, into a
recovery file that the next start offers to restore if Lagebild did not get
to close normally.  Recovery files are guarded by a ``QLockFile`` held while
their window lives, so a second running Lagebild never offers another's work.

A ``.lagebild`` file is held the same way while a window shows it (a hidden
``.NAME.lagebild.lock`` beside it, see :meth:`BriefingDocument.claim`): two
windows autosaving into one file would each write their own changes over the
other's, so a second window is told the file is open elsewhere instead.
"""

from __future__ import annotations

import logging
import uuid
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLockFile, QObject, QTimer, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from lagebild.core.errors import InputError

if TYPE_CHECKING:
    from lagebild.core.briefing import Briefing
    from lagebild.core.model import Extraction
    from lagebild.core.snapshot import BriefingSnapshot
    from lagebild.core.store import BriefingFile

# The core's briefing, snapshot and store modules load when a briefing is first
# needed, after the window's first paint (see mainwindow's start-up budget).

log = logging.getLogger(__name__)

RECOVERY_PATTERN = "unsaved-*.lagebild"


@dataclass
class Recoverable:
    """A recovery file left by a Lagebild that did not close normally."""

    path: Path
    lock: QLockFile  # held: nobody else offers it meanwhile
    briefing: Briefing
    changed: datetime

    def discard(self) -> None:
        """Delete the recovery file and release its lock."""
        self.path.unlink(missing_ok=True)
        self.lock.unlock()


def find_recoverable(folder: Path) -> list[Recoverable]:
    """Recovery files in ``folder`` whose Lagebild is gone, newest first (unreadable ones are removed)."""
    from lagebild.core.store import BriefingFile

    found = []
    for path in sorted(folder.glob(RECOVERY_PATTERN)):
        lock = QLockFile(str(path) + ".lock")
        lock.setStaleLockTime(0)  # a live owner keeps it however long it works
        if not lock.tryLock(0):
            continue  # a running Lagebild still works on it
        try:
            briefing = BriefingFile.open(path)[1]
        except InputError as error:
            log.warning("dropping unreadable recovery file %s: %s", path, error)
            path.unlink(missing_ok=True)
            lock.unlock()
            continue
        found.append(Recoverable(path, lock, briefing, datetime.fromtimestamp(path.stat().st_mtime)))
    found.sort(key=lambda r: r.changed, reverse=True)
    return found


class BriefingDocument(QObject):
    """The briefing shown in a window (see module docstring)."""

    changed = Signal(object, object)  # BriefingSnapshot, key of the article to show (or None)
    state_changed = Signal()  # path or modified state changed
    save_failed = Signal(str)  # one-line message

    def __init__(self, recovery_folder: Path | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.undo_stack = QUndoStack(self)
        self.undo_stack.cleanChanged.connect(self._on_clean_changed)
        self._briefing: Briefing | None = None
        self.file: BriefingFile | None = None
        self._recovery_folder = recovery_folder
        self._recovery: BriefingFile | None = None
        self._recovery_lock: QLockFile | None = None
        self._claims: dict[Path, QLockFile] = {}  # briefing files this window holds (or is opening)
        self._unsaved_content = False  # imported or restored: not in any file the user chose
        self._save_failed = False
        self._snapshot: BriefingSnapshot | None = None
        self._autosave = QTimer(self, singleShot=True, interval=0)
        self._autosave.timeout.connect(self.autosave)

    # --- state ---------------------------------------------------------------------

    @property
    def briefing(self) -> Briefing:
        """The briefing (an empty one until something is opened)."""
        if self._briefing is None:
            from lagebild.core.briefing import Briefing

            self._briefing = Briefing()
        return self._briefing

    @briefing.setter
    def briefing(self, briefing: Briefing) -> None:
        self._briefing = briefing

    @property
    def snapshot(self) -> BriefingSnapshot:
        if self._snapshot is None:
            from lagebild.core.snapshot import BriefingSnapshot

            self._snapshot = BriefingSnapshot(self.briefing)
        return self._snapshot

    @property
    def path(self) -> Path | None:
        """The ``.lagebild`` file the briefing is saved in, if any."""
        return self.file.path if self.file else None

    @property
    def recovery_path(self) -> Path | None:
        return self._recovery.path if self._recovery else None

    def is_modified(self) -> bool:
        """Whether closing now would lose work (never, for a briefing that autosaves into its file)."""
        if self.file is not None:
            return self._save_failed
        return self._unsaved_content or not self.undo_stack.isClean()

    def is_scratch(self) -> bool:
        """A briefing that is just one opened article, unsaved and unedited: replacing it loses nothing."""
        return self.file is None and not self.is_modified() and len(self.briefing.articles) <= 1

    def display_name(self) -> str:
        """Title, else file name, else the only article's title."""
        if self.briefing.title:
            return self.briefing.title
        if self.file is not None:
            return self.file.path.stem
        if len(self.briefing.articles) == 1:
            return self.briefing.articles[0].title
        return ""

    def _on_clean_changed(self, _clean: bool) -> None:
        self.state_changed.emit()

    # --- one window per file --------------------------------------------------------

    def claim(self, path: str | Path) -> bool:
        """Hold ``path`` for this window before opening or saving it there.

        False if another window (of any running Lagebild) holds it.  A folder
        where no lock file can be made (read-only) is not guarded: nobody can
        autosave there either.  Claims for files the document does not end up
        showing are let go by :meth:`release_claims`.
        """
        key = Path(path).resolve()
        if key in self._claims:
            return True
        lock = QLockFile(str(key.with_name(f".{key.name}.lock")))
        lock.setStaleLockTime(0)  # only a dead owner makes it stale, never age
        if lock.tryLock(0):
            self._claims[key] = lock
            return True
        if lock.error() == QLockFile.LockError.LockFailedError:
            return False
        log.info("%s: cannot lock it (%s); opened without a guard", key, lock.error().name)
        return True

    def release_claims(self) -> None:
        """Let go of every claimed file but the one the document shows."""
        keep = self.file.path.resolve() if self.file is not None else None
        for key in [k for k in self._claims if k != keep]:
            self._claims.pop(key).unlock()

    # --- changes -------------------------------------------------------------------

    def push(self, command: QUndoCommand) -> None:
        """Do ``command`` (undoable)."""
        self.undo_stack.push(command)

    def touch(self, show: str | None = None, snapshot: BriefingSnapshot | None = None) -> None:
        """Commands call this after changing the briefing: new snapshot, then autosave.

        ``snapshot`` is one already built of the briefing as it is now (in a
        worker thread, for a large file).
        """
        if snapshot is None:
            from lagebild.core.snapshot import BriefingSnapshot

            snapshot = BriefingSnapshot(self.briefing)
        self._snapshot = snapshot
        self.changed.emit(self._snapshot, show)
        self._autosave.start()
        self.state_changed.emit()

    def reset(
        self,
        briefing: Briefing,
        file: BriefingFile | None = None,
        *,
        unsaved: bool = False,
        snapshot: BriefingSnapshot | None = None,
    ) -> None:
        """Show another briefing (not undoable): a new one, an opened file, an import.

        ``unsaved`` marks content that is in no file the user chose (an
        import, a restored recovery file).
        """
        self._autosave.stop()
        if self.file is not None:
            self.file.close()
        self.discard_recovery()
        self.briefing = briefing
        self.file = file
        self._unsaved_content = unsaved
        self._save_failed = False
        self.undo_stack.clear()
        self.release_claims()
        self.touch(show=briefing.articles[0].key if briefing.articles else None, snapshot=snapshot)
        self.undo_stack.setClean()

    def open_article(self, extraction: Extraction, extractor: str = "") -> None:
        """Show one article as a new, unsaved briefing."""
        from lagebild.core.briefing import Briefing

        briefing = Briefing()
        briefing.add_article(extraction, extractor=extractor)
        self.reset(briefing)

    def new(self) -> None:
        """An empty briefing."""
        from lagebild.core.briefing import Briefing

        self.reset(Briefing())

    # --- saving --------------------------------------------------------------------

    def save_as(self, path: str | Path) -> None:
        """Write the briefing to ``path`` and keep autosaving there; raises :class:`BriefingFileError`."""
        from lagebild.core.store import BriefingFile

        self._autosave.stop()
        try:
            if self.file is not None:
                self.file.save_as(path, self.briefing)
            else:
                self.file = BriefingFile.create(path, self.briefing)
        finally:
            self.release_claims()  # the claim on a path it could not write to, or on the old file
        self._unsaved_content = False
        self._save_failed = False
        self.discard_recovery()
        self.undo_stack.setClean()
        self.state_changed.emit()

    def autosave(self) -> None:
        """Save now: into the open file, or for an unsaved briefing into its recovery file."""
        from lagebild.core.store import BriefingFileError

        self._autosave.stop()
        try:
            if self.file is not None:
                self.file.save(self.briefing)
                if self._save_failed:
                    self._save_failed = False
                    self.state_changed.emit()
            elif self.is_modified() and self._recovery_folder is not None:
                self._save_recovery()
        except BriefingFileError as error:
            self._save_failed = self.file is not None
            self.save_failed.emit(str(error))
            self.state_changed.emit()

    def _save_recovery(self) -> None:
        from lagebild.core.store import BriefingFile, BriefingFileError

        if self._recovery is None:
            folder = self._recovery_folder
            assert folder is not None
            folder.mkdir(parents=True, exist_ok=True)
            path = folder / f"unsaved-{uuid.uuid4().hex[:12]}.lagebild"
            lock = QLockFile(str(path) + ".lock")
            lock.setStaleLockTime(0)  # only a dead owner makes it stale, never age
            if not lock.tryLock(0):
                raise BriefingFileError(f"{path}: cannot lock the recovery file")
            self._recovery_lock = lock
            self._recovery = BriefingFile.create(path, self.briefing)
        else:
            self._recovery.save(self.briefing)

    def discard_recovery(self) -> None:
        """Delete this window's recovery file (after a save, or when the user discards)."""
        if self._recovery is not None:
            self._recovery.close()
            self._recovery.path.unlink(missing_ok=True)
            self._recovery = None
        if self._recovery_lock is not None:
            self._recovery_lock.unlock()
            self._recovery_lock = None

    def close(self) -> None:
        """Flush the last save and let go of files (the window is closing)."""
        if self._autosave.isActive() and self.file is not None:
            self.autosave()
        if self.file is not None:
            self.file.close()
        self.discard_recovery()
        for lock in self._claims.values():
            lock.unlock()
        self._claims.clear()
