"""The sample article end to end in the window: first start, linked selection, re-anchoring.

Expected values come from tests/data/nordkorea-waffenlieferant.de.expected.json
(sentence numbers there count from 1).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt

from lagebild.core.model import Event, Extraction
from lagebild.core.sentences import segment
from lagebild.ui.article.view import Highlight, highlight_kind
from lagebild.ui.events.model import EventRole
from lagebild.ui.mainwindow import MainWindow
from lagebild.ui.settings import Settings

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

EXTRACTION_TIMEOUT = 120_000  # ms; the first run loads the NER model


@pytest.fixture
def seed(make_window, qtbot) -> MainWindow:
    window = make_window(start=True)
    qtbot.waitUntil(lambda: window.selection.extraction is not None, timeout=EXTRACTION_TIMEOUT)
    return window


def expected_sentences(seed_path: Path) -> list[str]:
    """The seed's sentences as the core splits them (trimmed), independent of the pipeline."""
    text = seed_path.read_text(encoding="utf-8")
    sentences, _tokens = segment(text)
    return [text[s.start : s.end] for s in sentences]


def find_event(extraction: Extraction, expected: dict) -> Event:
    matches = [e for e in extraction.events if e.sentence == expected["sentence"] - 1 and e.date == expected["date"]]
    assert len(matches) == 1, (expected, extraction.events)
    return matches[0]


def highlighted(window: MainWindow, kind: Highlight) -> list[str]:
    return [s.cursor.selectedText() for s in window.article.view.extraSelections() if highlight_kind(s) is kind]


def test_first_start_opens_the_sample_article(seed, seed_path) -> None:
    article = seed.selection.extraction.article
    assert Path(article.path).name == seed_path.name
    assert article.published == date(2024, 1, 21)
    assert seed.windowTitle().startswith("Nordkorea ist Russlands größter Waffenlieferant")
    assert Settings().recent_files[0].endswith(seed_path.name)
    assert seed.table.model().rowCount() == len(seed.selection.extraction.events)
    assert not seed.banner.isVisible()


def test_every_expected_event_via_the_table_highlights_exactly_its_sentence(
    seed, seed_expected, seed_path, qtbot
) -> None:
    sentences = expected_sentences(seed_path)
    table = seed.table
    for expected in seed_expected["events"]:
        event = find_event(seed.selection.extraction, expected)
        row = next(r for r in range(table.proxy.rowCount()) if table.proxy.index(r, 0).data(EventRole.ID) == event.id)
        index = table.proxy.index(row, 1)
        table.scrollTo(index)
        qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=table.visualRect(index).center())
        assert seed.selection.event_id == event.id
        sentence = sentences[expected["sentence"] - 1]
        assert expected["sentence_contains"] in sentence
        assert highlighted(seed, Highlight.SENTENCE) == [sentence]
        [when] = highlighted(seed, Highlight.DATE)
        assert when == seed.selection.extraction.timexes[event.timex].text
        assert when in sentence


def test_every_expected_event_via_the_timeline_highlights_exactly_its_sentence(
    seed, seed_expected, seed_path
) -> None:
    sentences = expected_sentences(seed_path)
    for expected in seed_expected["events"]:
        event = find_event(seed.selection.extraction, expected)
        seed.timeline.event_activated.emit(event.id)
        assert seed.table.currentIndex().data(EventRole.ID) == event.id
        assert highlighted(seed, Highlight.SENTENCE) == [sentences[expected["sentence"] - 1]]


def test_participants_of_the_selected_event_are_highlighted_in_the_entity_list(seed, seed_expected) -> None:
    expected = next(e for e in seed_expected["events"] if e["date"] == "2024-01-15")
    extraction = seed.selection.extraction
    seed.selection.select_event(find_event(extraction, expected).id)
    model = seed.entities.model()
    from lagebild.ui.entities.model import EntityRole

    highlighted_names = set()
    for group in range(model.rowCount()):
        parent = model.index(group, 0)
        for row in range(model.rowCount(parent)):
            index = model.index(row, 0, parent)
            if index.data(EntityRole.HIGHLIGHTED):
                highlighted_names.add(index.data(EntityRole.NAME))
    assert highlighted_names == set(expected["entities"])


@pytest.mark.parametrize("name", ["Charkiw", "Nordkorea", "Kyrylo Budanov"])
def test_entity_click_emphasises_exactly_its_expected_events(seed, seed_expected, name) -> None:
    extraction = seed.selection.extraction
    entity = next(e for e in extraction.entities if e.name == name)
    seed.entities.entity_activated.emit(entity.id)
    wanted = {find_event(extraction, e).id for e in seed_expected["events"] if name in e["entities"]}
    model = seed.table.events
    emphasised = {model.event_id(r) for r in range(model.rowCount()) if model.index(r, 0).data(EventRole.EMPHASISED)}
    assert emphasised == wanted
    mentions = highlighted(seed, Highlight.MENTION)
    assert mentions == [m.text for m in entity.mentions]
    surface_forms = next(e["mentions"] for e in seed_expected["entities"] if e["name"] == name)
    assert set(surface_forms) <= set(mentions)
    seed.selection.clear()
    assert all(model.index(r, 0).data(EventRole.EMPHASISED) for r in range(model.rowCount()))


def test_changing_the_publication_date_reanchors_every_view(seed, qtbot) -> None:
    before = seed.selection.extraction
    fifteenth = next(e for e in before.events if e.date == "2024-01-15")
    seed.selection.select_event(fifteenth.id)
    edit = seed.article.header.date_edit
    with qtbot.waitSignal(seed.briefing_shown, timeout=EXTRACTION_TIMEOUT):
        edit.setDate(QDate(2024, 2, 10))
        edit.editingFinished.emit()
    after = seed.selection.extraction
    assert after is not before
    assert after.article.published == date(2024, 2, 10)
    values = {t.text: t.value for t in after.timexes}
    assert values["15. Januar"] == "2024-01-15"  # an explicit day keeps its date
    assert values["heutigen Tag"] == "2024-02-10"  # "today" follows the new anchor
    assert any(e.date == "2024-01-15" and e.sentence == 7 for e in after.events)
    table_dates = {seed.table.events.index(r, 0).data() for r in range(seed.table.events.rowCount())}
    assert "10. Februar 2024" in table_dates
    assert edit.date() == QDate(2024, 2, 10)
    assert seed.selection.event_id in {e.id for e in after.events} or seed.selection.event_id is None


def test_in_a_briefing_a_new_publication_date_is_an_undoable_step_that_keeps_corrections(seed, qtbot) -> None:
    from briefing_samples import agency_report

    from lagebild.ui.briefing.commands import AddArticlesCommand

    seed.document.push(AddArticlesCommand(seed.document, [agency_report()], "test", "Add"))
    key = seed.document.briefing.articles[0].key
    seed.selection.show_article(key)
    fifteenth = next(e for e in seed.selection.extraction.events if e.date == "2024-01-15")
    seed.selection.select_event(fifteenth.id)
    assert seed.editor.relabel_event("HUR meldet Munitionslieferungen")
    edit = seed.article.header.date_edit
    with qtbot.waitSignal(seed.document.changed, timeout=EXTRACTION_TIMEOUT):
        edit.setDate(QDate(2024, 2, 10))
        edit.editingFinished.emit()
    shown = seed.selection.snapshot.extraction(key)
    assert shown.article.published == date(2024, 2, 10)
    assert any(e.label == "HUR meldet Munitionslieferungen" for e in shown.events)  # the correction survived
    assert seed.document.undo_stack.undoText() == "Change Publication Date"
    seed.document.undo_stack.undo()
    assert seed.selection.snapshot.extraction(key).article.published == date(2024, 1, 21)
    assert len(seed.selection.snapshot) == 2
