"""Presenting a briefing of two reports: one slide per occurrence, every source on the opening,
the other sources at the foot, the contradiction on Kim's visit (15 vs 14 January) in red."""

from __future__ import annotations

import pytest
from briefing_samples import agency_report, ft_report
from lagebild.core.briefing import Briefing
from lagebild.core.corrections import NoteEvent, event_anchor
from lagebild.core.snapshot import BriefingSnapshot
from lagebild.ui.present import start_presentation, style
from lagebild.ui.present.presenter import PresenterView
from lagebild.ui.present.window import PresentationWindow
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

FT = "Nordkorea ist Russlands größter Waffenlieferant — Financial Times"
AGENCY = "Budanov: Granaten aus Nordkorea — Agentur"
NOTE = "Datum mit Satellitenbildern prüfen"


def _snapshot(title: str = "Lage Nordkorea – Russland") -> BriefingSnapshot:
    briefing = Briefing(title)
    briefing.add_article(ft_report(), "B2")
    agency = briefing.add_article(agency_report(), "C3").extraction
    briefing.corrections = [NoteEvent(event_anchor(agency, agency.events[1]), NOTE)]  # on Kim's visit
    return BriefingSnapshot(briefing)


@pytest.fixture
def present(qtbot):
    def make(snapshot: BriefingSnapshot, **options) -> PresentationWindow:
        window = PresentationWindow(snapshot, **options)
        qtbot.addWidget(window)
        window.resize(1280, 720)
        window.show()
        qtbot.waitExposed(window)
        return window

    return make


def test_opening_lists_every_source_with_its_grade(present) -> None:
    window = present(_snapshot())
    header = window.header
    assert header.title_label.text() == "Lage Nordkorea – Russland"
    assert header.subtitle.text() == "Sources published 21. Januar 2024 – 22. Januar 2024"
    assert header.sources.isVisible()
    assert header.source_lines() == [f"B2  {FT}", f"C3  {AGENCY}"]
    assert header.meta.full_text() == "3 events · 2 sources · ⚠ 1 event whose sources disagree on the date"
    window.go_to(len(window.sequence) - 1)
    assert not header.sources.isVisible()  # the closing overview shows only the timeline


def test_one_slide_per_occurrence_with_sources_and_the_contradiction(qtbot, present) -> None:
    snapshot = _snapshot()
    window = present(snapshot)
    labels = []
    while window.sequence.next is not None and window.sequence.next.event_id is not None:
        qtbot.keyClick(window, Qt.Key.Key_PageDown)
        labels.append(window.slide.title_label.text())
    assert labels == [
        "Kim Jong Un besuchte Rüstungsbetriebe",
        "Putin traf sich mit Beratern",
        "Budanov: Nordkorea liefert Millionen Granaten",
    ]
    slide = window.slide
    window.jump(1)  # Kim's visit: the FT (B2) leads, the agency (C3) says the 14th
    assert slide.date_label.text() == "15. Januar 2024" and slide.flag.isVisible()
    assert slide.conflict.isVisible()
    conflict = " ".join(slide.conflict.text().replace("&nbsp;", " ").split())
    assert "The sources disagree on the date" in conflict and style.WARN.name() in conflict
    assert f"15. Januar 2024</b> <span style='color:{style.MUTED.name()}'>{FT} (B2)" in conflict
    assert f"14. Januar 2024</b> <span style='color:{style.MUTED.name()}'>{AGENCY} (C3)" in conflict
    assert slide.source.full_text() == f"Source: {FT} · 2 sources – also reported by {AGENCY} (C3)"
    assert slide.grade.text() == "B2"
    assert slide.sentence.toPlainText() == "Am 15. Januar hatte Kim Jong Un die Rüstungsbetriebe besucht."
    start, end = slide.sentence.date_span()
    assert slide.sentence.toPlainText()[start:end] == "15. Januar"
    assert slide.participants.names() == ["Kim Jong Un", "Pjöngjang"]

    window.jump(2)  # Putin's meeting: the agency alone
    assert not slide.conflict.isVisible() and not slide.flag.isVisible()
    assert slide.source.full_text() == f"Source: {AGENCY}" and slide.grade.text() == "C3"
    window.jump(3)  # the interview: both sources, same day
    assert not slide.conflict.isVisible()
    assert slide.source.full_text().endswith(f"2 sources – also reported by {AGENCY} (C3)")
    assert "Kyrylo Budanov" in slide.participants.names()


def test_timeline_has_a_lane_per_article(present) -> None:
    snapshot = _snapshot()
    window = present(snapshot)
    visit, putin, interview = window.sequence.event_ids
    assert window.timeline.lane_of(visit) == window.timeline.lane_of(interview) != window.timeline.lane_of(putin)


def test_presenter_shows_the_note_made_on_any_source(qtbot, present) -> None:
    window = present(_snapshot())
    presenter = PresenterView()
    qtbot.addWidget(presenter)
    window.attach_presenter(presenter)
    window.jump(1)
    assert presenter.notes.toPlainText() == NOTE
    window.jump(2)
    assert presenter.notes.toPlainText() == ""


def test_untitled_briefing_says_how_many_articles(present) -> None:
    window = present(_snapshot(title=""))
    assert window.header.title_label.text() == "Briefing of 2 articles"
    assert window.windowTitle() == "Presentation – Briefing of 2 articles"


@pytest.mark.qt_log_ignore("This plugin does not support raise")
def test_start_presentation_takes_a_snapshot(qtbot) -> None:
    window = start_presentation(_snapshot(), screen=QGuiApplication.primaryScreen())
    qtbot.addWidget(window)
    qtbot.waitExposed(window)
    assert window.isFullScreen() and window.sequence.event_count == 3
    with qtbot.waitSignal(window.finished, timeout=2000):
        qtbot.keyClick(window, Qt.Key.Key_Escape)
