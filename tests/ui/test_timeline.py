"""The timeline widget, driven like a user would: mouse, keyboard, palette, font.

Run as a script to render the sample article's timeline for a visual check:
``python tests/ui/test_timeline.py [OUT_DIR]`` writes timeline-light.png,
timeline-dark.png and timeline-groups.png (1280x400) into OUT_DIR (/tmp).
"""

from __future__ import annotations

import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")

from datetime import date
from itertools import pairwise
from pathlib import Path

import numpy as np
import pytest
from lagebild.ui.timeline import Precision, TimelineEntry, TimelineWidget, dates, layout
from lagebild.ui.timeline.placement import Glyph
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPalette, QWheelEvent
from PySide6.QtWidgets import QApplication, QGraphicsView, QVBoxLayout, QWidget

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

ANCHOR = date(2024, 1, 21)
SIZE = (1280, 400)


def seed_entries(lane_key: str = "") -> list[TimelineEntry]:
    """The six events of the sample article, as the main window passes them."""
    day = Precision.DAY
    return [
        TimelineEntry("e1", "Beginn der russischen Invasion in der Ukraine", "Februar 2022",
                      date(2022, 2, 1), date(2022, 2, 28), Precision.MONTH, lane_key),
        TimelineEntry("e2", "Russland setzt erstmals nordkoreanische ballistische Raketen ein; Ziele in Charkiw",
                      "2. Januar 2024", date(2024, 1, 2), date(2024, 1, 2), day, lane_key),
        TimelineEntry("e3", "HUR-Sprecher: Nordkorea lieferte etwa eine Million Schuss Munition",
                      "15. Januar 2024", date(2024, 1, 15), date(2024, 1, 15), day, lane_key),
        TimelineEntry("e4", "Budanov-Interview in der Financial Times veröffentlicht",
                      "21. Januar 2024", date(2024, 1, 21), date(2024, 1, 21), day, lane_key),
        TimelineEntry("e5", "KCNA meldet geplanten Putin-Besuch in Nordkorea",
                      "21. Januar 2024", date(2024, 1, 21), date(2024, 1, 21), day, lane_key),
        TimelineEntry("e6", "Geplanter Besuch Putins in Nordkorea", "in naher Zukunft",
                      ANCHOR, None, Precision.FUTURE, lane_key),
    ]  # fmt: skip


def briefing_entries() -> list[TimelineEntry]:
    """Two articles as lane groups, with every kind of vague reference."""
    second = "Zweiter Artikel"
    return seed_entries("Nordkorea ist Russlands größter Waffenlieferant") + [
        TimelineEntry("b1", "Waffenstillstandsgespräche in Istanbul", "März 2022", date(2022, 3, 1),
                      date(2022, 3, 31), Precision.MONTH, second, "ORG"),
        TimelineEntry("b2", "Seit Jahren wachsende Zusammenarbeit", "seit Jahren", None, ANCHOR,
                      Precision.PAST, second, "ORG"),
        TimelineEntry("b3", "Sommeroffensive", "Sommer 2023", date(2023, 6, 1), date(2023, 8, 31),
                      Precision.SPAN, second, "LOC"),
        TimelineEntry("b4", "Derzeitige Lage an der Front", "derzeit", None, None, Precision.PRESENT,
                      second, "LOC"),
    ]  # fmt: skip


def dark_palette() -> QPalette:
    palette = QPalette()
    for role, colour in (
        (QPalette.ColorRole.Window, "#202124"),
        (QPalette.ColorRole.Base, "#1b1b1d"),
        (QPalette.ColorRole.Text, "#e8e8e8"),
        (QPalette.ColorRole.WindowText, "#e8e8e8"),
        (QPalette.ColorRole.Highlight, "#3d8ee0"),
        (QPalette.ColorRole.HighlightedText, "#ffffff"),
    ):
        palette.setColor(role, QColor(colour))
    return palette


def make_timeline(entries: list[TimelineEntry] | None = None, palette: QPalette | None = None) -> TimelineWidget:
    widget = TimelineWidget()
    if palette is not None:
        widget.setPalette(palette)
    widget.resize(*SIZE)
    widget.show()
    widget.set_entries(seed_entries() if entries is None else entries, ANCHOR)
    QApplication.processEvents()
    return widget


@pytest.fixture
def timeline(qtbot) -> TimelineWidget:
    widget = make_timeline()
    qtbot.addWidget(widget)
    qtbot.waitExposed(widget)
    return widget


def pixel(widget: TimelineWidget, pos: QPoint) -> QColor:
    """Colour of the viewport pixel at ``pos`` as rendered now."""
    image: QImage = widget.viewport().grab().toImage()
    return image.pixelColor(pos)


def distance(a: QColor, b: QColor) -> int:
    return abs(a.red() - b.red()) + abs(a.green() - b.green()) + abs(a.blue() - b.blue())


def x_range(widget: TimelineWidget) -> tuple[float, float]:
    lo, hi = widget.visible_range()
    return lo.toordinal(), hi.toordinal()


def inside(widget: TimelineWidget, pos: QPoint | None) -> bool:
    return pos is not None and widget.viewport().rect().contains(pos)


# -- showing entries -------------------------------------------------------------


def test_entries_appear_with_readable_labels(timeline: TimelineWidget) -> None:
    for entry in seed_entries():
        assert inside(timeline, timeline.view_pos_of(entry.id)), entry.id
        assert timeline.label_shown(entry.id), entry.id
        assert timeline.entry_at(timeline.view_pos_of(entry.id)) == entry.id
    assert timeline.unplaced_ids() == []


def test_each_precision_has_its_shape(timeline: TimelineWidget) -> None:
    assert timeline.glyph_of("e1") is Glyph.BAR
    assert timeline.glyph_of("e3") is Glyph.MARKER
    assert timeline.glyph_of("e6") is Glyph.FUTURE  # a band, not a marker


def test_vague_entry_is_a_band_fading_away_from_the_anchor(timeline: TimelineWidget) -> None:
    start = timeline.view_pos_of("e6")
    base = timeline.palette().color(QPalette.ColorRole.Base)
    near = pixel(timeline, start)
    far = pixel(timeline, start + QPoint(90, 0))
    assert distance(near, base) > distance(far, base) > 0


def test_past_and_present_references_become_bands(qtbot) -> None:
    widget = make_timeline(briefing_entries())
    qtbot.addWidget(widget)
    assert widget.glyph_of("b2") is Glyph.PAST
    assert widget.glyph_of("b4") is Glyph.PRESENT
    assert widget.glyph_of("b3") is Glyph.BAR
    anchor_x = widget.view_pos_of("e4").x()
    assert widget.view_pos_of("b2").x() < anchor_x < widget.view_pos_of("b4").x() + 30


def test_entries_of_the_same_day_sit_in_different_lanes(timeline: TimelineWidget) -> None:
    assert timeline.lane_of("e4") != timeline.lane_of("e5")
    pos4, pos5 = timeline.view_pos_of("e4"), timeline.view_pos_of("e5")
    assert abs(pos4.x() - pos5.x()) <= 1
    assert abs(pos4.y() - pos5.y()) >= timeline.fontMetrics().height()


def test_lane_groups_are_named_at_the_left(qtbot) -> None:
    widget = make_timeline(briefing_entries())
    qtbot.addWidget(widget)
    first, second = widget.lane_of("e1"), widget.lane_of("b1")
    assert second > first
    assert all(widget.lane_of(e.id) < second for e in seed_entries())
    view: QGraphicsView = widget.viewport().parent()
    left = view.mapFromScene(widget._lane_axis.sceneBoundingRect().topRight()).x()
    assert left > 0  # the group axis takes room at the left
    assert widget.view_pos_of("e1").x() > left


def test_entries_without_a_date_are_listed_not_drawn(qtbot) -> None:
    widget = make_timeline([*seed_entries(), TimelineEntry("x", "ohne Datum", "", None, None, Precision.DAY)])
    qtbot.addWidget(widget)
    assert widget.unplaced_ids() == ["x"]
    assert widget.view_pos_of("x") is None


def test_empty_timeline_is_fine(qtbot) -> None:
    widget = make_timeline([])
    qtbot.addWidget(widget)
    widget.set_entries([], None)
    widget.fit_all()
    widget.select("nope")
    assert widget.entry_at(QPoint(10, 10)) is None
    assert widget.grab().width() == SIZE[0]


# -- selection, emphasis, clicks ---------------------------------------------------


def test_click_on_a_marker_selects_it_and_emits_its_id(qtbot, timeline: TimelineWidget) -> None:
    pos = timeline.view_pos_of("e3")
    with qtbot.waitSignal(timeline.event_activated, timeout=1000) as blocker:
        qtbot.mouseClick(timeline.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    assert blocker.args == ["e3"]
    assert timeline.selected_id() == "e3"


def test_click_on_a_label_or_a_band_activates_it(qtbot, timeline: TimelineWidget) -> None:
    label_pos = timeline.view_pos_of("e4") + QPoint(60, 0)
    with qtbot.waitSignal(timeline.event_activated, timeout=1000) as blocker:
        qtbot.mouseClick(timeline.viewport(), Qt.MouseButton.LeftButton, pos=label_pos)
    assert blocker.args == ["e4"]
    with qtbot.waitSignal(timeline.event_activated, timeout=1000) as blocker:
        qtbot.mouseClick(timeline.viewport(), Qt.MouseButton.LeftButton, pos=timeline.view_pos_of("e6"))
    assert blocker.args == ["e6"]


def test_click_on_empty_space_emits_nothing(qtbot, timeline: TimelineWidget) -> None:
    empty = QPoint(timeline.viewport().width() // 2, timeline.viewport().height() - 20)
    assert timeline.entry_at(empty) is None
    with qtbot.assertNotEmitted(timeline.event_activated):
        qtbot.mouseClick(timeline.viewport(), Qt.MouseButton.LeftButton, pos=empty)
    assert timeline.selected_id() is None


def test_select_highlights_without_emitting(qtbot, timeline: TimelineWidget) -> None:
    pos = timeline.view_pos_of("e3")
    highlight = timeline.palette().color(QPalette.ColorRole.Highlight)
    before = pixel(timeline, pos)
    with qtbot.assertNotEmitted(timeline.event_activated):
        timeline.select("e3")
    QApplication.processEvents()
    assert timeline.selected_id() == "e3"
    assert distance(pixel(timeline, pos), highlight) < 60 < distance(before, highlight)
    label = pos + QPoint(80, 0)
    assert distance(pixel(timeline, label), highlight) < 60  # the label sits on a highlight box
    timeline.select(None)
    QApplication.processEvents()
    assert timeline.selected_id() is None
    assert distance(pixel(timeline, pos), highlight) > 60


def test_select_scrolls_the_entry_into_view(timeline: TimelineWidget) -> None:
    view = timeline._view
    start = date(2022, 1, 20).toordinal()
    view.setXRange(start, start + 40, padding=0)
    assert not inside(timeline, timeline.view_pos_of("e5"))
    timeline.select("e5")
    QApplication.processEvents()
    assert inside(timeline, timeline.view_pos_of("e5"))
    lo, hi = x_range(timeline)
    assert hi - lo == pytest.approx(40, abs=2)  # it scrolled, it did not zoom


def test_emphasis_dims_the_others(timeline: TimelineWidget) -> None:
    base = timeline.palette().color(QPalette.ColorRole.Base)
    pos = timeline.view_pos_of("e3")
    normal = pixel(timeline, pos)
    timeline.set_emphasis({"e2", "e4"})
    QApplication.processEvents()
    assert timeline.is_dimmed("e3") and not timeline.is_dimmed("e2")
    assert distance(pixel(timeline, pos), base) < distance(normal, base) / 2
    timeline.set_emphasis(None)
    QApplication.processEvents()
    assert not any(timeline.is_dimmed(e.id) for e in seed_entries())
    assert pixel(timeline, pos) == normal


def test_hover_shows_label_and_date(qtbot, timeline: TimelineWidget) -> None:
    pos = timeline.view_pos_of("e4")
    text = timeline.tooltip_at(pos)
    assert "Budanov-Interview" in text and "21. Januar 2024" in text
    assert timeline.tooltip_at(QPoint(5, timeline.viewport().height() - 5)) == ""
    qtbot.mouseMove(timeline.viewport(), pos)
    qtbot.wait(20)
    view: QGraphicsView = timeline.viewport().parent()
    assert text in [item.toolTip() for item in view.items(pos)]


def test_hover_writes_a_date_given_on_demand(qtbot) -> None:
    written: list[str] = []

    def describe() -> str:
        written.append("Sommer 2023")
        return "Sommer 2023"

    entry = TimelineEntry("s", "Sommeroffensive", "", date(2023, 6, 1), date(2023, 8, 31), Precision.SPAN,
                          describe=describe)
    widget = make_timeline([*seed_entries(), entry])
    assert written == []  # showing the entries writes no date
    assert "Sommer 2023" in widget.tooltip_at(widget.view_pos_of("s"))
    assert written == ["Sommer 2023"]


def test_labels_are_measured_again_in_a_new_font(qtbot, timeline: TimelineWidget) -> None:
    before = timeline._label_width.copy()
    font = QFont(timeline.font())
    font.setPointSizeF(font.pointSizeF() * 1.6)
    timeline.setFont(font)
    timeline.set_entries(seed_entries(), ANCHOR)  # the same labels again
    assert np.all(timeline._label_width > before * 1.3)


# -- zoom, pan, fit ---------------------------------------------------------------


def test_fit_all_covers_every_entry(timeline: TimelineWidget) -> None:
    view = timeline._view
    view.scaleBy(x=0.05)
    view.translateBy(x=-400)
    assert not all(inside(timeline, timeline.view_pos_of(e.id)) for e in seed_entries())
    timeline.fit_all()
    QApplication.processEvents()
    for entry in seed_entries():
        assert inside(timeline, timeline.view_pos_of(entry.id)), entry.id
        assert timeline.label_shown(entry.id), entry.id


def test_wheel_zooms_time_only(timeline: TimelineWidget) -> None:
    view = timeline._view
    y_before = view.viewRange()[1]
    lo, hi = view.viewRange()[0]
    pos = QPointF(timeline.view_pos_of("e3"))
    event = QWheelEvent(
        pos, QPointF(timeline.viewport().mapToGlobal(pos.toPoint())), QPoint(0, 0), QPoint(0, 240),
        Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False,
    )  # fmt: skip
    QApplication.sendEvent(timeline.viewport(), event)
    new_lo, new_hi = view.viewRange()[0]
    assert new_hi - new_lo < (hi - lo) * 0.9
    assert view.viewRange()[1] == pytest.approx(y_before)
    assert inside(timeline, timeline.view_pos_of("e3"))  # zoomed around the mouse


def test_drag_pans_time(qtbot, timeline: TimelineWidget) -> None:
    start = QPoint(timeline.viewport().width() // 3, timeline.viewport().height() - 30)
    lo, hi = timeline._view.viewRange()[0]
    qtbot.mousePress(timeline.viewport(), Qt.MouseButton.LeftButton, pos=start)
    for step in range(1, 11):
        qtbot.mouseMove(timeline.viewport(), start + QPoint(20 * step, 0))
    qtbot.mouseRelease(timeline.viewport(), Qt.MouseButton.LeftButton, pos=start + QPoint(200, 0))
    new_lo, new_hi = timeline._view.viewRange()[0]
    assert new_lo < lo  # dragged right: earlier days come into view
    assert new_hi - new_lo == pytest.approx(hi - lo)
    assert timeline.selected_id() is None


def test_keyboard_zoom_pan_fit(qtbot, timeline: TimelineWidget) -> None:
    timeline.setFocus()
    lo, hi = timeline._view.viewRange()[0]
    qtbot.keyClick(timeline._plot, Qt.Key.Key_Plus)
    lo2, hi2 = timeline._view.viewRange()[0]
    assert hi2 - lo2 == pytest.approx((hi - lo) / 1.25)
    qtbot.keyClick(timeline._plot, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    lo3, hi3 = timeline._view.viewRange()[0]
    assert lo3 > lo2 and hi3 - lo3 == pytest.approx(hi2 - lo2)
    qtbot.keyClick(timeline._plot, Qt.Key.Key_Minus)
    qtbot.keyClick(timeline._plot, Qt.Key.Key_Minus)
    assert timeline._view.viewRange()[0][1] - timeline._view.viewRange()[0][0] > hi3 - lo3
    qtbot.keyClick(timeline._plot, Qt.Key.Key_0)
    assert timeline._view.viewRange()[0] == pytest.approx([lo, hi])


def test_enter_activates_the_selected_entry(qtbot, timeline: TimelineWidget) -> None:
    timeline.select("e2")
    timeline.setFocus()
    with qtbot.waitSignal(timeline.event_activated, timeout=1000) as blocker:
        qtbot.keyClick(timeline._plot, Qt.Key.Key_Return)
    assert blocker.args == ["e2"]


class _KeyRecorder(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.keys: list[int] = []

    def keyPressEvent(self, event) -> None:
        self.keys.append(event.key())


def test_plain_arrow_keys_are_left_to_the_window(qtbot) -> None:
    window = _KeyRecorder()
    qtbot.addWidget(window)
    QVBoxLayout(window).addWidget(timeline := TimelineWidget())
    window.resize(*SIZE)
    window.show()
    timeline.set_entries(seed_entries(), ANCHOR)
    before = timeline._view.viewRange()[0]
    qtbot.keyClick(timeline._plot, Qt.Key.Key_Right)
    qtbot.keyClick(timeline._plot, Qt.Key.Key_Left)
    assert window.keys == [Qt.Key.Key_Right, Qt.Key.Key_Left]
    assert timeline._view.viewRange()[0] == pytest.approx(before)


# -- many entries: culling, batching, label fitting --------------------------------


def many_entries(n: int = 400, groups: int = 2) -> list[TimelineEntry]:
    """Days, months and spans over two years, in ``groups`` lane groups and four colours."""
    out = []
    first = date(2022, 1, 1).toordinal()
    for i in range(n):
        day = date.fromordinal(first + (i * 37) % 730)
        if i % 3:
            entry = TimelineEntry(f"m{i}", f"Ereignis Nr. {i}", str(day), day, day, Precision.DAY)
        else:
            last = date.fromordinal(day.toordinal() + 20 + i % 40)
            entry = TimelineEntry(f"m{i}", f"Zeitraum Nr. {i}", str(day), day, last, Precision.SPAN)
        colour = ("PER", "ORG", "LOC", "")[i % 4]
        out.append(TimelineEntry(entry.id, entry.label, entry.date_text, entry.earliest, entry.latest,
                                 entry.precision, f"Artikel {i % groups + 1}", colour))  # fmt: skip
    return out


def zoomed_into(qtbot, entries: list[TimelineEntry], first: date, days: int) -> TimelineWidget:
    widget = make_timeline(entries)
    qtbot.addWidget(widget)
    widget._view.setXRange(first.toordinal(), first.toordinal() + days, padding=0)
    QApplication.processEvents()
    return widget


def markers_in_view(widget: TimelineWidget, entries: list[TimelineEntry]) -> list[str]:
    lo, hi = x_range(widget)
    return [e.id for e in entries
            if e.precision is Precision.DAY and lo + 2 < e.earliest.toordinal() < hi - 2]  # fmt: skip


def test_markers_in_view_are_drawn_after_zooming_and_panning(qtbot) -> None:
    entries = many_entries()
    widget = zoomed_into(qtbot, entries, date(2022, 6, 1), 60)
    base = widget.palette().color(QPalette.ColorRole.Base)
    for step in range(3):
        shown = markers_in_view(widget, entries)
        assert shown
        for entry_id in shown:
            pos = widget.view_pos_of(entry_id)
            assert distance(pixel(widget, pos), base) > 100, entry_id  # a marker, not the background
        widget._view.translateBy(x=23)  # pan by less than a view: markers come and go at the edges
        QApplication.processEvents()


def test_click_and_tooltip_find_the_entry_when_zoomed_into_many(qtbot) -> None:
    entries = many_entries()
    widget = zoomed_into(qtbot, entries, date(2023, 3, 1), 45)
    widget._view.translateBy(x=-17)
    QApplication.processEvents()
    for entry_id in markers_in_view(widget, entries)[:5]:
        pos = widget.view_pos_of(entry_id)
        assert widget.entry_at(pos) == entry_id
        assert f"Nr. {entry_id[1:]}<" in widget.tooltip_at(pos)
        with qtbot.waitSignal(widget.event_activated, timeout=1000) as blocker:
            qtbot.mouseClick(widget.viewport(), Qt.MouseButton.LeftButton, pos=pos)
        assert blocker.args == [entry_id]


def test_label_shown_means_drawn_in_the_view(timeline: TimelineWidget) -> None:
    assert timeline.label_shown("e3")
    start = date(2022, 1, 20).toordinal()
    timeline._view.setXRange(start, start + 40, padding=0)  # e3 (January 2024) is far out of view
    assert not timeline.label_shown("e3")
    assert timeline.label_shown("e1")  # the February 2022 bar is in view
    timeline.fit_all()
    assert timeline.label_shown("e3")


def test_bars_have_an_outline(timeline: TimelineWidget) -> None:
    items = timeline._items  # a point inside the month bar, left of its label
    start = items.mapToScene(QPointF(date(2022, 2, 1).toordinal(), timeline.lane_of("e1") + 0.5))
    inside_bar = timeline._plot.mapFromScene(start) + QPoint(2, 0)
    base = timeline.palette().color(QPalette.ColorRole.Base)
    fill = distance(pixel(timeline, inside_bar), base)
    column = [distance(pixel(timeline, inside_bar - QPoint(0, dy)), base) for dy in range(1, 30)]
    assert fill > 0 and max(column) > fill * 1.5  # the edge is drawn stronger than the fill


def test_outlined_bars_blitted_from_a_strip_look_like_filled_rects(timeline: TimelineWidget) -> None:
    from lagebild.ui.timeline import drawing, shapes

    frame = timeline._items._frame()
    bars = np.array([[3.0, 2.0, 1.0, 13.0], [10.0, 2.0, 4.0, 13.0], [14.0, 2.0, 37.0, 13.0], [60.0, 20.0, 300.0, 13.0]])
    key = 2  # colour 1, not dimmed

    def render(draw) -> np.ndarray:
        image = QImage(400, 40, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(QColor("white"))
        painter = QPainter(image)
        draw(painter)
        painter.end()
        return np.frombuffer(image.constBits(), np.uint8).astype(int)

    def as_rects(painter: QPainter) -> None:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(shapes._colour(frame, key, 0.28))
        drawing.draw_rects(painter, bars)
        painter.setBrush(shapes._colour(frame, key, 0.9))
        drawing.draw_rects(painter, drawing.outline_rects(bars))

    def as_strip(painter: QPainter) -> None:
        shapes._outlined_bars(frame, key, bars, 0.0, 400.0).draw(painter)

    assert np.abs(render(as_rects) - render(as_strip)).max() <= 2  # blend rounding only


def test_label_fitting_sorts_like_lexsort_and_never_overlaps() -> None:
    rng = np.random.default_rng(7)
    n = 300
    lane = rng.integers(0, 6, n).astype(np.int32)
    glyph_lo = np.round(rng.uniform(0, 3000, n))
    width = rng.choice([0.0, 8.0, 40.0, 300.0], n)
    side = np.where(rng.random(n) < 0.2, -1, 1).astype(np.int8)
    label_w = rng.uniform(30, 150, n)
    ref = np.where(side > 0, glyph_lo, glyph_lo + width)
    label_lo = np.where(side > 0, ref + 6, ref - 6 - label_w)
    ext = layout.Extents(glyph_lo, glyph_lo + width, label_lo, label_lo + label_w, side)
    order = np.lexsort((glyph_lo, lane))
    assert np.array_equal(layout.lane_order(lane, glyph_lo), order)
    coarse = np.lexsort((np.round(glyph_lo / 97), lane))  # as if from another zoom
    assert np.array_equal(layout.lane_order(lane, glyph_lo, hint=coarse), order)
    fit = layout.fit_labels(lane, ext, 6.0, 48.0, order)
    assert fit.shown.any()
    for k in range(6):
        mine = np.flatnonzero(lane == k)
        labels = sorted((fit.lo[r], fit.lo[r] + fit.width[r], r) for r in mine if fit.shown[r])
        for (_, end, _), (start, _, _) in pairwise(labels):
            assert end <= start, "labels overlap"
        for left, right, r in labels:  # and no label runs over another entry's glyph
            others = mine[mine != r]
            assert not np.any((glyph_lo[others] < right) & (glyph_lo[others] + width[others] > left))


def test_a_past_band_label_stays_clear_of_an_earlier_label() -> None:
    # A marker with a label running right, then a band into the past whose
    # label runs left over the marker's label, in one lane.
    glyph_lo, glyph_hi = np.array([-6.0, 200.0]), np.array([6.0, 500.0])
    label_lo, label_hi = np.array([12.0, 94.0]), np.array([112.0, 494.0])
    ext = layout.Extents(glyph_lo, glyph_hi, label_lo, label_hi, np.array([1, -1], dtype=np.int8))
    fit = layout.fit_labels(np.zeros(2, dtype=np.int32), ext, 6.0, 48.0)
    assert fit.shown.all()
    assert fit.lo[1] >= fit.lo[0] + fit.width[0] + 6.0  # shortened, not overlapping


def test_a_bar_label_fits_right_after_the_previous_bar() -> None:
    # Months back to back in one lane: each label starts a gap after the
    # previous bar's end, which is exactly allowed, at any zoom and in any lane.
    gap = 6.0
    starts = np.array([0.0, 31.0, 59.0, 90.0])
    for scale in (2.5, 3.7, 11.3, 52.1):  # px per day: room for a label in a month
        for offset in (-3456.25, 1234.5678, 98765.4321):
            glyph_lo = starts * scale + offset
            glyph_hi = np.append(starts[1:], 120.0) * scale + offset
            ext = layout.Extents(glyph_lo, glyph_hi, glyph_lo + gap, glyph_lo + gap + 50.0, np.ones(4, dtype=np.int8))
            lane = np.full(4, 7, dtype=np.int32)
            fit = layout.fit_labels(np.concatenate([[0, 3], lane]), _two_more(ext), gap, 48.0)
            assert fit.shown[2:].all(), (scale, offset)


def _two_more(ext: layout.Extents) -> layout.Extents:
    """``ext`` after two far-away entries in lanes 0 and 3 (other lanes share the sort)."""
    def grow(values: np.ndarray, extra: float) -> np.ndarray:
        return np.concatenate([[extra, extra], values])
    return layout.Extents(grow(ext.glyph_lo, -9e4), grow(ext.glyph_hi, -8.9e4), grow(ext.label_lo, -8.8e4),
                          grow(ext.label_hi, -8.7e4), np.concatenate([[1, 1], ext.side]).astype(np.int8))


def test_merging_presorted_bars_matches_sorting_them() -> None:
    rng = np.random.default_rng(3)
    group = rng.integers(0, 5, 200)
    lo = np.round(rng.uniform(0, 1000, 200))
    hi = lo + rng.uniform(1, 80, 200)
    order = np.lexsort((lo, group))
    merged = layout.merge_intervals(group, lo, hi)
    presorted = layout.merge_intervals(group[order], lo[order], hi[order], presorted=True)
    for a, b in zip(merged[:3], presorted[:3]):
        assert np.array_equal(a, b)
    assert np.array_equal(order[presorted[3]], merged[3])


# -- axis, palette, font ----------------------------------------------------------


def test_axis_speaks_german(timeline: TimelineWidget) -> None:
    labels = timeline.axis_labels()
    assert {"März", "Mai", "Juli", "Nov", "2023", "2024"} <= set(labels)
    view = timeline._view
    view.setXRange(date(2024, 1, 10).toordinal(), date(2024, 1, 25).toordinal(), padding=0)
    labels = timeline.axis_labels()
    assert "21." in labels and "Januar 2024" in labels
    axis = timeline._date_axis
    jan = date(2024, 1, 1).toordinal()
    axis.tickValues(jan, jan + 366, 500)  # about 40 px per month: short names
    month = 365.2425 / 12
    assert axis.tickStrings([jan], 1.0, month) == ["Jan"]
    assert axis.tickStrings([jan], 1.0, 365.2425) == ["2024"]
    axis.tickValues(jan, jan + 20, 1200)
    assert axis.tickStrings([jan], 1.0, month) == ["Januar 2024"]
    assert axis.tickStrings([jan + 20], 1.0, 1.0) == ["21."]


def test_tick_planner_plans_like_plan_ticks(timeline: TimelineWidget) -> None:
    axis = timeline._date_axis
    planner = dates.TickPlanner(axis.text_width, axis.padding)
    for px_per_day in np.geomspace(1e-4, 400.0, 500):
        assert planner(px_per_day) == dates.plan_ticks(px_per_day, axis.text_width, axis.padding)


def test_grid_lines_sit_on_the_axis_ticks(timeline: TimelineWidget) -> None:
    timeline._view.setXRange(date(2023, 2, 3).toordinal(), date(2023, 9, 20).toordinal(), padding=0)
    QApplication.processEvents()
    majors, minors = timeline._date_axis.current_levels()
    lo, hi = timeline._date_axis.range
    assert (majors, minors) == timeline._date_axis.levels(lo, hi, timeline._date_axis._device_length())
    items = timeline._items
    base = timeline.palette().color(QPalette.ColorRole.Base)
    bottom = timeline.viewport().height() - timeline._date_axis.height() - 8
    for x in majors + minors:  # a grid line at every tick, in an empty stretch of the bottom lane area
        column = timeline._plot.mapFromScene(items.mapToScene(QPointF(x, 0))).x()
        assert distance(pixel(timeline, QPoint(column, bottom)), base) > 0, date.fromordinal(int(x))


def test_dark_palette_is_followed(qtbot) -> None:
    palette = dark_palette()
    widget = make_timeline(palette=palette)
    qtbot.addWidget(widget)
    empty = QPoint(widget.viewport().width() // 2, widget.viewport().height() - 10)
    assert distance(pixel(widget, empty), palette.color(QPalette.ColorRole.Base)) < 10
    widget.select("e3")
    QApplication.processEvents()
    highlight = palette.color(QPalette.ColorRole.Highlight)
    assert distance(pixel(widget, widget.view_pos_of("e3") + QPoint(80, 0)), highlight) < 60


def test_bigger_font_makes_bigger_lanes(qtbot, timeline: TimelineWidget) -> None:
    def lane_gap() -> int:
        return abs(timeline.view_pos_of("e5").y() - timeline.view_pos_of("e4").y())

    before = lane_gap()
    font = QFont(timeline.font())
    font.setPointSizeF(font.pointSizeF() * 1.6)
    timeline.setFont(font)
    QApplication.processEvents()
    assert lane_gap() > before * 1.3


def test_render_sample_article(qtbot, tmp_path: Path) -> None:
    paths = render(tmp_path)
    for path in paths:
        image = QImage(str(path))
        assert (image.width(), image.height()) == SIZE


def render(out: Path) -> list[Path]:
    """The sample article in light and dark, and a two-article briefing, as PNGs."""
    paths = []
    for name, entries, palette, selected, emphasis in (
        ("light", seed_entries(), None, "e3", None),
        ("dark", seed_entries(), dark_palette(), "e3", None),
        ("groups", briefing_entries(), None, "b3", {"e2", "e3", "b1", "b3"}),
    ):
        widget = make_timeline(entries, palette)
        widget.set_emphasis(emphasis)
        widget.select(selected)
        QApplication.processEvents()
        path = out / f"timeline-{name}.png"
        widget.grab().save(str(path))
        widget.close()
        widget.deleteLater()
        paths.append(path)
    return paths


if __name__ == "__main__":
    app = QApplication.instance() or QApplication(sys.argv)
    for written in render(Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp")):
        print(written)
