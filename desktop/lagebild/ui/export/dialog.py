"""Running an export: ask for a file, write it, report a failure in one line.

:func:`export_to` writes one kind to a path, through a temporary file in the
same folder, so a failed export never leaves half a file or destroys the one
it was meant to replace.  :func:`export_with_dialog` proposes a safe file
name, lets ``QFileDialog`` ask before overwriting (and asks itself when it
has to add the suffix), and shows errors in a message box, never a traceback.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, QSize, Qt
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QMessageBox,
    QSpinBox,
    QWidget,
)

from lagebild.core import exports
from lagebild.core.briefing import DEFAULT_RELIABILITY
from lagebild.core.export import extraction_to_json, to_json
from lagebild.core.handout import Handout, timeline_anchor
from lagebild.core.model import Extraction
from lagebild.core.snapshot import BriefingSnapshot
from lagebild.ui.export.kinds import KINDS, ExportKind
from lagebild.ui.export.words import tr

log = logging.getLogger(__name__)

PAGE_FILTERS = {
    "A4": QT_TRANSLATE_NOOP("Export", "PDF, A4 (*.pdf)"),
    "Letter": QT_TRANSLATE_NOOP("Export", "PDF, US Letter (*.pdf)"),
}
LETTER_TERRITORIES = {QLocale.Country.UnitedStates, QLocale.Country.Canada, QLocale.Country.Mexico}
PNG_LIMIT = 12_000  # pixels per side


@dataclass
class ExportOptions:
    """What an export needs beyond the briefing (defaults suit any briefing)."""

    title: str | None = None  # overrides the briefing's title (else the only article's)
    reliability: str = DEFAULT_RELIABILITY  # the grade of a bare extraction; a snapshot has its own
    notes: Mapping[str, str] = field(default_factory=dict)  # notes by event ID, beside the snapshot's
    page_size: str = "A4"  # "A4" or "Letter"
    png_size: QSize | None = None  # None: the fitted timeline at twice screen density


def default_page_size() -> str:
    """Letter where it is the custom, else A4."""
    return "Letter" if QLocale().territory() in LETTER_TERRITORIES else "A4"


Source = BriefingSnapshot | Extraction


def export_to(kind: ExportKind, path: str | Path, source: Source, options: ExportOptions | None = None) -> None:
    """Write the briefing ``source`` (an extraction counts as one article) as ``kind`` to ``path``,
    replacing it; raises on failure."""
    from lagebild.ui.events.timeline_entries import timeline_entries
    from lagebild.ui.export.content import as_snapshot, briefing_language, build_handout

    options = options or ExportOptions()
    snapshot = as_snapshot(source, options.reliability)
    path = Path(path)
    temporary = path.with_name(f".{path.stem}.part{path.suffix}")
    content = build_handout(snapshot, title=options.title, notes=options.notes)
    entries = timeline_entries(snapshot)
    anchor = timeline_anchor(snapshot)
    language = briefing_language(snapshot)
    try:
        if kind is ExportKind.PDF:
            from lagebild.ui.export.pdf import write_pdf

            write_pdf(temporary, content, entries, anchor, options.page_size, language)
        elif kind is ExportKind.PPTX:
            from lagebild.ui.export.pptx import write_pptx

            write_pptx(temporary, content, entries, anchor, language)
        elif kind in (ExportKind.PNG, ExportKind.SVG):
            from lagebild.ui.export import timeline_image

            fitted = timeline_image.fitted_size(entries, anchor)
            if kind is ExportKind.PNG:
                timeline_image.save_png(entries, anchor, options.png_size or fitted * 2, temporary)
            else:
                timeline_image.save_svg(entries, anchor, fitted, temporary, content.title)
        else:
            _write_text(kind, temporary, content, snapshot, language)
        os.replace(temporary, path)
    finally:
        temporary.unlink(missing_ok=True)


def _write_text(
    kind: ExportKind, path: Path, content: Handout, snapshot: BriefingSnapshot, language: str
) -> None:
    from lagebild.ui.export.words import long_day, markdown_words

    if kind is ExportKind.CSV:
        text = exports.events_to_csv(content.events, briefing=content.several)
        path.write_text(text, encoding=exports.CSV_ENCODING, newline="")
    elif kind is ExportKind.MARKDOWN:
        published = long_day(content.published, language)
        text = exports.events_to_markdown(content, markdown_words(), published, lambda day: long_day(day, language))
        path.write_text(text, encoding="utf-8")
    elif kind is ExportKind.JSON:
        if len(snapshot.articles) == 1:  # one article: its corrected extraction, as ``lagebild extract`` writes it
            path.write_text(extraction_to_json(next(iter(snapshot.articles.values()))), encoding="utf-8")
        else:  # the view; File ▸ Export Briefing as JSON writes the briefing itself
            path.write_text(to_json(exports.handout_to_dict(content)), encoding="utf-8")
    else:  # pragma: no cover - every kind is handled above
        raise ValueError(f"unknown export kind {kind}")


def export_with_dialog(
    parent: QWidget | None,
    kind: ExportKind,
    snapshot: Source | None,
    options: ExportOptions | None = None,
    folder: str | None = None,
) -> Path | None:
    """Ask for a file in ``folder`` and export the briefing to it; returns the path written,
    ``None`` if cancelled or failed.  An extraction counts as a one-article briefing."""
    from lagebild.ui.export.content import as_snapshot, briefing_title

    options = options or ExportOptions(page_size=default_page_size())
    if snapshot is None or (isinstance(snapshot, BriefingSnapshot) and len(snapshot) == 0):
        QMessageBox.information(
            parent,
            QCoreApplication.translate("Export", "Export"),
            QCoreApplication.translate("Export", "Open an article first."),
        )
        return None
    snapshot = as_snapshot(snapshot, options.reliability)
    spec = KINDS[kind]
    title = briefing_title(snapshot, options.title) or _article_name(snapshot)
    name = exports.safe_file_name(title) + spec.suffix
    start = str(Path(folder or Path.home()) / name)
    filters = [tr(spec.filter)]
    selected = ""
    if kind is ExportKind.PDF:
        filters = [tr(PAGE_FILTERS["A4"]), tr(PAGE_FILTERS["Letter"])]
        selected = tr(PAGE_FILTERS[options.page_size])
    chosen, chosen_filter = QFileDialog.getSaveFileName(
        parent, QCoreApplication.translate("Export", "Export"), start, ";;".join(filters), selected
    )
    if not chosen:
        return None
    path = Path(chosen)
    if path.suffix.lower() != spec.suffix:
        path = path.with_name(path.name + spec.suffix)
        if path.exists() and not _confirm_overwrite(parent, path):
            return None
    if kind is ExportKind.PDF:
        options.page_size = "Letter" if chosen_filter == tr(PAGE_FILTERS["Letter"]) else "A4"
    if kind is ExportKind.PNG:
        size = ask_png_size(parent, options.png_size or _default_png_size(snapshot))
        if size is None:
            return None
        options.png_size = size
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        export_to(kind, path, snapshot, options)
    except Exception as error:
        log.exception("export to %s failed", path)
        QApplication.restoreOverrideCursor()
        QMessageBox.warning(
            parent,
            QCoreApplication.translate("Export", "Export Failed"),
            QCoreApplication.translate("Export", "Could not export to {0}: {1}").format(path.name, one_line(error)),
        )
        return None
    QApplication.restoreOverrideCursor()
    return path


def _article_name(snapshot: BriefingSnapshot) -> str:
    """The first article's name (title, else file name) for a file name."""
    for extraction in snapshot.articles.values():
        article = extraction.article
        return article.title or Path(article.path or "").stem
    return ""


def _default_png_size(snapshot: BriefingSnapshot) -> QSize:
    from lagebild.ui.events.timeline_entries import timeline_entries
    from lagebild.ui.export.timeline_image import fitted_size

    return fitted_size(timeline_entries(snapshot), timeline_anchor(snapshot)) * 2


def one_line(error: BaseException) -> str:
    """An error as one line of text (the first line of its message, else its class)."""
    text = str(error).strip()
    if isinstance(error, OSError) and error.strerror:
        text = error.strerror
    return text.splitlines()[0] if text else type(error).__name__


def _confirm_overwrite(parent: QWidget | None, path: Path) -> bool:
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("Export", "Export"),
        QCoreApplication.translate("Export", "{0} already exists. Replace it?").format(path.name),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


class PngSizeDialog(QDialog):
    """Asks for the width and height of the timeline image in pixels."""

    def __init__(self, size: QSize, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("Export", "Image Size"))
        self.width_box = self._spin(size.width())
        self.height_box = self._spin(size.height())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(QCoreApplication.translate("Export", "&Width:"), self.width_box)
        form.addRow(QCoreApplication.translate("Export", "&Height:"), self.height_box)
        form.addRow(buttons)

    def _spin(self, value: int) -> QSpinBox:
        box = QSpinBox(self)
        box.setRange(100, PNG_LIMIT)
        box.setSuffix(" px")
        box.setValue(value)
        return box

    def size_chosen(self) -> QSize:
        return QSize(self.width_box.value(), self.height_box.value())


def ask_png_size(parent: QWidget | None, size: QSize) -> QSize | None:
    """The image size the user picks, ``None`` if cancelled."""
    dialog = PngSizeDialog(size, parent)
    return dialog.size_chosen() if dialog.exec() == QDialog.DialogCode.Accepted else None
