"""The export dialog flow: safe default names, page size from the filter, no silent overwrite, one-line errors."""

from __future__ import annotations

from pathlib import Path

import pytest
from lagebild.core.model import Extraction
from lagebild.ui.export import ExportKind, ExportOptions, export_with_dialog
from lagebild.ui.export import dialog as export_dialog
from PySide6.QtCore import QSize
from PySide6.QtWidgets import QFileDialog, QMessageBox

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


class FakeSaveDialog:
    """Stands in for QFileDialog.getSaveFileName: records the call, answers ``answer``."""

    def __init__(self, answer: str, chosen_filter: str = "") -> None:
        self.answer, self.chosen_filter = answer, chosen_filter
        self.start = self.filters = self.selected = ""

    def __call__(self, parent, caption, start, filters, selected=""):
        self.start, self.filters, self.selected = start, filters, selected
        return self.answer, self.chosen_filter or selected


@pytest.fixture
def messages(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: shown.append((title, text)))
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text, *a: shown.append((title, text)))
    return shown


def test_default_name_is_safe_and_the_file_is_written(
    qapp, emoji_extraction: Extraction, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, messages
) -> None:
    emoji_extraction.article.title = "Krieg/Frieden: Größte Lage?"
    target = tmp_path / "chosen.md"
    fake = FakeSaveDialog(str(target))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", fake)
    assert export_with_dialog(None, ExportKind.MARKDOWN, emoji_extraction, folder=str(tmp_path)) == target
    assert Path(fake.start) == tmp_path / "Krieg - Frieden - Größte Lage.md"
    assert "Krieg/Frieden: Größte Lage?" in target.read_text(encoding="utf-8").replace("\\", "")
    assert messages == []


def test_letter_filter_gives_letter_pages(
    qapp, emoji_extraction: Extraction, tmp_path: Path, monkeypatch, messages
) -> None:
    import pypdf

    target = tmp_path / "handout.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", FakeSaveDialog(str(target), "PDF, US Letter (*.pdf)"))
    export_with_dialog(None, ExportKind.PDF, emoji_extraction, ExportOptions(page_size="A4"))
    box = pypdf.PdfReader(target).pages[0].mediabox
    assert (round(box.width), round(box.height)) == (612, 792)


def test_added_suffix_does_not_overwrite_without_asking(
    qapp, emoji_extraction: Extraction, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, messages
) -> None:
    existing = tmp_path / "events.csv"
    existing.write_text("keep me")
    asked: list[str] = []

    def refuse(parent, title, text, *args):
        asked.append(text)
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", refuse)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", FakeSaveDialog(str(tmp_path / "events")))
    assert export_with_dialog(None, ExportKind.CSV, emoji_extraction) is None
    assert existing.read_text() == "keep me"
    assert asked and "events.csv" in asked[0]


def test_errors_are_one_line_messages(
    qapp, emoji_extraction: Extraction, tmp_path: Path, monkeypatch, messages
) -> None:
    target = tmp_path / "missing" / "folder" / "timeline.png"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", FakeSaveDialog(str(target)))
    monkeypatch.setattr(export_dialog, "ask_png_size", lambda parent, size: QSize(800, 240))
    assert export_with_dialog(None, ExportKind.PNG, emoji_extraction) is None
    assert len(messages) == 1
    _title, text = messages[0]
    assert "timeline.png" in text and "\n" not in text and "Traceback" not in text


def test_cancel_writes_nothing(qapp, emoji_extraction: Extraction, tmp_path: Path, monkeypatch, messages) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", FakeSaveDialog(""))
    assert export_with_dialog(None, ExportKind.JSON, emoji_extraction, folder=str(tmp_path)) is None
    assert not any(tmp_path.glob("*.json")) and messages == []


def test_without_an_article_says_so(qapp, messages) -> None:
    assert export_with_dialog(None, ExportKind.PDF, None) is None
    assert len(messages) == 1


def test_png_size_dialog_offers_the_given_size(qtbot) -> None:
    dialog = export_dialog.PngSizeDialog(QSize(1234, 321))
    qtbot.addWidget(dialog)
    assert dialog.size_chosen() == QSize(1234, 321)
    dialog.width_box.setValue(2000)
    assert dialog.size_chosen() == QSize(2000, 321)
