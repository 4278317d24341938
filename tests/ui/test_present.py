"""Presentation mode driven with the keys presenters hold, on the sample article.

Which event is on screen is read from the window and from the slide's own
widgets (label, sentence, marks), so a slide that kept old text would fail.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette, QTextCursor
from PySide6.QtWidgets import QApplication

from lagebild.core.model import Event, Extraction
from lagebild.ui.present import start_presentation
from lagebild.ui.present import style
from lagebild.ui.present.presenter import PresenterView
from lagebild.ui.present.sequence import SlideKind
from lagebild.ui.present.window import PresentationWindow

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

SEED = Path(__file__).resolve().parents[2] / "seeds" / "nordkorea-waffenlieferant.de.txt"
K = Qt.Key


@pytest.fixture(scope="module")
def seed_extraction() -> Extraction:
    from lagebild.core.pipeline import extract_file

    return extract_file(SEED)


def in_time(extraction: Extraction) -> list[Event]:
    """The seed's events by first day, then last day (open end last), then reading order."""
    return sorted(extraction.events, key=lambda e: (e.earliest, e.latest or date.max, e.sentence))


@pytest.fixture
def present(qtbot):
    def make(extraction: Extraction, **options) -> PresentationWindow:
        window = PresentationWindow(extraction, **options)
        qtbot.addWidget(window)
        window.resize(1280, 720)
        window.show()
        qtbot.waitExposed(window)
        return window

    return make


def shown_event(window: PresentationWindow) -> str | None:
    """The event on screen, checked against what the slide widgets show."""
    event_id = window.current_event_id()
    if event_id is not None:
        assert window.slide.isVisible() and not window.header.isVisible()
        event = window.snapshot.event(event_id)
        assert window.slide.title_label.text() == event.label
        assert window.timeline.selected_id() == event_id
    else:
        assert window.header.isVisible() and not window.slide.isVisible()
    return event_id


def test_opening_overview_has_title_and_date(present, seed_extraction: Extraction) -> None:
    window = present(seed_extraction)
    assert window.current_slide().kind is SlideKind.OPENING
    assert shown_event(window) is None
    assert window.header.title_label.text() == "Nordkorea ist Russlands größter Waffenlieferant"
    assert "21. Januar 2024" in window.header.subtitle.text()
    assert not any(window.timeline.is_dimmed(e.id) for e in seed_extraction.events)


def test_title_can_be_given_and_missing_date_shows_today(present, emoji_extraction: Extraction) -> None:
    emoji_extraction.article.published = None
    window = present(emoji_extraction, title="Lage Ost")
    assert window.header.title_label.text() == "Lage Ost"
    assert str(date.today().year) in window.header.subtitle.text()


@pytest.mark.parametrize(
    ("forward", "back"),
    [(K.Key_PageDown, K.Key_PageUp), (K.Key_Right, K.Key_Left), (K.Key_Space, K.Key_Backspace)],
)
def test_stepping_keys(qtbot, present, seed_extraction: Extraction, forward: K, back: K) -> None:
    window = present(seed_extraction)
    order = [e.id for e in in_time(seed_extraction)]
    qtbot.keyClick(window, forward)
    assert shown_event(window) == order[0]
    assert window.slide.date_label.text() == "Februar 2022"
    qtbot.keyClick(window, forward)
    assert shown_event(window) == order[1]
    assert window.slide.date_label.text() == "2. Januar 2024"
    qtbot.keyClick(window, back)
    assert shown_event(window) == order[0]
    qtbot.keyClick(window, back)
    assert shown_event(window) is None
    assert window.current_slide().kind is SlideKind.OPENING


def test_every_event_once_in_time_between_two_overviews(qtbot, present, seed_extraction: Extraction) -> None:
    window = present(seed_extraction)
    seen = [shown_event(window)]
    for _ in range(len(seed_extraction.events) + 3):  # the closing overview, then pressing on stays there
        qtbot.keyClick(window, K.Key_PageDown)
        seen.append(shown_event(window))
    assert seen[0] is None and window.current_slide().kind is SlideKind.CLOSING
    assert [s for s in seen if s is not None] == [e.id for e in in_time(seed_extraction)]
    assert seen[-3:] == [None] * 3


def test_home_and_end(qtbot, present, seed_extraction: Extraction) -> None:
    window = present(seed_extraction)
    qtbot.keyClick(window, K.Key_End)
    assert window.current_slide().kind is SlideKind.CLOSING and shown_event(window) is None
    assert window.header.subtitle.text() == "Februar 2022 – künftig"
    qtbot.keyClick(window, K.Key_Left)
    assert shown_event(window) == in_time(seed_extraction)[-1].id
    qtbot.keyClick(window, K.Key_Home)
    assert window.current_slide().kind is SlideKind.OPENING


def test_number_then_enter_jumps_to_that_event(qtbot, present, seed_extraction: Extraction) -> None:
    window = present(seed_extraction)
    order = [e.id for e in in_time(seed_extraction)]
    qtbot.keyClick(window, K.Key_3)
    assert window.typed_number() == "3" and window.typed_label.isVisible()
    assert shown_event(window) is None  # nothing moves before Enter
    qtbot.keyClick(window, K.Key_Return)
    assert shown_event(window) == order[2]
    assert not window.typed_label.isVisible()
    assert window.slide.counter.text() == f"Event 3 of {len(order)}"
    qtbot.keyClicks(window, "1")
    qtbot.keyClick(window, K.Key_Enter)
    assert shown_event(window) == order[0]
    qtbot.keyClicks(window, "42")  # no such event: stay
    qtbot.keyClick(window, K.Key_Return)
    assert shown_event(window) == order[0]


def _centre_colour(window: PresentationWindow) -> QColor:
    image = window.grab().toImage()
    return image.pixelColor(image.width() // 2, image.height() // 2)


def test_blanking_black_and_white(qtbot, present, seed_extraction: Extraction) -> None:
    window = present(seed_extraction)
    qtbot.keyClick(window, K.Key_PageDown)
    first = shown_event(window)
    qtbot.keyClick(window, K.Key_B)
    assert window.blanked() == "black" and _centre_colour(window) == QColor("black")
    qtbot.keyClick(window, K.Key_B)
    assert window.blanked() is None and shown_event(window) == first
    qtbot.keyClick(window, K.Key_Period)
    assert window.blanked() == "black"
    qtbot.keyClick(window, K.Key_PageDown)  # any key only brings the slide back
    assert window.blanked() is None and shown_event(window) == first
    qtbot.keyClick(window, K.Key_W)
    assert window.blanked() == "white" and _centre_colour(window) == QColor("white")
    qtbot.keyClick(window, K.Key_B)  # straight from white to black
    assert window.blanked() == "black"
    qtbot.keyClick(window, K.Key_Space)
    assert window.blanked() is None and shown_event(window) == first
    assert _centre_colour(window) != QColor("black")


def test_escape_ends_the_presentation(qtbot, present, seed_extraction: Extraction) -> None:
    window = present(seed_extraction)
    qtbot.keyClick(window, K.Key_PageDown)
    with qtbot.waitSignal(window.finished, timeout=2000):
        qtbot.keyClick(window, K.Key_Escape)
    assert not window.isVisible()


def test_hidden_events_are_skipped(qtbot, present, seed_extraction: Extraction) -> None:
    order = [e.id for e in in_time(seed_extraction)]
    hidden = {order[1], order[3]}
    window = present(seed_extraction, hidden=hidden)
    shown = []
    while window.current_slide().kind is not SlideKind.CLOSING:
        qtbot.keyClick(window, K.Key_PageDown)
        shown.append(shown_event(window))
    assert shown[:-1] == [i for i in order if i not in hidden]
    assert all(window.timeline.glyph_of(i) is None for i in hidden)  # not on the timeline either
    qtbot.keyClicks(window, "2")
    qtbot.keyClick(window, K.Key_Return)
    assert shown_event(window) == order[2]


def _marked_ranges(window: PresentationWindow) -> list[str]:
    """Runs of text in the sentence drawn in the date colour."""
    document = window.slide.sentence.document()
    marked, run = [], ""
    block = document.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            if fragment.charFormat().foreground().color() == style.ACCENT:
                run += fragment.text()
            elif run:
                marked.append(run)
                run = ""
            it += 1
        block = block.next()
    return [*marked, run] if run else marked


def test_sentence_is_the_events_own_with_the_date_marked(qtbot, present, seed_extraction: Extraction) -> None:
    window = present(seed_extraction)
    text = seed_extraction.article.text
    for event in in_time(seed_extraction):
        window.show_event(event.id)
        sentence = seed_extraction.sentences[event.sentence]
        view = window.slide.sentence
        assert view.toPlainText() == text[sentence.start : sentence.end].strip()
        timex = seed_extraction.timexes[event.timex]
        assert _marked_ranges(window) == [timex.text]
        start, _end = view.date_span()
        cursor = QTextCursor(view.document())
        cursor.setPosition(start + 1)  # the format of the first date character
        assert cursor.charFormat().fontWeight() == QFont.Weight.Bold
        assert cursor.charFormat().background().color() == style.DATE_MARK_BACKGROUND
        cursor.setPosition(start)  # the character before the date is plain
        assert cursor.charFormat().foreground().color() != style.ACCENT


def test_marks_stay_on_the_date_after_emoji(present, emoji_extraction: Extraction) -> None:
    window = present(emoji_extraction)
    window.show_event("ev-1")  # "😀" comes before "3. März 2023"
    assert _marked_ranges(window) == ["3. März 2023"]
    window.show_event("ev-2")
    assert _marked_ranges(window) == ["2. Januar 2024"]


def test_timeline_emphasises_the_current_event(qtbot, present, seed_extraction: Extraction) -> None:
    window = present(seed_extraction)
    order = [e.id for e in in_time(seed_extraction)]
    window.jump(2)
    assert not window.timeline.is_dimmed(order[1])
    assert all(window.timeline.is_dimmed(i) for i in order if i != order[1])
    qtbot.keyClick(window, K.Key_End)
    assert not any(window.timeline.is_dimmed(i) for i in order)


def test_participants_and_source_with_grade(present, seed_extraction: Extraction) -> None:
    window = present(seed_extraction, reliability="B2")
    event = in_time(seed_extraction)[1]
    window.show_event(event.id)
    names = [seed_extraction.entity(i).name for i in event.entities]
    assert window.slide.participants.names() == names[:6]
    assert "Nordkorea ist Russlands größter Waffenlieferant" in window.slide.source.full_text()
    assert window.slide.grade.text() == "B2"
    assert "B2" in window.header.meta.full_text()
    assert "Reliability F6" in present(seed_extraction).header.meta.full_text()  # default: not judged


def test_dark_scheme_and_type_from_the_screen_height(present, seed_extraction: Extraction) -> None:
    window = present(seed_extraction)
    window.resize(1920, 1080)
    window.jump(3)
    palette = window.palette()
    assert palette.color(QPalette.ColorRole.Window).lightness() < 40
    assert window.slide.title_label.palette().color(QPalette.ColorRole.WindowText).lightness() > 220
    assert window.timeline.palette().color(QPalette.ColorRole.Base).lightness() < 60
    assert window.slide.date_label.font().pixelSize() == round(1080 / 26)
    assert round(1080 / 26) <= window.slide.title_label.font().pixelSize() <= round(1080 / 18)
    window.resize(960, 540)
    assert window.slide.date_label.font().pixelSize() == round(540 / 26)


def test_presenter_view_shows_current_and_next(qtbot, present, seed_extraction: Extraction) -> None:
    order = in_time(seed_extraction)
    window = present(seed_extraction, notes={order[1].id: "Raketen: Quelle prüfen"})
    presenter = PresenterView()
    qtbot.addWidget(presenter)
    window.attach_presenter(presenter)
    assert order[0].label in presenter.next_label.text()
    qtbot.keyClick(window, K.Key_PageDown)
    qtbot.keyClick(window, K.Key_PageDown)
    assert order[1].label in presenter.current_label.text()
    assert order[2].label in presenter.next_label.text()
    assert presenter.notes.toPlainText() == "Raketen: Quelle prüfen"
    assert re.fullmatch(r"\d\d:\d\d", presenter.clock.text())
    presenter.show()
    qtbot.keyClick(presenter, K.Key_PageDown)  # the presenter's keyboard drives the slides too
    assert shown_event(window) == order[2].id
    assert presenter.notes.toPlainText() == ""
    qtbot.keyClick(window, K.Key_End)
    assert presenter.next_label.text() == "End of the presentation"


@pytest.mark.qt_log_ignore("This plugin does not support raise")
def test_start_presentation_goes_full_screen_on_the_screen(qtbot, seed_extraction: Extraction) -> None:
    screen = QGuiApplication.primaryScreen()
    window = start_presentation(seed_extraction, screen=screen, hidden={seed_extraction.events[0].id})
    qtbot.addWidget(window)
    qtbot.waitExposed(window)
    assert window.isFullScreen() and window.screen() is screen
    assert window.sequence.event_count == len(seed_extraction.events) - 1
    assert (window.presenter is not None) == (len(QGuiApplication.screens()) > 1)
    assert QApplication.focusWidget() in (window, None)
    with qtbot.waitSignal(window.finished, timeout=2000):
        qtbot.keyClick(window, K.Key_Escape)
