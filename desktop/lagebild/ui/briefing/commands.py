"""Undo commands: every change to a briefing is one ``QUndoCommand``.

Commands change the document's :class:`~lagebild.core.briefing.Briefing`
and then call :meth:`BriefingDocument.touch`, which rebuilds the snapshot
the views show and autosaves.  Corrections are appended and removed as
values, so undo and redo restore the exact list the analyst made.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QUndoCommand

if TYPE_CHECKING:
    from lagebild.core.briefing import RemovedArticle
    from lagebild.core.corrections import Correction
    from lagebild.core.model import Extraction
    from lagebild.ui.briefing.document import BriefingDocument


class CorrectionCommand(QUndoCommand):
    """Apply one analyst correction (change a date, rename an entity, …)."""

    def __init__(self, document: BriefingDocument, correction: Correction, text: str) -> None:
        super().__init__(text)
        self._document = document
        self.correction = correction

    def redo(self) -> None:
        self._document.briefing.corrections.append(self.correction)
        self._document.touch()

    def undo(self) -> None:
        corrections = self._document.briefing.corrections
        for n in range(len(corrections) - 1, -1, -1):
            if corrections[n] is self.correction:
                del corrections[n]
                break
        self._document.touch()


class WithdrawCorrectionsCommand(QUndoCommand):
    """Take back corrections made earlier, also in another session (e.g. show a hidden event again)."""

    def __init__(self, document: BriefingDocument, corrections: list[Correction], text: str) -> None:
        super().__init__(text)
        self._document = document
        self._corrections = corrections
        self._positions: list[int] = []
        self._withdrawn: list[Correction] = []

    def redo(self) -> None:
        corrections = self._document.briefing.corrections
        wanted = {id(c) for c in self._corrections}
        self._positions = [n for n, c in enumerate(corrections) if id(c) in wanted]
        self._withdrawn = [corrections[n] for n in self._positions]
        for n in reversed(self._positions):
            del corrections[n]
        self._document.touch()

    def undo(self) -> None:
        corrections = self._document.briefing.corrections
        for n, correction in zip(self._positions, self._withdrawn, strict=True):
            corrections.insert(n, correction)  # ascending: each lands where it was
        self._document.touch()


class AddArticlesCommand(QUndoCommand):
    """Add extracted articles to the briefing (duplicates are left out before)."""

    def __init__(self, document: BriefingDocument, extractions: list[Extraction], extractor: str, text: str) -> None:
        super().__init__(text)
        self._document = document
        self._extractions = extractions
        self._extractor = extractor
        self.keys: list[str] = []

    def redo(self) -> None:
        briefing = self._document.briefing
        self.keys = [briefing.add_article(x, extractor=self._extractor).key for x in self._extractions]
        self._document.touch(show=self.keys[0] if self.keys else None)

    def undo(self) -> None:
        for key in reversed(self.keys):
            self._document.briefing.remove_article(key)
        self._document.touch()


class RemoveArticleCommand(QUndoCommand):
    """Take an article (and the corrections made only in it) out of the briefing."""

    def __init__(self, document: BriefingDocument, key: str, text: str) -> None:
        super().__init__(text)
        self._document = document
        self._key = key
        self._removed: RemovedArticle | None = None

    def redo(self) -> None:
        self._removed = self._document.briefing.remove_article(self._key)
        self._document.touch()

    def undo(self) -> None:
        if self._removed is not None:
            self._document.briefing.restore(self._removed)
        self._document.touch(show=self._key)


class SetReliabilityCommand(QUndoCommand):
    """Grade an article's source and information (NATO Admiralty code)."""

    def __init__(self, document: BriefingDocument, key: str, grade: str, text: str) -> None:
        super().__init__(text)
        self._document = document
        self._key = key
        self._grade = grade
        item = document.briefing.article(key)
        self._before = item.reliability if item else grade

    def _set(self, grade: str) -> None:
        item = self._document.briefing.article(self._key)
        if item is not None:
            item.reliability = grade
        self._document.touch(show=self._key)

    def redo(self) -> None:
        self._set(self._grade)

    def undo(self) -> None:
        self._set(self._before)


class ReplaceExtractionCommand(QUndoCommand):
    """Swap in a re-extraction of an article (another publication date, a newer extractor)."""

    def __init__(self, document: BriefingDocument, key: str, extraction: Extraction, extractor: str, text: str) -> None:
        super().__init__(text)
        self._document = document
        self._key = key
        self._new = extraction
        self._new_extractor = extractor
        item = document.briefing.article(key)
        self._old = item.extraction if item else extraction
        self._old_extractor = item.extractor if item else extractor

    def redo(self) -> None:
        self._document.briefing.replace_extraction(self._key, self._new, self._new_extractor)
        self._document.touch(show=self._key)

    def undo(self) -> None:
        self._document.briefing.replace_extraction(self._key, self._old, self._old_extractor)
        self._document.touch(show=self._key)


class RenameBriefingCommand(QUndoCommand):
    """Give the briefing another title."""

    def __init__(self, document: BriefingDocument, title: str, text: str) -> None:
        super().__init__(text)
        self._document = document
        self._title = title
        self._before = document.briefing.title

    def redo(self) -> None:
        self._document.briefing.title = self._title
        self._document.touch()

    def undo(self) -> None:
        self._document.briefing.title = self._before
        self._document.touch()
