"""Briefings of several articles in the window: grouping, sources, edits with undo, files, recovery, search."""

from __future__ import annotations

from pathlib import Path

import pytest
from briefing_samples import agency_report, ft_report
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog, QMessageBox

from lagebild.core.briefing import Briefing
from lagebild.core.model import EntityType
from lagebild.core.store import BriefingFile, load_briefing, save_briefing
from lagebild.ui.article.view import Highlight, highlight_kind
from lagebild.ui.entities.model import EntityRole
from lagebild.ui.events.model import Column, EventRole
from lagebild.ui.mainwindow import MainWindow
from lagebild.ui.settings import Settings

Button = QMessageBox.StandardButton
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def two_reports() -> Briefing:
    briefing = Briefing("Lage Nordkorea")
    briefing.add_article(ft_report(), "B2")
    briefing.add_article(agency_report(), "C3")
    return briefing


@pytest.fixture
def window(make_window) -> MainWindow:
    window = make_window()
    window.document.reset(two_reports())
    return window


def keys(window: MainWindow) -> tuple[str, str]:
    a, b = window.document.briefing.articles
    return a.key, b.key


def highlighted(window: MainWindow, kind: Highlight) -> list[str]:
    return [s.cursor.selectedText() for s in window.article.view.extraSelections() if highlight_kind(s) is kind]


def table_rows(window: MainWindow) -> list[dict]:
    model = window.table.events
    rows = []
    for row in range(model.rowCount()):
        index = model.index(row, 0)
        rows.append({
            "id": index.data(EventRole.ID),
            "label": model.index(row, Column.LABEL).data(),
            "source": model.index(row, Column.SOURCE).data(),
            "sources": index.data(EventRole.SOURCES),
            "contradiction": index.data(EventRole.CONTRADICTION),
        })
    return rows


def entity_row(window: MainWindow, name: str):
    model = window.entities.model()
    for group in range(model.rowCount()):
        parent = model.index(group, 0)
        for row in range(model.rowCount(parent)):
            index = model.index(row, 0, parent)
            if index.data(EntityRole.NAME) == name:
                return index
    raise AssertionError(f"{name} not in the entity list")


# --- several articles in one window -------------------------------------------------


def test_the_same_occurrence_in_two_reports_is_one_row_with_two_sources(window) -> None:
    rows = table_rows(window)
    assert len(rows) == 3  # interview (2 sources), Kim's visit (2 sources, disagreeing), Putin's meeting
    interview = next(r for r in rows if "Granaten" in r["label"])
    assert interview["sources"] == 2 and interview["source"] == "2 sources"
    assert not interview["contradiction"]
    visit = next(r for r in rows if "Rüstungsbetriebe" in r["label"])
    assert visit["contradiction"]
    putin = next(r for r in rows if "Putin" in r["label"])
    assert putin["sources"] == 1 and putin["source"].endswith("(C3)")
    assert not window.table.isColumnHidden(Column.SOURCE)


def test_timeline_hover_writes_the_date_as_the_table_does(window) -> None:
    for row in range(window.table.events.rowCount()):
        event_id = window.table.events.event_id(row)
        date_text = window.table.events.index(row, Column.DATE).data()
        assert f"<br>{date_text}" in window.timeline.tooltip_at(window.timeline.view_pos_of(event_id))


def test_timeline_has_a_lane_per_article_and_the_entity_list_merges_across_them(window) -> None:
    from lagebild.ui.events.timeline_entries import timeline_entries

    entries = {e.id: e for e in timeline_entries(window.selection.snapshot)}
    interview, putin = interview_id(window), window.document.briefing.articles[1].extraction.events[2].id
    assert entries[interview].lane_key == "1. Nordkorea ist…"
    assert entries[interview].label.endswith(" · 2 sources")
    assert entries[putin].lane_key == "2. Budanov: Granaten…"
    assert window.timeline.lane_of(interview) < window.timeline.lane_of(putin)  # article 1 on top
    budanov = entity_row(window, "Kyrylo Budanov")
    assert budanov.data(EntityRole.ARTICLES) == 2
    assert entity_row(window, "Putin").data(EntityRole.ARTICLES) == 1
    assert window.articles.model.rowCount() == 2
    assert "3 events" in window.counts.text() and "2 articles" in window.counts.text()


def test_choosing_a_source_shows_that_articles_sentence(window, qtbot) -> None:
    a, b = keys(window)
    interview = next(r for r in table_rows(window) if "Granaten" in r["label"])
    window.selection.select_event(interview["id"])
    assert window.selection.article_key == a
    assert window.sources_bar.isVisible()
    buttons = window.sources_bar.buttons()
    assert [button.isChecked() for button in buttons] == [True, False]
    assert buttons[0].text().endswith("(B2)") and buttons[1].text().endswith("(C3)")

    qtbot.mouseClick(buttons[1], Qt.MouseButton.LeftButton)
    assert window.selection.article_key == b
    agency = window.document.briefing.articles[1].extraction
    sentence = agency.sentences[agency.events[0].sentence]
    assert highlighted(window, Highlight.SENTENCE) == [agency.article.text[sentence.start : sentence.end]]
    assert window.table.currentIndex().data(EventRole.ID) == interview["id"]  # the row stays the group's
    assert window.timeline.selected_id() == interview["id"]
    assert window.article.header.place.text() == "Article 2 of 2 · Reliability C3"


def test_a_contradiction_is_said_above_the_article(window) -> None:
    visit = next(r for r in table_rows(window) if "Rüstungsbetriebe" in r["label"])
    window.selection.select_event(visit["id"])
    assert window.sources_bar.warning.isVisible()
    text = window.sources_bar.warning.text()
    assert "15. Januar 2024" in text and "14. Januar 2024" in text


def test_an_entity_of_both_articles_emphasises_its_events_in_both(window) -> None:
    a, b = keys(window)
    window.selection.show_article(b)
    budanov = window.document.briefing.articles[1].extraction.entities[0]
    window.selection.select_entity(budanov.id)
    lead = window.selection.entity_id
    assert window.selection.snapshot.entity(lead).name == "Kyrylo Budanov"
    emphasised = window.selection.events_of_entity()
    assert len(emphasised) == 1  # the interview, reported by both
    assert window.article.highlighted_spans(Highlight.MENTION) == [(m.start, m.end) for m in budanov.mentions]


def test_clicking_an_article_in_the_list_shows_it(window, qtbot) -> None:
    a, b = keys(window)
    view = window.articles.view
    rect = view.visualRect(window.articles.model.index(1, 0))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.selection.article_key == b
    assert window.article.header.title.text() == "Budanov: Granaten aus Nordkorea"


# --- corrections with undo -----------------------------------------------------------


def snapshot_state(window: MainWindow) -> dict:
    """What the analyst sees, in a comparable form."""
    snapshot = window.selection.snapshot
    return {
        "title": window.document.briefing.title,
        "articles": [(info.title, info.reliability) for info in snapshot.infos.values()],
        "events": sorted((e.label, e.date) for x in snapshot.articles.values() for e in x.events),
        "notes": sorted(snapshot.view.notes.values()),
        "entities": sorted((m.name, m.type.value, m.article_count, m.mention_count) for m in snapshot.merged),
    }


def interview_id(window: MainWindow) -> str:
    return window.document.briefing.articles[0].extraction.events[0].id


def entity_id(window: MainWindow, article: int, name: str) -> str:
    return next(e.id for e in window.document.briefing.articles[article].extraction.entities if e.name == name)


EDITS = {
    "date": lambda w: (w.selection.select_event(interview_id(w)), w.editor.change_event_date("20.01.2024")),
    "label": lambda w: (w.selection.select_event(interview_id(w)), w.editor.relabel_event("Interview in der FT")),
    "note": lambda w: (w.selection.select_event(interview_id(w)), w.editor.note_event("Budanov ist Partei.")),
    "hide": lambda w: (w.selection.select_event(interview_id(w)), w.editor.hide_event()),
    "add": lambda w: (
        w.selection.show_article(w.document.briefing.articles[0].key),
        w.editor.add_event(*_sentence(w, 0, 2), "2023", "Budanov leitet den HUR"),
    ),
    "rename": lambda w: (w.selection.select_entity(entity_id(w, 0, "HUR")), w.editor.rename_entity("Militärgeheimdienst HUR")),
    "retype": lambda w: (w.selection.select_entity(entity_id(w, 1, "Putin")), w.editor.retype_entity(EntityType.ORG)),
    "merge": lambda w: (
        w.selection.select_entity(entity_id(w, 0, "HUR")),
        w.editor.merge_entity(entity_id(w, 0, "Financial Times")),
    ),
    "split": lambda w: (
        w.selection.show_article(w.document.briefing.articles[0].key),
        w.selection.select_entity(entity_id(w, 0, "Kyrylo Budanov")),
        w.editor.split_entity([m.start for m in _entity(w, 0, "Kyrylo Budanov").mentions[1:2]]),
    ),
    "grade": lambda w: w.editor.set_reliability("A1", w.document.briefing.articles[1].key),
    "remove": lambda w: w.editor.remove_article(w.document.briefing.articles[1].key),
    "title": lambda w: w.editor.rename_briefing("Lage Korea"),
}


def _entity(window: MainWindow, article: int, name: str):
    return next(e for e in window.document.briefing.articles[article].extraction.entities if e.name == name)


def _sentence(window: MainWindow, article: int, number: int) -> tuple[int, int]:
    sentence = window.document.briefing.articles[article].extraction.sentences[number]
    return sentence.start, sentence.end


@pytest.mark.parametrize("edit", list(EDITS))
def test_every_edit_can_be_undone_and_redone(window, qtbot, edit) -> None:
    before = snapshot_state(window)
    result = EDITS[edit](window)
    assert result is True or (isinstance(result, tuple) and result[-1] is True)
    after = snapshot_state(window)
    assert after != before
    assert window.document.is_modified()
    assert window.undo_action.isEnabled() and window.undo_action.text().startswith("Undo ")

    qtbot.keyClick(window.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert snapshot_state(window) == before
    qtbot.keyClick(window.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert snapshot_state(window) == after


def test_edits_show_in_the_views(window) -> None:
    window.selection.select_event(interview_id(window))
    window.editor.relabel_event("Interview in der FT")
    window.editor.note_event("Budanov ist Partei.")
    assert window.table.currentIndex().siblingAtColumn(Column.LABEL).data() == "Interview in der FT"
    assert window.sources_bar.note.text() == "Note: Budanov ist Partei."
    assert window.undo_action.text() == "Undo Note on „Interview in der FT“"
    window.editor.hide_event()
    assert all(r["label"] != "Interview in der FT" for r in table_rows(window))
    assert window.selection.event_id != interview_id(window)


def test_an_event_hidden_in_an_earlier_session_can_be_shown_again(window, monkeypatch) -> None:
    from lagebild.ui.actions import ActionKey

    event_id = interview_id(window)
    before = snapshot_state(window)
    action = window.registry[ActionKey.RESTORE_HIDDEN]
    assert not action.isEnabled()  # nothing hidden yet
    window.selection.select_event(event_id)
    window.editor.hide_event()
    window.selection.select_event(window.document.briefing.articles[1].extraction.events[0].id)
    window.editor.hide_event()
    window.document.undo_stack.clear()  # as after saving, closing and opening again: no undo
    hidden = snapshot_state(window)
    assert action.isEnabled()

    monkeypatch.setattr(QInputDialog, "getItem", lambda *_args: (_args[3][1], True))  # the analyst picks the first
    assert window.editor.restore_hidden_event()
    assert window.selection.snapshot.event(event_id) is not None  # the first hidden is back, the other not
    assert len(snapshot_state(window)["events"]) == len(hidden["events"]) + 1
    assert window.undo_action.text().startswith("Undo Show Event „")
    window.document.undo_stack.undo()
    assert snapshot_state(window) == hidden
    assert window.editor.restore_hidden_event(every=True)
    assert snapshot_state(window) == before and not action.isEnabled()
    assert not any(type(c).__name__ == "HideEvent" for c in window.document.briefing.corrections)


def test_a_bad_date_is_refused_with_a_message_and_changes_nothing(window, monkeypatch) -> None:
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: said.append(text))
    window.selection.select_event(interview_id(window))
    before = snapshot_state(window)
    assert window.editor.change_event_date("31.02.2024") is False
    assert snapshot_state(window) == before
    assert said and "is not a date" in said[0]
    assert window.document.undo_stack.count() == 0


def test_edit_actions_follow_the_selection(window) -> None:
    from lagebild.ui.actions import ActionKey

    window.selection.select_event(None)
    window.selection.select_entity(None)
    assert not window.registry[ActionKey.CHANGE_DATE].isEnabled()
    assert not window.registry[ActionKey.MERGE_ENTITY].isEnabled()
    window.selection.select_event(interview_id(window))
    assert window.registry[ActionKey.CHANGE_DATE].isEnabled()
    window.selection.select_entity(entity_id(window, 0, "HUR"))
    assert window.registry[ActionKey.MERGE_ENTITY].isEnabled()


# --- files --------------------------------------------------------------------------


def test_save_reopen_and_autosave(make_window, window, qtbot, tmp_path) -> None:
    window.selection.select_event(interview_id(window))
    window.editor.change_event_date("2024-01-20")
    window.editor.set_reliability("A2", window.document.briefing.articles[1].key)
    path = tmp_path / "Lage"
    assert window.files.save_as(path)
    saved = tmp_path / "Lage.lagebild"
    assert window.document.path == saved and not window.document.is_modified()
    assert not window.isWindowModified()
    assert str(saved.resolve()) in Settings().recent_files

    window.editor.note_event("nach dem Speichern")  # autosaved into the file
    qtbot.waitUntil(lambda: "nach dem Speichern" in [c.text for c in load_briefing(saved).corrections if hasattr(c, "text")])
    assert not window.document.is_modified()

    expected = snapshot_state(window)
    other = make_window()
    other.open_path(saved)  # two windows autosaving into one file would overwrite each other
    assert other.banner.isVisible() and "open in another Lagebild window" in other.banner.label.text()
    assert other.document.path is None and not other.document.briefing.articles

    window.close()  # lets go of the file
    with qtbot.waitSignal(other.document.changed, timeout=10_000):
        other.open_path(saved)
    assert snapshot_state(other) == expected
    assert other.document.path == saved
    assert other.windowTitle().startswith("Lage Nordkorea")
    assert not window.files.save_as(saved)  # nor can it be saved into from elsewhere meanwhile
    assert load_briefing(saved).title == other.document.briefing.title


def test_a_damaged_briefing_file_is_refused_and_left_alone(window, qtbot, tmp_path) -> None:
    broken = tmp_path / "kaputt.lagebild"
    broken.write_bytes(b"SQLite format 3\x00" + b"\x13" * 500)
    before = snapshot_state(window)
    window.open_path(broken)
    qtbot.waitUntil(lambda: window.banner.isVisible(), timeout=10_000)
    assert window.banner.label.text().startswith("Could not open the briefing:")
    assert "Traceback" not in window.banner.label.text()
    assert broken.read_bytes() == b"SQLite format 3\x00" + b"\x13" * 500
    assert snapshot_state(window) == before


def test_closing_with_unsaved_work_asks_first(window, qtbot) -> None:
    window.editor.rename_briefing("Entwurf")
    asked: list[str] = []

    def cancel(_parent, _title, text, _buttons, _default):
        asked.append(text)
        return Button.Cancel

    window.files.ask = cancel
    assert not window.close()
    assert window.isVisible() and asked and "„Entwurf“" in asked[0]
    window.files.ask = lambda *_args: Button.Discard
    assert window.close()


def test_json_export_and_import_round_trip(window, make_window, qtbot, tmp_path) -> None:
    window.selection.select_event(interview_id(window))
    window.editor.relabel_event("Interview in der FT")
    target = tmp_path / "lage.json"
    assert window.files.export_json(target)
    other = make_window()
    with qtbot.waitSignal(other.document.changed, timeout=10_000):
        other.files.import_json(target)
    assert snapshot_state(other) == snapshot_state(window)
    assert other.document.is_modified()  # in no .lagebild file yet


def test_an_unsaved_briefing_is_offered_back_after_a_crash(make_window, qtbot, isolated_settings) -> None:
    folder = Settings().recovery_folder
    folder.mkdir(parents=True)
    crashed = two_reports()
    crashed.title = "Vor dem Absturz"
    save_briefing(folder / "unsaved-0123456789ab.lagebild", crashed)  # no lock: its Lagebild is gone

    window = make_window()
    asked: list[str] = []

    def restore(_parent, _title, text, _buttons, _default):
        asked.append(text)
        return Button.Yes

    window.files.ask = restore
    assert window.files.offer_recovery()
    assert "„Vor dem Absturz“ (2 articles," in asked[0]
    assert window.document.briefing.title == "Vor dem Absturz"
    assert window.document.is_modified()
    assert not (folder / "unsaved-0123456789ab.lagebild").exists()
    assert window.document.recovery_path is not None and window.document.recovery_path.exists()

    another = make_window()  # a second Lagebild must not offer the first one's live work
    another.files.ask = restore
    assert not another.files.offer_recovery()
    assert len(asked) == 1

    window.files.ask = lambda *_args: Button.Discard
    window.close()
    assert not list(folder.glob("unsaved-*.lagebild"))


def test_an_edited_unsaved_briefing_autosaves_for_recovery(window, qtbot) -> None:
    window.editor.rename_briefing("Entwurf")
    qtbot.waitUntil(lambda: window.document.recovery_path is not None)
    stored = BriefingFile.open(window.document.recovery_path)[1]
    assert stored.title == "Entwurf" and len(stored.articles) == 2


# --- search --------------------------------------------------------------------------


def test_search_finds_sentences_in_every_article_and_jumps_to_them(window, qtbot) -> None:
    a, b = keys(window)
    window.registry
    window.search.field.setText("Pjöngjang")
    window.search.run()
    assert window.search.model.rowCount() == 1
    index = window.search.model.index(0, 0)
    assert index.data().startswith("2: ")
    window.search.results.activated.emit(index)
    assert window.selection.article_key == b
    assert highlighted(window, Highlight.SENTENCE) == ["Am 14. Januar besuchte Kim Jong Un die Rüstungsbetriebe in Pjöngjang."]
    window.search.field.setText("Granaten")
    window.search.run()
    assert window.search.model.rowCount() == 2
    assert window.search.status.text() == "2 sentences found."


# --- adding real articles --------------------------------------------------------------

NEWS = Path(__file__).resolve().parents[1] / "data" / "news"
EXTRACTION_TIMEOUT = 120_000  # ms; the first run loads the NER model


def test_adding_a_folder_extracts_every_article_and_reports_the_rest(make_window, qtbot, tmp_path, seed_path) -> None:
    import shutil

    window = make_window()
    folder = tmp_path / "Meldungen"
    (folder / "unter").mkdir(parents=True)
    shutil.copy(seed_path, folder / seed_path.name)
    sidecar = seed_path.with_name(seed_path.name.removesuffix(".txt") + ".meta.json")
    shutil.copy(sidecar, folder / sidecar.name)  # title and date come with it
    shutil.copy(NEWS / "bundespraesident-biden-staatsbesuch.de.txt", folder / "unter" / "biden.txt")
    (folder / "leer.txt").write_text("", encoding="utf-8")
    (folder / "notiz.pdf").write_bytes(b"%PDF-1.4")  # not an article type: ignored
    with qtbot.waitSignal(window.runner.batch_finished, timeout=EXTRACTION_TIMEOUT):
        window.files.add_folder(folder)
    titles = [item.title for item in window.document.briefing.articles]
    assert len(titles) == 2 and "Nordkorea ist Russlands größter Waffenlieferant" in titles
    assert window.banner.isVisible() and "leer.txt" in window.banner.label.text()
    assert window.articles.model.rowCount() == 2
    assert window.document.undo_stack.undoText() == "Add 2 Articles"
    window.document.undo_stack.undo()
    assert not window.document.briefing.articles


def test_dropping_several_articles_adds_them_all(make_window, qtbot, seed_path) -> None:
    from PySide6.QtCore import QMimeData, QPointF, QUrl
    from PySide6.QtGui import QDropEvent

    window = make_window()
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(seed_path)), QUrl.fromLocalFile(str(NEWS / "bundespraesident-biden-staatsbesuch.de.txt"))])
    drop = QDropEvent(QPointF(50, 50), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    with qtbot.waitSignal(window.runner.batch_finished, timeout=EXTRACTION_TIMEOUT):
        window.dropEvent(drop)
    assert len(window.document.briefing.articles) == 2
    assert len(window.selection.snapshot) == 2


def test_opening_an_article_into_a_briefing_with_work_adds_it(window, qtbot, seed_path) -> None:
    window.editor.rename_briefing("Lage")
    with qtbot.waitSignal(window.runner.batch_finished, timeout=EXTRACTION_TIMEOUT):
        window.open_path(seed_path)
    assert [item.title for item in window.document.briefing.articles][-1] == "Nordkorea ist Russlands größter Waffenlieferant"
    assert len(window.document.briefing.articles) == 3 and window.document.briefing.title == "Lage"


@pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing the keyboard|propagateSizeHints)")
def test_context_menus_offer_the_edits_of_what_was_clicked(window, qtbot) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    shown: list[list[str]] = []

    def read_and_close_the_menu() -> None:
        menu = QApplication.activePopupWidget()
        if menu is None:
            QTimer.singleShot(10, read_and_close_the_menu)
            return
        shown.append([a.text() for a in menu.actions() if a.text()])
        menu.close()

    QTimer.singleShot(0, read_and_close_the_menu)
    rect = window.table.visualRect(window.table.model().index(0, 1))
    window.table.customContextMenuRequested.emit(rect.center())
    assert window.selection.selected_lead() == window.table.model().index(0, 0).data(EventRole.ID)
    assert shown[-1] == ["Change &Date…", "Re&name Event…", "N&ote…", "&Hide Event"]

    window.selection.show_article(window.document.briefing.articles[0].key)
    start, _end = _sentence(window, 0, 2)
    view = window.article.view
    cursor = view.textCursor()
    cursor.setPosition(start + 3)
    point = view.cursorRect(cursor).center()
    QTimer.singleShot(0, read_and_close_the_menu)
    view.customContextMenuRequested.emit(point)
    assert shown[-1][-1] == "Add &Event from Sentence…"
    assert window.article.selected_span()[0] in range(start, start + 6)


@pytest.mark.qt_log_ignore("This plugin does not support (raise|propagateSizeHints)")
def test_exports_and_the_presentation_cover_every_article(window, qtbot, tmp_path, monkeypatch) -> None:
    from lagebild.ui.export.kinds import ExportKind

    target = tmp_path / "lage.md"
    monkeypatch.setattr("PySide6.QtWidgets.QFileDialog.getSaveFileName", lambda *args, **kwargs: (str(target), ""))
    window.selection.show_article(window.document.briefing.articles[0].key)
    window.export_actions[ExportKind.MARKDOWN].trigger()
    text = target.read_text(encoding="utf-8")
    assert "Lage Nordkorea" in text
    assert "Putin traf sich mit Beratern" in text  # from the second article, not the shown one
    assert "Budanov: Granaten aus Nordkorea" in text

    window.present()
    presentation = window._presentation
    assert presentation is not None and presentation.isVisible()
    presentation.close()


def test_a_briefing_given_on_the_command_line_loads_while_the_window_starts(qtbot, tmp_path) -> None:
    path = tmp_path / "lage.lagebild"
    save_briefing(path, two_reports())
    window = MainWindow(Settings(), persist=False)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.document.changed, timeout=10_000):
        window.open_on_start(path)  # before the window is shown: no waiting for the first paint
    assert window.document.path == path and len(window.document.briefing.articles) == 2
    window.show()
    qtbot.waitUntil(lambda: window.timeline is not None)
    assert window.table.model().rowCount() == 3


def test_a_failed_autosave_is_said_and_keeps_the_work_marked_unsaved(window, qtbot, tmp_path) -> None:
    path = tmp_path / "lage.lagebild"
    assert window.files.save_as(path)
    window.document.file.close()
    moved = path.rename(tmp_path / "weg.lagebild")  # the file went away (a stick pulled, a share gone)
    window.editor.rename_briefing("Nach dem Verschwinden")
    qtbot.waitUntil(lambda: window.banner.isVisible())
    assert window.banner.label.text().startswith("Autosave failed:")
    assert window.document.is_modified() and window.isWindowModified()
    assert not path.exists()  # nothing half-made in its place

    moved.rename(path)  # back again: the next save catches up
    window.document.autosave()
    assert not window.document.is_modified()
    assert load_briefing(path).title == "Nach dem Verschwinden"


def test_reload_shows_an_edited_file_and_refuses_it_only_inside_a_briefing(make_window, qtbot, tmp_path, seed_path) -> None:
    article = tmp_path / "meldung.txt"
    article.write_text(seed_path.read_text(encoding="utf-8"), encoding="utf-8")
    window = make_window()
    with qtbot.waitSignal(window.runner.finished, timeout=EXTRACTION_TIMEOUT):
        window.open_path(article)
    article.write_text(article.read_text(encoding="utf-8") + "\n\nAm 3. Februar 2024 dementierte Pjöngjang die Berichte.", encoding="utf-8")
    with qtbot.waitSignal(window.runner.finished, timeout=EXTRACTION_TIMEOUT):
        window.reload()
    assert window.selection.extraction.article.text.endswith("dementierte Pjöngjang die Berichte.")

    window.editor.rename_briefing("Lage")  # now a briefing with work in it
    article.write_text(article.read_text(encoding="utf-8") + " Noch ein Satz.", encoding="utf-8")
    with qtbot.waitSignal(window.runner.finished, timeout=EXTRACTION_TIMEOUT):
        window.reload()
    assert window.banner.label.text().endswith("has changed since it was added; add it again as a new article.")
    assert window.selection.extraction.article.text.endswith("dementierte Pjöngjang die Berichte.")
