"""The article panel: exact highlights across emoji, marks, clicks, the publication date."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QTextEdit

from lagebild.core.model import Extraction
from lagebild.ui.article.header import NO_DATE
from lagebild.ui.article.panel import ArticlePanel
from lagebild.ui.article.view import Highlight, highlight_kind

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def panel(qtbot, emoji_extraction: Extraction) -> ArticlePanel:
    widget = ArticlePanel()
    qtbot.addWidget(widget)
    widget.resize(700, 400)
    widget.show()
    qtbot.waitExposed(widget)
    widget.set_extraction(emoji_extraction)
    return widget


def selections(panel: ArticlePanel, kind: Highlight) -> list[QTextEdit.ExtraSelection]:
    return [s for s in panel.view.extraSelections() if highlight_kind(s) is kind]


def sentence_text(extraction: Extraction, index: int) -> str:
    sentence = extraction.sentences[index]
    return extraction.article.text[sentence.start : sentence.end]


@pytest.mark.parametrize("index", [0, 1, 2])
def test_selected_event_highlights_exactly_its_sentence_and_date(panel, emoji_extraction, index) -> None:
    event = emoji_extraction.events[index]
    panel.show_event(event)
    [sentence] = selections(panel, Highlight.SENTENCE)
    assert sentence.cursor.selectedText() == sentence_text(emoji_extraction, event.sentence)
    [when] = selections(panel, Highlight.DATE)
    assert when.cursor.selectedText() == emoji_extraction.timexes[event.timex].text
    assert panel.highlighted_spans(Highlight.SENTENCE) == [
        (emoji_extraction.sentences[event.sentence].start, emoji_extraction.sentences[event.sentence].end)
    ]


def test_clearing_the_event_removes_the_highlight(panel, emoji_extraction) -> None:
    panel.show_event(emoji_extraction.events[1])
    panel.show_event(None)
    assert panel.view.extraSelections() == []


def test_entity_mentions_are_highlighted(panel, emoji_extraction) -> None:
    berlin = emoji_extraction.entities[1]
    panel.show_entity(berlin)
    texts = [s.cursor.selectedText() for s in selections(panel, Highlight.MENTION)]
    assert texts == ["Berlin"] * 3
    panel.show_entity(None)
    assert selections(panel, Highlight.MENTION) == []


def test_persistent_marks_cover_dates_and_mentions(panel, emoji_extraction) -> None:
    document = panel.view.document()
    text = emoji_extraction.article.text
    block = document.findBlockByNumber(1)  # second line, after the first emoji
    formats = block.layout().formats()
    qt_start = block.position()
    marked = {
        block.text()[f.start : f.start + f.length]
        for f in formats
        if f.format.underlineStyle() != f.format.UnderlineStyle.NoUnderline
    }
    # Block text is a Python str here, but format ranges count UTF-16 units; before the flag emoji they agree.
    assert "2. Januar 2024" in marked
    assert "Schmidt" in marked
    assert qt_start == text.index("\n") + 2  # one emoji (two units) on the first line


def test_click_on_a_sentence_reports_its_python_offset(panel, emoji_extraction, qtbot) -> None:
    text = emoji_extraction.article.text
    target = text.index("traf")  # after the 😀 of the first line
    cursor = panel.view.textCursor()
    cursor.setPosition(target + 1 + 2)  # Qt position: 😀 counts twice; +2 lands inside "traf"
    rect = panel.view.cursorRect(cursor)
    with qtbot.waitSignal(panel.offset_clicked) as blocker:
        qtbot.mouseClick(panel.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert target <= blocker.args[0] <= target + len("traf")


def test_header_shows_metadata_and_flags_a_missing_date(panel, emoji_extraction) -> None:
    header = panel.header
    assert header.title.text() == "Emoji-Test"
    assert header.date_edit.date() == QDate(2024, 1, 21)
    assert header.missing.isHidden()
    emoji_extraction.article.published = None
    panel.set_extraction(emoji_extraction)
    assert header.date_edit.date() == NO_DATE
    assert not header.missing.isHidden()
    assert header.missing.text()


def test_editing_the_date_announces_it_once(panel, qtbot) -> None:
    with qtbot.waitSignal(panel.published_changed) as blocker:
        panel.header.date_edit.setDate(QDate(2024, 2, 10))
        panel.header.date_edit.editingFinished.emit()
    assert blocker.args == [date(2024, 2, 10)]
    with qtbot.assertNotEmitted(panel.published_changed, wait=900):
        panel.header.date_edit.editingFinished.emit()  # same date again: nothing to do


def test_zoom_changes_the_text_size_within_bounds(panel) -> None:
    size = panel.view.font().pointSizeF()
    panel.zoom_in()
    assert panel.view.font().pointSizeF() == size + 1
    panel.set_zoom(100)
    assert panel.zoom == 20
    panel.set_zoom(0)
    assert panel.view.font().pointSizeF() == size
