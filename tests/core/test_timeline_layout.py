"""The timeline's Qt-free parts: placement, lanes, label fitting, German calendar ticks."""

from __future__ import annotations

import subprocess
import sys
from datetime import date

import numpy as np
import pytest
from lagebild.ui.timeline import dates, layout
from lagebild.ui.timeline.entry import Precision, TimelineEntry
from lagebild.ui.timeline.placement import Glyph, place

METRICS = layout.Metrics(marker_radius=6, gap=6, min_bar=4, min_label=48)
ANCHOR = date(2024, 1, 21)


def entry(id_: str, first: date | None, last: date | None, precision: Precision, lane: str = "") -> TimelineEntry:
    return TimelineEntry(id_, f"Ereignis {id_} mit einem längeren Namen", "", first, last, precision, lane)


def day(id_: str, when: date, lane: str = "") -> TimelineEntry:
    return entry(id_, when, when, Precision.DAY, lane)


def lay_out(entries: list[TimelineEntry], width: float = 1200.0, label: float = 200.0, cap: int = 100):
    """Fit, extents and lanes the way the widget does it."""
    p = place(entries, ANCHOR)
    label_width = np.full(len(p), label)
    start, end = layout.fit_view(p, label_width, width, METRICS, label_cap=0.35 * width)
    scale = width / (end - start)
    ext = layout.extents(p, label_width, start, scale, METRICS)
    full = (np.minimum(ext.glyph_lo, ext.label_lo), np.maximum(ext.glyph_hi, ext.label_hi))
    caps = [cap] * len(p.groups)
    lanes, used = layout.assign_lanes(full, (ext.glyph_lo, ext.glyph_hi), p.group, caps, METRICS.gap)
    return p, ext, lanes, used, (start, end), scale


def test_importing_the_timeline_data_and_layout_needs_no_qt() -> None:
    code = (
        "import sys; import lagebild.ui.timeline, lagebild.ui.timeline.layout, lagebild.ui.timeline.dates; "
        "assert not any(m.startswith(('PySide6', 'pyqtgraph')) for m in sys.modules), sorted(sys.modules)"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


class TestPlacement:
    def test_shapes_follow_precision(self) -> None:
        p = place(
            [
                day("d", date(2024, 1, 2)),
                entry("m", date(2022, 2, 1), date(2022, 2, 28), Precision.MONTH),
                entry("f", None, None, Precision.FUTURE),
                entry("p", None, None, Precision.PAST),
                entry("n", None, None, Precision.PRESENT),
            ],
            ANCHOR,
        )
        assert [Glyph(g) for g in p.glyph] == [Glyph.MARKER, Glyph.BAR, Glyph.FUTURE, Glyph.PAST, Glyph.PRESENT]

    def test_a_day_is_a_point_on_its_centre_and_a_month_covers_its_days(self) -> None:
        p = place([day("d", date(2024, 1, 2)), entry("m", date(2022, 2, 1), date(2022, 2, 28), Precision.MONTH)], None)
        assert p.x0[0] == p.x1[0] == date(2024, 1, 2).toordinal() + 0.5
        assert (p.x0[1], p.x1[1]) == (date(2022, 2, 1).toordinal(), date(2022, 3, 1).toordinal())

    def test_vague_references_start_at_the_anchor_and_run_away_from_it(self) -> None:
        p = place([entry("f", None, None, Precision.FUTURE), entry("p", None, None, Precision.PAST)], ANCHOR)
        centre = ANCHOR.toordinal() + 0.5
        assert p.x0[0] == centre < p.x1[0]
        assert p.x0[1] < p.x1[1] == centre
        assert p.side[1] == -1  # the past band's label runs left from the anchor

    def test_band_length_grows_with_the_timeline_but_stays_vague(self) -> None:
        short = place([day("a", ANCHOR), entry("f", None, None, Precision.FUTURE)], ANCHOR)
        long = place([day("a", date(2014, 1, 1)), entry("f", None, None, Precision.FUTURE)], ANCHOR)
        assert short.band_days == pytest.approx(21.0)
        assert long.band_days > 300

    def test_zoomed_far_in_a_band_fades_out_within_part_of_the_view(self) -> None:
        p = place([entry("f", None, None, Precision.FUTURE), entry("p", None, None, Precision.PAST)], ANCHOR)
        origin = ANCHOR.toordinal()
        ext = layout.extents(p, np.zeros(2), origin, 100.0, METRICS, band_cap=500.0)
        anchor_px = 0.5 * 100.0
        assert ext.glyph_lo[0] == pytest.approx(anchor_px) and ext.glyph_hi[0] == pytest.approx(anchor_px + 500)
        assert ext.glyph_hi[1] == pytest.approx(anchor_px) and ext.glyph_lo[1] == pytest.approx(anchor_px - 500)

    def test_entries_without_any_date_are_reported_not_drawn(self) -> None:
        p = place([entry("x", None, None, Precision.DAY), entry("v", None, None, Precision.PAST)], None)
        assert len(p) == 0
        assert p.unplaced == ["x", "v"]

    def test_without_anchor_a_vague_entry_hangs_off_its_own_bound(self) -> None:
        p = place([entry("v", None, date(2020, 5, 5), Precision.PAST)], None)
        assert p.x1[0] == date(2020, 5, 5).toordinal() + 0.5

    def test_groups_keep_their_order_of_appearance(self) -> None:
        p = place([day("a", ANCHOR, "Zweiter"), day("b", ANCHOR, "Erster"), day("c", ANCHOR, "Zweiter")], ANCHOR)
        assert p.groups == ["Zweiter", "Erster"]
        assert p.group.tolist() == [0, 1, 0]


class TestLanes:
    def test_same_day_entries_get_different_lanes(self) -> None:
        _, _, lanes, used, _, _ = lay_out([day("a", ANCHOR), day("b", ANCHOR), day("c", ANCHOR)])
        assert sorted(lanes.tolist()) == [0, 1, 2]
        assert used == [3]

    def test_far_apart_entries_share_the_first_lane(self) -> None:
        _, _, lanes, used, _, _ = lay_out([day("a", date(2020, 1, 1)), day("b", ANCHOR)])
        assert lanes.tolist() == [0, 0]
        assert used == [1]

    def test_labels_do_not_collide_within_a_lane(self) -> None:
        entries = [day(str(k), date(2023, 1, 1 + k)) for k in range(20)] + [day("z", date(2020, 1, 1))]
        _, ext, lanes, _, _, _ = lay_out(entries)
        lo = np.minimum(ext.glyph_lo, ext.label_lo)
        hi = np.maximum(ext.glyph_hi, ext.label_hi)
        for lane in set(lanes.tolist()):
            rows = np.flatnonzero(lanes == lane)
            rows = rows[np.argsort(lo[rows])]
            assert np.all(lo[rows][1:] >= hi[rows][:-1]), f"overlap in lane {lane}"

    def test_groups_are_laid_out_separately(self) -> None:
        p, _, lanes, used, _, _ = lay_out([day("a", ANCHOR, "A"), day("b", ANCHOR, "B")])
        assert lanes.tolist() == [0, 0]  # lane 0 of their own group each
        assert used == [1, 1]
        assert p.groups == ["A", "B"]

    def test_a_lane_cap_keeps_glyphs_apart_and_gives_up_labels_first(self) -> None:
        entries = [day(str(k), date(2023, 1, 1) + (date(2023, 1, 8) - date(2023, 1, 1)) * k) for k in range(12)]
        _, ext, lanes, used, _, _ = lay_out(entries, label=400, cap=2)
        assert used == [2]
        for lane in (0, 1):
            rows = np.flatnonzero(lanes == lane)
            rows = rows[np.argsort(ext.glyph_lo[rows])]
            assert np.all(ext.glyph_lo[rows][1:] >= ext.glyph_hi[rows][:-1])

    def test_lane_demand_is_the_largest_overlap(self) -> None:
        lo = np.array([0.0, 1.0, 2.0, 10.0])
        hi = np.array([5.0, 6.0, 7.0, 11.0])
        assert layout.lane_demand(lo, hi, np.zeros(4, dtype=int), 1, gap=0.0) == [3]

    @pytest.mark.parametrize(
        ("demand", "budget", "expected"),
        [([3, 2], 10, [3, 2]), ([10, 1], 5, [4, 1]), ([6, 6], 6, [3, 3]), ([5, 5, 5], 2, [1, 1, 1])],
    )
    def test_lanes_are_shared_fairly_when_short(self, demand: list[int], budget: int, expected: list[int]) -> None:
        assert layout.share_lanes(demand, budget) == expected


class TestFit:
    def test_fit_view_shows_every_glyph_and_label(self) -> None:
        entries = [
            entry("m", date(2022, 2, 1), date(2022, 2, 28), Precision.MONTH),
            day("a", date(2024, 1, 2)),
            day("b", ANCHOR),
            entry("f", None, None, Precision.FUTURE),
        ]
        width = 1000.0
        _, ext, _, _, (start, end), scale = lay_out(entries, width=width)
        assert end - start == pytest.approx(width / scale)
        assert ext.glyph_lo.min() >= 0 and ext.label_lo.min() >= 0
        assert max(ext.glyph_hi.max(), ext.label_hi.max()) <= width

    def test_a_single_day_gets_some_context(self) -> None:
        _, _, _, _, (start, end), _ = lay_out([day("a", ANCHOR)])
        assert end - start >= 14
        assert start < ANCHOR.toordinal() < end


class TestLabels:
    def _fit(self, lane: list[int], glyph_lo: list[float], label_lo: list[float], width: float = 100.0):
        n = len(lane)
        ext = layout.Extents(
            glyph_lo=np.array(glyph_lo, dtype=float),
            glyph_hi=np.array(glyph_lo, dtype=float) + 10,
            label_lo=np.array(label_lo, dtype=float),
            label_hi=np.array(label_lo, dtype=float) + width,
            side=np.ones(n, dtype=np.int8),
        )
        return layout.fit_labels(np.array(lane), ext, gap=5.0, min_label=40.0)

    def test_label_with_room_is_shown_in_full(self) -> None:
        fit = self._fit([0, 0], [0, 500], [15, 515])
        assert fit.shown.tolist() == [True, True]
        assert fit.width.tolist() == [100.0, 100.0]

    def test_label_is_elided_before_the_next_glyph(self) -> None:
        fit = self._fit([0, 0], [0, 80], [15, 95])
        assert fit.shown[0] and fit.width[0] == pytest.approx(80 - 5 - 15)

    def test_label_without_enough_room_is_hidden(self) -> None:
        fit = self._fit([0, 0], [0, 30], [15, 45])
        assert fit.shown.tolist() == [False, True]

    def test_other_lanes_do_not_matter(self) -> None:
        fit = self._fit([0, 1], [0, 30], [15, 45])
        assert fit.shown.tolist() == [True, True]

    def test_left_running_label_keeps_clear_of_a_shown_neighbour(self) -> None:
        ext = layout.Extents(
            glyph_lo=np.array([0.0, 150.0]),
            glyph_hi=np.array([10.0, 400.0]),
            label_lo=np.array([15.0, 290.0]),  # second: a past band, label ends at its right end
            label_hi=np.array([115.0, 390.0]),
            side=np.array([1, -1], dtype=np.int8),
        )
        fit = layout.fit_labels(np.array([0, 0]), ext, gap=5.0, min_label=40.0)
        assert fit.shown.tolist() == [True, True]
        assert fit.lo[1] >= 115.0


def test_merge_intervals_joins_overlaps_per_group() -> None:
    group = np.array([0, 0, 0, 1])
    lo = np.array([0.0, 5.0, 20.0, 1.0])
    hi = np.array([10.0, 12.0, 30.0, 2.0])
    g, a, b, first = layout.merge_intervals(group, lo, hi)
    assert g.tolist() == [0, 0, 1]
    assert list(zip(a.tolist(), b.tolist())) == [(0.0, 12.0), (20.0, 30.0), (1.0, 2.0)]
    assert first.tolist() == [0, 2, 3]


class TestGermanCalendar:
    @staticmethod
    def width(text: str) -> float:
        return 7.0 * len(text)

    def test_month_names_are_german(self) -> None:
        jan = dates.to_x(date(2024, 1, 1))
        mar = dates.to_x(date(2024, 3, 1))
        month = dates.Step(dates.Unit.MONTH)
        assert dates.minor_label(jan, month) == "Jan"
        assert dates.minor_label(mar, month) == "März"
        assert dates.minor_label(mar, month, long=True) == "März"
        assert dates.major_label(jan, dates.Unit.MONTH) == "Januar 2024"
        assert dates.major_label(dates.to_x(date(2024, 10, 5)), dates.Unit.MONTH, long=False) == "Okt 2024"
        assert dates.minor_label(dates.to_x(ANCHOR), dates.Step(dates.Unit.DAY)) == "21."
        assert dates.long_date(ANCHOR) == "21. Januar 2024"

    @pytest.mark.parametrize(
        ("px_per_day", "unit", "major"),
        [
            (60.0, dates.Unit.DAY, dates.Unit.MONTH),
            (1.5, dates.Unit.MONTH, dates.Unit.YEAR),
            (0.05, dates.Unit.YEAR, None),
        ],
    )
    def test_tick_step_follows_zoom(self, px_per_day: float, unit: dates.Unit, major: dates.Unit | None) -> None:
        plan = dates.plan_ticks(px_per_day, self.width, padding=10)
        assert plan.minor.unit is unit
        assert plan.major is major

    @pytest.mark.parametrize("px_per_day", [0.001, 0.01, 0.1, 0.5, 1, 2, 5, 10, 30, 100, 400])
    def test_labels_fit_their_spacing_at_every_zoom(self, px_per_day: float) -> None:
        plan = dates.plan_ticks(px_per_day, self.width, padding=10)
        lo, hi = dates.to_x(date(2023, 1, 1)), dates.to_x(date(2023, 1, 1)) + 1600 / px_per_day
        xs = dates.ticks(lo, hi, plan.minor)
        assert 2 <= len(xs) <= 1600 / 20
        labels = [dates.minor_label(x, plan.minor, plan.long_minor) for x in xs]
        gaps = np.diff(xs) * px_per_day
        assert np.all(gaps >= np.array([self.width(t) for t in labels[:-1]]))

    def test_ticks_are_calendar_boundaries(self) -> None:
        lo, hi = dates.to_x(date(2023, 11, 15)), dates.to_x(date(2024, 4, 2))
        quarters = dates.ticks(lo, hi, dates.Step(dates.Unit.MONTH, 3))
        assert [dates.to_date(x) for x in quarters] == [date(2024, 1, 1), date(2024, 4, 1)]
        weeks = dates.ticks(dates.to_x(date(2024, 1, 1)), dates.to_x(date(2024, 2, 1)), dates.Step(dates.Unit.DAY, 7))
        assert [dates.to_date(x).day for x in weeks] == [1, 8, 15, 22, 1]

    def test_floor_and_next_tick(self) -> None:
        x = dates.to_x(date(2024, 12, 21))
        assert dates.to_date(dates.floor_tick(x, dates.Unit.MONTH)) == date(2024, 12, 1)
        assert dates.to_date(dates.next_tick(x, dates.Unit.MONTH)) == date(2025, 1, 1)
        assert dates.to_date(dates.next_tick(x, dates.Unit.YEAR)) == date(2025, 1, 1)
