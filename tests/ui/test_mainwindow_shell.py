"""The main window's shell: actions, linking of the views, keyboard, settings, files, messages.

These tests feed a small hand-made extraction (see conftest) through the
selection controller; the seed article end to end is in test_mainwindow_seed.py.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QAction, QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import QMenu

from lagebild.core.model import Extraction
from lagebild.ui.actions import SPECS, ActionKey
from lagebild.ui.article.view import Highlight
from lagebild.ui.entities.model import EntityRole
from lagebild.ui.events.model import EventRole
from lagebild.ui.mainwindow import MainWindow
from lagebild.ui.settings import Settings

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def window(make_window, emoji_extraction: Extraction) -> MainWindow:
    window = make_window()
    window.selection.set_extraction(emoji_extraction)
    return window


def menu_actions(menu: QMenu) -> list[QAction]:
    found = []
    for action in menu.actions():
        found.append(action)
        if action.menu() is not None:
            found += menu_actions(action.menu())
    return found


def highlighted_entities(window: MainWindow) -> set[str]:
    """IDs of the entities the entity panel shows highlighted."""
    model = window.entities.model()
    found = set()
    for group in range(model.rowCount()):
        parent = model.index(group, 0)
        for row in range(model.rowCount(parent)):
            index = model.index(row, 0, parent)
            if index.data(EntityRole.HIGHLIGHTED):
                found.add(index.data(EntityRole.ID))
    return found


# --- actions -------------------------------------------------------------------


def test_every_action_is_in_a_menu_and_has_a_shortcut(window) -> None:
    in_menus = {a for menu in (m.menu() for m in window.menuBar().actions()) for a in menu_actions(menu)}
    for key in ActionKey:
        action = window.registry[key]
        assert action in in_menus, key
        assert not action.shortcut().isEmpty(), key
    assert set(SPECS) == set(ActionKey)


def test_standard_keys_come_from_the_platform(window) -> None:
    assert window.registry[ActionKey.OPEN].shortcut() == QKeySequence(QKeySequence.StandardKey.Open)
    assert QKeySequence("Ctrl++") in window.registry[ActionKey.ZOOM_IN].shortcuts()
    assert {s.toString() for s in window.registry[ActionKey.NEXT_EVENT].shortcuts()} == {"Right", "J"}


def test_shortcuts_are_unique(window) -> None:
    seen: dict[str, ActionKey] = {}
    for key, action in window.registry:
        for sequence in action.shortcuts():
            assert sequence.toString() not in seen, (key, seen.get(sequence.toString()))
            seen[sequence.toString()] = key


# --- linked views ------------------------------------------------------------------


def test_choosing_an_event_in_the_table_highlights_its_sentence(window, emoji_extraction, qtbot) -> None:
    table = window.table
    row = next(r for r in range(3) if table.proxy.index(r, 0).data(EventRole.ID) == "ev-2")
    index = table.proxy.index(row, 1)
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=table.visualRect(index).center())
    assert window.selection.event_id == "ev-2"
    sentence = emoji_extraction.sentences[1]
    assert window.article.highlighted_spans(Highlight.SENTENCE) == [(sentence.start, sentence.end)]
    assert highlighted_entities(window) == {"e-schmidt", "e-berlin"}


def test_timeline_activation_selects_everywhere(window, emoji_extraction) -> None:
    window.timeline.event_activated.emit("ev-3")
    assert window.selection.event_id == "ev-3"
    assert window.table.currentIndex().data(EventRole.ID) == "ev-3"
    sentence = emoji_extraction.sentences[2]
    assert window.article.highlighted_spans(Highlight.SENTENCE) == [(sentence.start, sentence.end)]


def test_entity_emphasises_its_events_until_escape(window, emoji_extraction, qtbot) -> None:
    schmidt = emoji_extraction.entities[0]
    window.entities.entity_activated.emit(schmidt.id)
    model = window.table.events
    emphasised = {model.event_id(r) for r in range(3) if model.data(model.index(r, 0), EventRole.EMPHASISED)}
    assert emphasised == {"ev-1", "ev-2"}
    assert [window.article.view.toPlainText()[a:b] for a, b in window.article.highlighted_spans(Highlight.MENTION)]
    assert window.filter_bar.isVisible()
    assert "Anna Schmidt" in window.filter_bar.label.text()
    qtbot.keyClick(window.table, Qt.Key.Key_Escape)
    assert window.selection.entity_id is None
    assert not window.filter_bar.isVisible()
    assert all(model.data(model.index(r, 0), EventRole.EMPHASISED) for r in range(3))


def test_filter_bar_button_clears_the_entity(window, emoji_extraction, qtbot) -> None:
    window.selection.select_entity(emoji_extraction.entities[1].id)
    qtbot.mouseClick(window.filter_bar.button, Qt.MouseButton.LeftButton)
    assert window.selection.entity_id is None


def test_left_right_and_j_k_step_through_time(window, qtbot) -> None:
    target = window.table
    qtbot.keyClick(target, Qt.Key.Key_Right)
    assert window.selection.event_id == "ev-1"
    qtbot.keyClick(target, Qt.Key.Key_Right)
    assert window.selection.event_id == "ev-2"
    qtbot.keyClick(target, Qt.Key.Key_J)
    assert window.selection.event_id == "ev-3"
    qtbot.keyClick(target, Qt.Key.Key_J)  # stays on the last
    assert window.selection.event_id == "ev-3"
    qtbot.keyClick(target, Qt.Key.Key_K)
    qtbot.keyClick(target, Qt.Key.Key_Left)
    assert window.selection.event_id == "ev-1"


def test_stepping_with_an_entity_selected_visits_only_its_events(window, emoji_extraction) -> None:
    window.selection.select_entity(emoji_extraction.entities[0].id)  # Schmidt: ev-1, ev-2
    window.selection.select_event("ev-2")
    window.selection.step(1)
    assert window.selection.event_id == "ev-2"


def test_clicking_a_sentence_selects_its_event(window, emoji_extraction, qtbot) -> None:
    view = window.article.view
    text = emoji_extraction.article.text
    cursor = view.textCursor()
    cursor.setPosition(text.index("bleiben") + 1 + 2 + 2)  # three emoji units before, inside the word
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.cursorRect(cursor).center())
    assert window.selection.event_id == "ev-3"


def test_zoom_shortcuts_change_the_article_text_size(window, qtbot) -> None:
    size = window.article.view.font().pointSizeF()
    qtbot.keyClick(window.table, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert window.article.view.font().pointSizeF() == size + 1
    qtbot.keyClick(window.table, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window.table, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert window.article.view.font().pointSizeF() == size - 1


def test_reanchored_extraction_keeps_the_selection(window, emoji_extraction) -> None:
    window.selection.select_event("ev-2")
    window.selection.set_extraction(emoji_extraction)
    assert window.selection.event_id == "ev-2"
    assert window.table.currentIndex().data(EventRole.ID) == "ev-2"


# --- settings ----------------------------------------------------------------------


def test_geometry_splitters_zoom_and_recent_files_persist(make_window, tmp_path: Path) -> None:
    window = make_window()
    window.resize(700, 520)  # the offscreen screen is 800×600: restoreGeometry keeps windows on it
    window.outer_splitter.setSizes([140, 210, 120])
    window.inner_splitter.setSizes([150, 500])
    window.article.set_zoom(3)
    window.settings.add_recent_file(tmp_path / "a.txt")
    inner, outer = window.inner_splitter.sizes(), window.outer_splitter.sizes()
    window.close()

    again = make_window()
    assert (again.size().width(), again.size().height()) == (700, 520)
    assert again.inner_splitter.sizes() == inner
    assert again.outer_splitter.sizes() == outer
    assert again.article.zoom == 3
    assert Settings().recent_files == [str((tmp_path / "a.txt").resolve())]
    again.recent_menu.aboutToShow.emit()
    assert any("a.txt" in a.text() for a in again.recent_menu.actions())


def test_theme_and_language_choices_are_stored(window, qtbot) -> None:
    window.theme_actions["dark"].trigger()
    assert Settings().theme == "dark"
    window.language_actions["de"].trigger()
    assert Settings().language == "de"
    open_action = window.registry[ActionKey.OPEN]
    qtbot.waitUntil(lambda: open_action.text() == "Ö&ffnen…")  # LanguageChange is a posted event
    window.language_actions["en"].trigger()
    qtbot.waitUntil(lambda: open_action.text() == "&Open…")
    window.theme_actions["system"].trigger()


# --- files and messages ----------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("binary.txt", bytes(range(256)) * 8),
        ("empty.txt", b""),
        ("blank.md", b"  \n\n  "),
        ("english.txt", b"The minister said on Monday that the talks with the union would go on next week. " * 5),
    ],
)
def test_bad_input_shows_a_message_not_a_traceback(window, qtbot, tmp_path, name, content) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with qtbot.waitSignal(window.runner.failed, timeout=30_000):
        window.open_path(path)
    assert window.banner.isVisible()
    assert window.banner.level == "error"
    assert name in window.banner.label.text()
    assert "Traceback" not in window.banner.label.text()
    assert window.selection.extraction is not None  # the shown briefing stays


def test_missing_file_shows_a_message(window, qtbot, tmp_path) -> None:
    with qtbot.waitSignal(window.runner.failed, timeout=30_000):
        window.open_path(tmp_path / "nowhere.txt")
    assert "nowhere.txt" in window.banner.label.text()


def drag_events(path: Path) -> tuple[QDragEnterEvent, QDropEvent, QMimeData]:
    """A drag enter and drop of ``path`` (keep the mime data alive: the events only point to it)."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    buttons, modifiers = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    try:
        enter = QDragEnterEvent(QPointF(50, 50), Qt.DropAction.CopyAction, mime, buttons, modifiers)
    except TypeError:  # PySide6 < 6.12 takes a QPoint (6.12 deprecates that form)
        enter = QDragEnterEvent(QPoint(50, 50), Qt.DropAction.CopyAction, mime, buttons, modifiers)
    drop = QDropEvent(QPointF(50, 50), Qt.DropAction.CopyAction, mime, buttons, modifiers)
    enter.setAccepted(False)
    drop.setAccepted(False)
    return enter, drop, mime


def test_dropping_an_article_opens_it(window, qtbot, tmp_path) -> None:
    path = tmp_path / "dropped.txt"
    path.write_bytes(b"")
    enter, drop, _mime = drag_events(path)
    window.dragEnterEvent(enter)  # Qt delivers drops only during a real drag: call the handlers
    assert enter.isAccepted()
    with qtbot.waitSignal(window.runner.failed, timeout=30_000):
        window.dropEvent(drop)
    assert "dropped.txt" in window.banner.label.text()


def test_unsupported_drops_are_ignored(window, tmp_path) -> None:
    enter, drop, _mime = drag_events(tmp_path / "picture.png")
    window.dragEnterEvent(enter)
    assert not enter.isAccepted()
    window.dropEvent(drop)
    assert not window.runner.busy
